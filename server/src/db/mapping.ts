import { toConfidence, type Basis, type Citation, type Entity, type EntityKind, type MapEntity, type MapRelationship, type Relationship, type RelationshipType, type Rule, type SourceDocument } from '../domain/model.ts';

/**
 * What statements return -> domain objects. Entities, relationships and sources come as lists of values in a fixed
 * order (cypher.ts, the ENTITY, EDGE and SOURCE macros): the driver reads lists faster than maps. Citations are kept
 * on entities and relationships as two parallel lists (sourceIds, quotes) because a relationship cannot point at a
 * Source node.
 */

type Props = Record<string, unknown>;
type Text = string | null;
type Texts = string[] | null;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function citations(sourceIds: Texts, quotes: (string | null)[] | null): Citation[] {
  return (sourceIds ?? []).map((sourceId, i) => ({ sourceId, quote: str(quotes?.[i]) }));
}

/** ENTITY(x): id, name, kind, aliases, description, ODS code, valid from and to, then the citations' two lists. */
export type EntityRow = [...MapEntityRow, sourceIds: Texts, quotes: Texts];

export function toEntity(row: EntityRow): Entity {
  return { ...toMapEntity(row), citations: citations(row[8], row[9]) };
}

/** EDGE(r): id, type, the two ends' ids, valid from and to, note, confidence, basis, rule, premises, the citations. */
export type EdgeRow = [
  id: string, type: string, fromId: string, toId: string, validFrom: Text, validTo: Text, note: Text, confidence: unknown,
  basis: Text, rule: Text, premises: Texts, sourceIds: Texts, quotes: Texts,
];

export function toRelationship(row: EdgeRow): Relationship {
  const [id, type, fromId, toId, validFrom, validTo, note, confidence, basis, rule, premises, sourceIds, quotes] = row;
  const cited = citations(sourceIds, quotes);
  return {
    id, type: type as RelationshipType, fromId, toId, validFrom, validTo, note: str(note), confidence: toConfidence(confidence),
    basis: storedBasis(basis, cited.some((c) => c.quote)), ruleId: str(rule), premises: premises ?? [], citations: cited,
  };
}

/** SOURCE(s): id, title, link, publisher, date published, reference. */
export type SourceRow = [id: string, title: string, url: Text, publisher: Text, published: Text, reference: Text];

export function toSource([id, title, url, publisher, published, reference]: SourceRow): SourceDocument {
  return { id, title, url: str(url), publisher: str(publisher), published: str(published), reference: str(reference) };
}

/** Relationships written before bases existed (an older import) count as quoted when they carry a quote. */
function storedBasis(basis: unknown, quoted: boolean): Basis {
  if (typeof basis === 'string' && basis !== '') return basis as Basis;
  return quoted ? 'QUOTED' : 'CITED';
}

/**
 * The lists a map's statement returns (graph.ts, SNAPSHOT_FOR_MAP): an entity without its citations (MAP_ENTITY), and a
 * relationship with how many sources it cites, and whether it quotes one, in place of its citations and premises.
 */
export type MapEntityRow = [
  id: string, name: string, kind: string, aliases: Texts, description: Text, odsCode: Text, validFrom: Text, validTo: Text,
];
export type MapRelationshipRow = [
  id: string, type: string, fromId: string, toId: string, validFrom: Text, validTo: Text, note: Text, confidence: unknown,
  basis: Text, rule: Text, sourceCount: number, quoted: boolean | null,
];

export function toMapEntity([id, name, kind, aliases, description, odsCode, validFrom, validTo]: MapEntityRow | EntityRow): MapEntity {
  return { id, name, kind: kind as EntityKind, aliases: aliases ?? [], description: str(description), odsCode: str(odsCode), validFrom, validTo };
}

export function toMapRelationship(row: MapRelationshipRow): MapRelationship {
  const [id, type, fromId, toId, validFrom, validTo, note, confidence, basis, rule, sourceCount, quoted] = row;
  return {
    id, type: type as RelationshipType, fromId, toId, validFrom, validTo, note: str(note), confidence: toConfidence(confidence),
    basis: storedBasis(basis, quoted === true), ruleId: str(rule), sourceCount,
  };
}

/** Rules, few and read apart from the rest, come as maps (`r {.*}`). */
export function toRule(props: Props): Rule {
  return {
    id: String(props.id), name: String(props.name), statement: String(props.statement),
    citations: citations(props.sourceIds as Texts, props.quotes as Texts),
  };
}

/** Removes repeated nodes and edges (paths and neighbourhoods meet the same ones more than once). */
export function distinctById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}
