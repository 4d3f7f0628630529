import { GraphQLError } from 'graphql';
import type { Context } from '../../context.ts';
import type { MapEntity, MapRelationship, Relationship as RelationshipModel, Rule as RuleModel } from '../../domain/model.ts';
import { citedSources } from './cited-sources.ts';

async function load(id: string, context: Context) {
  const entity = await context.entities.load(id);
  // Cannot happen while the store is consistent: a relationship always has both ends.
  if (!entity) throw new GraphQLError(`relationship end ${id} not found`);
  return entity;
}

/** An end already read in this request is given as it is (no promise); any other is loaded. */
const end = (id: string, context: Context) => context.known.get(id) ?? load(id, context);

/** A relationship of a map's answer (Query/graph.ts) has no citations or premises and may carry its ends. */
type Either = RelationshipModel | (MapRelationship & { from?: MapEntity; to?: MapEntity });

export const Relationship = {
  from: (r: Either, _: unknown, context: Context) => ('from' in r && r.from) || end(r.fromId, context),
  to: (r: Either, _: unknown, context: Context) => ('to' in r && r.to) || end(r.toId, context),
  sources: (r: RelationshipModel, _: unknown, context: Context) => citedSources(r.citations, context),
  sourceCount: (r: Either) => ('sourceCount' in r ? r.sourceCount : r.citations.length),
  rule: (r: RelationshipModel, _: unknown, context: Context) => (r.ruleId ? context.rules.load(r.ruleId) : null),
};

export const Rule = {
  sources: (r: RuleModel, _: unknown, context: Context) => citedSources(r.citations, context),
};
