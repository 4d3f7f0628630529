import type { Db } from './run.ts';
import { cypher, dateParam } from './cypher.ts';
import { toEntity } from './mapping.ts';
import type { Entity } from '../domain/model.ts';

/** The relationship types that form a chain of command or money upwards. */
export type ChainType = 'OVERSEES' | 'FUNDS';

const DIRECT = cypher(`
MATCH (e:Entity {id: $id})<-[r]-(o:Entity)
WHERE type(r) = $type AND VALID(r) AND VALID(o)
RETURN DISTINCT o {.*} AS node
ORDER BY node.name`);

const TRANSITIVE = cypher(`
MATCH p = (e:Entity {id: $id})<-[rels*1..12]-(o:Entity)
WHERE all(r IN rels WHERE type(r) = $type AND VALID(r)) AND all(x IN nodes(p) WHERE VALID(x)) AND o <> e
WITH o, min(length(p)) AS distance
RETURN o {.*} AS node
ORDER BY distance, node.name`);

/** Who oversees (or funds) the entity: directly, or the whole chain upwards, nearest first. */
export async function listChain(
  db: Db,
  args: { id: string; type: ChainType; transitive: boolean; asOf: string | null },
): Promise<Entity[]> {
  const rows = await db.read<{ node: Record<string, unknown> }>(args.transitive ? TRANSITIVE : DIRECT, {
    id: args.id,
    type: args.type,
    asOf: dateParam(args.asOf),
  });
  return rows.map((r) => toEntity(r.node));
}
