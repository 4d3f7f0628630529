import type { Db } from './run.ts';
import { cypher, dateParam, intParam } from './cypher.ts';
import { toEntity, toRelationship, toSource, type EdgeRow, type EntityRow, type SourceRow } from './mapping.ts';
import { RELATIONSHIP_TYPES, type Basis, type Direction, type Entity, type EntityKind, type Relationship, type RelationshipType, type SourceDocument } from '../domain/model.ts';

const FIND_BY_IDS = cypher(`
MATCH (e:Entity) WHERE e.id IN $ids
RETURN ENTITY(e) AS node`);

/** Entities by id, in no particular order; unknown ids are left out. */
export async function findEntities(db: Db, ids: readonly string[]): Promise<Entity[]> {
  const rows = await db.read<{ node: EntityRow }>(FIND_BY_IDS, { ids: [...ids] });
  return rows.map((r) => toEntity(r.node));
}

const CODE_HOLDER = `
MATCH (e:Entity {odsCode: $code})
RETURN e.id AS id ORDER BY e.validTo IS NULL DESC, e.validTo DESC LIMIT 1`;

/** The id of the entity holding an ODS code now, or the last one to hold it; null when none ever did. */
export async function findCodeHolder(db: Db, code: string): Promise<string | null> {
  const [row] = await db.read<{ id: string }>(CODE_HOLDER, { code });
  return row?.id ?? null;
}

/** The cited documents come in the same statement: asking for them after would cost another round trip. */
const FIND_BY_IDS_WITH_SOURCES = cypher(`
MATCH (e:Entity) WHERE e.id IN $ids
RETURN ENTITY(e) AS node, COLLECT { MATCH (s:Source) WHERE s.id IN e.sourceIds RETURN SOURCE(s) } AS sources`);

/** Entities by id, as findEntities, with the source documents they cite. */
export async function findEntitiesWithSources(
  db: Db,
  ids: readonly string[],
): Promise<{ entities: Entity[]; sources: SourceDocument[] }> {
  const rows = await db.read<{ node: EntityRow; sources: SourceRow[] }>(
    FIND_BY_IDS_WITH_SOURCES,
    { ids: [...ids] },
  );
  return { entities: rows.map((r) => toEntity(r.node)), sources: rows.flatMap((r) => r.sources.map(toSource)) };
}

/**
 * Lucene returns at most SEARCH_CANDIDATES hits (best score first), so a common word cannot bring back tens of
 * thousands to rank. Exact names, acronyms and codes carry Lucene's highest boosts (whole word, name and code
 * fields), so they are among them. The bound is wide because the prefix bonus below can lift a name Lucene
 * scores like hundreds of others ("nhs trust" finds the NHS Trust Development Authority among 400 trusts): at
 * 200 that one fell out at 10k entities, at 1,000 it did not. The page is ranked and cut before anything is
 * projected, which is most of the saving ("NHS" at 10k: 47,613 db hits before, 3,225 now).
 */
export const SEARCH_CANDIDATES = 1000;

const SEARCH = cypher(`
CALL db.index.fulltext.queryNodes('entitySearch', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score,
  CASE WHEN toLower(node.name) = $lower OR toUpper(coalesce(node.odsCode, '')) = $upper
            OR any(a IN node.aliases WHERE toLower(a) = $lower) THEN 2
       WHEN toLower(node.name) STARTS WITH $lower THEN 1 ELSE 0 END AS tier
ORDER BY tier DESC, tier = 2 AND node.validTo IS NULL DESC, score DESC, size(node.name), node.name
SKIP $offset LIMIT $limit
RETURN ENTITY(node) AS node`);

/**
 * Full-text search over name, aliases, ODS code and description. Exact names, acronyms and codes come first,
 * then prefixes, then the rest, each by Lucene's own ranking (which also finds near-misses); among exact matches,
 * what is still in being first (a code's current holder before its earlier ones). The order is a ranking, not a
 * key (ties fall to the name, which is unique), so later pages pass over the first `offset` ranked hits.
 */
export async function searchEntities(
  db: Db,
  text: string,
  kinds: EntityKind[] | null,
  limit: number,
  offset = 0,
): Promise<Entity[]> {
  const lucene = toLuceneQuery(text);
  if (lucene === '') return [];
  const trimmed = text.trim();
  const rows = await db.read<{ node: EntityRow }>(SEARCH, {
    lucene,
    kinds,
    lower: trimmed.toLowerCase(),
    upper: trimmed.toUpperCase(),
    limit: intParam(limit),
    offset: intParam(offset),
    candidates: intParam(Math.max(SEARCH_CANDIDATES, (offset + limit) * 10)),
  });
  return rows.map((r) => toEntity(r.node));
}


/**
 * Builds a Lucene query from what a person typed: each word must match as a whole word (boosted), a prefix, or
 * (from four letters) with one typo; name, aliases and ODS code weigh more than the description.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .toLowerCase()
    // Only letters and digits reach Lucene: its syntax characters cannot be smuggled in.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'the', 'of'].includes(w))
    .slice(0, 12);
  if (words.length === 0) return '';
  const clause = (w: string) => {
    const alternatives = [`${w}^4`, `${w}*^2`];
    if (w.length >= 4) alternatives.push(`${w}~1`);
    return `(${alternatives.join(' OR ')})`;
  };
  const all = words.map(clause).join(' AND ');
  return `name:(${all})^3 OR aliases:(${all})^3 OR odsCode:(${all})^5 OR description:(${all})`;
}

const RELATIONSHIPS = cypher(`
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  AND ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
  AND VALID(r) AND VALID(o)
RETURN EDGE(r) AS edge, ENTITY(o) AS other, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN SOURCE(s) } AS sources
ORDER BY type(r), o.name, r.validFrom, r.id`);

/**
 * An entity's relationships, with the entity at the other end of each and the source documents they cite (so
 * that the relationships' sources need no further round trip).
 */
export async function listRelationships(
  db: Db,
  id: string,
  direction: Direction,
  types: RelationshipType[] | null,
  asOf: string | null,
  bases: Basis[] | null = null,
): Promise<{ relationships: Relationship[]; others: Entity[]; sources: SourceDocument[] }> {
  const rows = await db.read<{ edge: EdgeRow; other: EntityRow; sources: SourceRow[] }>(RELATIONSHIPS, {
    id,
    direction,
    types,
    bases,
    asOf: dateParam(asOf),
  });
  return {
    relationships: rows.map((r) => toRelationship(r.edge)),
    others: rows.map((r) => toEntity(r.other)),
    sources: rows.flatMap((r) => r.sources.map(toSource)),
  };
}

/**
 * A relationship id is unique per type (constraints.ts), and an index serves it only with the type named: one
 * branch per type of the allowlist, each an index seek, where `[r] WHERE r.id = $id` would read every
 * relationship (5,931 db hits on the national graph against one a type).
 */
const RELATIONSHIP_BY_ID = cypher(`
CALL {
${RELATIONSHIP_TYPES.map((type) => `  MATCH (:Entity)-[r:${type} {id: $id}]->(:Entity) RETURN r`).join('\n  UNION ALL\n')}
}
WITH r LIMIT 1
RETURN EDGE(r) AS edge, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN SOURCE(s) } AS sources`);

/** One relationship by id, with the documents it cites (so its sources need no further round trip); null when none has it. */
export async function findRelationship(db: Db, id: string): Promise<{ relationship: Relationship; sources: SourceDocument[] } | null> {
  const [row] = await db.read<{ edge: EdgeRow; sources: SourceRow[] }>(RELATIONSHIP_BY_ID, { id });
  return row ? { relationship: toRelationship(row.edge), sources: row.sources.map(toSource) } : null;
}
