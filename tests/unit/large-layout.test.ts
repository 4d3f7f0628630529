import { describe, expect, it } from 'vitest';
import { kindDiscs, spreadOut } from '../../web/src/lib/graph/large-layout.ts';

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
