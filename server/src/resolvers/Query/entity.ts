import type { Context } from '../../context.ts';
import { boundedText } from '../args.ts';

export async function entity(_: unknown, args: { id: string }, context: Context) {
  return context.entities.load(boundedText(args.id, 200, 'id'));
}
