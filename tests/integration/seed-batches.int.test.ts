import { afterAll, describe, expect, it } from 'vitest';
import { validateData } from '../../seed/validate.ts';
import { writeDataset } from '../../seed/write.ts';
import { useTestGraph } from '../helpers/graph.ts';

/**
 * A load above the batch size is written in several transactions; the result must be the one-transaction one.
 * Written as origin "api" so that a full reload in another file (which prunes what the seed files no longer
 * hold) leaves it alone; the full reloads themselves are in seed-loader.int.test.ts.
 */
const graph = useTestGraph();

const PREFIX = 'test-batch-';

/** A seed file's data with full defaults: sources, entities of two kinds, relationships of three types. */
function aSeedFile(size: { sources: number; entities: number }) {
  const sources = Array.from({ length: size.sources }, (_, i) => ({
    id: `${PREFIX}doc-${i}`,
    title: `Batch test document ${i}`,
    published: '2016-03',
  }));
  const entities = Array.from({ length: size.entities }, (_, i) => ({
    id: `${PREFIX}e-${i}`,
    kind: i % 2 === 0 ? 'GROUP' : 'PROGRAMME',
    name: `Batch Test Entity ${i}`,
    aliases: [`BTE${i}`],
    description: 'An entity for the batched write test.',
    validFrom: '2014',
    sources: [{ source: sources[i % sources.length]!.id, quote: `Entity ${i} exists.` }],
  }));
  const types = ['PART_OF', 'SUPPORTS', 'PARTNER_IN'];
  const relationships = entities.slice(1).map((e, i) => ({
    from: e.id,
    type: types[i % types.length],
    to: entities[i]!.id,
    validFrom: '2015-06',
    confidence: 'confirmed',
    note: i % 5 === 0 ? 'a note' : undefined,
    sources: [{ source: sources[i % sources.length]!.id, quote: `Link ${i}.` }],
  }));
  return { sources, entities, relationships };
}

/** Everything the test wrote, in a canonical order: labels and properties of nodes, type, ends and properties of relationships. */
async function dump() {
  const [row] = await graph.db.read<{ nodes: unknown[]; rels: unknown[] }>(
    `CALL { MATCH (n) WHERE n.id STARTS WITH $prefix
            WITH n ORDER BY n.id RETURN collect({labels: labels(n), props: properties(n)}) AS nodes }
     CALL { MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $prefix
            WITH a, r, b ORDER BY r.id RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS rels }
     RETURN nodes, rels`,
    { prefix: PREFIX },
  );
  return row!;
}

async function clear() {
  await graph.db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
}

afterAll(clear);

describe('a load above the batch size', () => {
  const data = validateData('batch test', aSeedFile({ sources: 3, entities: 40 }), { entities: new Map(), sourceIds: new Set() });
  const total = data.sources.length + data.entities.length + data.relationships.length;

  it('writes in transactions of the batch size, telling progress, and ends as one transaction would', async () => {
    await clear();
    await writeDataset(graph.db, data, { origin: 'api', batchRows: total });
    const once = await dump();
    expect(once.nodes).toHaveLength(43);
    expect(once.rels).toHaveLength(39);

    await clear();
    const progress: [number, number][] = [];
    await writeDataset(graph.db, data, { origin: 'api', batchRows: 7, progress: (written, all) => progress.push([written, all]) });
    expect(await dump()).toEqual(once);
    expect(total).toBe(82); // 3 sources, 40 entities, 39 relationships
    expect(progress).toEqual(Array.from({ length: Math.ceil(total / 7) }, (_, i) => [Math.min((i + 1) * 7, total), total]));

    // Loading again (what completes a load that failed part-way) changes nothing.
    await writeDataset(graph.db, data, { origin: 'api', batchRows: 7 });
    expect(await dump()).toEqual(once);
  });

  it('completes a load that stopped part-way when it is loaded again', async () => {
    await clear();
    // What a failure after the first transactions leaves: the sources and some entities, no relationships.
    await writeDataset(graph.db, { sources: data.sources, rules: [], entities: data.entities.slice(0, 10), relationships: [] }, { origin: 'api' });
    await writeDataset(graph.db, data, { origin: 'api', batchRows: 7 });
    const completed = await dump();
    await clear();
    await writeDataset(graph.db, data, { origin: 'api' });
    expect(completed).toEqual(await dump());
  });
});
