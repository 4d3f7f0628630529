import { checkAll } from '../../seed/load.ts';
import type { Db } from '../../server/src/db/run.ts';

/**
 * Everything the seed files own in the store, with every property, in a fixed order: entities and
 * relationships the seed loader wrote (origin "seed"), the files' sources and the rules. What other test files build under
 * their own prefixes is not in it, so two readings compare equal while those files run beside.
 */
export async function seededState(db: Db): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const sourceIds = (await checkAll()).dataset.sources.map((s) => s.id);
  const [row] = await db.read<{ nodes: unknown[]; rels: unknown[] }>(
    `CALL { MATCH (n) WHERE n.origin = 'seed' OR n:Rule OR (n:Source AND n.id IN $sourceIds) WITH n ORDER BY n.id
            RETURN collect({labels: labels(n), props: properties(n)}) AS nodes }
     CALL { MATCH (a)-[r]->(b) WHERE r.origin = 'seed' WITH a, r, b ORDER BY r.id
            RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS rels }
     RETURN nodes, rels`,
    { sourceIds },
  );
  return row!;
}
