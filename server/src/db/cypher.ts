import neo4j from 'neo4j-driver';

/** What a map shows of an entity x: ENTITY(x) is these and its citations. */
const SHOWN = (x: string) =>
  `${x}.id, ${x}.name, ${x}.kind, ${x}.aliases, ${x}.description, ${x}.odsCode, toString(${x}.validFrom), toString(${x}.validTo)`;

/** The values of each list macro, in the order mapping.ts reads them. */
const VALUES = {
  MAP_ENTITY: (x: string) => `[${SHOWN(x)}]`,
  ENTITY: (x: string) => `[${SHOWN(x)}, ${x}.sourceIds, ${x}.quotes]`,
  EDGE: (r: string) =>
    `[${r}.id, type(${r}), startNode(${r}).id, endNode(${r}).id, toString(${r}.validFrom), toString(${r}.validTo), ${r}.note, ` +
    `${r}.confidence, ${r}.basis, ${r}.rule, ${r}.premises, ${r}.sourceIds, ${r}.quotes]`,
  SOURCE: (s: string) => `[${s}.id, ${s}.title, ${s}.url, ${s}.publisher, toString(${s}.published), ${s}.reference]`,
};

/**
 * Expands the macros our Cypher uses, so statements stay constants that read like Cypher and no value is
 * ever spliced in:
 * - VALID(x): "x was valid on $asOf" (validFrom <= $asOf <= validTo, either end open), or always when $asOf is
 *   null; VALID(x, $other) does the same for the parameter $other;
 * - PRESENT(x) / PRESENT(x, $other): x belongs in a picture of that date. A dated entity (an organisation with
 *   known start or end) when VALID; an undated one (a person, a place) only through a relationship valid then,
 *   so that a past chief executive does not float in a later picture;
 * - ENTITY(x), EDGE(r), SOURCE(s): an entity, a relationship or a source document as a list of its values in a
 *   fixed order (mapping.ts, EntityRow, EdgeRow and SourceRow), dates as text, or null when x is null. The driver
 *   decodes lists about twice as fast as maps: an entity's 805 relationships, with the entity at the other end and
 *   the sources, took 142 ms to read as maps and 81 ms as lists. MAP_ENTITY(x) is ENTITY(x) without the citations;
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
    .replace(/\b(MAP_ENTITY|ENTITY|EDGE|SOURCE)\((\w+)\)/g, (_, macro: keyof typeof VALUES, x: string) => `CASE WHEN ${x} IS NULL THEN null ELSE ${VALUES[macro](x)} END`)
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

/**
 * The end of a statement whose answer is a few lists (and maybe some single values): RETURNs the lists in slices
 * over as many rows as the longest needs, `perRow[list]` items of each per row, and the `once` values on the first
 * row only (null on the others). There is always at least one row. The columns must be in scope by these names.
 *
 * neo4j-driver decodes every string of a row that spans several Bolt chunks by walking all of that row's chunks
 * (its utf8.js, decodeCombinedBuffer), so a big row costs Node its size squared: a page of 100 relationships in one
 * row took Node 32 ms to decode where Neo4j took 12, and a hub's neighbourhood 120 ms where Neo4j took 23. Rows of a
 * few KB mostly fit one chunk. `join` puts the rows back together.
 */
export function inSlices<L extends string, O extends string = never>(perRow: Record<L, number>, once: readonly O[] = []) {
  const lists = Object.entries(perRow) as [L, number][];
  const rows = lists.map(([list, n]) => `(size(${list}) + ${n - 1}) / ${n}`).join(', ');
  const columns = [
    ...once.map((name) => `CASE WHEN k = 0 THEN ${name} END AS ${name}`),
    ...lists.map(([list, n]) => `${list}[k * ${n}..(k + 1) * ${n}] AS ${list}`),
  ];
  return {
    cypher: `UNWIND range(0, reduce(rows = 1, n IN [${rows}] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k\nRETURN ${columns.join(', ')}`,
    /** The rows as one: each list joined in order, the single values (and any other column) from the first row. */
    join<Row extends Record<string, unknown>>(found: Row[]): Row | undefined {
      const [first] = found;
      if (!first) return undefined;
      const joined: Record<string, unknown> = { ...first };
      for (const [list] of lists) joined[list] = found.flatMap((r) => (r[list] as unknown[] | null) ?? []);
      return joined as Row;
    },
  };
}
