/**
 * The graph's vocabulary: the only place labels and relationship types come from. Cypher that needs a label or
 * type (MERGE cannot take them as parameters) takes them from these tables, never from input.
 */

export const ENTITY_KINDS = [
  'GOVERNMENT_DEPARTMENT',
  'NATIONAL_BODY',
  'REGULATOR',
  'REGION',
  'LOCAL_OFFICE',
  'TRUST',
  'CCG',
  'SUB_ICB_LOCATION',
  'STP',
  'INTEGRATED_CARE_BOARD',
  'PARTNERSHIP',
  'COUNCIL',
  'PROGRAMME',
  'PLAN',
  'WORKSTREAM',
  'GROUP',
  'PERSON',
  'AREA',
  'SITE',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATIONSHIP_TYPES = [
  'OVERSEES',
  'FUNDS',
  'REGULATES',
  'COMMISSIONS',
  'PART_OF',
  'MEMBER_OF',
  'PARTNER_IN',
  'LEADS',
  'COVERS',
  'INVESTIGATES',
  'MERGED_INTO',
  'SUCCEEDED_BY',
  'SUPPORTS',
  'INTERVENES_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const CONFIDENCES = ['CONFIRMED', 'REPORTED', 'UNVERIFIED'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * The only conversions between the files' words and the domain's: the data files write confidence and basis
 * lower case ('confirmed', 'quoted'), the store keeps confidence so and basis as the domain writes it, and the
 * API and the domain use the enums (CONFIRMED, QUOTED).
 */
export function toConfidence(stored: unknown): Confidence {
  const value = String(stored ?? 'unverified').toUpperCase();
  return (CONFIDENCES as readonly string[]).includes(value) ? (value as Confidence) : 'UNVERIFIED';
}

/** A confidence or a basis as the data files (and, for confidence, the store) write it. */
export function fileWord(value: Confidence | Basis): string {
  return value.toLowerCase();
}

/** A basis as a data file writes it (or leaves it out), in the domain's words. */
export function toBasis(word: string | null | undefined): Basis | undefined {
  if (word === null || word === undefined) return undefined;
  const value = word.toUpperCase();
  return (BASES as readonly string[]).includes(value) ? (value as Basis) : undefined;
}

/** The words the files use for each confidence. */
export const FILE_CONFIDENCES = CONFIDENCES.map(fileWord) as [string, ...string[]];

/**
 * How a relationship is known: a sentence of a cited source states it (QUOTED), a register row states it
 * (RECORDED: the row is the citation), a named rule applied to other facts gives it (DERIVED), or a document is
 * cited without a sentence at hand (CITED).
 */
export const BASES = ['QUOTED', 'RECORDED', 'DERIVED', 'CITED'] as const;
export type Basis = (typeof BASES)[number];

/** The words the files use for each basis. */
export const FILE_BASES = BASES.map(fileWord) as [string, ...string[]];

/**
 * A relationship's id when its file gives none: from, type, to and the day it began, so that the same fact
 * loaded again is the same relationship and one that changed dates is a new one.
 */
export function relationshipId(from: string, type: RelationshipType, to: string, validFrom: string | null): string {
  return `${from}:${type}:${to}${validFrom ? `@${validFrom}` : ''}`;
}

export const DIRECTIONS = ['IN', 'OUT', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Node label for each kind: PascalCase, so NATIONAL_BODY is :NationalBody. */
export const KIND_LABEL: Readonly<Record<EntityKind, string>> = Object.freeze(
  Object.fromEntries(
    ENTITY_KINDS.map((kind) => [
      kind,
      kind
        .toLowerCase()
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(''),
    ]),
  ) as Record<EntityKind, string>,
);

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** A citation of a source document, with the sentence that states the fact. */
export interface Citation {
  sourceId: string;
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
  citations: Citation[];
}

export interface Relationship {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  confidence: Confidence;
  basis: Basis;
  /** The rule a DERIVED relationship follows, and the facts it was applied to. */
  ruleId: string | null;
  premises: string[];
  citations: Citation[];
}

/**
 * An entity and a relationship as a map draws them: without the citations and premises that are most of their
 * size (sources with their quotes, rules and premises were 4.9 MB of the national graph's 7.4 MB answer), and with
 * how many documents a relationship cites.
 * The whole graph's answer has these when the question asks for nothing more (resolvers/map-selection.ts).
 */
export type MapEntity = Omit<Entity, 'citations'>;
export interface MapRelationship extends Omit<Relationship, 'citations' | 'premises'> {
  sourceCount: number;
}

/** A named rule that gives relationships for a whole class of organisations (DERIVED ones). */
export interface Rule {
  id: string;
  name: string;
  statement: string;
  citations: Citation[];
}

export interface SourceDocument {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  /** Where to find it when there is no link. */
  reference: string | null;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relationship[];
  /** Hubs the neighbourhood reached but did not expand through; only a neighbourhood fills it. */
  collapsed?: CollapsedHub[];
  /** Neighbours a neighbourhood's limit left out, and how many there were to choose from. */
  leftOut?: number;
  total?: number;
}

export interface CollapsedHub {
  id: string;
  /** All its relationships, of every type and date. */
  relationships: number;
}

export interface Path {
  nodes: Entity[];
  edges: Relationship[];
  length: number;
}
