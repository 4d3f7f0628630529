import { RELATIONSHIP_TYPES, type RelationshipType } from '../../server/src/domain/model.ts';

/**
 * The peer's own type definitions: what a team would write to put @neo4j/graphql over the same store. Its
 * best shape is used for each question: undirected relationship fields (14, one a type) where a question asks
 * about both directions, the directed ones where it asks about one. Every
 * node is :Entity (as our loader writes it) and every relationship carries the same properties, so the peer
 * reads exactly the data we read.
 *
 * What the library makes us spell out differs from our schema in three ways, each the library's way of doing it:
 * - a relationship field names one type, so "all relationships of an entity" is 14 undirected fields
 *   (`overseesAny`, `partOfAny`...; 28 directed ones, `overseesOut`, `overseesIn`..., before we tried those);
 * - citations are parallel lists (sourceIds, quotes) on nodes and relationships, and relationship properties
 *   cannot have @cypher fields, so the source documents come from @cypher fields on the entity
 *   (`citedSources` for its own, `relationshipSources` for those its relationships cite) and the client pairs
 *   them with each edge's sourceIds;
 * - search is the library's @fulltext query over the same index (`entitySearch`); there is no shortest-path
 *   query, so paths have no peer.
 */

/** overseesOut, and overseesAny for the undirected field (either way, one field a type). */
export function peerFieldName(type: RelationshipType, direction: 'Out' | 'Any'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `${camel}${direction}`;
}

/**
 * Per type, the directed field out (for questions about one direction) and the undirected one (the library
 * refuses two fields of one type and direction, so it is declared IN; undirected, it matches either way).
 */
const relationshipFields = RELATIONSHIP_TYPES.flatMap((type) => [
  `  ${peerFieldName(type, 'Out')}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Fact")`,
  `  ${peerFieldName(type, 'Any')}: [Entity!]! @relationship(type: "${type}", direction: IN, queryDirection: UNDIRECTED, properties: "Fact")`,
]).join('\n');

export const PEER_TYPE_DEFS = `
type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entitySearch", queryName: "searchEntities", fields: ["name", "odsCode", "description"] }]) {
  id: ID!
  name: String!
  kind: String!
  aliases: [String!]
  description: String
  odsCode: String
  validFrom: Date
  validTo: Date
  sourceIds: [String!]
  quotes: [String!]
  citedSources: [Source!]! @cypher(statement: "MATCH (s:Source) WHERE s.id IN this.sourceIds RETURN s", columnName: "s")
  relationshipSources: [Source!]!
    @cypher(statement: "MATCH (this)-[r]-(:Entity) UNWIND r.sourceIds AS sid MATCH (s:Source {id: sid}) RETURN DISTINCT s", columnName: "s")
${relationshipFields}
}

type Fact @relationshipProperties {
  id: ID!
  validFrom: Date
  validTo: Date
  note: String
  confidence: String
  basis: String
  sourceIds: [String!]
  quotes: [String!]
}

type Source @node(labels: ["Source"]) {
  id: ID!
  title: String!
  url: String
  publisher: String
  published: Date
}
`;
