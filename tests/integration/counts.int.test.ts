import { describe, expect, it } from 'vitest';
import { countByDate, keptCountsCurrent, scanCountsByDate, type Counts } from '../../server/src/db/counts.ts';
import { validateData } from '../../server/src/dataset/check.ts';
import { readKnown, writeDataset } from '../../server/src/dataset/write.ts';
import { useBuilders } from '../helpers/builders.ts';
import { useTestGraph } from '../helpers/graph.ts';

/**
 * stats and timeline read counts the write path keeps (one series of change days per kind and per type and
 * basis); they must say exactly what the full scan says, on every day, after every kind of write.
 */
const TOKEN = 'test-admin-token-counts-0123456789';
const graph = useTestGraph({ adminToken: TOKEN });
const own = useBuilders(graph.db, 'test-counts-');
const admin = { authorization: `Bearer ${TOKEN}` };
const id = (name: string) => own.id(name);

/**
 * Workstreams (the national data has 3) and PARTNER_IN (it has 943), undated, open at either end and closed; undated
 * relationships between dated ends (counted on the days both ends are), one quoted, one recorded, one cited.
 */
const workstream = (name: string, dates: { validFrom?: string; validTo?: string } = {}) => ({
  id: id(name),
  kind: 'WORKSTREAM',
  name: `Test counts ${name}`,
  description: 'A workstream the counts tests build.',
  ...dates,
});
const partners = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  from: id(from),
  type: 'PARTNER_IN',
  to: id(to),
  confidence: 'confirmed',
  sources: [{ source: id('doc'), quote: `${from} is a partner in ${to}.` }],
  ...extra,
});
const FIRST = {
  sources: [{ id: id('doc'), title: 'Test counts document', url: 'https://example.org/test-counts' }],
  entities: [
    workstream('undated'),
    workstream('open', { validFrom: '2015-01-01' }),
    workstream('closed', { validFrom: '2015-01-01', validTo: '2016-12-31' }),
    workstream('ended', { validTo: '2014-06-30' }),
  ],
  relationships: [
    partners('undated', 'closed'),
    partners('open', 'closed', { validFrom: '2015-06-01', basis: 'recorded' }),
    partners('ended', 'undated', { sources: [{ source: id('doc') }] }),
    partners('open', 'undated', { validFrom: '2016-01-01', validTo: '2019-12-31' }),
  ],
};

/** Every day either side of each date in the data, yearly days, and all of history. */
const DAYS: (string | null)[] = [
  null,
  ...['2013-12-31', '2014-01-01', '2014-06-29', '2014-06-30', '2014-07-01', '2014-12-31', '2015-01-01', '2015-01-02', '2015-05-31', '2015-06-01'],
  ...['2015-12-31', '2016-01-01', '2016-06-01', '2016-12-30', '2016-12-31', '2017-01-01', '2017-06-30', '2017-07-01', '2018-12-31', '2019-01-01', '2019-12-31', '2020-01-01'],
  ...Array.from({ length: 16 }, (_, i) => `${2010 + i}-04-01`),
];

async function load(data: object) {
  await writeDataset(graph.db, validateData('test-counts', data, await readKnown(graph.db)), { origin: 'api' });
}

/** Kept counts on DAYS, after checking they are the kept ones and that the scan says the same. */
async function keptCounts(): Promise<Counts[]> {
  expect(await keptCountsCurrent(graph.db)).toBe(true);
  const kept = await countByDate(graph.db, DAYS);
  expect(kept).toEqual(await scanCountsByDate(graph.wholeStore, DAYS));
  return kept;
}

const of = (counts: Counts[], day: string | null) => counts[DAYS.indexOf(day)]!;
const workstreams = (c: Counts) => c.entities.find((e) => e.kind === 'WORKSTREAM')?.count ?? 0;
const partnered = (c: Counts) => c.relationships.find((r) => r.type === 'PARTNER_IN')?.count ?? 0;
/** What this file's data adds on each day: the counts now less those before it was written. */
const added = (now: Counts[], before: Counts[], day: string | null, what: (c: Counts) => number) => what(of(now, day)) - what(of(before, day));

describe('the counts kept by the write path', () => {
  let before: Counts[] = [];

  it('after a load: the same as the scan on every day, and the known numbers', async () => {
    await load({ entities: [], relationships: [] });
    before = await keptCounts();
    await load(FIRST);
    const after = await keptCounts();
    const days = ['2014-01-01', '2015-01-01', '2015-06-01', '2016-06-01', '2017-01-01', '2020-01-01', null];
    expect(days.map((d) => added(after, before, d, workstreams))).toEqual([2, 3, 3, 3, 2, 2, 4]);
    // undated->closed on 2015..2016; open->closed from 2015-06-01 to 2016-12-31; ended->undated to 2014-06-30;
    // open->undated 2016..2019.
    expect(days.map((d) => added(after, before, d, partnered))).toEqual([1, 1, 2, 3, 1, 0, 4]);
    const bases = (c: Counts) => Object.fromEntries(c.bases.map((b) => [b.basis, b.count]));
    const all = (c: Counts[]) => bases(of(c, null));
    expect(['QUOTED', 'RECORDED', 'CITED'].map((b) => (all(after)[b] ?? 0) - (all(before)[b] ?? 0))).toEqual([2, 1, 1]);
  });

  it('after an edit through the API (an entity re-dated, a relationship ended)', async () => {
    // The relationship first: re-dated, the entity would end before it does (an edit refused).
    const relationshipId = `${id('open')}:PARTNER_IN:${id('undated')}@2016-01-01`;
    const ended = await graph.gql('mutation($id: ID!) { endRelationship(id: $id, validTo: "2016-02-29") { id validTo } }', { id: relationshipId }, admin);
    expect(ended.body.data.endRelationship).toEqual({ id: relationshipId, validTo: '2016-02-29' });
    const upsert = await graph.gql(
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id validTo } }',
      { input: { ...workstream('undated'), validTo: '2016-03-31' } },
      admin,
    );
    expect(upsert.body.data.upsertEntity).toEqual({ id: id('undated'), validTo: '2016-03-31' });
    const after = await keptCounts();
    const days = ['2014-01-01', '2015-06-01', '2016-01-01', '2016-06-01', '2017-01-01', null];
    expect(days.map((d) => added(after, before, d, workstreams))).toEqual([2, 3, 3, 2, 1, 4]);
    expect(days.map((d) => added(after, before, d, partnered))).toEqual([1, 2, 3, 1, 0, 4]);
  });

  it('after a second load, split into transactions, that ends one workstream and adds a relationship', async () => {
    const second = {
      ...FIRST,
      entities: FIRST.entities.map((e) => (e.id === id('open') ? { ...e, validTo: '2018-12-31' } : e)).filter((e) => e.id !== id('undated')),
      relationships: [partners('closed', 'open', { validFrom: '2016-01-01' })],
    };
    const known = await readKnown(graph.db);
    await writeDataset(graph.db, validateData('test-counts', second, known), { origin: 'api', batchRows: 2 });
    const after = await keptCounts();
    const days = ['2015-06-01', '2016-06-01', '2019-01-01', null];
    expect(days.map((d) => added(after, before, d, workstreams))).toEqual([3, 2, 0, 4]);
    expect(days.map((d) => added(after, before, d, partnered))).toEqual([2, 2, 0, 5]);
  });

  it('after a write that does not rebuild them, counts by scanning until the next that does', async () => {
    await own.write({ entities: [own.entity('stray', { kind: 'WORKSTREAM' })] });
    expect(await keptCountsCurrent(graph.db)).toBe(false);
    const scanned = await countByDate(graph.db, DAYS);
    expect(scanned).toEqual(await scanCountsByDate(graph.wholeStore, DAYS));
    expect(added(scanned, before, null, workstreams)).toBe(5);
    await load({ entities: [], relationships: [] });
    expect(added(await keptCounts(), before, null, workstreams)).toBe(5);
  });

  it('answers the timeline from the same counts', async () => {
    const { body } = await graph.gql('{ timeline(from: "2010-04-01", to: "2025-04-01") { asOf entityCount relationshipCount entities { kind count } } }');
    const yearly = DAYS.slice(-16);
    expect(body.data.timeline).toEqual(
      (await scanCountsByDate(graph.wholeStore, yearly)).map((c) => ({ asOf: c.asOf, entityCount: c.entityCount, relationshipCount: c.relationshipCount, entities: c.entities })),
    );
  });
});
