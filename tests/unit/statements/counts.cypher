OPTIONAL MATCH (state:CountState {id: 'counts'})
CALL { MATCH (e:Entity) RETURN count(e) AS entityTotal }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipTotal }
WITH coalesce(state.current AND state.entities = entityTotal AND state.relationships = relationshipTotal, false) AS kept
CALL {
  WITH kept
  WITH kept WHERE kept
  MATCH (s:CountSeries)
  WITH s.series AS series, s.name AS name, s.basis AS basis, s.total AS total, s.base AS base, s.days AS days, s.counts AS counts
  UNWIND range(0, size($f.dates) - 1) AS i
  WITH series, name, basis, total, base, counts, i, $f.dates[i] AS d,
    reduce(at = -1, step IN [2097152, 1048576, 524288, 262144, 131072, 65536, 32768, 16384, 8192, 4096, 2048, 1024, 512, 256, 128, 64, 32, 16, 8, 4, 2, 1] | CASE WHEN at + step < size(days) AND days[at + step] <= $f.dates[i] THEN at + step ELSE at END) AS at
  WITH series, name, basis, i, CASE WHEN d IS NULL THEN total WHEN at < 0 THEN base ELSE counts[at] END AS n
  WHERE n > 0
  RETURN collect(CASE WHEN series = 'kind' THEN {i: i, kind: name, n: n} END) AS keptEntities,
    collect(CASE WHEN series = 'type' THEN {i: i, type: name, basis: basis, n: n} END) AS keptRelationships
}
CALL {
  WITH kept
  WITH kept WHERE NOT kept
  CALL {
  CALL {
    MATCH (e:Entity)
    RETURN 'kind' AS series, e.kind AS name, null AS basis, e.validFrom AS f, e.validTo AS t
    UNION ALL
    MATCH (a:Entity)-[r]->(b:Entity)
    WITH r, [x IN [r.validFrom, a.validFrom, b.validFrom] WHERE x IS NOT NULL] AS fs, [x IN [r.validTo, a.validTo, b.validTo] WHERE x IS NOT NULL] AS ts
    RETURN 'type' AS series, type(r) AS name,
      coalesce(r.basis, CASE WHEN any(q IN coalesce(r.quotes, []) WHERE q <> '') THEN 'QUOTED' ELSE 'CITED' END) AS basis,
      reduce(m = fs[0], x IN fs | CASE WHEN x > m THEN x ELSE m END) AS f,
      reduce(m = ts[0], x IN ts | CASE WHEN x < m THEN x ELSE m END) AS t
  }
  UNWIND range(0, size($f.dates) - 1) AS i
  WITH i, series, name, basis, f, t, $f.dates[i] AS d
  WHERE d IS NULL OR ((f IS NULL OR f <= d) AND (t IS NULL OR t >= d))
  WITH i, series, name, basis, count(*) AS n
  RETURN collect(CASE WHEN series = 'kind' THEN {i: i, kind: name, n: n} END) AS entities,
    collect(CASE WHEN series = 'type' THEN {i: i, type: name, basis: basis, n: n} END) AS relationships
  }
  RETURN collect(entities) AS scannedEntities, collect(relationships) AS scannedRelationships
}
RETURN keptEntities + coalesce(scannedEntities[0], []) AS entities, keptRelationships + coalesce(scannedRelationships[0], []) AS relationships

// params
{
  "f": {
    "dates": [
      "Date(2016-06-01)",
      null
    ]
  }
}
