import { forget, type Context } from '../../context.ts';
import { changeStatement, listRelationshipsOutside, readEntity } from '../../db/edits.ts';
import type { EntityKind } from '../../domain/model.ts';
import { BadUserInputError } from '../../errors.ts';
import { writeDataset } from '../../dataset/write.ts';
import { compact, requireAdmin, validateEdit } from './guard.ts';

interface EntityInput {
  id: string;
  name: string;
  kind: EntityKind;
  aliases?: string[] | null;
  description?: string | null;
  odsCode?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  sources?: { source: string; quote?: string | null }[] | null;
}

export async function upsertEntity(_: unknown, args: { input: EntityInput }, context: Context) {
  const actor = requireAdmin(context);
  const input = compact({ ...args.input, sources: args.input.sources?.map((c) => compact(c)) });
  const data = await validateEdit(context, { entities: [input] });
  const entity = data.entities[0]!;
  const outside = await listRelationshipsOutside(context.db, entity.id, entity.props.validFrom, entity.props.validTo);
  if (outside.length > 0) {
    throw new BadUserInputError(`These relationships would fall outside the new dates; change or end them first: ${outside.join(', ')}.`, 'input');
  }
  const before = await readEntity(context.db, entity.id);
  await writeDataset(context.db, data, {
    origin: 'api',
    also: [changeStatement({ actor, action: 'upsertEntity', targetId: entity.id, before, after: entity.props })],
  });
  forget(context, entity.id);
  return context.entities.load(entity.id);
}
