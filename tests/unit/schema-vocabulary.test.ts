import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../../server/src/schema.ts';
import { BASES, CONFIDENCES, DIRECTIONS, ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../server/src/domain/model.ts';

/** schema.graphql's enums repeat the domain's lists by hand: this keeps the two the same. */
const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('the schema and the domain model', () => {
  it.each([
    ['EntityKind', ENTITY_KINDS],
    ['RelationshipType', RELATIONSHIP_TYPES],
    ['Confidence', CONFIDENCES],
    ['Basis', BASES],
    ['Direction', DIRECTIONS],
  ] as const)('%s lists the same values, in the same order', (name, list) => {
    expect(values(name)).toEqual([...list]);
  });
});
