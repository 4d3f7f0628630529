import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { chain } from './resolvers/Query/chain.ts';
import { changeLog } from './resolvers/Query/changeLog.ts';
import { changes } from './resolvers/Query/changes.ts';
import { endRelationship } from './resolvers/Mutation/endRelationship.ts';
import { upsertEntity } from './resolvers/Mutation/upsertEntity.ts';
import { upsertRelationship } from './resolvers/Mutation/upsertRelationship.ts';
import { entities } from './resolvers/Query/entities.ts';
import { entity } from './resolvers/Query/entity.ts';
import { funders } from './resolvers/Query/funders.ts';
import { graph } from './resolvers/Query/graph.ts';
import { groups } from './resolvers/Query/groups.ts';
import { neighbourhood } from './resolvers/Query/neighbourhood.ts';
import { overseers } from './resolvers/Query/overseers.ts';
import { paths } from './resolvers/Query/paths.ts';
import { relationship } from './resolvers/Query/relationship.ts';
import { relationships } from './resolvers/Query/relationships.ts';
import { rules } from './resolvers/Query/rules.ts';
import { search } from './resolvers/Query/search.ts';
import { sources } from './resolvers/Query/sources.ts';
import { stats } from './resolvers/Query/stats.ts';
import { timeline } from './resolvers/Query/timeline.ts';
import { DateScalar } from './resolvers/types/Date.ts';
import { Entity } from './resolvers/types/Entity.ts';
import { Relationship, Rule } from './resolvers/types/Relationship.ts';
import { Subgraph } from './resolvers/types/Subgraph.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** schema.graphql plus the resolvers; strict, so a resolver for a field the SDL lacks fails at start-up. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: {
      Date: DateScalar,
      Query: {
        entity,
        search,
        neighbourhood,
        chain,
        paths,
        overseers,
        funders,
        graph,
        groups,
        sources,
        rules,
        changes,
        changeLog,
        relationship,
        relationships,
        entities,
        stats,
        timeline,
      },
      Mutation: { upsertEntity, upsertRelationship, endRelationship },
      Entity,
      Relationship,
      Rule,
      Subgraph,
    },
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
}
