import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listSnapshot, listSnapshotForMap } from '../../db/graph.ts';
import type { Basis, EntityKind, MapEntity, MapRelationship, RelationshipType } from '../../domain/model.ts';
import { SnapshotTooLargeError } from '../../errors.ts';
import { exportUrl } from '../../export/query.ts';
import { listOrNull } from '../args.ts';
import { MAP_SUBGRAPH, asksOnly } from '../map-selection.ts';

/**
 * At most context.snapshotCap entities and as many relationships (the national graph, 1,104 and 5,931, fits
 * whole): a bigger picture is one collected answer of tens of MB that no map draws, streamed by GET /export instead.
 * A question that asks for no sources or premises (a map's) gets the lighter answer.
 */
export async function graph(
  _: unknown,
  args: { asOf?: string | null; kinds?: EntityKind[] | null; types?: RelationshipType[] | null; bases?: Basis[] | null },
  context: Context,
  info: GraphQLResolveInfo,
) {
  const filter = {
    asOf: args.asOf ?? null,
    kinds: listOrNull(args.kinds),
    types: listOrNull(args.types),
    bases: listOrNull(args.bases),
  };
  // One more than the cap in each list tells that it was reached, without reading everything.
  const cap = context.snapshotCap;
  const capped = <T extends { nodes: unknown[]; edges: unknown[] }>(found: T): T => {
    if (found.nodes.length > cap || found.edges.length > cap) throw new SnapshotTooLargeError(cap, exportUrl({ format: 'ndjson', ...filter }));
    return found;
  };
  if (asksOnly(info, MAP_SUBGRAPH)) {
    return context.snapshots.get({ question: 'map', ...filter }, async () => withEnds(capped(await listSnapshotForMap(context.db, { ...filter, limit: cap + 1 }))));
  }
  const snapshot = await context.snapshots.get({ question: 'graph', ...filter }, async () => capped(await listSnapshot(context.db, { ...filter, limit: cap + 1 })));
  prime(context, snapshot.nodes);
  return snapshot;
}

/**
 * Each relationship of a map's answer carries its ends, so that `from { id }` costs no promise (52,000 of them at
 * 20,000 entities tripled graphql-js's time). They are not primed into the request's entity loader: another field
 * of the same request asking for an entity's sources would be handed one without them.
 */
function withEnds(found: { nodes: MapEntity[]; edges: (MapRelationship & { from?: MapEntity; to?: MapEntity })[] }) {
  const byId = new Map(found.nodes.map((n) => [n.id, n]));
  for (const e of found.edges) {
    e.from = byId.get(e.fromId);
    e.to = byId.get(e.toId);
  }
  return found;
}
