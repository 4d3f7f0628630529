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
    'UNWIND $rows AS row\nMERGE (e:Entity {id: row.id})\nSET e += row.props\nREMOVE e:' +
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
      ' {id: row.id}]->(b)\nSET r += row.props',
  ]),
);

function withDates<T extends { validFrom?: string | null; validTo?: string | null; published?: string | null }>(props: T) {
  return {
    ...props,
    ...('validFrom' in props ? { validFrom: dateParam(props.validFrom) } : {}),
    ...('validTo' in props ? { validTo: dateParam(props.validTo) } : {}),
    ...('published' in props ? { published: dateParam(props.published) } : {}),
  };
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
export async function writeDataset(db: Db, data: Dataset, options: { prune?: boolean } = {}): Promise<void> {
  const statements: { cypher: string; params: Record<string, unknown> }[] = [];
  if (data.sources.length > 0) {
    statements.push({ cypher: UPSERT_SOURCES, params: { rows: data.sources.map((s) => ({ id: s.id, props: withDates(s.props) })) } });
  }
  for (const [kind, rows] of groupBy(data.entities, (e) => e.kind)) {
    statements.push({
      cypher: UPSERT_ENTITIES.get(kind)!,
      params: { rows: rows.map((e) => ({ id: e.id, props: { ...withDates(e.props), origin: 'seed' } })) },
    });
  }
  for (const [type, rows] of groupBy(data.relationships, (r) => r.type)) {
    statements.push({
      cypher: UPSERT_RELATIONSHIPS.get(type)!,
      params: { rows: rows.map((r) => ({ id: r.id, from: r.from, to: r.to, props: { ...withDates(r.props), origin: 'seed' } })) },
    });
  }
  if (options.prune) {
    statements.push({
      cypher: PRUNE,
      params: { relationshipIds: data.relationships.map((r) => r.id), entityIds: data.entities.map((e) => e.id) },
    });
  }
  await db.writeAll(statements);
}

/** The entities and sources already in the database, so that a subset of files may refer to them. */
export async function readKnown(db: Db): Promise<Known> {
  const [row] = await db.read<{ entities: { id: string; validFrom: string | null; validTo: string | null }[]; sources: string[] }>(`
    CALL { MATCH (e:Entity) RETURN collect({id: e.id, validFrom: e.validFrom, validTo: e.validTo}) AS entities }
    CALL { MATCH (s:Source) RETURN collect(s.id) AS sources }
    RETURN entities, sources`);
  return {
    entities: new Map((row?.entities ?? []).map((e) => [e.id, { validFrom: e.validFrom, validTo: e.validTo }])),
    sourceIds: new Set(row?.sources ?? []),
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
