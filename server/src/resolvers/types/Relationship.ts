import { GraphQLError } from 'graphql';
import type { Context } from '../../context.ts';
import type { Relationship as RelationshipModel, Rule as RuleModel } from '../../domain/model.ts';
import { citedSources } from './cited-sources.ts';

async function end(id: string, context: Context) {
  const entity = await context.entities.load(id);
  // Cannot happen while the store is consistent: a relationship always has both ends.
  if (!entity) throw new GraphQLError(`relationship end ${id} not found`);
  return entity;
}

export const Relationship = {
  from: (r: RelationshipModel, _: unknown, context: Context) => end(r.fromId, context),
  to: (r: RelationshipModel, _: unknown, context: Context) => end(r.toId, context),
  sources: (r: RelationshipModel, _: unknown, context: Context) => citedSources(r.citations, context),
  sourceCount: (r: RelationshipModel) => r.citations.length,
  rule: (r: RelationshipModel, _: unknown, context: Context) => (r.ruleId ? context.rules.load(r.ruleId) : null),
};

export const Rule = {
  sources: (r: RuleModel, _: unknown, context: Context) => citedSources(r.citations, context),
};
