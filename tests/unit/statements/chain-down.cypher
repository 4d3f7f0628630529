MATCH (e:Entity {id: $id}) WHERE ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
OPTIONAL MATCH p = (e)-[rels*1..12]->(o:Entity)
WHERE length(p) <= $depth AND all(r IN rels WHERE type(r) = $type AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))) AND all(x IN nodes(p) WHERE ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)))) AND o <> e
WITH e, collect(p) AS ps
CALL {
  WITH ps
  UNWIND ps AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END) AS edges
}
CALL {
  WITH ps
  UNWIND ps AS p
  WITH last(nodes(p)) AS o, min(length(p)) AS distance
  RETURN collect({node: CASE WHEN o IS NULL THEN null ELSE [o.id, o.name, o.kind, o.aliases, o.description, o.odsCode, toString(o.validFrom), toString(o.validTo), o.sourceIds, o.quotes] END, distance: distance}) AS found
}
RETURN CASE WHEN e IS NULL THEN null ELSE [e.id, e.name, e.kind, e.aliases, e.description, e.odsCode, toString(e.validFrom), toString(e.validTo), e.sourceIds, e.quotes] END AS centre, found, edges

// params
{
  "id": "nhs-england",
  "type": "FUNDS",
  "depth": "Integer(2)",
  "asOf": null
}
