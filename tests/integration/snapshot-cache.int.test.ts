import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { askFirstScreen, createApp } from '../../server/src/app.ts';
import { storeVersion } from '../../server/src/db/counts.ts';
import type { Db } from '../../server/src/db/run.ts';
import { useBuilders } from '../helpers/builders.ts';
import { silent, useTestGraph } from '../helpers/graph.ts';

/** The app's snapshot cache (production default): an edit through the API is seen at once. */
const TOKEN = 'test-admin-token-snapshot-0123456789';
const graph = useTestGraph({ adminToken: TOKEN, snapshotTtlMs: 60_000 });
const admin = { authorization: `Bearer ${TOKEN}`, 'x-explorer-actor': 'snapshot cache tests' };
const own = useBuilders(graph.db, 'test-snap-');
const keep = useBuilders(graph.db, 'test-snapkeep-');

const SNAPSHOT = '{ graph(asOf: "2017-06-01", kinds: [GROUP]) { nodes { id } } }';
/** The snapshot's entities this file made (other files add groups of their own meanwhile). */
const ids = async () =>
  ((await graph.gql(SNAPSHOT)).body.data.graph.nodes.map((n: { id: string }) => n.id) as string[]).filter((id) => id.startsWith(own.prefix)).sort();

describe('the snapshot cache', () => {
  it('reuses an answer until the app writes, then answers afresh', async () => {
    const first = own.entity('first', { validFrom: '2000-01-01' });
    await own.write({ entities: [first] });
    const before = await ids();
    expect(before).toEqual([first.id]);
    // Written by "another process" (not through the app): the cached answer does not show it yet.
    await own.write({ entities: [own.entity('outside', { validFrom: '2000-01-01' })] });
    expect(await ids()).toEqual(before);

    const { body } = await graph.gql(
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { id: 'test-snap-edit', name: 'Test Snap Edit Group', kind: 'GROUP', description: 'Made by the snapshot cache test.', validFrom: '2001-01-01' } },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(await ids()).toEqual([own.id('edit'), first.id, own.id('outside')].sort());
  });
});

describe('the snapshot cache, for a grouped map it keeps', () => {
  /** The app over the test store, its reads recorded, with answers ttl old after 300 ms. */
  const reads: { cypher: string; rows: unknown[] }[] = [];
  const recording: Db = {
    ...graph.db,
    read: async (cypher, params) => {
      const rows = await graph.db.read(cypher, params);
      reads.push({ cypher, rows });
      return rows as never;
    },
  };
  const app = createApp({ db: recording, checkHealth: async () => ({ neo4j: 'up' }) as never, logger: silent, snapshotTtlMs: 300 });
  const names = async (within: string) => {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ groups(asOf: "2023-06-01", within: "${within}") { loose { id name } } }` }),
    });
    const body = (await res.json()) as { data: { groups: { loose: { id: string; name: string }[] } } };
    return body.data.groups.loose.map((e) => e.name).sort();
  };
  const groupReads = () => reads.filter((r) => r.cypher.includes('AS tallies')).length;
  const versionsRead = () => reads.filter((r) => r.cypher.includes('CountState')).map((r) => (r.rows[0] as { version: number }).version);

  it('answers from the kept map past ttl while no write bumped the version, and afresh after a write by any process', async () => {
    // An ICB no region holds: the top of the grouped map (other files count its regions) does not show it.
    const region = keep.entity('board', { kind: 'INTEGRATED_CARE_BOARD', name: 'Test Keep Board', validFrom: '2000-01-01' });
    const trust = keep.entity('trust', { kind: 'TRUST', name: 'Test Keep Trust', validFrom: '2000-01-01' });
    await keep.write({ entities: [region, trust], relationships: [keep.relationship(trust, 'PART_OF', region, { validFrom: '2000-01-01' })] });
    expect(await names(region.id)).toEqual(['Test Keep Board', 'Test Keep Trust']);
    expect(groupReads()).toBe(1);

    // Renamed by hand, as no write path of the app does: the store's version stays as it was.
    await graph.db.write('MATCH (e:Entity {id: $id}) SET e.name = $name', { id: trust.id, name: 'Test Keep Trust Renamed' });
    await sleep(400);
    const second = await names(region.id);
    // Other test files write to the same store meanwhile: when one did, the version moved and the map is read again.
    const [before, after] = versionsRead().slice(-2);
    if (before === after) {
      expect(second).toEqual(['Test Keep Board', 'Test Keep Trust']);
      expect(groupReads()).toBe(1);
    } else {
      expect(second).toEqual(['Test Keep Board', 'Test Keep Trust Renamed']);
      expect(groupReads()).toBe(2);
    }

    // A write through the app's own write path (the seed's, the imports', another server's) bumps the version.
    await keep.write({ entities: [keep.entity('other', { validFrom: '2000-01-01' })] });
    expect(await storeVersion(graph.db)).toBeGreaterThan(after!);
    await sleep(400);
    expect(await names(region.id)).toEqual(['Test Keep Board', 'Test Keep Trust Renamed']);
  });

  it('holds the first screen once the server asked it at start (askFirstScreen), so the first visitor waits for no Cypher', async () => {
    await askFirstScreen(app, '2024-02-29');
    const before = groupReads();
    expect(before).toBeGreaterThan(0);
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ groups(asOf: "2024-02-29") { groupKind groups { entity { kind } } } }' }),
    });
    const body = (await res.json()) as { data: { groups: { groupKind: string; groups: { entity: { kind: string } }[] } } };
    expect(body.data.groups.groupKind).toBe('REGION');
    expect(body.data.groups.groups.length).toBeGreaterThanOrEqual(7);
    expect(groupReads()).toBe(before);
  });
});
