import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listSnapshot } from '../../db/graph.ts';
import type { Basis, EntityKind, RelationshipType } from '../../domain/model.ts';
import { listOrNull } from '../args.ts';

export async function graph(
  _: unknown,
  args: { asOf?: string | null; kinds?: EntityKind[] | null; types?: RelationshipType[] | null; bases?: Basis[] | null },
  context: Context,
) {
  const key = {
    question: 'graph',
    asOf: args.asOf ?? null,
    kinds: listOrNull(args.kinds),
    types: listOrNull(args.types),
    bases: listOrNull(args.bases),
  };
  const snapshot = await context.snapshots.get(key, () => listSnapshot(context.db, key));
  prime(context, snapshot.nodes);
  return snapshot;
}
