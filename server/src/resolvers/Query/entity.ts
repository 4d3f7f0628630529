import type { Context } from '../../context.ts';
import { findCodeHolder } from '../../db/entities.ts';
import { boundedText } from '../args.ts';

/** By id; failing that, an ODS code names the organisation holding it now (or that held it last). */
export async function entity(_: unknown, args: { id: string }, context: Context) {
  const id = boundedText(args.id, 200, 'id');
  const found = await context.entities.load(id);
  if (found || !/^[A-Za-z0-9]{2,10}$/.test(id)) return found;
  const holder = await findCodeHolder(context.db, id.toUpperCase());
  return holder ? context.entities.load(holder) : null;
}
