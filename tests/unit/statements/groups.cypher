OPTIONAL MATCH (w:Entity {id: $within}) WHERE ($asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf)))
WITH w, CASE
    WHEN $within IS NULL THEN ['REGION']
    WHEN w IS NULL OR w.kind <> 'REGION' THEN []
    ELSE [k IN $childKinds WHERE EXISTS { MATCH (g:Entity)-[q:PART_OF]->(w) WHERE g.kind = k AND ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf))) }][0..1]
  END AS groupKinds
CALL {
  WITH w, groupKinds
  MATCH (g:Entity)
  WHERE g.kind IN groupKinds AND ($asOf IS NULL OR ((g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf))) AND (w IS NULL OR EXISTS { (g)-[q:PART_OF]->(w) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) })
  RETURN collect(g) AS groups
}
CALL {
  WITH w
  OPTIONAL MATCH (w)-[q:PART_OF]->(r:Entity {kind: 'REGION'}) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE [r.id, r.name, r.kind, r.aliases, r.description, r.odsCode, toString(r.validFrom), toString(r.validTo), r.sourceIds, r.quotes] END) AS above
}
CALL {
  WITH w
  MATCH (e:Entity) WHERE w IS NULL AND e.kind IN $nationalKinds AND ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
  RETURN collect(e) AS national
}
CALL {
  WITH w
  OPTIONAL MATCH (e:Entity)-[q:PART_OF|PARTNER_IN]->(w) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
  RETURN collect(DISTINCT e) AS inside
}
CALL {
  WITH groups
  UNWIND groups AS g
  MATCH (m:Entity)-[q:PART_OF|PARTNER_IN]->(g) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)))
  RETURN collect(DISTINCT m) AS grouped
}
WITH w, above, groupKinds, groups, grouped,
  national + [x IN [w] WHERE x IS NOT NULL] + [e IN inside WHERE NOT e IN groups AND NOT e IN grouped] AS loose
CALL {
  WITH groups
  UNWIND groups AS g
  CALL {
    WITH g
    MATCH (m:Entity)-[q:PART_OF|PARTNER_IN]->(g) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)))
    RETURN collect(DISTINCT m) AS direct
  }
  CALL {
    WITH g
    OPTIONAL MATCH (c:Entity {kind: 'COUNCIL'})-[q:PARTNER_IN]->(x:Entity)-[qx:PART_OF]->(g)
    WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((qx.validFrom IS NULL OR qx.validFrom <= $asOf) AND (qx.validTo IS NULL OR qx.validTo >= $asOf))) AND ($asOf IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf))) AND ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)))
    RETURN collect(DISTINCT c) AS councils
  }
  WITH g, direct + [c IN councils WHERE NOT c IN direct] AS members
  UNWIND CASE WHEN size(members) = 0 THEN [null] ELSE members END AS m
  WITH g, m.kind AS kind, count(m) AS n
  WITH g, collect(CASE WHEN kind IS NULL THEN null ELSE {kind: kind, count: n} END) AS counts
  RETURN collect({group: CASE WHEN g IS NULL THEN null ELSE [g.id, g.name, g.kind, g.aliases, g.description, g.odsCode, toString(g.validFrom), toString(g.validTo), g.sourceIds, g.quotes] END, counts: counts}) AS tallies
}
CALL {
  WITH groups, grouped, loose
  UNWIND groups + loose + grouped AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf))) AND NOT type(r) IN ['MERGED_INTO', 'SUCCEEDED_BY']
  OPTIONAL MATCH (a)-[pa:PART_OF|PARTNER_IN]->(ga:Entity) WHERE ga IN groups AND ($asOf IS NULL OR ((pa.validFrom IS NULL OR pa.validFrom <= $asOf) AND (pa.validTo IS NULL OR pa.validTo >= $asOf)))
  OPTIONAL MATCH (b)-[pb:PART_OF|PARTNER_IN]->(gb:Entity) WHERE gb IN groups AND ($asOf IS NULL OR ((pb.validFrom IS NULL OR pb.validFrom <= $asOf) AND (pb.validTo IS NULL OR pb.validTo >= $asOf)))
  WITH groups, loose, a, b, r, head(collect(ga)) AS ga, head(collect(gb)) AS gb
  WITH type(r) AS type,
    CASE WHEN a IN groups OR a IN loose THEN a.id ELSE ga.id END AS from,
    CASE WHEN b IN groups OR b IN loose THEN b.id ELSE gb.id END AS to
  WHERE from IS NOT NULL AND to IS NOT NULL AND from <> to
  WITH from, type, to, count(*) AS n
  RETURN collect({from: from, type: type, to: to, count: n}) AS links
}
WITH CASE WHEN w IS NULL THEN null ELSE [w.id, w.name, w.kind, w.aliases, w.description, w.odsCode, toString(w.validFrom), toString(w.validTo), w.sourceIds, w.quotes] END AS within, above, groupKinds, [l IN loose | CASE WHEN l IS NULL THEN null ELSE [l.id, l.name, l.kind, l.aliases, l.description, l.odsCode, toString(l.validFrom), toString(l.validTo), l.sourceIds, l.quotes] END] AS loose, tallies, links
UNWIND range(0, reduce(rows = 1, n IN [(size(above) + 4) / 5, (size(loose) + 4) / 5, (size(tallies) + 9) / 10, (size(links) + 39) / 40] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN CASE WHEN k = 0 THEN within END AS within, CASE WHEN k = 0 THEN groupKinds END AS groupKinds, above[k * 5..(k + 1) * 5] AS above, loose[k * 5..(k + 1) * 5] AS loose, tallies[k * 10..(k + 1) * 10] AS tallies, links[k * 40..(k + 1) * 40] AS links

// params
{
  "asOf": "Date(2023-01-01)",
  "within": null,
  "childKinds": [
    "INTEGRATED_CARE_BOARD",
    "STP",
    "LOCAL_OFFICE"
  ],
  "nationalKinds": [
    "GOVERNMENT_DEPARTMENT",
    "NATIONAL_BODY",
    "REGULATOR"
  ]
}

// next statement
OPTIONAL MATCH (w:Entity {id: $within}) WHERE ($asOf IS NULL OR ((w.validFrom IS NULL OR w.validFrom <= $asOf) AND (w.validTo IS NULL OR w.validTo >= $asOf)))
WITH w, CASE
    WHEN $within IS NULL THEN ['REGION']
    WHEN w IS NULL OR w.kind <> 'REGION' THEN []
    ELSE [k IN $childKinds WHERE EXISTS { MATCH (g:Entity)-[q:PART_OF]->(w) WHERE g.kind = k AND ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf))) }][0..1]
  END AS groupKinds
CALL {
  WITH w, groupKinds
  MATCH (g:Entity)
  WHERE g.kind IN groupKinds AND ($asOf IS NULL OR ((g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf))) AND (w IS NULL OR EXISTS { (g)-[q:PART_OF]->(w) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) })
  RETURN collect(g) AS groups
}
CALL {
  WITH w
  OPTIONAL MATCH (w)-[q:PART_OF]->(r:Entity {kind: 'REGION'}) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE [r.id, r.name, r.kind, r.aliases, r.description, r.odsCode, toString(r.validFrom), toString(r.validTo), r.sourceIds, r.quotes] END) AS above
}
CALL {
  WITH w
  MATCH (e:Entity) WHERE w IS NULL AND e.kind IN $nationalKinds AND ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
  RETURN collect(e) AS national
}
CALL {
  WITH w
  OPTIONAL MATCH (e:Entity)-[q:PART_OF|PARTNER_IN]->(w) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)))
  RETURN collect(DISTINCT e) AS inside
}
CALL {
  WITH groups
  UNWIND groups AS g
  MATCH (m:Entity)-[q:PART_OF|PARTNER_IN]->(g) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)))
  RETURN collect(DISTINCT m) AS grouped
}
WITH w, above, groupKinds, groups, grouped,
  national + [x IN [w] WHERE x IS NOT NULL] + [e IN inside WHERE NOT e IN groups AND NOT e IN grouped] AS loose
CALL {
  WITH groups
  UNWIND groups AS g
  CALL {
    WITH g
    MATCH (m:Entity)-[q:PART_OF|PARTNER_IN]->(g) WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)))
    RETURN collect(DISTINCT m) AS direct
  }
  CALL {
    WITH g
    OPTIONAL MATCH (c:Entity {kind: 'COUNCIL'})-[q:PARTNER_IN]->(x:Entity)-[qx:PART_OF]->(g)
    WHERE ($asOf IS NULL OR ((q.validFrom IS NULL OR q.validFrom <= $asOf) AND (q.validTo IS NULL OR q.validTo >= $asOf))) AND ($asOf IS NULL OR ((qx.validFrom IS NULL OR qx.validFrom <= $asOf) AND (qx.validTo IS NULL OR qx.validTo >= $asOf))) AND ($asOf IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf))) AND ($asOf IS NULL OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)))
    RETURN collect(DISTINCT c) AS councils
  }
  WITH g, direct + [c IN councils WHERE NOT c IN direct] AS members
  UNWIND CASE WHEN size(members) = 0 THEN [null] ELSE members END AS m
  WITH g, m.kind AS kind, count(m) AS n
  WITH g, collect(CASE WHEN kind IS NULL THEN null ELSE {kind: kind, count: n} END) AS counts
  RETURN collect({group: CASE WHEN g IS NULL THEN null ELSE [g.id, g.name, g.kind, g.aliases, g.description, g.odsCode, toString(g.validFrom), toString(g.validTo), g.sourceIds, g.quotes] END, counts: counts}) AS tallies
}
CALL {
  WITH groups, grouped, loose
  UNWIND groups + loose + grouped AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))) AND ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf))) AND NOT type(r) IN ['MERGED_INTO', 'SUCCEEDED_BY']
  OPTIONAL MATCH (a)-[pa:PART_OF|PARTNER_IN]->(ga:Entity) WHERE ga IN groups AND ($asOf IS NULL OR ((pa.validFrom IS NULL OR pa.validFrom <= $asOf) AND (pa.validTo IS NULL OR pa.validTo >= $asOf)))
  OPTIONAL MATCH (b)-[pb:PART_OF|PARTNER_IN]->(gb:Entity) WHERE gb IN groups AND ($asOf IS NULL OR ((pb.validFrom IS NULL OR pb.validFrom <= $asOf) AND (pb.validTo IS NULL OR pb.validTo >= $asOf)))
  WITH groups, loose, a, b, r, head(collect(ga)) AS ga, head(collect(gb)) AS gb
  WITH type(r) AS type,
    CASE WHEN a IN groups OR a IN loose THEN a.id ELSE ga.id END AS from,
    CASE WHEN b IN groups OR b IN loose THEN b.id ELSE gb.id END AS to
  WHERE from IS NOT NULL AND to IS NOT NULL AND from <> to
  WITH from, type, to, count(*) AS n
  RETURN collect({from: from, type: type, to: to, count: n}) AS links
}
WITH CASE WHEN w IS NULL THEN null ELSE [w.id, w.name, w.kind, w.aliases, w.description, w.odsCode, toString(w.validFrom), toString(w.validTo), w.sourceIds, w.quotes] END AS within, above, groupKinds, [l IN loose | CASE WHEN l IS NULL THEN null ELSE [l.id, l.name, l.kind, l.aliases, l.description, l.odsCode, toString(l.validFrom), toString(l.validTo), l.sourceIds, l.quotes] END] AS loose, tallies, links
UNWIND range(0, reduce(rows = 1, n IN [(size(above) + 4) / 5, (size(loose) + 4) / 5, (size(tallies) + 9) / 10, (size(links) + 39) / 40] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k
RETURN CASE WHEN k = 0 THEN within END AS within, CASE WHEN k = 0 THEN groupKinds END AS groupKinds, above[k * 5..(k + 1) * 5] AS above, loose[k * 5..(k + 1) * 5] AS loose, tallies[k * 10..(k + 1) * 10] AS tallies, links[k * 40..(k + 1) * 40] AS links

// params
{
  "asOf": "Date(2023-01-01)",
  "within": "nhs-england-east-of-england",
  "childKinds": [
    "INTEGRATED_CARE_BOARD",
    "STP",
    "LOCAL_OFFICE"
  ],
  "nationalKinds": [
    "GOVERNMENT_DEPARTMENT",
    "NATIONAL_BODY",
    "REGULATOR"
  ]
}
