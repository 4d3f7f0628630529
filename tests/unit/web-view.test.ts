import { describe, expect, it } from 'vitest';
import { ApiError, createClient } from '../../web/src/lib/api/client.ts';
import type { Entity, Relationship, Subgraph } from '../../web/src/lib/api/types.ts';
import { History } from '../../web/src/lib/state/history.ts';
import { collapse, drawnSubgraph, EMPTY_VIEW, expand, hide, showHidden, togglePin, viewOf, visibleSubgraph } from '../../web/src/lib/state/view.ts';

function entity(id: string): Entity {
  return { id, name: id, kind: 'TRUST', aliases: [], description: null, odsCode: null, validFrom: null, validTo: null };
}
function rel(from: string, type: Relationship['type'], to: string): Relationship {
  return { id: `${from}:${type}:${to}`, type, from: { id: from }, to: { id: to }, validFrom: null, validTo: null, note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, sourceCount: 0 };
}

const star: Subgraph = {
  nodes: ['hub', 'a', 'b', 'c', 'd'].map(entity),
  edges: [rel('hub', 'MEMBER_OF', 'a'), rel('hub', 'OVERSEES', 'b'), rel('c', 'FUNDS', 'hub'), rel('hub', 'COVERS', 'd')],
};

describe('views', () => {
  it('expands and collapses an entity, keeping what hangs elsewhere, pinned or is the root', () => {
    let view = viewOf({ nodes: [entity('hub'), entity('x')], edges: [] }, { title: 't', root: 'x' });
    view = expand(view, 'hub', star);
    expect(view.nodes.size).toBe(6);
    expect(view.expanded.has('hub')).toBe(true);
    view = expand(view, 'a', { nodes: [entity('a'), entity('b')], edges: [rel('a', 'PART_OF', 'b')] });
    view = togglePin(view, 'c');
    const collapsed = collapse(view, 'hub');
    // a is expanded itself, b hangs on a too, c is pinned: only d goes.
    expect([...collapsed.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'hub', 'x']);
    expect(collapsed.expanded.has('hub')).toBe(false);
  });

  it('hides and shows entities, and unpins what it hides', () => {
    let view = viewOf(star, { title: 't' });
    view = togglePin(view, 'a');
    view = hide(view, 'a');
    expect(view.pinned.has('a')).toBe(false);
    expect(visibleSubgraph(view).nodes.map((n) => n.id)).not.toContain('a');
    expect(visibleSubgraph(view).edges.some((e) => e.to.id === 'a')).toBe(false);
    expect(visibleSubgraph(showHidden(view)).nodes).toHaveLength(5);
  });

  it('carries pinned entities into the next view, but not the old relationships of others', () => {
    let view = viewOf(star, { title: 'first' });
    view = togglePin(view, 'hub');
    const next = viewOf({ nodes: [entity('a'), entity('z')], edges: [rel('z', 'OVERSEES', 'a')] }, { title: 'next', previous: view });
    expect([...next.nodes.keys()].sort()).toEqual(['a', 'hub', 'z']);
    expect([...next.edges.keys()]).toEqual(['z:OVERSEES:a']);
    expect(next.pinned.has('hub')).toBe(true);
  });
});

describe('history', () => {
  it('undoes and redoes, and a new step drops what was undone', () => {
    const history = new History(EMPTY_VIEW);
    const one = viewOf(star, { title: 'one' });
    const two = hide(one, 'a');
    history.push(one);
    history.push(two);
    expect(history.undo()).toBe(one);
    expect(history.canRedo).toBe(true);
    expect(history.redo()).toBe(two);
    history.undo();
    history.push(togglePin(one, 'a'));
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe(one);
    expect(history.undo()).toBe(EMPTY_VIEW);
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBe(EMPTY_VIEW);
  });
});

describe('the GraphQL client', () => {
  const respond = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('returns data', async () => {
    const client = createClient('/graphql', respond({ data: { search: [] } }));
    await expect(client.request('{ search(text: "x") { id } }')).resolves.toEqual({ search: [] });
  });

  it('tells an unreachable server from a database that is down and from a refused request', async () => {
    const down = createClient('/graphql', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(down.request('{ x }')).rejects.toMatchObject({ reason: 'unreachable' });
    const neo4j = createClient('/graphql', respond({ data: null, errors: [{ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }));
    const error = await neo4j.request('{ x }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).reason).toBe('database');
    expect((error as ApiError).headline).toContain('Neo4j');
    const bad = createClient('/graphql', respond({ errors: [{ message: 'depth must be 1 to 4', extensions: { code: 'BAD_USER_INPUT' } }] }, 400));
    await expect(bad.request('{ x }')).rejects.toMatchObject({ reason: 'query', message: 'depth must be 1 to 4' });
    const proxy = createClient('/graphql', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(proxy.request('{ x }')).rejects.toMatchObject({ reason: 'unreachable' });
  });
});

describe('the filters', () => {
  const none = { hiddenKinds: new Set<never>(), hiddenTypes: new Set<never>(), hiddenBases: new Set<never>() };

  it('draws everything visible when nothing is filtered out', () => {
    expect(drawnSubgraph(star, none)).toEqual(star);
  });

  it('leaves off entities of a hidden kind and every relationship that reaches them', () => {
    const mixed: Subgraph = { nodes: [...star.nodes, { ...entity('p'), kind: 'PROGRAMME' }], edges: [...star.edges, rel('hub', 'OVERSEES', 'p')] };
    const drawn = drawnSubgraph(mixed, { ...none, hiddenKinds: new Set(['PROGRAMME']) });
    expect(drawn.nodes.map((n) => n.id)).toEqual(['hub', 'a', 'b', 'c', 'd']);
    expect(drawn.edges.map((e) => e.id)).toEqual(star.edges.map((e) => e.id));
  });

  it('leaves off relationships of a hidden type or way of knowing, keeping their entities', () => {
    const byType = drawnSubgraph(star, { ...none, hiddenTypes: new Set(['FUNDS', 'COVERS']) });
    expect(byType.nodes).toHaveLength(5);
    expect(byType.edges.map((e) => e.type)).toEqual(['MEMBER_OF', 'OVERSEES']);
    const derived = { ...star, edges: star.edges.map((e, i) => (i === 0 ? { ...e, basis: 'DERIVED' as const } : e)) };
    expect(drawnSubgraph(derived, { ...none, hiddenBases: new Set(['DERIVED']) }).edges).toHaveLength(3);
  });
});
