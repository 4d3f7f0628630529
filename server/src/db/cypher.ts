import neo4j from 'neo4j-driver';

/**
 * Expands the two macros our Cypher uses, so statements stay constants that read like Cypher and no value is
 * ever spliced in:
 * - VALID(x): "x was valid on $asOf" (validFrom <= $asOf <= validTo, either end open), or always when $asOf is
 *   null; VALID(x, $other) does the same for the parameter $other;
 * - PRESENT(x) / PRESENT(x, $other): x belongs in a picture of that date. A dated entity (an organisation with
 *   known start or end) when VALID; an undated one (a person, a place) only through a relationship valid then,
 *   so that a past chief executive does not float in a later picture;
 * - EDGE(r): the projection of relationship r that toRelationship() reads;
 * - EDGES_OF(ps): a subquery giving `edges`, every distinct relationship of the paths in list ps, as EDGE.
 */
export function cypher(statement: string): string {
  return statement
    .replace(
      /EDGES_OF\((\w+)\)/g,
      (_, ps: string) =>
        `CALL {\n  WITH ${ps}\n  UNWIND ${ps} AS p\n  UNWIND relationships(p) AS r\n  WITH DISTINCT r\n  RETURN collect(EDGE(r)) AS edges\n}`,
    )
    .replace(
      /PRESENT\((\w+)(?:,\s*\$(\w+))?\)/g,
      (_, v: string, param = 'asOf') =>
        `(VALID(${v}, $${param}) AND ($${param} IS NULL OR ${v}.validFrom IS NOT NULL OR ${v}.validTo IS NOT NULL ` +
        `OR EXISTS { (${v})-[present_r]-(present_o:Entity) WHERE VALID(present_r, $${param}) AND VALID(present_o, $${param}) }))`,
    )
    .replace(/EDGE\((\w+)\)/g, (_, r: string) =>
      `{type: type(${r}), fromId: startNode(${r}).id, toId: endNode(${r}).id, props: properties(${r})}`,
    )
    .replace(
      /VALID\((\w+)(?:,\s*\$(\w+))?\)/g,
      (_, v: string, param = 'asOf') =>
        `($${param} IS NULL OR ((${v}.validFrom IS NULL OR ${v}.validFrom <= $${param}) AND (${v}.validTo IS NULL OR ${v}.validTo >= $${param})))`,
    );
}

/** An ISO date (already validated) as a Neo4j Date parameter, or null. */
export function dateParam(iso: string | null | undefined): unknown {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

/** A whole number as a Neo4j Integer (the driver would send a JS number as a float, which LIMIT refuses). */
export function intParam(n: number): unknown {
  return neo4j.int(n);
}
