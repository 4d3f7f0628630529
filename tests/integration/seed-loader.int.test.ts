import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, seed } from '../../seed/load.ts';
import { importOds, readOdsFile } from '../../seed/ods.ts';
import { SeedValidationError } from '../../seed/validate.ts';
import { writeDataset } from '../../seed/write.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { seededState } from '../helpers/seeded.ts';
import { useTempDirs } from '../helpers/temp.ts';

/**
 * The seed loader, and every test that rewrites data other files read: full reloads (which prune what the seed
 * files no longer hold, seed-origin test data included) and the ODS samples merged into seeded organisations.
 * They are in this one file so that they run one after another while the other files run beside it.
 */
const graph = useTestGraph();
const tempDir = useTempDirs();
const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'seed', name);
const quiet = () => {};

/** Every id in the fixtures (and the files these tests write) starts with this; nothing else is counted. */
const PREFIX = 'test-seedload-';

/** What the fixtures could write: a refused file must leave every number as it was. */
async function counts() {
  const [row] = await graph.db.read<{ entities: number; sources: number; rels: number }>(
    `CALL { MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS entities }
     CALL { MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN count(s) AS sources }
     CALL { MATCH (a)-[r]-(b) WHERE a.id STARTS WITH $prefix OR r.id STARTS WITH $prefix RETURN count(DISTINCT r) AS rels }
     RETURN entities, sources, rels`,
    { prefix: PREFIX },
  );
  return row!;
}

const clear = () => graph.db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
beforeAll(clear);
afterAll(clear);

describe('the seed loader', () => {
  it.each(['bad-kind.yaml', 'bad-reference.yaml', 'bad-dates.yaml', 'missing-source.yaml', 'unknown-source.yaml', 'outside-lifetime.yaml', 'not-yaml.yaml', 'bad-reference.json', 'bad-dates.json', 'not-json.json'])(
    'refuses %s and writes nothing',
    async (file) => {
      const before = await counts();
      expect(before).toEqual({ entities: 0, sources: 0, rels: 0 });
      const error = await seed(graph.db, [fixture(file)], quiet).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as Error).message).toContain(`tests/fixtures/seed/${file}`);
      expect((error as Error).message).toContain('nothing was written');
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a whole batch when one file of it is bad', async () => {
    const before = await counts();
    await expect(seed(graph.db, [fixture('valid.yaml'), fixture('bad-kind.yaml')], quiet)).rejects.toThrow(SeedValidationError);
    expect(await counts()).toEqual(before);
  });

  it('loads a valid file, telling its progress, and loading it again changes nothing', async () => {
    const phases: string[] = [];
    await seed(graph.db, [fixture('valid.yaml')], quiet, {
      onProgress: (phase, written, total) => phases.push(`${phase} ${written}/${total}`),
    });
    // One source, two entities and one relationship: four rows, in one transaction.
    expect(phases).toEqual(['schema 0/0', 'checking 0/0', 'writing 0/4', 'done 4/4']);
    const once = await counts();
    expect(once).toEqual({ entities: 2, sources: 1, rels: 1 });
    await seed(graph.db, [fixture('valid.yaml')], quiet);
    expect(await counts()).toEqual(once);

    const { body } = await graph.gql(`{ entity(id: "test-seedload-trust") { kind validFrom validTo odsCode
      relationships { type note validFrom validTo confidence from { id } sources { title quote published } } } }`);
    expect(body.data.entity).toMatchObject({ kind: 'TRUST', validFrom: '2014-01-01', validTo: '2020-03-31', odsCode: 'ZZT' });
    expect(body.data.entity.relationships).toEqual([
      {
        type: 'OVERSEES',
        note: "injected '); MATCH (n) DETACH DELETE n //",
        validFrom: '2014-06-01',
        validTo: '2019-12-31',
        confidence: 'REPORTED',
        from: { id: 'test-seedload-overseer' },
        sources: [{ title: 'A test document', quote: 'The Test Overseer Body oversees the Test Hospital NHS Trust.', published: '2016-03-01' }],
      },
    ]);
  });

  it('lets a file refer to entities already in the database', async () => {
    await seed(graph.db, [fixture('valid.yaml')], quiet);
    const dir = await tempDir('seed');
    const file = path.join(dir, 'extra.yaml');
    await writeFile(
      file,
      `entities:\n  - id: test-seedload-extra\n    kind: GROUP\n    name: Test Extra Group\n    description: Joins an existing body.\nrelationships:\n  - from: test-seedload-extra\n    type: PART_OF\n    to: test-seedload-overseer\n    confidence: confirmed\n    sources: [{source: test-seedload-doc}]\n`,
    );
    await seed(graph.db, [file], quiet);
    const { body } = await graph.gql('{ entity(id: "test-seedload-extra") { relationships { to { name } } } }');
    expect(body.data.entity.relationships).toEqual([{ to: { name: 'Test Overseer Body' } }]);
  });
});

describe('a full reload', () => {
  it('changes nothing in a current store, and removes what the files no longer hold', async () => {
    await seed(graph.db, null, quiet);
    const settled = await seededState(graph.wholeStore);
    const { dataset: files } = await checkAll();
    expect(settled.rels).toHaveLength(files.relationships.length);
    expect(settled.nodes).toHaveLength(files.entities.length + files.sources.length + files.rules.length);
    await seed(graph.db, null, quiet);
    expect(await seededState(graph.wholeStore)).toEqual(settled);

    // What an older version of the files wrote: a relationship since re-dated, an entity since taken out.
    await graph.db.write(`
      MATCH (a:Entity {name: 'NHS England'}), (b:Entity {name: 'Monitor'})
      CREATE (a)-[:SUPPORTS {id: 'test-seedload-stale-relationship', origin: 'seed', sourceIds: [], quotes: []}]->(b)
      CREATE (:Entity:Group {id: 'test-seedload-stale-entity', name: 'Test Stale Group', kind: 'GROUP', origin: 'seed'})`);
    // The earlier tests' source stays: the prune takes out relationships and entities, not documents.
    expect(await counts()).toEqual({ entities: 1, sources: 1, rels: 1 });
    await seed(graph.db, null, quiet);
    expect(await counts()).toEqual({ entities: 0, sources: 1, rels: 0 });
    expect(await seededState(graph.wholeStore)).toEqual(settled);
  }, 180_000);
});

describe('a full reload in batches', () => {
  it('reloads every seed file in batches, with the prune last, changing nothing in a current store', async () => {
    const { dataset: all } = await checkAll();
    await writeDataset(graph.db, all, { prune: true });
    const settled = await seededState(graph.wholeStore);
    // A stale seed entity, as an older version of the files would have left: the batched prune removes it.
    await graph.db.write("CREATE (:Entity:Group {id: 'test-seedload-batch-stale', name: 'Test Seedload Batch Stale', kind: 'GROUP', origin: 'seed'})");
    expect(await counts()).toMatchObject({ entities: 1 });
    const progress: number[] = [];
    await writeDataset(graph.db, all, { prune: true, batchRows: 100, progress: (written) => progress.push(written) });
    const rows = all.sources.length + all.rules.length + all.entities.length + all.relationships.length;
    expect(progress).toEqual(Array.from({ length: Math.ceil(rows / 100) }, (_, i) => Math.min((i + 1) * 100, rows)));
    expect(await counts()).toMatchObject({ entities: 0 });
    expect(await seededState(graph.wholeStore)).toEqual(settled);
  }, 180_000);
});

describe('the sample extracts in seed/ods', () => {
  const SAMPLES = ['etr-sample.csv', 'eccg-sample.csv'].map((f) => path.join(import.meta.dirname, '..', '..', 'seed', 'ods', f));
  const CODES = ['RAJ', 'RDD', 'RQ8', 'RDE', 'R1L', 'RNN', 'RNL', 'RH8', 'RK9', 'RWV', 'RA9', 'R1G', '99E', '99F', '99G', '07G', '06Q', '06T', '07H', '01H', '01K'];

  /** Everything about the organisations the samples name, to compare before and after. */
  async function state() {
    return graph.db.read<{ id: string }>(
      `MATCH (e:Entity) WHERE e.odsCode IN $codes
       OPTIONAL MATCH (e)-[r]-()
       WITH e, count(r) AS rels
       RETURN e.id AS id, e.odsCode AS code, e.name AS name, e.aliases AS aliases, e.validFrom AS validFrom,
              e.validTo AS validTo, labels(e) AS labels, rels
       ORDER BY id`,
      { codes: CODES },
    );
  }

  it('merge into the seeded organisations by ODS code and date, and a second import changes nothing', async () => {
    const seeded = (await state()).map((r) => r.id);
    for (const file of SAMPLES) {
      const result = await importOds(graph.db, file, await readOdsFile(file), quiet);
      expect(result.created).toBe(0); // every sample row is an organisation the graph already has
    }
    const once = await state();
    expect(once.map((r) => r.id)).toEqual(seeded);
    // A code may pass from one entity to the next, but no two hold it on one day.
    const [clash] = await graph.db.read<{ n: number }>(
      `MATCH (a:Entity), (b:Entity) WHERE a.odsCode IN $codes AND b.odsCode = a.odsCode AND a.id < b.id
         AND (a.validTo IS NULL OR b.validFrom IS NULL OR b.validFrom <= a.validTo)
         AND (b.validTo IS NULL OR a.validFrom IS NULL OR a.validFrom <= b.validTo)
       RETURN count(*) AS n`,
      { codes: CODES },
    );
    expect(clash).toEqual({ n: 0 });

    for (const file of SAMPLES) await importOds(graph.db, file, await readOdsFile(file), quiet);
    expect(await state()).toEqual(once);
  });
});
