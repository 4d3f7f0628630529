CALL { MATCH (e:Entity) RETURN collect(e {.id, .name, .odsCode, .validFrom, .validTo}) AS entities }
CALL { MATCH (s:Source) RETURN collect(s.id) AS sources }
CALL { MATCH (r:Rule) RETURN collect(r.id) AS rules }
RETURN entities, sources, rules

// params
{}

// next statement
CALL { MATCH (e:Entity) WHERE e.odsCode IN $codes RETURN collect(e {.*}) AS holders }
CALL { MATCH (g:Entity) WHERE g.odsCode IN $groupings AND g.kind IN $groupKinds RETURN collect(g {.*}) AS groups }
CALL {
  MATCH (e:Entity)-[r:PART_OF]->(g:Entity) WHERE e.odsCode IN $codes AND g.kind IN $groupKinds
  RETURN collect({id: r.id, type: type(r), fromId: e.id, toId: g.id, toKind: g.kind, props: properties(r)}) AS links
}
RETURN holders, groups, links

// params
{
  "codes": [
    "RAJ"
  ],
  "groupings": [
    "QHM"
  ],
  "groupKinds": [
    "REGION",
    "INTEGRATED_CARE_BOARD"
  ]
}

// next statement
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.origin = $origin
SET e += row.props
REMOVE e:GovernmentDepartment:NationalBody:Regulator:Region:LocalOffice:Trust:Ccg:SubIcbLocation:Stp:IntegratedCareBoard:Partnership:Council:Programme:Plan:Workstream:Group:Person:Area:Site
SET e:Trust

// next statement
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:MERGED_INTO {id: row.id}]->(b)
ON CREATE SET r.origin = $origin
SET r += row.props

// next statement
CALL {
  MATCH ()-[r]->() WHERE r.origin = 'seed' AND $relationshipIds[r.id] IS NULL
  DELETE r RETURN count(r) AS relationships
}
CALL {
  MATCH (e:Entity) WHERE e.origin = 'seed' AND $entityIds[e.id] IS NULL
  DETACH DELETE e RETURN count(e) AS entities
}
CALL {
  MATCH (r:Rule) WHERE $ruleIds[r.id] IS NULL
  DELETE r RETURN count(r) AS rules
}
RETURN relationships, entities, rules
