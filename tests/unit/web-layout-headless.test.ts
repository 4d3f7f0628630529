import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { describe, expect, it } from 'vitest';
import { layOutHeadless } from '../../web/src/lib/graph/layout-headless.ts';
import { layoutJob, positionsById } from '../../web/src/lib/graph/layout-job.ts';
import { rankedEnds, RANKED_UPWARD } from '../../web/src/lib/graph/layouts.ts';

cytoscape.use(dagre);

/** NHS England oversees London; two ICBs are part of London; a trust is part of the first ICB. */
function londonMap() {
  const node = (id: string) => ({ group: 'nodes' as const, data: { id } });
  const edge = (id: string, source: string, type: string, target: string) => ({ group: 'edges' as const, data: { id, source, target, type } });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      node('nhse'), node('london'), node('icb-a'), node('icb-b'), node('trust'),
      edge('e1', 'nhse', 'OVERSEES', 'london'),
      edge('e2', 'icb-a', 'PART_OF', 'london'),
      edge('e3', 'icb-b', 'PART_OF', 'london'),
      edge('e4', 'trust', 'MEMBER_OF', 'icb-a'),
    ],
  });
}

describe('the hierarchy ranks a whole above its members', () => {
  it('turns round the edges that point from a member to what it belongs to, for the hierarchy only', () => {
    expect([...RANKED_UPWARD].sort()).toEqual(['MEMBER_OF', 'PARTNER_IN', 'PART_OF']);
    expect(rankedEnds('hierarchical', 'PART_OF', 'icb', 'region')).toEqual(['region', 'icb']);
    expect(rankedEnds('hierarchical', 'OVERSEES', 'nhse', 'region')).toEqual(['nhse', 'region']);
    expect(rankedEnds('force', 'PART_OF', 'icb', 'region')).toEqual(['icb', 'region']);
  });

  it('gives the layout job the edges as they are ranked (by index into its ids)', () => {
    const c = londonMap();
    const job = layoutJob(c, 1, 'hierarchical', false, new Set(), false);
    expect(job.ids).toEqual(['nhse', 'london', 'icb-a', 'icb-b', 'trust']);
    expect([...job.edges]).toEqual([0, 1, 1, 2, 1, 3, 2, 4]);
    expect([...layoutJob(c, 2, 'force', false, new Set(), false).edges]).toEqual([0, 1, 2, 1, 3, 1, 4, 2]);
    c.destroy();
  });

  it('leaves the links between sibling groups out of the hierarchy, so they share a row', () => {
    const group = (id: string) => ({ group: 'nodes' as const, data: { id, kind: 'INTEGRATED_CARE_BOARD' }, classes: 'group' });
    const link = (id: string, source: string, type: string, target: string) => ({ group: 'edges' as const, data: { id, source, target, type }, classes: 'grouped' });
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { group: 'nodes', data: { id: 'london', kind: 'REGION' } }, group('icb-a'), group('icb-b'),
        link('l1', 'icb-a', 'PART_OF', 'london'),
        link('l2', 'icb-b', 'PART_OF', 'london'),
        // Members of one ICB commission members of the other: no reason to draw one ICB above the other.
        link('l3', 'icb-a', 'COMMISSIONS', 'icb-b'),
      ],
    });
    expect([...layoutJob(c, 1, 'hierarchical', false, new Set(), false).edges]).toEqual([0, 1, 0, 2]);
    expect([...layoutJob(c, 2, 'force', false, new Set(), false).edges]).toEqual([1, 0, 2, 0, 1, 2]);
    const job = layoutJob(c, 1, 'hierarchical', false, new Set(), false);
    const at = layOutHeadless(cytoscape, job);
    expect(at[1]!).toBeLessThan(at[3]!);
    expect(at[3]).toBe(at[5]);
    c.destroy();
  });

  it('lays the org chart out top-down: NHS England, then the region, then its ICBs, then the trust', () => {
    const c = londonMap();
    const job = layoutJob(c, 1, 'hierarchical', false, new Set(), false);
    const at = layOutHeadless(cytoscape, job);
    const y = (id: string) => at[job.ids.indexOf(id) * 2 + 1]!;
    expect(y('nhse')).toBeLessThan(y('london'));
    expect(y('london')).toBeLessThan(y('icb-a'));
    expect(y('icb-a')).toBe(y('icb-b'));
    expect(y('icb-a')).toBeLessThan(y('trust'));
    c.destroy();
  });
});

describe('positionsById', () => {
  it("keys a layout's x, y pairs by the job's node ids, in order", () => {
    const at = positionsById(['a', 'b'], new Float64Array([1.5, -2, 30, 40]));
    expect([...at]).toEqual([
      ['a', { x: 1.5, y: -2 }],
      ['b', { x: 30, y: 40 }],
    ]);
  });
});
