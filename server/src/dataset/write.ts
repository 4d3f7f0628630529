import { REFRESH_COUNTS, STALE_COUNTS } from '../db/counts.ts';
import { dateParam } from '../db/cypher.ts';
import { PRUNE, readStoredIds, UPSERT_RULES, UPSERT_SOURCES, upsertEntitiesStatement, upsertRelationshipsStatement } from '../db/dataset.ts';
import type { Db } from '../db/run.ts';
import type { Dataset, Holder, Known } from './rows.ts';

/**
 * The one write path: seed files, the national registers, ODS extracts, edits through the API and the bench all
 * write a checked Dataset here, with the statements of db/dataset.ts.
 */

/** Where a load has got to, for a caller that reports it (the server's /health): rows written of all. */
export type LoadProgress = (phase: 'schema' | 'checking' | 'writing' | 'done', written: number, total: number) => void;

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
      cypher: upsertEntitiesStatement(kind),
      params: { origin },
      rows: rows.map((e) => ({ id: e.id, props: withDates(e.props) })),
    });
  }
  for (const [type, rows] of groupBy(data.relationships, (r) => r.type)) {
    statements.push({
      cypher: upsertRelationshipsStatement(type),
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

  // Each write ends by rebuilding the counts that stats and timeline read (db/counts.ts), in its own transaction.
  if (total <= batchRows) {
    await db.writeAll([...statements.map(withRows), ...prune, ...also, ...REFRESH_COUNTS], { timeoutMs: writeTimeoutMs(total) });
    return;
  }
  let written = 0;
  for (const batch of inBatches(statements, batchRows)) {
    const rows = batch.reduce((n, s) => n + s.rows.length, 0);
    // Until the last transaction the kept counts are out of date, and say so: stats count by scanning meanwhile.
    await db.writeAll([...STALE_COUNTS, ...batch.map(withRows)], { timeoutMs: writeTimeoutMs(rows) });
    written += rows;
    options.progress?.(written, total);
  }
  // The prune and the rebuild read every stored relationship and entity, so their time grows with the store.
  await db.writeAll([...prune, ...also, ...REFRESH_COUNTS], { timeoutMs: writeTimeoutMs(total) });
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

/** The entities and sources already in the database, so that a subset of files (or an edit) may refer to them. */
export async function readKnown(db: Db): Promise<Known> {
  const stored = await readStoredIds(db);
  const odsCodes = new Map<string, Holder[]>();
  for (const e of stored.entities) {
    if (!e.odsCode) continue;
    const list = odsCodes.get(e.odsCode) ?? [];
    list.push({ id: e.id, validFrom: e.validFrom, validTo: e.validTo });
    odsCodes.set(e.odsCode, list);
  }
  return {
    entities: new Map(stored.entities.map((e) => [e.id, { validFrom: e.validFrom, validTo: e.validTo }])),
    sourceIds: new Set(stored.sources),
    ruleIds: new Set(stored.rules),
    names: new Map(stored.entities.map((e) => [e.name.toLowerCase(), e.id])),
    odsCodes,
  };
}
