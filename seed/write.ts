import type { Db } from '../server/src/db/run.ts';
import { dateParam } from '../server/src/db/cypher.ts';
import { KIND_LABEL, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../server/src/domain/model.ts';
import { ALL_KIND_LABELS, SCHEMA_STATEMENTS } from './constraints.ts';
import type { Dataset, Holder, Known } from './validate.ts';

/**
 * How long schema changes may take: waiting for indexes to come online (up to 60 s by its own bound) would be cut
 * by the 5 s query timeout, and a busy machine can take longer than that.
 */
const SCHEMA_TIMEOUT_MS = 90_000;

/** Creates the constraints and indexes (idempotent), then waits until the indexes are online. */
export async function ensureSchema(db: Db): Promise<void> {
  // One transaction each: Neo4j does not mix schema changes with other work in a transaction.
  for (const statement of SCHEMA_STATEMENTS) await db.writeAll([{ cypher: statement }], { timeoutMs: SCHEMA_TIMEOUT_MS });
  await db.writeAll([{ cypher: 'CALL db.awaitIndexes(60)' }], { timeoutMs: SCHEMA_TIMEOUT_MS });
}

/**
 * Up to this many rows (sources, entities and relationships together) a load is one transaction: all or
 * nothing. A larger one is written in transactions of this many rows, because one transaction for 100k
 * entities outgrows Neo4j's transaction memory cap on the default 1 GB heap.
 */
export const BATCH_ROWS = 20_000;

/** A transaction's timeout grows with its rows (about 6,000 rows a second here; allow for a busy machine). */
export function writeTimeoutMs(rows: number): number {
  return 60_000 + rows * 5;
}

const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

const UPSERT_RULES = `
UNWIND $rows AS row
MERGE (r:Rule {id: row.id})
SET r += row.props`;

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
  MATCH ()-[r]->() WHERE r.origin = 'seed' AND $relationshipIds[r.id] IS NULL
  DELETE r RETURN count(r) AS relationships
}
CALL {
  MATCH (e:Entity) WHERE e.origin = 'seed' AND $entityIds[e.id] IS NULL
  DETACH DELETE e RETURN count(e) AS entities
}
CALL {
  MATCH (r:Rule) WHERE $ruleIds[r.id] IS NULL
  DELETE r RETURN count(r) AS rules
}
RETURN relationships, entities, rules`;

type Statement = { cypher: string; params: Record<string, unknown> };
/** A statement over `rows`, which may be cut into pieces that each go in a different transaction. */
type RowStatement = { cypher: string; params: Record<string, unknown>; rows: unknown[] };

/**
 * Writes a validated dataset with MERGE, so a re-run changes nothing. Up to `batchRows` rows it is one
 * transaction, all or nothing. Above that it is written in transactions of `batchRows` rows (sources, then
 * entities, then relationships, then the prune), each committed as it goes: a load that fails part-way leaves
 * what was committed, and loading the same files again completes it. With `prune` (a load of every file) it
 * also removes what the files no longer hold.
 */
export async function writeDataset(
  db: Db,
  data: Dataset,
  options: {
    prune?: boolean;
    /** Who wrote it: seed files, or an edit through the API. Kept from the first write. */
    origin?: 'seed' | 'api' | 'ods';
    /** More statements for the same transaction (the audit record of an edit); written last. */
    also?: Statement[];
    /** Rows per transaction above which a load is split (default BATCH_ROWS). */
    batchRows?: number;
    /** Told after each transaction of a split load: rows written so far, and in all. */
    progress?: (written: number, total: number) => void;
  } = {},
): Promise<void> {
  const origin = options.origin ?? 'seed';
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const statements: RowStatement[] = [];
  if (data.sources.length > 0) {
    statements.push({ cypher: UPSERT_SOURCES, params: {}, rows: data.sources.map((s) => ({ id: s.id, props: withDates(s.props) })) });
  }
  if (data.rules.length > 0) statements.push({ cypher: UPSERT_RULES, params: {}, rows: data.rules });
  for (const [kind, rows] of groupBy(data.entities, (e) => e.kind)) {
    statements.push({
      cypher: UPSERT_ENTITIES.get(kind)!,
      params: { origin },
      rows: rows.map((e) => ({ id: e.id, props: withDates(e.props) })),
    });
  }
  for (const [type, rows] of groupBy(data.relationships, (r) => r.type)) {
    statements.push({
      cypher: UPSERT_RELATIONSHIPS.get(type)!,
      params: { origin },
      rows: rows.map((r) => ({ id: r.id, from: r.from, to: r.to, props: withDates(r.props) })),
    });
  }
  const prune: Statement[] = options.prune
    ? [
        {
          cypher: PRUNE,
          // Maps, not lists: a key is found in constant time, so the sweep stays linear in the store's size.
          params: {
            relationshipIds: idSet(data.relationships),
            entityIds: idSet(data.entities),
            ruleIds: idSet(data.rules),
          },
        },
      ]
    : [];
  const also = options.also ?? [];
  const total = statements.reduce((n, s) => n + s.rows.length, 0);

  if (total <= batchRows) {
    await db.writeAll([...statements.map(withRows), ...prune, ...also], { timeoutMs: writeTimeoutMs(total) });
    return;
  }
  let written = 0;
  for (const batch of inBatches(statements, batchRows)) {
    const rows = batch.reduce((n, s) => n + s.rows.length, 0);
    await db.writeAll(batch.map(withRows), { timeoutMs: writeTimeoutMs(rows) });
    written += rows;
    options.progress?.(written, total);
  }
  // The prune reads every stored relationship and entity, so its time grows with the store.
  if (prune.length + also.length > 0) await db.writeAll([...prune, ...also], { timeoutMs: writeTimeoutMs(total) });
}

function idSet(rows: { id: string }[]): Record<string, true> {
  return Object.fromEntries(rows.map((r) => [r.id, true]));
}

function withRows(s: RowStatement): Statement {
  return { cypher: s.cypher, params: { ...s.params, rows: s.rows } };
}

/** The statements, in order, cut into transactions of at most `size` rows (a statement may span several). */
function inBatches(statements: RowStatement[], size: number): RowStatement[][] {
  const batches: RowStatement[][] = [];
  let current: RowStatement[] = [];
  let room = size;
  for (const s of statements) {
    for (let start = 0; start < s.rows.length; ) {
      const piece = s.rows.slice(start, start + room);
      current.push({ ...s, rows: piece });
      start += piece.length;
      room -= piece.length;
      if (room === 0) {
        batches.push(current);
        current = [];
        room = size;
      }
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The entities and sources already in the database, so that a subset of files may refer to them. */
export async function readKnown(db: Db): Promise<Known> {
  type Row = { id: string; name: string; odsCode: string | null; validFrom: string | null; validTo: string | null };
  const [row] = await db.read<{ entities: Row[]; sources: string[]; rules: string[] }>(`
    CALL { MATCH (e:Entity) RETURN collect(e {.id, .name, .odsCode, .validFrom, .validTo}) AS entities }
    CALL { MATCH (s:Source) RETURN collect(s.id) AS sources }
    CALL { MATCH (r:Rule) RETURN collect(r.id) AS rules }
    RETURN entities, sources, rules`);
  const entities = row?.entities ?? [];
  const odsCodes = new Map<string, Holder[]>();
  for (const e of entities) {
    if (!e.odsCode) continue;
    const list = odsCodes.get(e.odsCode) ?? [];
    list.push({ id: e.id, validFrom: e.validFrom, validTo: e.validTo });
    odsCodes.set(e.odsCode, list);
  }
  return {
    entities: new Map(entities.map((e) => [e.id, { validFrom: e.validFrom, validTo: e.validTo }])),
    sourceIds: new Set(row?.sources ?? []),
    ruleIds: new Set(row?.rules ?? []),
    names: new Map(entities.map((e) => [e.name.toLowerCase(), e.id])),
    odsCodes,
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
