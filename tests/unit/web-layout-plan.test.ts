import { describe, expect, it } from 'vitest';
import { ANIMATE_BELOW, LayoutPositions, PendingPlacement, layoutRun, planLayout } from '../../web/src/lib/graph/layout-plan.ts';

const base = { name: 'force' as const, layoutChanged: false, bumped: false, added: 0, nodeIds: ['a', 'b'], cached: undefined, ranks: null };

describe('planLayout', () => {
  it('leaves the map alone when nothing new came, the layout is the same and Re-arrange was not pressed', () => {
    expect(planLayout(base)).toEqual({ kind: 'unchanged' });
  });

  it('has nothing to lay out on an empty map', () => {
    expect(planLayout({ ...base, added: 0, layoutChanged: true, nodeIds: [] })).toEqual({ kind: 'empty' });
  });

  it('restores where a layout already seen had every node, when switching back with nothing new', () => {
    const cached = new Map([['a', { x: 1, y: 2 }], ['b', { x: 3, y: 4 }]]);
    expect(planLayout({ ...base, layoutChanged: true, cached })).toEqual({ kind: 'restore', positions: cached });
    // A node it never placed, a new node or Re-arrange: the layout runs.
    expect(planLayout({ ...base, layoutChanged: true, cached: new Map([['a', { x: 1, y: 2 }]]) })).toEqual({ kind: 'run' });
    expect(planLayout({ ...base, layoutChanged: true, added: 1, cached })).toEqual({ kind: 'run' });
    expect(planLayout({ ...base, layoutChanged: true, bumped: true, cached })).toEqual({ kind: 'run' });
  });

  it('draws a path answer in the hierarchy as rows by rank, when every node has one', () => {
    const ranks = new Map([['a', 0], ['b', 1]]);
    const plan = planLayout({ ...base, name: 'hierarchical', added: 2, ranks });
    expect(plan.kind).toBe('ranked');
    if (plan.kind === 'ranked') expect(plan.positions.get('b')!.y).toBeGreaterThan(plan.positions.get('a')!.y);
    expect(planLayout({ ...base, name: 'hierarchical', added: 2, ranks: new Map([['a', 0]]) })).toEqual({ kind: 'run' });
    expect(planLayout({ ...base, name: 'force', added: 2, ranks })).toEqual({ kind: 'run' });
  });
});

describe('layoutRun', () => {
  const run = { layoutChanged: false, bumped: false, added: 1, nodeIds: ['a', 'b', 'c', 'd'], pinned: new Set(['a']), placed: new Set(['b']), reducedMotion: false };

  it('builds on the picture when most of it stays, holding pinned and dragged nodes still', () => {
    expect(layoutRun(run)).toEqual({ incremental: true, keep: ['a', 'b'], animate: true });
  });

  it('lays out afresh when the view is mostly new, the layout changed or Re-arrange was pressed, holding nothing', () => {
    const fresh = { incremental: false, keep: [], animate: true };
    expect(layoutRun({ ...run, added: 3 })).toEqual(fresh);
    expect(layoutRun({ ...run, layoutChanged: true })).toEqual(fresh);
    expect(layoutRun({ ...run, bumped: true })).toEqual(fresh);
  });

  it('does not animate a view whose nodes are all new: there is nowhere they come from', () => {
    expect(layoutRun({ ...run, added: 4 })).toEqual({ incremental: false, keep: [], animate: false });
  });

  it('does not animate with reduced motion or on a large map', () => {
    expect(layoutRun({ ...run, reducedMotion: true }).animate).toBe(false);
    const many = Array.from({ length: ANIMATE_BELOW }, (_, i) => `n${i}`);
    expect(layoutRun({ ...run, nodeIds: many }).animate).toBe(false);
  });
});

describe('LayoutPositions', () => {
  it('keeps each layout’s positions apart, as copies, and records a drag under the layout shown', () => {
    const positions = new LayoutPositions();
    const p = { x: 1, y: 1 };
    positions.remember('force', [['a', p]]);
    p.x = 99;
    positions.remember('force', [['b', { x: 2, y: 2 }]]);
    positions.remember('concentric', [['a', { x: 5, y: 5 }]]);
    expect([...positions.get('force')!]).toEqual([['a', { x: 1, y: 1 }], ['b', { x: 2, y: 2 }]]);
    positions.moved('force', 'a', { x: 10, y: 10 });
    positions.moved(null, 'b', { x: 0, y: 0 });
    expect(positions.get('force')!.get('a')).toEqual({ x: 10, y: 10 });
    expect(positions.get('force')!.get('b')).toEqual({ x: 2, y: 2 });
    expect(positions.get('concentric')!.get('a')).toEqual({ x: 5, y: 5 });
    expect(positions.get('hierarchical')).toBeUndefined();
  });
});

describe('PendingPlacement', () => {
  it('gives each position once, when its node is on the map, and a new set replaces what still waited', () => {
    const pending = new PendingPlacement([['a', { x: 1, y: 1 }], ['b', { x: 2, y: 2 }]]);
    expect(pending.take((id) => id === 'a')).toEqual([['a', { x: 1, y: 1 }]]);
    expect(pending.take((id) => id === 'a')).toEqual([]);
    pending.set([['c', { x: 3, y: 3 }]]);
    expect(pending.take(() => true)).toEqual([['c', { x: 3, y: 3 }]]);
  });
});
