import type { Context } from '../../context.ts';
import { listSources } from '../../db/sources.ts';

export async function sources(_: unknown, __: unknown, context: Context) {
  return listSources(context.db);
}
