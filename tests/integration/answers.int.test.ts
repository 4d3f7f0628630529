import { describe, expect, it } from 'vitest';
import { useTestGraph } from '../helpers/graph.ts';

/** Answers shaped on the server: a chain with distances in one answer, a neighbourhood cut by a ranked limit. */
const graph = useTestGraph();

describe('chain', () => {
  it('gives the whole chain upwards with each entity\u2019s distance, and its relationships', async () => {
    const { body } = await graph.gql(`{ chain(id: "mid-and-south-essex-success-regime", type: OVERSEES, asOf: "2016-06-01") {
      nodes { id } edges { type from { id } to { id } } distances { id distance } } }`);
    const chain = body.data.chain;
    expect(chain.distances.slice(0, 3)).toEqual([
      { id: 'mid-and-south-essex-success-regime', distance: 0 },
      { id: 'nhs-england', distance: 1 },
      { id: 'nhs-improvement', distance: 1 },
    ]);
    expect(chain.distances).toContainEqual({ id: 'department-of-health-and-social-care', distance: 2 });
    expect(chain.nodes.map((n: { id: string }) => n.id)).toEqual(chain.distances.map((d: { id: string }) => d.id));
    expect(new Set(chain.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['OVERSEES']));
    expect(chain.edges).toContainEqual({ type: 'OVERSEES', from: { id: 'nhs-england' }, to: { id: 'mid-and-south-essex-success-regime' } });
  });

  it('goes down as well, to a depth, and is empty for an entity not there on the date', async () => {
    const { body } = await graph.gql(`{
      down: chain(id: "nhs-trust-development-authority", type: OVERSEES, direction: DOWN, depth: 1, asOf: "2015-06-01") { distances { distance } }
      gone: chain(id: "nhs-improvement", type: OVERSEES, asOf: "2015-06-01") { nodes { id } } }`);
    const distances = body.data.down.distances.map((d: { distance: number }) => d.distance);
    expect(distances.filter((d: number) => d === 0)).toHaveLength(1);
    expect(new Set(distances.slice(1))).toEqual(new Set([1]));
    expect(distances.length).toBeGreaterThan(50); // the NHS trusts it oversaw in 2015
    expect(body.data.gone).toEqual({ nodes: [] });
    const deep = await graph.gql(`{ chain(id: "RR8", type: OVERSEES, depth: 13) { nodes { id } } }`);
    expect(deep.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });
});

describe('a neighbourhood with a limit', () => {
  it('sends the strongest neighbours, the kinds taking turns, and says how many it left out', async () => {
    const { body } = await graph.gql(`{ neighbourhood(id: "nhs-england", asOf: "2023-06-01", limit: 25) { nodes { id kind } leftOut total } }`);
    const { nodes, leftOut, total } = body.data.neighbourhood;
    expect(nodes).toHaveLength(26);
    expect(total - leftOut).toBe(25);
    expect(total).toBeGreaterThan(250); // every trust and ICB it oversees in 2023, and more
    const kinds = new Set(nodes.map((n: { kind: string }) => n.kind));
    expect(kinds.has('INTEGRATED_CARE_BOARD') && kinds.has('TRUST')).toBe(true);
  });

  it('leaves out what is excluded but keeps the relationships to it, and refuses a limit out of range', async () => {
    const { body } = await graph.gql(`{
      n: neighbourhood(id: "monitor", limit: 0, exclude: ["nhs-improvement", "care-quality-commission"]) { nodes { id } edges { from { id } to { id } } leftOut total } }`);
    expect(body.data.n.nodes).toEqual([{ id: 'monitor' }]);
    const others = body.data.n.edges.map((e: any) => (e.from.id === 'monitor' ? e.to.id : e.from.id));
    expect(new Set(others)).toEqual(new Set(['nhs-improvement']));
    expect(body.data.n.leftOut).toBe(body.data.n.total);
    const bad = await graph.gql(`{ neighbourhood(id: "monitor", limit: 501) { nodes { id } } }`);
    expect(bad.status).toBe(200);
    expect(bad.body.errors[0]).toMatchObject({ path: ['neighbourhood'], extensions: { code: 'BAD_USER_INPUT', argument: 'limit' } });
  });
});
