import type { Context } from '../../context.ts';
import { listRules } from '../../db/sources.ts';

export async function rules(_: unknown, __: unknown, context: Context) {
  return listRules(context.db);
}
