import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { prime } from '../../context.ts';
import { listEntityPage } from '../../db/entity-pages.ts';
import type { EntityKind } from '../../domain/model.ts';
import { boundedText, listOrNull } from '../args.ts';
import { connection, pageArgs, selects } from '../paging.ts';

export async function entities(
  _: unknown,
  args: {
    kinds?: EntityKind[] | null;
    namePrefix?: string | null;
    odsCode?: string | null;
    asOf?: string | null;
    partOf?: string | null;
    first: number;
    after?: string | null;
  },
  context: Context,
  info: GraphQLResolveInfo,
) {
  const page = pageArgs('e', args);
  const filter = {
    kinds: listOrNull(args.kinds),
    namePrefix: args.namePrefix ? boundedText(args.namePrefix, 200, 'namePrefix').toLowerCase() : null,
    odsCode: args.odsCode ? boundedText(args.odsCode, 20, 'odsCode').toUpperCase() : null,
    asOf: args.asOf ?? null,
    partOf: args.partOf ? boundedText(args.partOf, 200, 'partOf') : null,
  };
  const found = await listEntityPage(context.db, filter, { ...page, count: selects(info, 'totalCount') });
  prime(context, found.entities);
  return connection('e', found.entities, (e) => e.id, found);
}
