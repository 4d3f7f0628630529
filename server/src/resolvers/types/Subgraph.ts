import type { Subgraph as SubgraphModel } from '../../domain/model.ts';

export const Subgraph = {
  // Snapshots and changes collapse nothing; only the neighbourhood sets it.
  collapsed: (s: SubgraphModel) => s.collapsed ?? [],
  leftOut: (s: SubgraphModel) => s.leftOut ?? 0,
  total: (s: SubgraphModel) => s.total ?? 0,
};
