import type { Db } from '../server/src/db/run.ts';
import { dateParam } from '../server/src/db/cypher.ts';
import { KIND_LABEL, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../server/src/domain/model.ts';
import { ALL_KIND_LABELS, SCHEMA_STATEMENTS } from './constraints.ts';
import type { Dataset, Known } from './validate.ts';

/** Creates the constraints and indexes (idempotent), then waits until the indexes are online. */
export async function ensureSchema(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}

const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

/** One statement for each kind: MERGE cannot take a label as a parameter, so labels come from the allowlist. */
const UPSERT_ENTITIES = new Map<EntityKind, string>(
  (Object.entries(KIND_LABEL) as [EntityKind, string][]).map(([kind, label]) => [
    kind,
    'UNWIND $rows AS row\nMERGE (e:Entity {id: row.id})\nON CREATE SET e.origin = $origin\nSET e += row.props\nREMOVE e:' +
      ALL_KIND_LABELS.join(':') +
      '\nSET e:' +
      label,
  ]),
);

/** One statement for each relationship type, for the same reason. */
const UPSERT_RELATIONSHIPS = new Map<RelationshipType, string>(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    'UNWIND $rows AS row\nMATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})\nMERGE (a)-[r:' +
      type +
      ' {id: row.id}]->(b)\nON CREATE SET r.origin = $origin\nSET r += row.props',
  ]),
);

const DATE_FIELDS = new Set(['validFrom', 'validTo', 'published']);

/** The same properties with ISO date strings turned into Neo4j dates. */
function withDates(props: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, DATE_FIELDS.has(k) ? dateParam(v as string | null) : v]),
  );
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * With every file loaded, what an earlier load wrote but the files no longer hold (a relationship whose dates,
 * and so id, changed; an entity taken out) is removed. Only what came from seed files: ODS imports and API
 * edits are left alone.
 */
const PRUNE = `
CALL {
  MATCH ()-[r]->() WHERE r.origin = 'seed' AND NOT r.id IN $relationshipIds
  DELETE r RETURN count(r) AS relationships
}
CALL {
  MATCH (e:Entity) WHERE e.origin = 'seed' AND NOT e.id IN $entityIds
  DETACH DELETE e RETURN count(e) AS entities
}
RETURN relationships, entities`;

/**
 * Writes a validated dataset in one transaction with MERGE: all or nothing, and a re-run changes nothing. With
 * `prune` (a load of every file) it also removes what the files no longer hold.
 */
export async function writeDataset(
  db: Db,
  data: Dataset,
  options: {
    prune?: boolean;
    /** Who wrote it: seed files, or an edit through the API. Kept from the first write. */
    origin?: 'seed' | 'api';
    /** More statements for the same transaction (the audit record of an edit). */
    also?: { cypher: string; params: Record<string, unknown> }[];
  } = {},
): Promise<void> {
  const origin = options.origin ?? 'seed';
  const statements: { cypher: string; params: Record<string, unknown> }[] = [];
  if (data.sources.length > 0) {
    statements.push({ cypher: UPSERT_SOURCES, params: { rows: data.sources.map((s) => ({ id: s.id, props: withDates(s.props) })) } });
  }
  for (const [kind, rows] of groupBy(data.entities, (e) => e.kind)) {
    statements.push({
      cypher: UPSERT_ENTITIES.get(kind)!,
      params: { origin, rows: rows.map((e) => ({ id: e.id, props: withDates(e.props) })) },
    });
  }
  for (const [type, rows] of groupBy(data.relationships, (r) => r.type)) {
    statements.push({
      cypher: UPSERT_RELATIONSHIPS.get(type)!,
      params: { origin, rows: rows.map((r) => ({ id: r.id, from: r.from, to: r.to, props: withDates(r.props) })) },
    });
  }
  if (options.prune) {
    statements.push({
      cypher: PRUNE,
      params: { relationshipIds: data.relationships.map((r) => r.id), entityIds: data.entities.map((e) => e.id) },
    });
  }
  statements.push(...(options.also ?? []));
  await db.writeAll(statements);
}

/** The entities and sources already in the database, so that a subset of files may refer to them. */
export async function readKnown(db: Db): Promise<Known> {
  type Row = { id: string; name: string; odsCode: string | null; validFrom: string | null; validTo: string | null };
  const [row] = await db.read<{ entities: Row[]; sources: string[] }>(`
    CALL { MATCH (e:Entity) RETURN collect(e {.id, .name, .odsCode, .validFrom, .validTo}) AS entities }
    CALL { MATCH (s:Source) RETURN collect(s.id) AS sources }
    RETURN entities, sources`);
  const entities = row?.entities ?? [];
  return {
    entities: new Map(entities.map((e) => [e.id, { validFrom: e.validFrom, validTo: e.validTo }])),
    sourceIds: new Set(row?.sources ?? []),
    names: new Map(entities.map((e) => [e.name.toLowerCase(), e.id])),
    odsCodes: new Map(entities.flatMap((e) => (e.odsCode ? [[e.odsCode, e.id] as [string, string]] : []))),
  };
}

export async function countGraph(db: Db): Promise<{ entities: number; relationships: number; sources: number }> {
  const [row] = await db.read<{ entities: number; relationships: number; sources: number }>(`
    CALL { MATCH (e:Entity) RETURN count(e) AS entities }
    CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
    CALL { MATCH (s:Source) RETURN count(s) AS sources }
    RETURN entities, relationships, sources`);
  return row ?? { entities: 0, relationships: 0, sources: 0 };
}
