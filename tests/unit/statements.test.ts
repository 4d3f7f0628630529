import { describe, expect, it } from 'vitest';
import { findChain } from '../../server/src/db/chains.ts';
import { countByDate, REFRESH_COUNTS } from '../../server/src/db/counts.ts';
import { PRUNE, findByOdsCode, readStoredIds, upsertEntitiesStatement, upsertRelationshipsStatement } from '../../server/src/db/dataset.ts';
import { findRelationship, listRelationships, searchEntities } from '../../server/src/db/entities.ts';
import { listNeighbourhood, listSnapshot, listSnapshotForMap } from '../../server/src/db/graph.ts';
import { listGroups } from '../../server/src/db/groups.ts';
import { findPaths } from '../../server/src/db/paths.ts';
import { listRelationshipPage } from '../../server/src/db/relationship-pages.ts';
import type { Db } from '../../server/src/db/run.ts';

/**
 * The whole Cypher statement and parameters each hot query sends, compared with a file under statements/ (neo4j/
 * graphql's tck does the same): a change to a statement shows in review as a change to that file. After a
 * deliberate change, `npx vitest run --project unit tests/unit/statements.test.ts -u` rewrites the files.
 */

type Call = { cypher: string; params: Record<string, unknown> };

function recordingDb(): { db: Db; calls: Call[] } {
  const calls: Call[] = [];
  const record = async (cypher: string, params: Record<string, unknown> = {}) => {
    calls.push({ cypher, params });
    return [];
  };
  return { db: { read: record, write: record, writeAll: async () => [] }, calls };
}

/** What a file keeps of a call: the statement as sent, then the parameters (Neo4j dates and integers as text). */
function render(calls: Call[]): string {
  return calls
    .map(({ cypher, params }) => {
      const shown = JSON.stringify(params, (_, v: unknown) => (v && typeof v === 'object' && 'toString' in v && v.constructor?.name && ['Date', 'Integer'].includes(v.constructor.name) ? `${v.constructor.name}(${String(v)})` : v), 2);
      return `${cypher.trim()}\n\n// params\n${shown}\n`;
    })
    .join('\n// next statement\n');
}

async function sent(ask: (db: Db) => Promise<unknown>): Promise<string> {
  const { db, calls } = recordingDb();
  await ask(db);
  expect(calls.length).toBeGreaterThan(0);
  return render(calls);
}

const file = (name: string) => `./statements/${name}.cypher`;

describe('the hot statements, whole', () => {
  it('neighbourhood, both ways, two hops, on a date', async () => {
    const text = await sent((db) =>
      listNeighbourhood(db, { id: 'nhs-england', depth: 2, direction: 'BOTH', types: ['OVERSEES'], bases: ['QUOTED'], asOf: '2016-06-01' }),
    );
    await expect(text).toMatchFileSnapshot(file('neighbourhood-both-2'));
  });

  it('neighbourhood, inwards, one hop, undated', async () => {
    const text = await sent((db) => listNeighbourhood(db, { id: 'RAJ', depth: 1, direction: 'IN', types: null, asOf: null }));
    await expect(text).toMatchFileSnapshot(file('neighbourhood-in-1'));
  });

  it("relationships page: one entity's, outwards, of one type, on a date, counted", async () => {
    const filter = { types: ['REGULATES' as const], bases: null, confidences: null, fromKinds: null, toKinds: ['TRUST' as const], entity: 'care-quality-commission', direction: 'OUT' as const, asOf: '2016-06-01', overlaps: null, changedBetween: null };
    const text = await sent((db) => listRelationshipPage(db, filter, { first: 100, after: 'r:REGULATES:care-quality-commission:RR8', count: true, sources: false }));
    await expect(text).toMatchFileSnapshot(file('relationships-of-entity'));
  });

  it('relationships page: one statement per set of types, whatever their order or the direction; no type asked, no query', async () => {
    const base = { bases: null, confidences: null, fromKinds: null, toKinds: null, asOf: null, overlaps: null, changedBetween: null };
    const page = { first: 10, after: null, count: false, sources: false };
    const texts = await Promise.all(
      [
        { ...base, types: ['FUNDS' as const, 'OVERSEES' as const], entity: 'RR8', direction: 'IN' as const },
        { ...base, types: ['OVERSEES' as const, 'FUNDS' as const], entity: 'RR8', direction: 'OUT' as const },
      ].map((filter) => sent((db) => listRelationshipPage(db, filter, page))),
    );
    const statementOf = (text: string) => text.split('// params')[0]!;
    expect(statementOf(texts[0]!)).toBe(statementOf(texts[1]!));
    // Three branches a type: expand out, expand in, seek.
    expect(statementOf(texts[0]!).match(/UNION ALL/g)?.length).toBe(5);
    let asked = 0;
    const none: Db = { read: async () => (asked++, []), write: async () => [], writeAll: async () => [] };
    const empty = await listRelationshipPage(none, { ...base, types: [], entity: null, direction: 'BOTH' }, { ...page, count: true });
    expect(empty).toEqual({ relationships: [], ends: [], sources: [], hasNextPage: false, totalCount: 0 });
    expect(asked).toBe(0);
  });

  it('relationships page: the whole graph, two types, by basis, with the documents', async () => {
    const filter = { types: ['OVERSEES' as const, 'FUNDS' as const], bases: ['QUOTED' as const], confidences: null, fromKinds: null, toKinds: null, entity: null, direction: 'BOTH' as const, asOf: null, overlaps: { from: '2015-01-01', to: '2016-12-31' }, changedBetween: null };
    const text = await sent((db) => listRelationshipPage(db, filter, { first: 50, after: null, count: false, sources: true }));
    await expect(text).toMatchFileSnapshot(file('relationships-by-type'));
  });

  it('snapshot', async () => {
    const text = await sent((db) => listSnapshot(db, { asOf: '2020-04-01', kinds: ['TRUST', 'CCG'], types: null, bases: null }));
    await expect(text).toMatchFileSnapshot(file('snapshot'));
  });

  it('snapshot, as a map reads it', async () => {
    const text = await sent((db) => listSnapshotForMap(db, { asOf: null, kinds: null, types: ['OVERSEES'], bases: null, limit: 10_001 }));
    await expect(text).toMatchFileSnapshot(file('snapshot-for-map'));
  });

  it('chain upwards and downwards', async () => {
    const up = await sent((db) => findChain(db, { id: 'RAJ', type: 'OVERSEES', direction: 'UP', depth: 6, asOf: '2018-01-01' }));
    await expect(up).toMatchFileSnapshot(file('chain-up'));
    const down = await sent((db) => findChain(db, { id: 'nhs-england', type: 'FUNDS', direction: 'DOWN', depth: 2, asOf: null }));
    await expect(down).toMatchFileSnapshot(file('chain-down'));
  });

  it('paths', async () => {
    const text = await sent((db) => findPaths(db, { from: 'RAJ', to: 'dhsc', types: null, maxLength: 4, asOf: '2019-01-01' }));
    await expect(text).toMatchFileSnapshot(file('paths'));
  });

  it('search', async () => {
    const text = await sent((db) => searchEntities(db, 'mid essex', ['TRUST'], 10));
    await expect(text).toMatchFileSnapshot(file('search'));
  });

  it('groups, at the top and within a region', async () => {
    const text = await sent(async (db) => {
      await listGroups(db, { asOf: '2023-01-01', within: null });
      await listGroups(db, { asOf: '2023-01-01', within: 'nhs-england-east-of-england', prefer: 'INTEGRATED_CARE_BOARD' });
    });
    await expect(text).toMatchFileSnapshot(file('groups'));
  });

  it("an entity's relationships", async () => {
    const text = await sent((db) => listRelationships(db, 'RAJ', 'OUT', ['PART_OF'], '2021-05-01', ['RECORDED']));
    await expect(text).toMatchFileSnapshot(file('entity-relationships'));
  });

  it('stats and timeline: the kept series when current, else the scan', async () => {
    const text = await sent((db) => countByDate(db, ['2016-06-01', null]));
    await expect(text).toMatchFileSnapshot(file('counts'));
  });

  it('one relationship by id, with its documents', async () => {
    const text = await sent((db) => findRelationship(db, 'nhs-england:OVERSEES:mid-and-south-essex-success-regime'));
    await expect(text).toMatchFileSnapshot(file('relationship'));
  });

  it('the write path: upserts, prune, the counts rebuilt at the end, what the checks read', async () => {
    const text = await sent(async (db) => {
      await readStoredIds(db);
      await findByOdsCode(db, ['RAJ'], ['QHM'], ['REGION', 'INTEGRATED_CARE_BOARD']);
    });
    const statements = [upsertEntitiesStatement('TRUST'), upsertRelationshipsStatement('MERGED_INTO'), PRUNE.trim(), ...REFRESH_COUNTS.map((s) => s.cypher.trim())].join(
      '\n\n// next statement\n',
    );
    await expect(`${text}\n// next statement\n${statements}\n`).toMatchFileSnapshot(file('write-path'));
  });
});
