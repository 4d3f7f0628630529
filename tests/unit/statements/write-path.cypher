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

// next statement
MERGE (state:CountState {id: 'counts'}) SET state.current = false, state.version = coalesce(state.version, 0) + 1

// next statement
MATCH (state:CountState {id: 'counts'})
CALL {
  MATCH (e:Entity)
  RETURN 'kind' AS series, e.kind AS name, null AS basis, e.validFrom AS f, e.validTo AS t
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH r, [x IN [r.validFrom, a.validFrom, b.validFrom] WHERE x IS NOT NULL] AS fs, [x IN [r.validTo, a.validTo, b.validTo] WHERE x IS NOT NULL] AS ts
  RETURN 'type' AS series, type(r) AS name,
    coalesce(r.basis, CASE WHEN any(q IN coalesce(r.quotes, []) WHERE q <> '') THEN 'QUOTED' ELSE 'CITED' END) AS basis,
    reduce(m = fs[0], x IN fs | CASE WHEN x > m THEN x ELSE m END) AS f,
    reduce(m = ts[0], x IN ts | CASE WHEN x < m THEN x ELSE m END) AS t
}
WITH state, series, name, basis, f, t, f IS NULL OR t IS NULL OR f <= t AS ever
WITH state, series, name, basis, count(*) AS total, sum(CASE WHEN ever AND f IS NULL THEN 1 ELSE 0 END) AS base,
  collect(CASE WHEN ever THEN f END) AS starts, collect(CASE WHEN ever THEN t + duration({days: 1}) END) AS ends
CALL {
  WITH starts, ends
  UNWIND [d IN starts | [d, 1]] + [d IN ends | [d, -1]] AS change
  WITH change[0] AS day, sum(change[1]) AS delta
  WHERE delta <> 0
  WITH day, delta ORDER BY day
  RETURN collect(day) AS days, collect(delta) AS deltas
}
WITH state, collect({series: series, name: name, basis: basis, total: total, base: base, days: days,
  counts: tail(reduce(acc = [base], delta IN deltas | acc + (acc[-1] + delta)))}) AS all
CALL { MATCH (old:CountSeries) DELETE old }
FOREACH (s IN all | CREATE (:CountSeries {series: s.series, name: s.name, basis: s.basis, total: s.total, base: s.base, days: s.days, counts: s.counts}))
WITH state
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
SET state.current = true, state.entities = entities, state.relationships = relationships
