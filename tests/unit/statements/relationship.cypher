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
RETURN CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END AS edge, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN CASE WHEN s IS NULL THEN null ELSE [s.id, s.title, s.url, s.publisher, toString(s.published), s.reference] END } AS sources

// params
{
  "id": "nhs-england:OVERSEES:mid-and-south-essex-success-regime"
}
