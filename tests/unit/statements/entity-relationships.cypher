MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  AND ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((o.validFrom IS NULL OR o.validFrom <= $asOf) AND (o.validTo IS NULL OR o.validTo >= $asOf)))
RETURN {type: type(r), fromId: startNode(r).id, toId: endNode(r).id, props: properties(r)} AS edge, o {.*} AS other, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN s {.*} } AS sources
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
