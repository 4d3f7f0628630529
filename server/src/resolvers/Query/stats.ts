import type { Context } from '../../context.ts';
import { countByDate } from '../../db/counts.ts';

export async function stats(_: unknown, args: { asOf?: string | null }, context: Context) {
  const [counts] = await countByDate(context.db, [args.asOf ?? null]);
  return counts;
}
