import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { SEARCH_CANDIDATES, searchEntities } from '../../db/entities.ts';
import type { EntityKind } from '../../domain/model.ts';
import { boundedText, intInRange, listOrNull } from '../args.ts';

export async function search(
  _: unknown,
  args: { text: string; kinds?: EntityKind[] | null; limit: number; offset: number },
  context: Context,
) {
  const text = boundedText(args.text, 200, 'text');
  const limit = intInRange(args.limit, 1, 100, 'limit');
  // Only the best SEARCH_CANDIDATES hits are ranked, so a page must end within them.
  const offset = intInRange(args.offset, 0, SEARCH_CANDIDATES - limit, 'offset');
  const found = await searchEntities(context.db, text, listOrNull(args.kinds), limit, offset);
  prime(context, found);
  return found;
}
