import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seed } from '../../seed/load.ts';
import { SeedValidationError } from '../../seed/validate.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { useTempDirs } from '../helpers/temp.ts';

const graph = useTestGraph();
const tempDir = useTempDirs();
const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'seed', name);
const quiet = () => {};

/** Counts everything in the store: a refused file must leave every number as it was. */
async function counts() {
  const [row] = await graph.db.read<{ nodes: number; rels: number; test: number }>(`
    CALL { MATCH (n) RETURN count(n) AS nodes }
    CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
    CALL { MATCH (n:Entity) WHERE n.id STARTS WITH 'test-' RETURN count(n) AS test }
    RETURN nodes, rels, test`);
  return row!;
}

afterAll(async () => {
  await graph.db.write("MATCH (n) WHERE n.id STARTS WITH 'test-' DETACH DELETE n");
});

describe('the seed loader', () => {
  it.each(['bad-kind.yaml', 'bad-reference.yaml', 'bad-dates.yaml', 'missing-source.yaml', 'unknown-source.yaml', 'outside-lifetime.yaml', 'not-yaml.yaml', 'bad-reference.json', 'bad-dates.json', 'not-json.json'])(
    'refuses %s and writes nothing',
    async (file) => {
      const before = await counts();
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

  it('loads a valid file, and loading it again changes nothing', async () => {
    const before = await counts();
    await seed(graph.db, [fixture('valid.yaml')], quiet);
    const once = await counts();
    expect(once.test).toBe(2);
    expect(once.nodes).toBe(before.nodes + 3); // two entities and one source
    await seed(graph.db, [fixture('valid.yaml')], quiet);
    expect(await counts()).toEqual(once);

    const { body } = await graph.gql(`{ entity(id: "test-trust") { kind validFrom validTo odsCode
      relationships { type note validFrom validTo confidence from { id } sources { title quote published } } } }`);
    expect(body.data.entity).toMatchObject({ kind: 'TRUST', validFrom: '2014-01-01', validTo: '2020-03-31', odsCode: 'ZZT' });
    expect(body.data.entity.relationships).toEqual([
      {
        type: 'OVERSEES',
        note: "injected '); MATCH (n) DETACH DELETE n //",
        validFrom: '2014-06-01',
        validTo: '2019-12-31',
        confidence: 'REPORTED',
        from: { id: 'test-overseer' },
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
      `entities:\n  - id: test-extra\n    kind: GROUP\n    name: Test Extra Group\n    description: Joins an existing body.\nrelationships:\n  - from: test-extra\n    type: PART_OF\n    to: test-overseer\n    confidence: confirmed\n    sources: [{source: test-doc}]\n`,
    );
    await seed(graph.db, [file], quiet);
    const { body } = await graph.gql('{ entity(id: "test-extra") { relationships { to { name } } } }');
    expect(body.data.entity.relationships).toEqual([{ to: { name: 'Test Overseer Body' } }]);
  });
});

describe('a full reload', () => {
  it('changes nothing in a current store, and removes what the files no longer hold', async () => {
    await seed(graph.db, null, quiet);
    const settled = await counts();
    await seed(graph.db, null, quiet);
    expect(await counts()).toEqual(settled);

    // What an older version of the files wrote: a relationship since re-dated, an entity since taken out.
    await graph.db.write(`
      MATCH (a:Entity {name: 'NHS England'}), (b:Entity {name: 'Monitor'})
      CREATE (a)-[:SUPPORTS {id: 'test-stale-relationship', origin: 'seed', sourceIds: [], quotes: []}]->(b)
      CREATE (:Entity:Group {id: 'test-stale-entity', name: 'Test Stale Group', kind: 'GROUP', origin: 'seed'})`);
    await seed(graph.db, null, quiet);
    expect(await counts()).toEqual(settled);
  });
});
