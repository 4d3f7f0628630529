CALL {
CALL {
  MATCH (a:Entity {id: $f.entity})-[r:REGULATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outREGULATES
  RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inREGULATES AND (NOT $f.outREGULATES OR a <> b)
  RETURN r, a, b
}
WITH r, a, b WHERE (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
RETURN count(r) AS totalCount
}
CALL {
MATCH (e:Entity {id: $f.entity})
WITH e, {REGULATES: (CASE WHEN $f.outREGULATES THEN COUNT { (e)-[:REGULATES]->() } ELSE 0 END + CASE WHEN $f.inREGULATES THEN COUNT { (e)<-[:REGULATES]-() } ELSE 0 END) ^ 2 >= $limit * COUNT { ()-[:REGULATES]->() }} AS seek
CALL {
  WITH e, seek
  MATCH (a:Entity {id: $f.entity})-[r:REGULATES]->(b:Entity) USING INDEX a:Entity(id)
  WHERE $f.outREGULATES AND NOT seek.REGULATES AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity {id: $f.entity}) USING INDEX b:Entity(id)
  WHERE $f.inREGULATES AND NOT seek.REGULATES AND (NOT $f.outREGULATES OR a <> b) AND r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
  UNION ALL
  WITH e, seek
  MATCH (a:Entity)-[r:REGULATES]->(b:Entity) USING INDEX r:REGULATES(id)
  WHERE r.id > CASE WHEN seek.REGULATES THEN $f.after ELSE $f.none END AND ((a = e AND $f.outREGULATES) OR (b = e AND $f.inREGULATES))
    AND all(ok IN [(NOT $f.byBasis OR r.basis IN $f.bases),
    (NOT $f.byConfidence OR r.confidence IN $f.confidences),
    (NOT $f.byFromKind OR a.kind IN $f.fromKinds),
    (NOT $f.byToKind OR b.kind IN $f.toKinds),
    coalesce(r.validFrom, $f.startsBy) <= $f.startsBy,
    coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom,
    (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf)),
    (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))] WHERE ok)
  RETURN r, a, b ORDER BY r.id LIMIT $limit
}
WITH r, a, b ORDER BY r.id LIMIT $limit
WITH collect(r) AS rels, collect(DISTINCT a) + collect(DISTINCT b) AS ends
WITH [r IN rels | CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END] AS edges, [e IN ends | CASE WHEN e IS NULL THEN null ELSE [e.id, e.name, e.kind, e.aliases, e.description, e.odsCode, toString(e.validFrom), toString(e.validTo), e.sourceIds, e.quotes] END] AS ends,
  CASE WHEN $f.withSources THEN COLLECT { UNWIND rels AS r UNWIND r.sourceIds AS id WITH DISTINCT id MATCH (s:Source {id: id}) RETURN CASE WHEN s IS NULL THEN null ELSE [s.id, s.title, s.url, s.publisher, toString(s.published), s.reference] END }
  ELSE [] END AS sources
UNWIND range(0, reduce(rows = 1, n IN [(size(edges) + 7) / 8, (size(ends) + 4) / 5, (size(sources) + 3) / 4] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN edges[k * 8..(k + 1) * 8] AS edges, ends[k * 5..(k + 1) * 5] AS ends, sources[k * 4..(k + 1) * 4] AS sources
}
RETURN edges, ends, sources, totalCount

// params
{
  "f": {
    "entity": "care-quality-commission",
    "none": "￿",
    "outREGULATES": true,
    "inREGULATES": false,
    "after": "r:REGULATES:care-quality-commission:RR8",
    "types": [
      "REGULATES"
    ],
    "bases": [
      "QUOTED",
      "RECORDED",
      "DERIVED",
      "CITED"
    ],
    "confidences": [
      "confirmed",
      "reported",
      "unverified"
    ],
    "fromKinds": [
      "GOVERNMENT_DEPARTMENT",
      "NATIONAL_BODY",
      "REGULATOR",
      "REGION",
      "LOCAL_OFFICE",
      "TRUST",
      "CCG",
      "SUB_ICB_LOCATION",
      "STP",
      "INTEGRATED_CARE_BOARD",
      "PARTNERSHIP",
      "COUNCIL",
      "PROGRAMME",
      "PLAN",
      "WORKSTREAM",
      "GROUP",
      "PERSON",
      "AREA",
      "SITE"
    ],
    "toKinds": [
      "TRUST"
    ],
    "byBasis": false,
    "byConfidence": false,
    "byFromKind": false,
    "byToKind": true,
    "startsBy": "Date(2016-06-01)",
    "endsFrom": "Date(2016-06-01)",
    "dated": true,
    "asOf": "Date(2016-06-01)",
    "changed": false,
    "changedFrom": "Date(0001-01-01)",
    "changedTo": "Date(9999-12-31)",
    "withSources": false
  },
  "limit": "Integer(101)"
}
