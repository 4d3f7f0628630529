import type { Context } from '../../context.ts';
import { primeSources } from '../../context.ts';
import { findRelationship } from '../../db/entities.ts';
import { boundedText } from '../args.ts';

/** One relationship with everything known about it: the map draws from a lighter answer and asks this on selection. */
export async function relationship(_: unknown, args: { id: string }, context: Context) {
  const found = await findRelationship(context.db, boundedText(args.id, 1000, 'id'));
  if (!found) return null;
  primeSources(context, found.sources);
  return found.relationship;
}
