import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { findChain, type ChainDirection } from '../../db/chains.ts';
import type { RelationshipType } from '../../domain/model.ts';
import { boundedText, intInRange } from '../args.ts';

export async function chain(
  _: unknown,
  args: { id: string; type: RelationshipType; direction: ChainDirection; depth: number; asOf?: string | null },
  context: Context,
) {
  const found = await findChain(context.db, {
    id: boundedText(args.id, 200, 'id'),
    type: args.type,
    direction: args.direction,
    depth: intInRange(args.depth, 1, 12, 'depth'),
    asOf: args.asOf ?? null,
  });
  const answer = found ?? { nodes: [], edges: [], distances: [] };
  prime(context, answer.nodes);
  return answer;
}
