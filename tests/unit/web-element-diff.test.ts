import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { diffElements, START_DISTANCE, startPositions } from '../../web/src/lib/graph/element-diff.ts';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const edge = (id: string, source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id, source, target } });
const ids = (defs: readonly ElementDefinition[]) => defs.map((d) => d.data.id);

describe('diffElements', () => {
  it('removes what is no longer wanted, updates what stays and adds what is new, in the order it came', () => {
    const diff = diffElements(['a', 'b', 'rel:x'], [node('c'), node('a'), edge('rel:y', 'a', 'c')]);
    expect(diff.remove).toEqual(['b', 'rel:x']);
    expect(ids(diff.update)).toEqual(['a']);
    expect(ids(diff.add)).toEqual(['c', 'rel:y']);
  });

  it('takes the last of two definitions with one id, in the place of the first', () => {
    const first = { group: 'nodes', data: { id: 'a', name: 'old' } } as ElementDefinition;
    const last = { group: 'nodes', data: { id: 'a', name: 'new' } } as ElementDefinition;
    const diff = diffElements([], [first, node('b'), last]);
    expect(diff.add.map((d) => d.data.name ?? d.data.id)).toEqual(['new', 'b']);
  });

  it('changes nothing when the map already holds exactly what is wanted', () => {
    expect(diffElements(['a', 'b'], [node('b'), node('a')])).toEqual({ remove: [], update: [node('b'), node('a')], add: [] });
  });
});

describe('startPositions', () => {
  const onMap = new Map([['hub', { x: 100, y: 50 }]]);
  const positionOf = (id: string) => onMap.get(id) ?? null;
  const centre = { x: 400, y: 300 };

  it('puts a node where the layout last had it', () => {
    const starts = startPositions([node('a')], [node('a')], { cached: new Map([['a', { x: 7, y: 8 }]]), positionOf, centre });
    expect(starts.get('a')).toEqual({ x: 7, y: 8 });
  });

  it('starts a new node next to the other end of its first relationship, when that end is on the map', () => {
    const all = [node('hub'), node('a'), edge('rel:1', 'a', 'hub'), edge('rel:2', 'a', 'elsewhere')];
    const starts = startPositions([node('a')], all, { positionOf, centre, random: () => 0 });
    expect(starts.get('a')).toEqual({ x: 100 + START_DISTANCE, y: 50 });
    const quarter = startPositions([node('a')], all, { positionOf, centre, random: () => 0.25 });
    expect(quarter.get('a')!.x).toBeCloseTo(100);
    expect(quarter.get('a')!.y).toBeCloseTo(50 + START_DISTANCE);
  });

  it('starts around the middle when its neighbour is not on the map yet or it has none', () => {
    const all = [node('a'), node('b'), edge('rel:1', 'b', 'a'), node('loner')];
    const starts = startPositions([node('a'), node('b'), node('loner')], all, { positionOf, centre, random: () => 0.5 });
    for (const id of ['a', 'b', 'loner']) {
      expect(starts.get(id)!.x).toBeCloseTo(centre.x - START_DISTANCE);
      expect(starts.get(id)!.y).toBeCloseTo(centre.y);
    }
  });

  it('gives positions to nodes only', () => {
    const starts = startPositions([node('a'), edge('rel:1', 'a', 'hub')], [node('a'), edge('rel:1', 'a', 'hub')], { positionOf, centre });
    expect([...starts.keys()]).toEqual(['a']);
  });
});
