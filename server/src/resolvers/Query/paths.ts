import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { findPaths, MAX_PATH_LENGTH } from '../../db/paths.ts';
import type { Path, RelationshipType } from '../../domain/model.ts';
import { boundedText, intInRange, listOrNull } from '../args.ts';

export async function paths(
  _: unknown,
  args: { from: string; to: string; types?: RelationshipType[] | null; maxLength: number; asOf?: string | null },
  context: Context,
): Promise<Path[]> {
  const from = boundedText(args.from, 200, 'from');
  const to = boundedText(args.to, 200, 'to');
  const maxLength = intInRange(args.maxLength, 1, MAX_PATH_LENGTH, 'maxLength');
  if (from === to) {
    const entity = await context.entities.load(from);
    return entity ? [{ nodes: [entity], edges: [], length: 0 }] : [];
  }
  const found = await findPaths(context.db, { from, to, types: listOrNull(args.types), maxLength, asOf: args.asOf ?? null });
  for (const path of found) prime(context, path.nodes);
  return found;
}
