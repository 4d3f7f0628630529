MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[rels*..10]-(b))
WHERE all(r IN rels WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))))
  AND all(x IN nodes(p) WHERE ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf))))
WITH p
WHERE length(p) <= $maxLength
RETURN [x IN nodes(p) | CASE WHEN x IS NULL THEN null ELSE [x.id, x.name, x.kind, x.aliases, x.description, x.odsCode, toString(x.validFrom), toString(x.validTo), x.sourceIds, x.quotes] END] AS nodes, [r IN relationships(p) | CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END] AS edges, length(p) AS length
LIMIT 500

// params
{
  "from": "RAJ",
  "to": "dhsc",
  "types": null,
  "maxLength": 4,
  "asOf": "Date(2019-01-01)"
}
