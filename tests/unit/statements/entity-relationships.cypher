MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  AND ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((o.validFrom IS NULL OR o.validFrom <= $asOf) AND (o.validTo IS NULL OR o.validTo >= $asOf)))
RETURN CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END AS edge, CASE WHEN o IS NULL THEN null ELSE [o.id, o.name, o.kind, o.aliases, o.description, o.odsCode, toString(o.validFrom), toString(o.validTo), o.sourceIds, o.quotes] END AS other, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN CASE WHEN s IS NULL THEN null ELSE [s.id, s.title, s.url, s.publisher, toString(s.published), s.reference] END } AS sources
ORDER BY type(r), o.name, r.validFrom, r.id

// params
{
  "id": "RAJ",
  "direction": "OUT",
  "types": [
    "PART_OF"
  ],
  "bases": [
    "RECORDED"
  ],
  "asOf": "Date(2021-05-01)"
}
