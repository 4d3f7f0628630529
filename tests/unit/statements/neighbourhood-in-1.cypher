MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c) ((a)<-[r]-(b:Entity)
  WHERE (a = c OR COUNT { (a)--() } <= $hubLimit) AND ($types IS NULL OR type(r) IN $types)
    AND ($bases IS NULL OR r.basis IN $bases) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
){1,1}
WHERE ($asOf IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)))
WITH c, collect(p) AS ps
CALL {
  WITH ps
  UNWIND ps AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END) AS edges
}
CALL {
  WITH c, ps
  UNWIND ps AS p
  WITH c, last(nodes(p)) AS o, min(length(p)) AS hops
  WITH o, CASE WHEN o <> c AND hops < 1 THEN COUNT { (o)--() } ELSE 0 END AS degree
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE [o.id, o.name, o.kind, o.aliases, o.description, o.odsCode, toString(o.validFrom), toString(o.validTo), o.sourceIds, o.quotes] END) AS nodes,
    collect(CASE WHEN degree > $hubLimit THEN {id: o.id, relationships: degree} END) AS collapsed
}
WITH CASE WHEN c IS NULL THEN null ELSE [c.id, c.name, c.kind, c.aliases, c.description, c.odsCode, toString(c.validFrom), toString(c.validTo), c.sourceIds, c.quotes] END AS center, nodes, edges, collapsed
UNWIND range(0, reduce(rows = 1, n IN [(size(nodes) + 4) / 5, (size(edges) + 7) / 8, (size(collapsed) + 49) / 50] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN CASE WHEN k = 0 THEN center END AS center, nodes[k * 5..(k + 1) * 5] AS nodes, edges[k * 8..(k + 1) * 8] AS edges, collapsed[k * 50..(k + 1) * 50] AS collapsed

// params
{
  "id": "RAJ",
  "types": null,
  "bases": null,
  "asOf": null,
  "hubLimit": "Integer(100)"
}
