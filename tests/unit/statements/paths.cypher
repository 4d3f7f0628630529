MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[rels*..10]-(b))
WHERE all(r IN rels WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))))
  AND all(x IN nodes(p) WHERE ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf))))
WITH p
WHERE length(p) <= $maxLength
RETURN [x IN nodes(p) | x {.*}] AS nodes, [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id, props: properties(r)}] AS edges, length(p) AS length
LIMIT 500

// params
{
  "from": "RAJ",
  "to": "dhsc",
  "types": null,
  "maxLength": 4,
  "asOf": "Date(2019-01-01)"
}
