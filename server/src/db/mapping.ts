import { toConfidence, type Basis, type Citation, type Entity, type EntityKind, type MapEntity, type MapRelationship, type Relationship, type RelationshipType, type Rule, type SourceDocument } from '../domain/model.ts';

/**
 * Shapes stored in Neo4j -> domain objects. Citations are kept on nodes and relationships as two parallel
 * lists (sourceIds, quotes) because a relationship cannot point at a Source node.
 */

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function citations(props: Props): Citation[] {
  const ids = Array.isArray(props.sourceIds) ? (props.sourceIds as string[]) : [];
  const quotes = Array.isArray(props.quotes) ? (props.quotes as string[]) : [];
  return ids.map((sourceId, i) => ({ sourceId, quote: str(quotes[i]) }));
}

export function toEntity(props: Props): Entity {
  return {
    id: String(props.id),
    name: String(props.name),
    kind: props.kind as EntityKind,
    aliases: Array.isArray(props.aliases) ? (props.aliases as string[]) : [],
    description: str(props.description),
    odsCode: str(props.odsCode),
    validFrom: str(props.validFrom),
    validTo: str(props.validTo),
    citations: citations(props),
  };
}

/** The Cypher projection every query uses for a relationship r; toRelationship reads it. */
export interface EdgeRow {
  type: string;
  fromId: string;
  toId: string;
  props: Props;
}

export function toRelationship(row: EdgeRow): Relationship {
  return {
    id: String(row.props.id),
    type: row.type as RelationshipType,
    fromId: row.fromId,
    toId: row.toId,
    validFrom: str(row.props.validFrom),
    validTo: str(row.props.validTo),
    note: str(row.props.note),
    confidence: toConfidence(row.props.confidence),
    basis: basisOf(row.props),
    ruleId: str(row.props.rule),
    premises: Array.isArray(row.props.premises) ? (row.props.premises as string[]) : [],
    citations: citations(row.props),
  };
}

/** Relationships written before bases existed (an older import) count as quoted when they carry a quote. */
function basisOf(props: Props): Basis {
  return storedBasis(props.basis, citations(props).some((c) => c.quote));
}

function storedBasis(basis: unknown, quoted: boolean): Basis {
  if (typeof basis === 'string' && basis !== '') return basis as Basis;
  return quoted ? 'QUOTED' : 'CITED';
}

/**
 * The lists a map's statement returns, a row per entity or relationship (graph.ts, SNAPSHOT_FOR_MAP): values
 * in a fixed order, which the driver decodes three times faster than maps (no keys), dates already text.
 */
export type MapEntityRow = [string, string, string, string[] | null, string | null, string | null, string | null, string | null];
export type MapRelationshipRow = [string, string, string, string, string | null, string | null, string | null, string | null, string | null, string | null, number, boolean | null];

export function toMapEntity([id, name, kind, aliases, description, odsCode, validFrom, validTo]: MapEntityRow): MapEntity {
  return { id, name, kind: kind as EntityKind, aliases: aliases ?? [], description: str(description), odsCode: str(odsCode), validFrom, validTo };
}

export function toMapRelationship(row: MapRelationshipRow): MapRelationship {
  const [id, type, fromId, toId, validFrom, validTo, note, confidence, basis, rule, sourceCount, quoted] = row;
  return {
    id, type: type as RelationshipType, fromId, toId, validFrom, validTo, note: str(note), confidence: toConfidence(confidence),
    basis: storedBasis(basis, quoted === true), ruleId: str(rule), sourceCount,
  };
}

export function toRule(props: Props): Rule {
  return { id: String(props.id), name: String(props.name), statement: String(props.statement), citations: citations(props) };
}

export function toSource(props: Props): SourceDocument {
  return {
    id: String(props.id),
    title: String(props.title),
    url: str(props.url),
    publisher: str(props.publisher),
    published: str(props.published),
    reference: str(props.reference),
  };
}

/** Removes repeated nodes and edges (paths and neighbourhoods meet the same ones more than once). */
export function distinctById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}
