import { describe, expect, it } from 'vitest';
import { kindDiscs, pivotDraft, spreadOut } from '../../web/src/lib/graph/large-layout.ts';

const box = { w: 36, h: 36 };

describe('spreadOut', () => {
  it('scales a heap about its centre until each node has its box and a gap of room', () => {
    // Four nodes in a 10 by 10 square; each needs (36 + 24)^2 = 3,600 px^2, so the square must grow to 120 by 120.
    const at = Float64Array.from([0, 0, 10, 0, 0, 10, 10, 10]);
    expect([...spreadOut(at, [box, box, box, box])]).toEqual([-55, -55, 65, -55, -55, 65, 65, 65]);
  });

  it('never shrinks a picture that already has room', () => {
    const at = Float64Array.from([0, 0, 1000, 0, 0, 1000]);
    expect([...spreadOut(at, [box, box, box])]).toEqual([0, 0, 1000, 0, 0, 1000]);
  });
});

describe('kindDiscs', () => {
  const kinds = ['TRUST', 'TRUST', 'TRUST', 'CCG', 'CCG', 'REGION'];
  // Trust 2 is the hub: it has three relationships; trust 0 has one, trust 1 none.
  const edges = Uint32Array.from([2, 3, 2, 4, 2, 5, 0, 5]);
  const boxes = kinds.map(() => box);

  it('puts the most connected node of each kind at the middle of its disc, the rest on a spiral by degree', () => {
    const at = kindDiscs(kinds, edges, boxes);
    // The trusts, the biggest kind, come first: a disc of three nodes of 3,600 px^2 each, its corner at 0, 0.
    const radius = Math.sqrt((3 * 3600) / Math.PI);
    const step = Math.sqrt(3600 / Math.PI);
    const fromCentre = (i: number) => Math.hypot(at[i * 2]! - radius, at[i * 2 + 1]! - radius);
    expect(fromCentre(2)).toBeCloseTo(step * Math.sqrt(0.5), 6);
    expect(fromCentre(0)).toBeCloseTo(step * Math.sqrt(1.5), 6);
    expect(fromCentre(1)).toBeCloseTo(step * Math.sqrt(2.5), 6);
  });

  it('keeps the kinds apart: every trust is nearer the trusts than any CCG is', () => {
    const at = kindDiscs(kinds, edges, boxes);
    const d = (a: number, b: number) => Math.hypot(at[a * 2]! - at[b * 2]!, at[a * 2 + 1]! - at[b * 2 + 1]!);
    const withinTrusts = Math.max(d(0, 1), d(0, 2), d(1, 2));
    const trustToCcg = Math.min(...[0, 1, 2].flatMap((t) => [d(t, 3), d(t, 4)]));
    expect(trustToCcg).toBeGreaterThan(withinTrusts);
  });

  it('gives the same picture for the same map', () => {
    expect([...kindDiscs(kinds, edges, boxes)]).toEqual([...kindDiscs(kinds, edges, boxes)]);
  });
});

describe('pivotDraft', () => {
  const at = (p: Float64Array, i: number) => ({ x: p[i * 2]!, y: p[i * 2 + 1]! });
  const gap = (p: Float64Array, i: number, j: number) => Math.hypot(p[i * 2]! - p[j * 2]!, p[i * 2 + 1]! - p[j * 2 + 1]!);
  const boxesFor = (n: number) => Array.from({ length: n }, () => box);

  it('lays a chain out along a line, in order: each node farther from the first than the one before it', () => {
    const n = 200;
    const edges = Uint32Array.from(Array.from({ length: n - 1 }, (_, i) => [i, i + 1]).flat());
    const p = pivotDraft(n, edges, boxesFor(n));
    const fromFirst = Array.from({ length: n }, (_, i) => gap(p, 0, i));
    const outOfOrder = fromFirst.flatMap((d, i) => (i > 0 && d <= fromFirst[i - 1]! ? [i] : []));
    expect(outOfOrder).toEqual([]);
    // A relationship is about 120 px long on average before the room is made (the picture only grows after).
    expect(gap(p, 0, n - 1) / (n - 1)).toBeGreaterThanOrEqual(119);
  });

  it('keeps two clusters joined by one relationship apart: each node nearer its own cluster middle', () => {
    // Two rings of 30 nodes each, with chords, and one relationship from node 0 to node 30.
    const ring = (from: number) => Array.from({ length: 30 }, (_, i) => [[from + i, from + ((i + 1) % 30)], [from + i, from + ((i + 7) % 30)]]).flat(2);
    const edges = Uint32Array.from([...ring(0), ...ring(30), 0, 30]);
    const p = pivotDraft(60, edges, boxesFor(60));
    const middle = (from: number) => {
      const xs = Array.from({ length: 30 }, (_, i) => at(p, from + i));
      return { x: xs.reduce((s, q) => s + q.x, 0) / 30, y: xs.reduce((s, q) => s + q.y, 0) / 30 };
    };
    const [a, b] = [middle(0), middle(30)];
    const strays = Array.from({ length: 60 }, (_, i) => i).filter((i) => {
      const q = at(p, i);
      const [own, other] = i < 30 ? [a, b] : [b, a];
      return Math.hypot(q.x - own.x, q.y - own.y) >= Math.hypot(q.x - other.x, q.y - other.y);
    });
    expect(strays).toEqual([]);
  });

  it('sets apart the leaves of a hub, which are all as far from every pivot, and gives the same picture every time', () => {
    const edges = Uint32Array.from(Array.from({ length: 40 }, (_, i) => [0, i + 1]).flat());
    const p = pivotDraft(41, edges, boxesFor(41));
    const places = new Set(Array.from({ length: 41 }, (_, i) => `${Math.round(p[i * 2]!)},${Math.round(p[i * 2 + 1]!)}`));
    expect(places.size).toBe(41);
    expect([...pivotDraft(41, edges, boxesFor(41))]).toEqual([...p]);
  });

  it('places nodes no relationship reaches, and a map without relationships, with finite positions', () => {
    const p = pivotDraft(5, Uint32Array.from([0, 1, 1, 2]), boxesFor(5));
    expect([...p].filter((v) => !Number.isFinite(v))).toEqual([]);
    expect(gap(p, 3, 4)).toBeGreaterThan(0);
    const none = pivotDraft(4, new Uint32Array(0), boxesFor(4));
    expect([...none].filter((v) => !Number.isFinite(v))).toEqual([]);
  });
});
