import type { Db } from './run.ts';
import { cypher, dateParam } from './cypher.ts';
import { toEntity, toRelationship, type EdgeRow, type EntityRow } from './mapping.ts';
import type { Path, RelationshipType } from '../domain/model.ts';
import { strengthOf } from '../domain/ranking.ts';

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
RETURN [x IN nodes(p) | ENTITY(x)] AS nodes, [r IN relationships(p) | EDGE(r)] AS edges, length(p) AS length
LIMIT 500`);

/** A route's weight: the sum of its relationships' places in the one strength order (lower says more). */
const weight = (p: Path) => p.edges.reduce((sum, e) => sum + strengthOf(e.type), 0);

/**
 * Parallel facts between the same two entities multiply paths (NHS England both oversees and funds the regime):
 * keep one path per route (sequence of entities), the one whose relationships say most, strongest routes first.
 */
export function distinctRoutes(paths: Path[], limit = 25): Path[] {
  const best = new Map<string, Path>();
  for (const path of paths) {
    const key = path.nodes.map((n) => n.id).join('>');
    const current = best.get(key);
    if (!current || weight(path) < weight(current)) best.set(key, path);
  }
  return [...best.values()].sort((a, b) => a.length - b.length || weight(a) - weight(b)).slice(0, limit);
}

/**
 * The shortest routes between two different entities, ignoring direction, nodes in order from `from`: one path
 * per route, strongest first.
 */
export async function findPaths(
  db: Db,
  args: { from: string; to: string; types: RelationshipType[] | null; maxLength: number; asOf: string | null },
): Promise<Path[]> {
  const rows = await db.read<{ nodes: EntityRow[]; edges: EdgeRow[]; length: number }>(PATHS, {
    from: args.from,
    to: args.to,
    types: args.types,
    maxLength: args.maxLength,
    asOf: dateParam(args.asOf),
  });
  return distinctRoutes(rows.map((r) => ({ nodes: r.nodes.map(toEntity), edges: r.edges.map(toRelationship), length: r.length })));
}
