import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listNeighbourhood } from '../../db/graph.ts';
import type { Basis, Direction, RelationshipType } from '../../domain/model.ts';
import { boundedText, intInRange, listOrNull } from '../args.ts';

export async function neighbourhood(
  _: unknown,
  args: {
    id: string;
    depth: number;
    types?: RelationshipType[] | null;
    bases?: Basis[] | null;
    direction: Direction;
    asOf?: string | null;
  },
  context: Context,
) {
  const found = await listNeighbourhood(context.db, {
    id: boundedText(args.id, 200, 'id'),
    depth: intInRange(args.depth, 1, 4, 'depth'),
    direction: args.direction,
    types: listOrNull(args.types),
    bases: listOrNull(args.bases),
    asOf: args.asOf ?? null,
  });
  const subgraph = found ?? { nodes: [], edges: [], collapsed: [] };
  prime(context, subgraph.nodes);
  return subgraph;
}
