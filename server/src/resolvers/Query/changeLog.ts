import type { Context } from '../../context.ts';
import { listChangeLog } from '../../db/edits.ts';
import { intInRange } from '../args.ts';

export async function changeLog(_: unknown, args: { limit: number }, context: Context) {
  return listChangeLog(context.db, intInRange(args.limit, 1, 500, 'limit'));
}
