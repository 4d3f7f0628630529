import { describe, expect, it } from 'vitest';
import { useBuilders } from '../helpers/builders.ts';
import { useTestGraph } from '../helpers/graph.ts';

/** The app's snapshot cache (production default): an edit through the API is seen at once. */
const TOKEN = 'test-admin-token-snapshot-0123456789';
const graph = useTestGraph({ adminToken: TOKEN, snapshotTtlMs: 60_000 });
const admin = { authorization: `Bearer ${TOKEN}`, 'x-explorer-actor': 'snapshot cache tests' };
const own = useBuilders(graph.db, 'test-snap-');

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
