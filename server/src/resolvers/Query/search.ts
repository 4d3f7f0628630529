import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { searchEntities } from '../../db/entities.ts';
import type { EntityKind } from '../../domain/model.ts';
import { boundedText, intInRange, listOrNull } from '../args.ts';

export async function search(
  _: unknown,
  args: { text: string; kinds?: EntityKind[] | null; limit: number },
  context: Context,
) {
  const text = boundedText(args.text, 200, 'text');
  const limit = intInRange(args.limit, 1, 100, 'limit');
  const found = await searchEntities(context.db, text, listOrNull(args.kinds), limit);
  prime(context, found);
  return found;
}
