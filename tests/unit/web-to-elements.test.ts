import { describe, expect, it } from 'vitest';
import type { Entity, Relationship, Subgraph } from '../../web/src/lib/api/types.ts';
import { countByKindAndType, edgeElementId, nodeLabel, relationshipIdOf, toElements } from '../../web/src/lib/graph/to-elements.ts';
import { buildStylesheet } from '../../web/src/lib/graph/style.ts';
import { rankedPositions } from '../../web/src/lib/graph/layouts.ts';
import { chooseRenderer, isSoftwareRenderer, WEBGL_FROM_ELEMENTS } from '../../web/src/lib/graph/renderer.ts';

const today = '2025-01-15';

function entity(id: string, overrides: Partial<Entity> = {}): Entity {
  return { id, name: id.toUpperCase(), kind: 'NATIONAL_BODY', aliases: [], description: null, odsCode: null, validFrom: null, validTo: null, ...overrides };
}

function edge(id: string, from: string, to: string, overrides: Partial<Relationship> = {}): Relationship {
  return { id, type: 'OVERSEES', from: { id: from }, to: { id: to }, validFrom: null, validTo: null, note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, sourceCount: 0, ...overrides };
}

const graph: Subgraph = {
  nodes: [entity('a'), entity('b', { kind: 'PROGRAMME' }), entity('c', { kind: 'TRUST', validFrom: '2004-01-01', validTo: '2016-03-31' })],
  edges: [edge('a:OVERSEES:b', 'a', 'b'), edge('b:PART_OF:c', 'b', 'c', { type: 'PART_OF', validTo: '2016-03-31' }), edge('x', 'a', 'zz')],
};

describe('toElements', () => {
  it('makes a node per entity and an edge per relationship whose ends are both shown', () => {
    const elements = toElements(graph, { today });
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['a', 'b', 'c']);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.type])).toEqual([
      ['a', 'b', 'OVERSEES'],
      ['b', 'c', 'PART_OF'],
    ]);
  });

  it('gives edges their own id space and maps back to the relationship', () => {
    const [first] = toElements(graph, { today }).filter((e) => e.group === 'edges');
    expect(first?.data.id).toBe(edgeElementId('a:OVERSEES:b'));
    expect(relationshipIdOf(String(first?.data.id))).toBe('a:OVERSEES:b');
    expect(relationshipIdOf('a')).toBeNull();
  });

  it('classes nodes by kind and edges by type, and marks what has ended', () => {
    const elements = toElements(graph, { today });
    expect(elements.find((e) => e.data.id === 'b')?.classes).toBe('kind-PROGRAMME');
    expect(elements.find((e) => e.data.id === 'c')?.classes).toContain('ended');
    expect(elements.find((e) => e.data.id === 'rel:b:PART_OF:c')?.classes).toBe('type-PART_OF ended');
    expect(elements.find((e) => e.data.id === 'rel:a:OVERSEES:b')?.data.label).toBe('oversees');
    expect(elements.find((e) => e.data.id === 'rel:b:PART_OF:c')?.data.label).toBe('was part of');
  });

  it('leaves out hidden entities, filtered kinds and types, with their edges', () => {
    const hidden = toElements(graph, { today, hidden: new Set(['b']) });
    expect(hidden.map((e) => e.data.id)).toEqual(['a', 'c']);
    const kinds = toElements(graph, { today, kinds: new Set(['NATIONAL_BODY', 'PROGRAMME'] as const) });
    expect(kinds.map((e) => e.data.id)).toEqual(['a', 'b', 'rel:a:OVERSEES:b']);
    const types = toElements(graph, { today, types: new Set(['PART_OF'] as const) });
    expect(types.filter((e) => e.group === 'edges').map((e) => e.data.type)).toEqual(['PART_OF']);
  });

  it('highlights an answer and fades the rest; marks pinned, expanded and root', () => {
    const elements = toElements(graph, {
      today,
      highlight: new Set(['a', 'b', 'a:OVERSEES:b']),
      pinned: new Set(['a']),
      expanded: new Set(['b']),
      root: 'a',
    });
    expect(elements.find((e) => e.data.id === 'a')?.classes).toBe('kind-NATIONAL_BODY pinned root answer');
    expect(elements.find((e) => e.data.id === 'b')?.classes).toBe('kind-PROGRAMME expanded answer');
    expect(elements.find((e) => e.data.id === 'c')?.classes).toContain('faded');
    expect(elements.find((e) => e.data.id === 'rel:a:OVERSEES:b')?.classes).toContain('answer');
  });

  it('labels an ended entity with its years', () => {
    expect(nodeLabel(entity('m', { name: 'Monitor', validFrom: '2004-01-05', validTo: '2016-03-31' }), today)).toBe('Monitor\n2004–2016');
    expect(nodeLabel(entity('n', { name: 'NHS England', validFrom: '2012-10-01' }), today)).toBe('NHS England');
  });

  it('counts what a subgraph holds by kind and type', () => {
    const counts = countByKindAndType(graph);
    expect(counts.kinds.get('NATIONAL_BODY')).toBe(1);
    expect(counts.types.get('OVERSEES')).toBe(2);
  });
});

describe('style, layouts and renderer', () => {
  it('styles every kind and type, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const selectors = (buildStylesheet(theme) as { selector: string }[]).map((b) => b.selector);
      expect(selectors).toContain('node.kind-TRUST');
      expect(selectors).toContain('edge.type-OVERSEES');
      expect(selectors).toContain(':selected');
    }
  });

  it('puts ranked entities in rows, one row per step, centred', () => {
    const positions = rankedPositions(new Map([['a', 0], ['b', 1], ['c', 1], ['d', 2]]), ['a', 'b', 'c', 'd']);
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('b')!.y).toBe(positions.get('c')!.y);
    expect(positions.get('b')!.x).toBe(-positions.get('c')!.x);
    expect(positions.get('d')!.y).toBeGreaterThan(positions.get('b')!.y);
  });

  it('chooses WebGL only for large views drawn by a GPU; a forced choice wins where WebGL exists', () => {
    expect(chooseRenderer(100, 'hardware')).toBe('canvas');
    expect(chooseRenderer(WEBGL_FROM_ELEMENTS, 'hardware')).toBe('webgl');
    expect(chooseRenderer(WEBGL_FROM_ELEMENTS * 10, 'software')).toBe('canvas');
    expect(chooseRenderer(WEBGL_FROM_ELEMENTS, 'none')).toBe('canvas');
    expect(chooseRenderer(10, 'software', 'webgl')).toBe('webgl');
    expect(chooseRenderer(10, 'none', 'webgl')).toBe('canvas');
    expect(chooseRenderer(10_000, 'hardware', 'canvas')).toBe('canvas');
  });

  it('asks what WebGL there is only when the answer depends on it', () => {
    let asked = 0;
    const support = () => (asked++, 'hardware' as const);
    expect(chooseRenderer(100, support)).toBe('canvas');
    expect(chooseRenderer(10_000, support, 'canvas')).toBe('canvas');
    expect(asked).toBe(0);
    expect(chooseRenderer(WEBGL_FROM_ELEMENTS, support)).toBe('webgl');
    expect(chooseRenderer(10, support, 'webgl')).toBe('webgl');
    expect(asked).toBe(2);
  });

  it('tells software rasterisers from GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
  });
});
