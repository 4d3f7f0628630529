import type { Context } from '../../context.ts';
import { REFRESH_COUNTS } from '../../db/counts.ts';
import { changeStatement, endRelationshipStatement, readEntity, readRelationship } from '../../db/edits.ts';
import { BadUserInputError } from '../../errors.ts';
import { boundedText } from '../args.ts';
import { requireAdmin } from './guard.ts';

/** Ends a relationship on a date; it stays in the graph, so history is never lost. */
export async function endRelationship(_: unknown, args: { id: string; validTo: string }, context: Context) {
  const actor = requireAdmin(context);
  const id = boundedText(args.id, 300, 'id');
  const before = await readRelationship(context.db, id);
  if (!before) throw new BadUserInputError(`There is no relationship ${id}.`, 'id');
  if (before.validFrom && args.validTo < before.validFrom) {
    throw new BadUserInputError(`validTo ${args.validTo} is before the relationship began (${before.validFrom}).`, 'validTo');
  }
  if (before.validTo && before.validTo < args.validTo) {
    throw new BadUserInputError(`The relationship already ended on ${before.validTo}; an end can be brought forward, not pushed back.`, 'validTo');
  }
  for (const end of [before.fromId, before.toId]) {
    const entity = await readEntity(context.db, end);
    if (entity?.validFrom && args.validTo < entity.validFrom) {
      throw new BadUserInputError(`validTo ${args.validTo} is before ${end} existed (${entity.validFrom}).`, 'validTo');
    }
  }
  await context.db.writeAll([
    endRelationshipStatement(id, args.validTo),
    changeStatement({ actor, action: 'endRelationship', targetId: id, before, after: { ...before, validTo: args.validTo } }),
    ...REFRESH_COUNTS,
  ]);
  return readRelationship(context.db, id);
}
