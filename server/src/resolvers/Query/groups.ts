import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { CHILD_KINDS, listGroups } from '../../db/groups.ts';
import type { EntityKind } from '../../domain/model.ts';
import { BadUserInputError } from '../../errors.ts';
import { boundedText } from '../args.ts';

export async function groups(_: unknown, args: { asOf?: string | null; within?: string | null; prefer?: EntityKind | null }, context: Context) {
  if (args.prefer && !CHILD_KINDS.includes(args.prefer)) {
    throw new BadUserInputError(`prefer must be one of ${CHILD_KINDS.join(', ')}; got ${args.prefer}.`, 'prefer');
  }
  const key = { question: 'groups', asOf: args.asOf ?? null, within: args.within ? boundedText(args.within, 200, 'within') : null, prefer: args.prefer ?? null };
  // A grouped map is a few kilobytes and the first screen: kept while the store is unchanged (snapshot-cache.ts).
  const found = await context.snapshots.get(key, () => listGroups(context.db, key), { keep: true });
  if (found) prime(context, [...found.loose, ...found.groups.map((g) => g.entity), ...(found.within ? [found.within] : [])]);
  return found;
}
