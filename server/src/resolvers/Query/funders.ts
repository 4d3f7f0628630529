import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listChain } from '../../db/chains.ts';
import { boundedText } from '../args.ts';

export async function funders(
  _: unknown,
  args: { id: string; transitive: boolean; asOf?: string | null },
  context: Context,
) {
  const found = await listChain(context.db, {
    id: boundedText(args.id, 200, 'id'),
    type: 'FUNDS',
    transitive: args.transitive,
    asOf: args.asOf ?? null,
  });
  prime(context, found);
  return found;
}
