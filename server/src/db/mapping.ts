import { toConfidence, type Basis, type Citation, type Entity, type EntityKind, type Relationship, type RelationshipType, type Rule, type SourceDocument } from '../domain/model.ts';

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
  if (typeof props.basis === 'string' && props.basis !== '') return props.basis as Basis;
  return citations(props).some((c) => c.quote) ? 'QUOTED' : 'CITED';
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
