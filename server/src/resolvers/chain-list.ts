import type { Context } from '../context.ts';
import { prime } from '../context.ts';
import { listChain, type ChainType } from '../db/chains.ts';
import { boundedText } from './args.ts';

/** The resolver of a list-of-entities chain field (overseers, funders): one relationship type, upwards. */
export function chainListOf(type: ChainType) {
  return async (_: unknown, args: { id: string; transitive: boolean; asOf?: string | null }, context: Context) => {
    const found = await listChain(context.db, {
      id: boundedText(args.id, 200, 'id'),
      type,
      transitive: args.transitive,
      asOf: args.asOf ?? null,
    });
    prime(context, found);
    return found;
  };
}
