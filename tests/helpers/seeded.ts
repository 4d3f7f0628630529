import { checkAll } from '../../seed/load.ts';
import type { Db } from '../../server/src/db/run.ts';

/** The seed files' source ids: the whole dataset is checked once per test file, not at every reading. */
let sourceIdsOnce: Promise<string[]> | null = null;

/**
 * Everything the seed files own in the store, with every property, in a fixed order: entities and
 * relationships the seed loader wrote (origin "seed"), the files' sources and the rules. What other test files build under
 * their own prefixes is not in it, so two readings compare equal while those files run beside.
 */
export async function seededState(db: Db): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  sourceIdsOnce ??= checkAll().then(({ dataset }) => dataset.sources.map((s) => s.id));
  const sourceIds = await sourceIdsOnce;
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
