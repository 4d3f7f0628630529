import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listNeighbourhood } from '../../db/graph.ts';
import type { Basis, Direction, RelationshipType, Subgraph } from '../../domain/model.ts';
import { rankNeighbours } from '../../domain/ranking.ts';
import { boundedList, boundedText, intInRange, listOrNull } from '../args.ts';

export async function neighbourhood(
  _: unknown,
  args: {
    id: string;
    depth: number;
    types?: RelationshipType[] | null;
    bases?: Basis[] | null;
    direction: Direction;
    asOf?: string | null;
    limit?: number | null;
    exclude?: string[] | null;
  },
  context: Context,
) {
  // Every argument is checked before the database is asked anything.
  const limit = args.limit === null || args.limit === undefined ? null : intInRange(args.limit, 0, 500, 'limit');
  const exclude = new Set(boundedList(args.exclude ?? [], 5000, 'exclude'));
  const found = await listNeighbourhood(context.db, {
    id: boundedText(args.id, 200, 'id'),
    depth: intInRange(args.depth, 1, 4, 'depth'),
    direction: args.direction,
    types: listOrNull(args.types),
    bases: listOrNull(args.bases),
    asOf: args.asOf ?? null,
  });
  let subgraph: Subgraph = found ?? { nodes: [], edges: [], collapsed: [] };
  if (found && limit !== null) {
    const ranked = rankNeighbours(found, args.id, { limit, exclude });
    subgraph = { ...ranked.subgraph, leftOut: ranked.leftOut, total: ranked.total };
  }
  prime(context, subgraph.nodes);
  return subgraph;
}
