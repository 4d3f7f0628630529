CALL {
  MATCH (e:Entity)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
    AND ($asOf IS NULL OR e.validFrom IS NOT NULL OR e.validTo IS NOT NULL OR EXISTS {
      (e)-[r]-(o:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
        AND ($kinds IS NULL OR o.kind IN $kinds) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((o.validFrom IS NULL OR o.validFrom <= $asOf) AND (o.validTo IS NULL OR o.validTo >= $asOf)))
    })
  WITH e LIMIT $limit
  WITH collect(CASE WHEN e IS NULL THEN null ELSE [e.id, e.name, e.kind, e.aliases, e.description, e.odsCode, toString(e.validFrom), toString(e.validTo)] END) AS nodes, [] AS edges
  UNWIND range(0, reduce(rows = 1, n IN [(size(nodes) + 4) / 5, (size(edges) + 15) / 16] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN nodes[k * 5..(k + 1) * 5] AS nodes, edges[k * 16..(k + 1) * 16] AS edges
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
    AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf))) AND ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  WITH r, a, b LIMIT $limit
  WITH [] AS nodes, collect([r.id, type(r), a.id, b.id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule,
    size(coalesce(r.sourceIds, [])), CASE WHEN r.basis IS NULL THEN any(q IN coalesce(r.quotes, []) WHERE q <> '') END]) AS edges
  UNWIND range(0, reduce(rows = 1, n IN [(size(nodes) + 4) / 5, (size(edges) + 15) / 16] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN nodes[k * 5..(k + 1) * 5] AS nodes, edges[k * 16..(k + 1) * 16] AS edges
}
RETURN nodes, edges

// params
{
  "asOf": null,
  "kinds": null,
  "types": [
    "OVERSEES"
  ],
  "bases": null,
  "limit": "Integer(10001)"
}
