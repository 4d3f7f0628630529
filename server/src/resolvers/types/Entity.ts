import type { Context } from '../../context.ts';
import { prime, primeSources } from '../../context.ts';
import { listRelationships } from '../../db/entities.ts';
import type { Basis, Direction, Entity as EntityModel, RelationshipType } from '../../domain/model.ts';
import { listOrNull } from '../args.ts';
import { citedSources } from './cited-sources.ts';

export const Entity = {
  async relationships(
    entity: EntityModel,
    args: { direction: Direction; types?: RelationshipType[] | null; bases?: Basis[] | null; asOf?: string | null },
    context: Context,
  ) {
    const { relationships, others, sources } = await listRelationships(
      context.db,
      entity.id,
      args.direction,
      listOrNull(args.types),
      args.asOf ?? null,
      listOrNull(args.bases),
    );
    prime(context, [entity, ...others]);
    primeSources(context, sources);
    return relationships;
  },
  sources: (entity: EntityModel, _: unknown, context: Context) => citedSources(entity.citations, context),
};
