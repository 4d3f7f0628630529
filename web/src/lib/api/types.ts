/** The shapes the client reads from the GraphQL API (schema.graphql), as plain data. */

// One vocabulary for server and client: the lists live in the server's domain model (plain data, no I/O).
import type { Basis, Confidence, Direction, EntityKind, RelationshipType } from '../../../../server/src/domain/model.ts';

export { BASES, ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../../../server/src/domain/model.ts';
export { TYPE_STRENGTH } from '../../../../server/src/domain/ranking.ts';
export type { Basis, Confidence, Direction, EntityKind, RelationshipType };

export interface Source {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  /** Where to find it when there is no link. */
  reference: string | null;
  quote: string | null;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description: string | null;
  odsCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * A relationship as the map keeps it: the ends by id, so it never holds stale copies of entities, and no more than
 * drawing, filtering, the list view and the exports read. Its documents (with their quotes), its rule's statement
 * and its premises are left out, because the whole graph would carry them once per line (7.4 MB of the national
 * graph's 9): `RelationshipDetail` has them, asked for when a relationship is selected.
 */
export interface Relationship {
  id: string;
  type: RelationshipType;
  from: { id: string };
  to: { id: string };
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  confidence: Confidence;
  /** How it is known; a DERIVED one names its rule. */
  basis: Basis;
  rule: Pick<Rule, 'id'> | null;
  /** How many documents it cites (the tooltip's "2 sources"). */
  sourceCount: number;
}

/** A relationship with everything known about it: its documents with their quotes, its rule and premises. */
export interface RelationshipDetail extends Relationship {
  rule: Rule | null;
  /** For a DERIVED relationship, the facts its rule was applied to. */
  premises: string[];
  sources: Source[];
}

export interface Rule {
  id: string;
  name: string;
  statement: string;
  /** Only from the `rules` query; a relationship's own `rule` comes without them. */
  sources?: Source[];
}

/** Entities and relationships: as the map keeps them, or (answers, which quote their sources) in full. */
export interface Subgraph<R extends Relationship = Relationship> {
  nodes: Entity[];
  edges: R[];
}

/** A group on the grouped map (a region, ICB, STP or local office): its members by kind on the date, most first. */
export interface Group {
  entity: Entity;
  counts: { kind: EntityKind; count: number }[];
  size: number;
}

/** Relationships of one type between two groups, a group and an entity standing alone, or two such entities. */
export interface GroupLink {
  from: string;
  type: RelationshipType;
  to: string;
  count: number;
}

/** One level of the grouped map: the groups inside `within` (England when null), what stands alone, the links. */
export interface GroupedView {
  within: Entity | null;
  /** The region holding `within`, when `within` is one of its groups. */
  above: Entity[];
  groupKind: EntityKind | null;
  groups: Group[];
  loose: Entity[];
  links: GroupLink[];
}

/** A neighbourhood asked for with a limit: how many neighbours the limit left out, of how many. */
export interface Neighbourhood<R extends Relationship = Relationship> extends Subgraph<R> {
  leftOut: number;
  total: number;
}

/** A chain of one relationship type from an entity: its entities (that one first), distances and relationships. */
export interface Chain extends Subgraph<RelationshipDetail> {
  distances: { id: string; distance: number }[];
}

export interface Path extends Subgraph<RelationshipDetail> {
  length: number;
}

/** A relationship as the detail panel reads it: both ends in full. */
export interface DetailedRelationship extends Omit<RelationshipDetail, 'from' | 'to'> {
  from: Entity;
  to: Entity;
}

export interface EntityDetail extends Entity {
  sources: Source[];
  relationships: DetailedRelationship[];
}

/** One side of a `changes` answer: relationships carry both their entities, so they can be drawn and phrased. */
export interface ChangedSubgraph {
  nodes: Entity[];
  /** Without sources: the API's depth limit leaves no room for them here. */
  edges: Omit<DetailedRelationship, 'sources'>[];
}

/** What changed between two dates: valid on `to` but not `from` (added), and the reverse (removed). */
export interface Changes {
  added: ChangedSubgraph;
  removed: ChangedSubgraph;
  /** Mergers and successions that took effect between the dates (events: no one day's picture holds them). */
  successions: Omit<DetailedRelationship, 'sources'>[];
}
