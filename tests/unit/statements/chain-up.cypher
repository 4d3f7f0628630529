MATCH (e:Entity {id: $id}) WHERE ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
OPTIONAL MATCH p = (e)<-[rels*1..12]-(o:Entity)
WHERE length(p) <= $depth AND all(r IN rels WHERE type(r) = $type AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))) AND all(x IN nodes(p) WHERE ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)))) AND o <> e
WITH e, collect(p) AS ps
CALL {
  WITH ps
  UNWIND ps AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect({type: type(r), fromId: startNode(r).id, toId: endNode(r).id, props: properties(r)}) AS edges
}
CALL {
  WITH ps
  UNWIND ps AS p
  WITH last(nodes(p)) AS o, min(length(p)) AS distance
  RETURN collect({node: o {.*}, distance: distance}) AS found
}
RETURN e {.*} AS centre, found, edges

// params
{
  "id": "RAJ",
  "type": "OVERSEES",
  "depth": "Integer(6)",
  "asOf": "Date(2018-01-01)"
}
