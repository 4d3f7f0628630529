import { afterAll, describe, expect, it } from 'vitest';
import { useTestGraph } from '../helpers/graph.ts';

/** The app's snapshot cache (production default): an edit through the API is seen at once. */
const TOKEN = 'test-admin-token-snapshot-0123456789';
const graph = useTestGraph({ adminToken: TOKEN, snapshotTtlMs: 60_000 });
const admin = { authorization: `Bearer ${TOKEN}` };

afterAll(async () => {
  await graph.db.write("MATCH (n:Entity) WHERE n.id STARTS WITH 'test-snap-' DETACH DELETE n");
  await graph.db.write("MATCH (c:Change) WHERE c.targetId STARTS WITH 'test-snap-' DELETE c");
});

const SNAPSHOT = '{ graph(asOf: "2017-06-01", kinds: [GROUP]) { nodes { id } } }';
const ids = async () => (await graph.gql(SNAPSHOT)).body.data.graph.nodes.map((n: { id: string }) => n.id) as string[];

describe('the snapshot cache', () => {
  it('reuses an answer until the app writes, then answers afresh', async () => {
    const before = await ids();
    // Written by "another process" (not through the app): the cached answer does not show it yet.
    await graph.db.write(
      "CREATE (:Entity:Group {id: 'test-snap-outside', name: 'Test Snap Outside', kind: 'GROUP', validFrom: date('2000-01-01'), aliases: [], sourceIds: [], quotes: []})",
    );
    expect(await ids()).toEqual(before);

    const { body } = await graph.gql(
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { id: 'test-snap-edit', name: 'Test Snap Edit Group', kind: 'GROUP', description: 'Made by the snapshot cache test.', validFrom: '2001-01-01' } },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const after = await ids();
    expect(after).toEqual(expect.arrayContaining([...before, 'test-snap-outside', 'test-snap-edit']));
    expect(after).toHaveLength(before.length + 2);
  });
});
