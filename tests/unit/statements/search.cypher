CALL db.index.fulltext.queryNodes('entitySearch', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score,
  CASE WHEN toLower(node.name) = $lower OR toUpper(coalesce(node.odsCode, '')) = $upper
            OR any(a IN node.aliases WHERE toLower(a) = $lower) THEN 2
       WHEN toLower(node.name) STARTS WITH $lower THEN 1 ELSE 0 END AS tier
ORDER BY tier DESC, tier = 2 AND node.validTo IS NULL DESC, score DESC, size(node.name), node.name
SKIP $offset LIMIT $limit
RETURN CASE WHEN node IS NULL THEN null ELSE [node.id, node.name, node.kind, node.aliases, node.description, node.odsCode, toString(node.validFrom), toString(node.validTo), node.sourceIds, node.quotes] END AS node

// params
{
  "lucene": "name:((mid^4 OR mid*^2) AND (essex^4 OR essex*^2 OR essex~1))^3 OR aliases:((mid^4 OR mid*^2) AND (essex^4 OR essex*^2 OR essex~1))^3 OR odsCode:((mid^4 OR mid*^2) AND (essex^4 OR essex*^2 OR essex~1))^5 OR description:((mid^4 OR mid*^2) AND (essex^4 OR essex*^2 OR essex~1))",
  "kinds": [
    "TRUST"
  ],
  "lower": "mid essex",
  "upper": "MID ESSEX",
  "limit": "Integer(10)",
  "offset": "Integer(0)",
  "candidates": "Integer(1000)"
}
