import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { estimatedBox, layoutJobFromElements } from '../../web/src/lib/graph/layout-job.ts';
import { nextFocus, startingFocus } from '../../web/src/lib/graph/keyboard.ts';
import { NodeGrid, OverviewPlaces, WINDOW_NODES, overviewBounds, overviewData, windowElements } from '../../web/src/lib/graph/overview.ts';
import { KIND_LOOK } from '../../web/src/lib/graph/vocabulary.ts';

const node = (id: string, kind = 'TRUST', classes = `kind-${kind}`): ElementDefinition => ({ group: 'nodes', data: { id, kind, label: `Name of ${id}` }, classes });
const edge = (id: string, source: string, target: string, type = 'PART_OF', classes = `type-${type}`): ElementDefinition => ({
  group: 'edges', data: { id, source, target, type }, classes,
});

const elements = [node('a'), node('b', 'CCG', 'kind-CCG ended'), node('c'), edge('rel:1', 'a', 'b'), edge('rel:2', 'b', 'c', 'OVERSEES', 'type-OVERSEES ended'), edge('rel:3', 'a', 'gone')];
const positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['c', { x: 1000, y: 1000 }]]);

describe('the overview of a large view', () => {
  it('holds every node at its position and every relationship between two of them, by index', () => {
    const data = overviewData(elements, positions);
    expect(data.ids).toEqual(['a', 'b', 'c']);
    expect([...data.positions]).toEqual([0, 0, 100, 0, 1000, 1000]);
    expect([...data.endedNodes]).toEqual([0, 1, 0]);
    // rel:3 leads to a node the view does not hold: left out.
    expect([...data.edges]).toEqual([0, 1, 1, 2]);
    expect(data.types).toEqual(['PART_OF', 'OVERSEES']);
    expect([...data.endedEdges]).toEqual([0, 1]);
    expect(() => overviewData([node('x')], positions)).toThrow(/no position for x/);
  });

  it('knows its bounds, each node’s own size included', () => {
    const half = KIND_LOOK.TRUST.size / 2;
    expect(overviewBounds(overviewData(elements, positions))).toEqual({ x1: -half, y1: -half, w: 1000 + 2 * half, h: 1000 + 2 * half });
  });

  it('finds the nodes in a box and the one nearest a point, through a grid of cells', () => {
    const grid = new NodeGrid(overviewData(elements, positions).positions, 50);
    expect(grid.within({ x1: -10, y1: -10, x2: 150, y2: 10 })).toEqual([0, 1]);
    expect(grid.within({ x1: -5000, y1: -5000, x2: 5000, y2: 5000 })).toEqual([0, 1, 2]);
    expect(grid.nearest(90, 5, 20)).toBe(1);
    expect(grid.nearest(500, 500, 20)).toBe(-1);
  });

  it('gives Cytoscape the nodes in view, placed, and the relationships among them; none when too many are in view', () => {
    const data = overviewData(elements, positions);
    const grid = new NodeGrid(data.positions);
    const byId = new Map(elements.filter((e) => e.group === 'nodes').map((e) => [String(e.data.id), e]));
    const edges = elements.filter((e) => e.group === 'edges');
    const shown = windowElements(data, grid, byId, edges, { x1: -10, y1: -10, x2: 200, y2: 10 });
    expect(shown.map((e) => [e.data.id, e.position ?? null])).toEqual([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['rel:1', null]]);

    const many = Array.from({ length: WINDOW_NODES + 1 }, (_, i) => node(`n${i}`));
    const crowd = overviewData(many, new Map(many.map((n, i) => [String(n.data.id), { x: i, y: 0 }])));
    const crowdById = new Map(many.map((e) => [String(e.data.id), e]));
    expect(windowElements(crowd, new NodeGrid(crowd.positions), crowdById, [], { x1: -1, y1: -1, x2: 10_000, y2: 1 })).toEqual([]);
  });

  it('lays a view out from its elements alone: boxes from the kind, labels estimated where the layout counts them', () => {
    const trust = KIND_LOOK.TRUST.size + 4;
    expect(estimatedBox(node('a'), false)).toEqual({ w: trust, h: trust });
    // "Name of a": 9 characters at 6.5 px, one line of 15 px under the node and its 5 px margin.
    expect(estimatedBox(node('a'), true)).toEqual({ w: Math.max(trust, 9 * 6.5), h: trust + 5 + 15 });
    const job = layoutJobFromElements(elements, 7, 'hierarchical', false);
    expect(job.ids).toEqual(['a', 'b', 'c']);
    // PART_OF ranks the whole above its member: a -> b is turned round; OVERSEES is not.
    expect([...job.edges]).toEqual([1, 0, 1, 2]);
    expect(job.kinds).toEqual(['TRUST', 'CCG', 'TRUST']);
    expect(job).toMatchObject({ id: 7, name: 'hierarchical', incremental: false, fixed: [] });
  });

  it('gives the arrow keys every entity of the view: where each is now, its neighbours and how many relationships it has', () => {
    const data = overviewData(elements, positions);
    const places = new OverviewPlaces(data, new Map([['a', 'Alpha'], ['b', 'Beta'], ['c', 'Gamma']]));
    expect(places.has('c')).toBe(true);
    expect(places.has('gone')).toBe(false);
    expect(places.at('b')).toEqual({ id: 'b', x: 100, y: 0 });
    expect(places.at('gone')).toBeNull();
    expect(places.neighbours('b')).toEqual([{ id: 'a', x: 0, y: 0 }, { id: 'c', x: 1000, y: 1000 }]);
    expect(places.starts()).toEqual([{ id: 'a', name: 'Alpha', degree: 1 }, { id: 'b', name: 'Beta', degree: 2 }, { id: 'c', name: 'Gamma', degree: 1 }]);
    expect(startingFocus(places.starts(), [null])).toBe('b');
    expect(nextFocus(places.at('a')!, places.neighbours('a'), places.all(), 'ArrowRight')?.id).toBe('b');
    // An entity dragged by hand is read where it is now.
    data.positions[0] = 2000;
    expect(nextFocus(places.at('b')!, places.neighbours('b'), places.all(), 'ArrowRight')?.id).toBe('a');
  });
});
