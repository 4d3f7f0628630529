import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOds, readOdsFile } from '../../seed/ods.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { useTempDirs } from '../helpers/temp.ts';

const graph = useTestGraph();
const tempDir = useTempDirs();
const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'ods', name);
const quiet = () => {};

/** The ODS codes of the test extracts (tests/fixtures/ods/etr-test.csv and the file written below): only these are counted. */
const TEST_CODES = ['ZZ1', 'ZZ2', 'ZZ3', 'ZZ9'];

async function testCounts() {
  const [row] = await graph.db.read<{ nodes: number; rels: number; sources: number }>(
    `CALL { MATCH (n:Entity) WHERE n.odsCode IN $codes RETURN count(n) AS nodes }
     CALL { MATCH (n:Entity)-[r]->() WHERE n.odsCode IN $codes RETURN count(r) AS rels }
     CALL { MATCH (s:Source {id: 'ods-etr-test-csv'}) RETURN count(s) AS sources }
     RETURN nodes, rels, sources`,
    { codes: TEST_CODES },
  );
  return row!;
}

const clear = async () => {
  await graph.db.write('MATCH (n:Entity) WHERE n.odsCode IN $codes DETACH DELETE n', { codes: TEST_CODES });
  await graph.db.write("MATCH (s:Source) WHERE s.id IN ['ods-etr-test-csv', 'ods-etr-csv'] DELETE s");
};
beforeAll(clear);
afterAll(clear);

describe('the ODS importer', () => {
  it('imports trusts with normal-case names, dates and grouping links; a second import changes nothing', async () => {
    const file = fixture('etr-test.csv');
    const parsed = await readOdsFile(file);
    const first = await importOds(graph.db, file, parsed, quiet);
    expect(first).toEqual({ rows: 3, created: 3, updated: 0, links: 1, unmatchedGroupings: ['ZY9'] });
    const once = await testCounts();
    expect(once).toEqual({ nodes: 3, rels: 1, sources: 1 });

    const second = await importOds(graph.db, file, await readOdsFile(file), quiet);
    expect(second).toMatchObject({ created: 0, updated: 3, links: 1 });
    expect(await testCounts()).toEqual(once);

    const { body } = await graph.gql(`{ entity(id: "ZZ1") { name kind odsCode validFrom validTo
      relationships(direction: OUT) { type to { name } validFrom confidence sources { title quote } } sources { title } } }`);
    expect(body.data.entity).toMatchObject({
      name: 'Test-on-Sea Hospital NHS Foundation Trust',
      kind: 'TRUST',
      odsCode: 'ZZ1',
      validFrom: '2004-04-01',
      validTo: null,
      sources: [{ title: 'NHS Organisation Data Service extract etr-test.csv' }],
    });
    expect(body.data.entity.relationships).toEqual([
      {
        type: 'PART_OF',
        to: { name: 'Test Grouping Body' },
        validFrom: '2004-04-01',
        confidence: 'CONFIRMED',
        sources: [{ title: 'NHS Organisation Data Service extract etr-test.csv', quote: 'ZZ1: ODS high level health geography (STP, later ICB) ZZ3' }],
      },
    ]);
    const closed = await graph.gql('{ entity(id: "ZZ2") { name validTo } }');
    expect(closed.body.data.entity).toEqual({ name: "St Peter's and King's NHS Trust", validTo: '2020-03-31' });
  });

  it('merges into an entity that already has the ODS code, keeping its curated name', async () => {
    await graph.db.write(
      "CREATE (:Entity:Trust {id: 'test-odsimport-curated-zz9', odsCode: 'ZZ9', name: 'Curated Name Trust', kind: 'TRUST', aliases: [], sourceIds: [], quotes: []})",
    );
    const dir = await tempDir('ods');
    const file = path.join(dir, 'etr.csv');
    await writeFile(file, 'ZZ9,OFFICIAL NAME NHS TRUST,ZY9,,,,,,,,20010401,,,,,,,,,,,0,,,,,\n');
    const result = await importOds(graph.db, file, await readOdsFile(file), quiet);
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const { body } = await graph.gql('{ search(text: "ZZ9") { id name aliases validFrom } }');
    expect(body.data.search).toEqual([
      { id: 'test-odsimport-curated-zz9', name: 'Curated Name Trust', aliases: ['Official Name NHS Trust'], validFrom: '2001-04-01' },
    ]);
  });
});
