import type { Context } from '../../context.ts';
import { changeStatement, readRelationship } from '../../db/edits.ts';
import { fileWord, type Confidence, type RelationshipType } from '../../domain/model.ts';
import { BadUserInputError } from '../../errors.ts';
import { writeDataset } from '../../dataset/write.ts';
import { compact, requireAdmin, validateEdit } from './guard.ts';

interface RelationshipInput {
  id?: string | null;
  from: string;
  type: RelationshipType;
  to: string;
  validFrom?: string | null;
  validTo?: string | null;
  note?: string | null;
  confidence: Confidence;
  sources: { source: string; quote?: string | null }[];
  newSources?: { id: string; title: string; url?: string | null; publisher?: string | null; published?: string | null; reference?: string | null }[] | null;
}

export async function upsertRelationship(_: unknown, args: { input: RelationshipInput }, context: Context) {
  const actor = requireAdmin(context);
  const { newSources, ...rest } = args.input;
  const relationship = compact({
    ...rest,
    confidence: fileWord(rest.confidence),
    sources: rest.sources.map((c) => compact(c)),
  });
  const data = await validateEdit(context, {
    sources: (newSources ?? []).map((s) => compact(s)),
    relationships: [relationship],
  });
  const row = data.relationships[0]!;
  const before = await readRelationship(context.db, row.id);
  if (before && (before.type !== row.type || before.fromId !== row.from || before.toId !== row.to)) {
    throw new BadUserInputError(
      `Relationship ${row.id} is ${before.fromId} ${before.type} ${before.toId}; its ends and type cannot change. End it and add a new one.`,
      'id',
    );
  }
  await writeDataset(context.db, data, {
    origin: 'api',
    also: [changeStatement({ actor, action: 'upsertRelationship', targetId: row.id, before, after: { ...row.props, type: row.type, from: row.from, to: row.to } })],
  });
  const after = await readRelationship(context.db, row.id);
  return after;
}
