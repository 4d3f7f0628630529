import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importOds, readOdsFile } from '../../seed/ods.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { useTempDirs } from '../helpers/temp.ts';

const graph = useTestGraph();
const tempDir = useTempDirs();
const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'ods', name);
const quiet = () => {};

async function testCounts() {
  const [row] = await graph.db.read<{ nodes: number; rels: number; sources: number }>(`
    CALL { MATCH (n:Entity) WHERE n.odsCode STARTS WITH 'ZZ' RETURN count(n) AS nodes }
    CALL { MATCH (n:Entity)-[r]->() WHERE n.odsCode STARTS WITH 'ZZ' RETURN count(r) AS rels }
    CALL { MATCH (s:Source {id: 'ods-etr-test-csv'}) RETURN count(s) AS sources }
    RETURN nodes, rels, sources`);
  return row!;
}

afterAll(async () => {
  await graph.db.write("MATCH (n:Entity) WHERE n.odsCode STARTS WITH 'ZZ' DETACH DELETE n");
  await graph.db.write("MATCH (s:Source {id: 'ods-etr-test-csv'}) DELETE s");
});

describe('the ODS importer', () => {
  it('imports trusts with normal-case names, dates and grouping links; a second import changes nothing', async () => {
    const file = fixture('etr-test.csv');
    const parsed = await readOdsFile(file);
    const first = await importOds(graph.db, file, parsed, quiet);
    expect(first).toEqual({ rows: 3, created: 3, updated: 0, links: 2, unmatchedGroupings: ['ZY9'] });
    const once = await testCounts();
    expect(once).toEqual({ nodes: 3, rels: 2, sources: 1 });

    const second = await importOds(graph.db, file, await readOdsFile(file), quiet);
    expect(second).toMatchObject({ created: 0, updated: 3, links: 2 });
    expect(await testCounts()).toEqual(once);

    const { body } = await graph.gql(`{ entity(id: "ZZ1") { name kind odsCode validFrom validTo
      relationships(direction: OUT) { type to { name } validFrom confidence basis sources { title quote } } sources { title } } }`);
    expect(body.data.entity).toMatchObject({
      name: 'Test-on-Sea Hospital NHS Foundation Trust',
      kind: 'TRUST',
      odsCode: 'ZZ1',
      validFrom: '2004-04-01',
      validTo: null,
      sources: [{ title: 'NHS Organisation Data Service extract etr-test.csv' }],
    });
    // A new organisation's memberships are dated from when both it and the group existed: an inference, so unverified.
    const row = 'line 1: ZZ1, TEST-ON-SEA HOSPITAL NHS FOUNDATION TRUST, Y61, QH8, 20040401';
    expect(body.data.entity.relationships).toEqual([
      {
        type: 'PART_OF',
        to: { name: 'Mid and South Essex STP' },
        validFrom: '2016-03-01',
        confidence: 'UNVERIFIED',
        basis: 'RECORDED',
        sources: [{ title: 'NHS Organisation Data Service extract etr-test.csv', quote: row }],
      },
      {
        type: 'PART_OF',
        to: { name: 'NHS England East of England' },
        validFrom: '2019-04-01',
        confidence: 'UNVERIFIED',
        basis: 'RECORDED',
        sources: [{ title: 'NHS Organisation Data Service extract etr-test.csv', quote: row }],
      },
    ]);
    const closed = await graph.gql('{ entity(id: "ZZ2") { name validTo } }');
    expect(closed.body.data.entity).toEqual({ name: "St Peter's and King's NHS Trust", validTo: '2020-03-31' });
  });

  it('merges into an entity that already has the ODS code, keeping its curated name', async () => {
    await graph.db.write(
      "CREATE (:Entity:Trust {id: 'test-curated-zz9', odsCode: 'ZZ9', name: 'Curated Name Trust', kind: 'TRUST', aliases: [], sourceIds: [], quotes: []})",
    );
    const dir = await tempDir('ods');
    const file = path.join(dir, 'etr.csv');
    await writeFile(file, 'ZZ9,OFFICIAL NAME NHS TRUST,ZY9,,,,,,,,20010401,,,,,,,,,,,0,,,,,\n');
    const result = await importOds(graph.db, file, await readOdsFile(file), quiet);
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const { body } = await graph.gql('{ search(text: "ZZ9") { id name aliases validFrom } }');
    expect(body.data.search).toEqual([
      { id: 'test-curated-zz9', name: 'Curated Name Trust', aliases: ['Official Name NHS Trust'], validFrom: '2001-04-01' },
    ]);
    await graph.db.write("MATCH (e:Entity {id: 'test-curated-zz9'}) DETACH DELETE e");
    await graph.db.write("MATCH (s:Source {id: 'ods-etr-csv'}) DELETE s");
  });
});
