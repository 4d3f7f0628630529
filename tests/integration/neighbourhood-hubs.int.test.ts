import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_LIMIT } from '../../server/src/db/graph.ts';
import { useBuilders } from '../helpers/builders.ts';
import { useTestGraph } from '../helpers/graph.ts';

/** A hub (more than HUB_LIMIT relationships) next to the entity asked about must not flood its neighbourhood. */
const graph = useTestGraph();
const build = useBuilders(graph.db, 'test-hubs-');

const LEAVES = 150;

const center = build.entity('center');
const hub = build.entity('hub');
const small = build.entity('small');
const leaves = Array.from({ length: LEAVES }, (_, i) => build.entity(`leaf-${i}`));
const twigs = Array.from({ length: 3 }, (_, i) => build.entity(`twig-${i}`));

beforeAll(async () => {
  expect(LEAVES).toBeGreaterThan(HUB_LIMIT);
  await build.write({
    entities: [center, hub, small, ...leaves, ...twigs],
    relationships: [
      build.relationship(center, 'PART_OF', hub),
      build.relationship(center, 'PART_OF', small),
      ...leaves.map((l) => build.relationship(l, 'PART_OF', hub)),
      ...twigs.map((t) => build.relationship(t, 'PART_OF', small)),
    ],
  });
  expect(await build.count()).toMatchObject({ entities: 3 + LEAVES + twigs.length, relationships: 2 + LEAVES + twigs.length });
});

const QUERY = `query($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth) { nodes { id } edges { id from { id } to { id } } collapsed { id relationships } }
}`;

async function neighbourhood(id: string, depth: number) {
  const { body } = await graph.gql(QUERY, { id, depth });
  expect(body.errors).toBeUndefined();
  const n = body.data.neighbourhood;
  return { ...n, ids: new Set<string>(n.nodes.map((x: { id: string }) => x.id)) };
}

describe('a neighbourhood next to a hub', () => {
  it('reaches the hub once but does not expand the second hop through it, and says so', async () => {
    const n = await neighbourhood(center.id, 2);
    expect(n.ids.has(hub.id)).toBe(true);
    expect(n.nodes.filter((x: { id: string }) => x.id === hub.id)).toHaveLength(1);
    expect(leaves.filter((l) => n.ids.has(l.id))).toEqual([]);
    // Through an ordinary neighbour the second hop is expanded as before.
    expect(twigs.filter((t) => !n.ids.has(t.id))).toEqual([]);
    expect(n.ids.size).toBe(3 + twigs.length);
    expect(n.collapsed).toEqual([{ id: hub.id, relationships: LEAVES + 1 }]);
    // Each relationship once, and every edge joins two nodes of the answer.
    expect(new Set(n.edges.map((e: { id: string }) => e.id)).size).toBe(n.edges.length);
    expect(n.edges).toHaveLength(2 + twigs.length);
    for (const e of n.edges) expect(n.ids.has(e.from.id) && n.ids.has(e.to.id)).toBe(true);
  });

  it('collapses nothing when the hub is at the last hop anyway', async () => {
    const n = await neighbourhood(center.id, 1);
    expect([...n.ids].sort()).toEqual([center.id, hub.id, small.id].sort());
    expect(n.collapsed).toEqual([]);
  });

  it('expands the hub when it is the entity asked about', async () => {
    const n = await neighbourhood(hub.id, 2);
    expect(leaves.filter((l) => !n.ids.has(l.id))).toEqual([]);
    // The center, one hop from the hub, is an ordinary entity: its own neighbours come too.
    expect(n.ids.has(small.id)).toBe(true);
    expect(n.collapsed).toEqual([]);
  });

  it('stops at the hub from one of its own leaves', async () => {
    const n = await neighbourhood(leaves[0]!.id, 2);
    expect([...n.ids].sort()).toEqual([leaves[0]!.id, hub.id].sort());
    expect(n.collapsed).toEqual([{ id: hub.id, relationships: LEAVES + 1 }]);
  });
});
