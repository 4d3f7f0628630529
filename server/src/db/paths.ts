import type { Db } from './run.ts';
import { cypher, dateParam } from './cypher.ts';
import { toEntity, toRelationship, type EdgeRow } from './mapping.ts';
import type { Path, RelationshipType } from '../domain/model.ts';

/** Upper bound of every path search; the API refuses maxLength above it. */
export const MAX_PATH_LENGTH = 10;

const PATHS = cypher(`
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[rels*..10]-(b))
WHERE all(r IN rels WHERE ($types IS NULL OR type(r) IN $types) AND VALID(r))
  AND all(x IN nodes(p) WHERE VALID(x))
WITH p
WHERE length(p) <= $maxLength
RETURN [x IN nodes(p) | x {.*}] AS nodes, [r IN relationships(p) | EDGE(r)] AS edges, length(p) AS length
LIMIT 50`);

/** Every shortest path between two different entities, ignoring direction, nodes in order from `from`. */
export async function findPaths(
  db: Db,
  args: { from: string; to: string; types: RelationshipType[] | null; maxLength: number; asOf: string | null },
): Promise<Path[]> {
  const rows = await db.read<{ nodes: Record<string, unknown>[]; edges: EdgeRow[]; length: number }>(PATHS, {
    from: args.from,
    to: args.to,
    types: args.types,
    maxLength: args.maxLength,
    asOf: dateParam(args.asOf),
  });
  return rows.map((r) => ({ nodes: r.nodes.map(toEntity), edges: r.edges.map(toRelationship), length: r.length }));
}
