import { afterAll, beforeAll } from 'vitest';
import { STALE_COUNTS } from '../../server/src/db/counts.ts';
import { dateParam } from '../../server/src/db/cypher.ts';
import type { Db } from '../../server/src/db/run.ts';
import { isEntityKind, isRelationshipType, KIND_LABEL, type EntityKind, type RelationshipType } from '../../server/src/domain/model.ts';

/**
 * Test data a file builds for itself: entities, relationships and sources with full defaults plus overrides,
 * stored as the seed loader stores them (a kind label from the allowlist, Neo4j dates, citations as parallel
 * sourceIds and quotes), every value a $parameter. Every id starts with the file's own prefix, so a file counts,
 * reads and removes only its own data while other files run beside it.
 */

export interface Cited {
  source: string;
  quote?: string | null;
}

export interface EntitySpec {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description: string;
  odsCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  sources: Cited[];
}

export interface RelationshipSpec {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  confidence: 'confirmed' | 'reported' | 'unverified';
  sources: Cited[];
}

export interface SourceSpec {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
}

export interface Built {
  sources?: SourceSpec[];
  entities?: EntitySpec[];
  relationships?: RelationshipSpec[];
}

export interface Builders {
  readonly prefix: string;
  /** The prefix and a name: an id this file owns. */
  id(name: string): string;
  entity(name: string, overrides?: Partial<Omit<EntitySpec, 'id'>>): EntitySpec;
  relationship(from: EntitySpec | string, type: RelationshipType, to: EntitySpec | string, overrides?: Partial<Omit<RelationshipSpec, 'type' | 'from' | 'to'>>): RelationshipSpec;
  source(name: string, overrides?: Partial<Omit<SourceSpec, 'id'>>): SourceSpec;
  /** Writes them in one transaction; fails if a relationship's end is not in the store. */
  write(data: Built): Promise<void>;
  /** Counts what this file owns: its entities and sources, relationships touching them, change records about them. */
  count(): Promise<{ entities: number; relationships: number; sources: number; changes: number }>;
  /** Removes everything this file owns. */
  remove(): Promise<void>;
}

const idOf = (x: EntitySpec | string) => (typeof x === 'string' ? x : x.id);

/** The document every built relationship cites unless told otherwise; write() creates it when it is cited. */
const DEFAULT_SOURCE = 'doc';

/** Builders over `db` for ids starting with `prefix` ("test-" and a name unique to the file, ending in "-"). */
export function builders(db: Db, prefix: string): Builders {
  if (!/^test-[a-z0-9]+(?:-[a-z0-9]+)*-$/.test(prefix)) throw new Error(`builders: "${prefix}" is not a test- prefix ending in -`);
  const owned = { prefix };
  return {
    prefix,
    id: (name) => `${prefix}${name}`,
    entity: (name, overrides = {}) => ({
      id: `${prefix}${name}`,
      name: `Test ${prefix}${name}`,
      kind: 'GROUP',
      aliases: [],
      description: `A test entity made by the ${prefix} tests.`,
      odsCode: null,
      validFrom: null,
      validTo: null,
      sources: [],
      ...overrides,
    }),
    relationship: (from, type, to, overrides = {}) => {
      const validFrom = overrides.validFrom ?? null;
      // The seed's id form (from:TYPE:to@validFrom), with the prefix in front unless the from-end already has it.
      const base = `${idOf(from)}:${type}:${idOf(to)}${validFrom ? `@${validFrom}` : ''}`;
      return {
        id: base.startsWith(prefix) ? base : `${prefix}${base}`,
        type,
        from: idOf(from),
        to: idOf(to),
        validFrom,
        validTo: null,
        note: null,
        confidence: 'confirmed',
        sources: [{ source: `${prefix}${DEFAULT_SOURCE}`, quote: `${idOf(from)} ${type} ${idOf(to)}.` }],
        ...overrides,
      };
    },
    source: (name, overrides = {}) => ({ ...defaultSource(prefix, name), ...overrides }),
    write: (data) => {
      // The default document, when something cites it and it is not given.
      const fallback = `${prefix}${DEFAULT_SOURCE}`;
      const cited = [...(data.entities ?? []), ...(data.relationships ?? [])].some((x) => x.sources.some((c) => c.source === fallback));
      const given = (data.sources ?? []).some((x) => x.id === fallback);
      const sources = cited && !given ? [...(data.sources ?? []), defaultSource(prefix)] : data.sources;
      return writeBuilt(db, { ...data, sources });
    },
    async count() {
      const [row] = await db.read<{ entities: number; relationships: number; sources: number; changes: number }>(COUNT, owned);
      return row!;
    },
    async remove() {
      await db.writeAll([...REMOVE.map((cypher) => ({ cypher, params: owned })), ...STALE_COUNTS]);
    },
  };
}

function defaultSource(prefix: string, name = DEFAULT_SOURCE): SourceSpec {
  return { id: `${prefix}${name}`, title: `Test document ${prefix}${name}`, url: `https://example.org/${prefix}${name}`, publisher: 'The test suite', published: null };
}

/** Builders for one test file: its leftovers (from a run stopped half way) are removed first, and its data after. */
export function useBuilders(db: Db, prefix: string): Builders {
  const b = builders(db, prefix);
  beforeAll(() => b.remove());
  afterAll(() => b.remove());
  return b;
}

const COUNT = `
CALL { MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN count(e) AS entities }
CALL { MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id STARTS WITH $prefix OR a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
       RETURN count(r) AS relationships }
CALL { MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN count(s) AS sources }
CALL { MATCH (c:Change) WHERE c.targetId STARTS WITH $prefix OR c.targetId CONTAINS (':' + $prefix) RETURN count(c) AS changes }
RETURN entities, relationships, sources, changes`;

const REMOVE = [
  'MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix DELETE r',
  'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
  "MATCH (c:Change) WHERE c.targetId STARTS WITH $prefix OR c.targetId CONTAINS (':' + $prefix) DELETE c",
];

const UPSERT_SOURCES = 'UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row.props';

async function writeBuilt(db: Db, data: Built): Promise<void> {
  const statements: { cypher: string; params: Record<string, unknown> }[] = [];
  const citations = (c: Cited[]) => ({ sourceIds: c.map((x) => x.source), quotes: c.map((x) => x.quote ?? '') });
  if (data.sources?.length) {
    const rows = data.sources.map((s) => ({ id: s.id, props: { ...s, published: dateParam(s.published) } }));
    statements.push({ cypher: UPSERT_SOURCES, params: { rows } });
  }
  for (const e of data.entities ?? []) {
    if (!isEntityKind(e.kind)) throw new Error(`builders: ${e.kind} is not an entity kind`);
    const { sources, ...rest } = e;
    const props = { ...rest, ...citations(sources), validFrom: dateParam(e.validFrom), validTo: dateParam(e.validTo), origin: 'test' };
    // The label comes from the allowlist (a label cannot be a parameter).
    statements.push({ cypher: `MERGE (e:Entity {id: $id}) SET e += $props SET e:${KIND_LABEL[e.kind]}`, params: { id: e.id, props } });
  }
  for (const r of data.relationships ?? []) {
    if (!isRelationshipType(r.type)) throw new Error(`builders: ${r.type} is not a relationship type`);
    const props = {
      id: r.id,
      validFrom: dateParam(r.validFrom),
      validTo: dateParam(r.validTo),
      note: r.note,
      confidence: r.confidence,
      ...citations(r.sources),
      origin: 'test',
    };
    statements.push({
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MERGE (a)-[r:${r.type} {id: $id}]->(b) SET r += $props RETURN count(r) AS n`,
      params: { from: r.from, to: r.to, id: r.id, props },
    });
  }
  // Not the app's write path: the counts it keeps are marked out of date (stats scan until the next real write).
  const results = await db.writeAll([...statements, ...STALE_COUNTS]);
  const missing = (data.relationships ?? []).filter((_, i) => results[statements.length - (data.relationships?.length ?? 0) + i]?.[0]?.n !== 1);
  if (missing.length > 0) throw new Error(`builders: no entity at an end of ${missing.map((r) => r.id).join(', ')}`);
}
