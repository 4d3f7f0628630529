import { describe, expect, it } from 'vitest';
import { inSlices } from '../../server/src/db/cypher.ts';

describe('inSlices', () => {
  const slices = inSlices({ nodes: 2, edges: 3 }, ['center']);

  it('returns each list in slices of its size, and the single values on the first row only', () => {
    expect(slices.cypher).toBe(
      'UNWIND range(0, reduce(rows = 1, n IN [(size(nodes) + 1) / 2, (size(edges) + 2) / 3] | CASE WHEN n > rows THEN n ELSE rows END) - 1) AS k\n' +
        'RETURN CASE WHEN k = 0 THEN center END AS center, nodes[k * 2..(k + 1) * 2] AS nodes, edges[k * 3..(k + 1) * 3] AS edges',
    );
  });

  it('joins the rows back in order, keeping the first row’s single values and other columns', () => {
    const rows = [
      { center: 'c', nodes: ['a', 'b'], edges: [1, 2, 3], totalCount: 9 },
      { center: null, nodes: ['d'], edges: [4, 5, 6], totalCount: 9 },
      { center: null, nodes: [], edges: [7], totalCount: 9 },
    ];
    expect(slices.join(rows)).toEqual({ center: 'c', nodes: ['a', 'b', 'd'], edges: [1, 2, 3, 4, 5, 6, 7], totalCount: 9 });
    expect(slices.join([])).toBeUndefined();
  });
});
