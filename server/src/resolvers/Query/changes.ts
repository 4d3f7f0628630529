import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listChanges } from '../../db/changes.ts';

export async function changes(_: unknown, args: { from: string; to: string }, context: Context) {
  const found = await listChanges(context.db, args.from, args.to);
  prime(context, [...found.added.nodes, ...found.removed.nodes]);
  return found;
}
