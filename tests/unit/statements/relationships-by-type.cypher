CALL {
  MATCH (a:Entity)-[r:OVERSEES]->(b:Entity)
  WHERE r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
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
  MATCH (a:Entity)-[r:FUNDS]->(b:Entity)
  WHERE r.id > $f.after AND (NOT $f.byBasis OR r.basis IN $f.bases)
  AND (NOT $f.byConfidence OR r.confidence IN $f.confidences)
  AND (NOT $f.byFromKind OR a.kind IN $f.fromKinds)
  AND (NOT $f.byToKind OR b.kind IN $f.toKinds)
  AND coalesce(r.validFrom, $f.startsBy) <= $f.startsBy
  AND coalesce(r.validTo, $f.endsFrom) >= $f.endsFrom
  AND (NOT $f.dated OR (coalesce(a.validFrom, $f.asOf) <= $f.asOf AND coalesce(a.validTo, $f.asOf) >= $f.asOf
    AND coalesce(b.validFrom, $f.asOf) <= $f.asOf AND coalesce(b.validTo, $f.asOf) >= $f.asOf))
  AND (NOT $f.changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $f.changedFrom AND day <= $f.changedTo))
  RETURN r, a, b ORDER BY r.id LIMIT $limit
}
WITH r, a, b ORDER BY r.id LIMIT $limit
WITH collect(r) AS rels, collect(DISTINCT a) + collect(DISTINCT b) AS ends
WITH [r IN rels | CASE WHEN r IS NULL THEN null ELSE [r.id, type(r), startNode(r).id, endNode(r).id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule, r.premises, r.sourceIds, r.quotes] END] AS edges, [e IN ends | CASE WHEN e IS NULL THEN null ELSE [e.id, e.name, e.kind, e.aliases, e.description, e.odsCode, toString(e.validFrom), toString(e.validTo), e.sourceIds, e.quotes] END] AS ends,
  CASE WHEN $f.withSources THEN COLLECT { UNWIND rels AS r UNWIND r.sourceIds AS id WITH DISTINCT id MATCH (s:Source {id: id}) RETURN CASE WHEN s IS NULL THEN null ELSE [s.id, s.title, s.url, s.publisher, toString(s.published), s.reference] END }
  ELSE [] END AS sources
UNWIND range(0, reduce(rows = 1, n IN [(size(edges) + 7) / 8, (size(ends) + 4) / 5, (size(sources) + 3) / 4] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN edges[k * 8..(k + 1) * 8] AS edges, ends[k * 5..(k + 1) * 5] AS ends, sources[k * 4..(k + 1) * 4] AS sources

// params
{
  "f": {
    "after": "",
    "types": [
      "OVERSEES",
      "FUNDS"
    ],
    "bases": [
      "QUOTED"
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
    "byBasis": true,
    "byConfidence": false,
    "byFromKind": false,
    "byToKind": false,
    "startsBy": "Date(2016-12-31)",
    "endsFrom": "Date(2015-01-01)",
    "dated": false,
    "asOf": "Date(0001-01-01)",
    "changed": false,
    "changedFrom": "Date(0001-01-01)",
    "changedTo": "Date(9999-12-31)",
    "withSources": true
  },
  "limit": "Integer(51)"
}
