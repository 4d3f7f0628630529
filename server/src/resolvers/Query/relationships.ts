import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { prime, primeSources } from '../../context.ts';
import { listRelationshipPage } from '../../db/relationship-pages.ts';
import type { Basis, Confidence, Direction, EntityKind, RelationshipType } from '../../domain/model.ts';
import { boundedText, listOrNull } from '../args.ts';
import { connection, pageArgs, periodArg, selects } from '../paging.ts';

type Period = { from: string; to: string } | null;

export async function relationships(
  _: unknown,
  args: {
    types?: RelationshipType[] | null;
    bases?: Basis[] | null;
    confidences?: Confidence[] | null;
    fromKinds?: EntityKind[] | null;
    toKinds?: EntityKind[] | null;
    entity?: string | null;
    direction: Direction;
    asOf?: string | null;
    overlaps?: Period;
    changedBetween?: Period;
    first: number;
    after?: string | null;
  },
  context: Context,
  info: GraphQLResolveInfo,
) {
  const page = pageArgs('r', args);
  const filter = {
    types: listOrNull(args.types),
    bases: listOrNull(args.bases),
    confidences: listOrNull(args.confidences),
    fromKinds: listOrNull(args.fromKinds),
    toKinds: listOrNull(args.toKinds),
    entity: args.entity ? boundedText(args.entity, 200, 'entity') : null,
    direction: args.direction,
    asOf: args.asOf ?? null,
    overlaps: periodArg(args.overlaps, 'overlaps'),
    changedBetween: periodArg(args.changedBetween, 'changedBetween'),
  };
  const found = await listRelationshipPage(context.db, filter, {
    ...page,
    count: selects(info, 'totalCount'),
    // Not asked for, the documents are not read; asked for through a fragment the loader still finds them.
    sources: selects(info, 'edges', 'node', 'sources'),
  });
  prime(context, found.ends);
  primeSources(context, found.sources);
  return connection('r', found.relationships, (r) => r.id, found);
}
