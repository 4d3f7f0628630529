CALL {
  MATCH (:Entity)-[r:OVERSEES {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:FUNDS {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:REGULATES {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:COMMISSIONS {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:PART_OF {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:MEMBER_OF {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:PARTNER_IN {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:LEADS {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:COVERS {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:INVESTIGATES {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:MERGED_INTO {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:SUCCEEDED_BY {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:SUPPORTS {id: $id}]->(:Entity) RETURN r
  UNION ALL
  MATCH (:Entity)-[r:INTERVENES_IN {id: $id}]->(:Entity) RETURN r
}
WITH r LIMIT 1
RETURN {type: type(r), fromId: startNode(r).id, toId: endNode(r).id, props: properties(r)} AS edge, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN s {.*} } AS sources

// params
{
  "id": "nhs-england:OVERSEES:mid-and-south-essex-success-regime"
}
