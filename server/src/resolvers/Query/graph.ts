import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listSnapshot } from '../../db/graph.ts';
import type { Basis, EntityKind, RelationshipType } from '../../domain/model.ts';
import { SnapshotTooLargeError } from '../../errors.ts';
import { exportUrl } from '../../export/query.ts';
import { listOrNull } from '../args.ts';

/**
 * At most context.snapshotCap entities and as many relationships (the national graph, 1,104 and 5,931, fits
 * whole): a bigger picture is one collected answer of tens of MB that no map draws, streamed by GET /export instead.
 */
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
  const snapshot = await context.snapshots.get(key, async () => {
    // One more than the cap in each list tells that it was reached, without reading everything.
    const cap = context.snapshotCap;
    const found = await listSnapshot(context.db, { ...key, limit: cap + 1 });
    if (found.nodes.length > cap || found.edges.length > cap) {
      throw new SnapshotTooLargeError(cap, exportUrl({ format: 'ndjson', ...key }));
    }
    return found;
  });
  prime(context, snapshot.nodes);
  return snapshot;
}
