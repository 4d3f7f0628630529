import type { Db } from './run.ts';
import { dateParam } from './cypher.ts';
import type { Basis, EntityKind, RelationshipType } from '../domain/model.ts';

export interface Counts {
  asOf: string | null;
  entities: { kind: EntityKind; count: number }[];
  relationships: { type: RelationshipType; count: number }[];
  bases: { basis: Basis; count: number }[];
  entityCount: number;
  relationshipCount: number;
}

/**
 * What counts, and on which days: an entity on the days its dates include; a relationship when it and both its
 * ends are in force, so on the days from the latest of the three starts to the earliest of the three ends. A
 * relationship's basis is its own, or QUOTED when a citation quotes its source, else CITED. The scan and the
 * series below both read items through these, so they cannot mean different things.
 */
const ITEMS = `
  MATCH (e:Entity)
  RETURN 'kind' AS series, e.kind AS name, null AS basis, e.validFrom AS f, e.validTo AS t
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH r, [x IN [r.validFrom, a.validFrom, b.validFrom] WHERE x IS NOT NULL] AS fs, [x IN [r.validTo, a.validTo, b.validTo] WHERE x IS NOT NULL] AS ts
  RETURN 'type' AS series, type(r) AS name,
    coalesce(r.basis, CASE WHEN any(q IN coalesce(r.quotes, []) WHERE q <> '') THEN 'QUOTED' ELSE 'CITED' END) AS basis,
    reduce(m = fs[0], x IN fs | CASE WHEN x > m THEN x ELSE m END) AS f,
    reduce(m = ts[0], x IN ts | CASE WHEN x < m THEN x ELSE m END) AS t`;

/**
 * Counts on each of $f.dates (a null date: all of history) by reading every entity and relationship once and
 * testing each against every date in memory: 1.2 s at 100k entities. The answer when the kept series below are
 * missing or out of date, and the oracle they are tested against.
 */
const SCAN = `
CALL {${ITEMS}
}
UNWIND range(0, size($f.dates) - 1) AS i
WITH i, series, name, basis, f, t, $f.dates[i] AS d
WHERE d IS NULL OR ((f IS NULL OR f <= d) AND (t IS NULL OR t >= d))
WITH i, series, name, basis, count(*) AS n
RETURN collect(CASE WHEN series = 'kind' THEN {i: i, kind: name, n: n} END) AS entities,
  collect(CASE WHEN series = 'type' THEN {i: i, type: name, basis: basis, n: n} END) AS relationships`;

/**
 * The counts kept in the graph, rebuilt by every write in its own transaction: one (:CountSeries) for each kind
 * and each (type, basis), holding the days on which its number in force changes (sorted) and the number from
 * each of those days on, the number before the first (items with no start) and the number of all of history.
 * About 30 nodes of at most a few thousand days at 100k, rebuilt in one pass (3-4 s at 100k; under 0.2 s on the
 * national graph). (:CountState) says whether they are current, and how many entities and relationships they
 * were made from.
 */
const REBUILD = `
MATCH (state:CountState {id: 'counts'})
CALL {${ITEMS}
}
WITH state, series, name, basis, f, t, f IS NULL OR t IS NULL OR f <= t AS ever
WITH state, series, name, basis, count(*) AS total, sum(CASE WHEN ever AND f IS NULL THEN 1 ELSE 0 END) AS base,
  collect(CASE WHEN ever THEN f END) AS starts, collect(CASE WHEN ever THEN t + duration({days: 1}) END) AS ends
CALL {
  WITH starts, ends
  UNWIND [d IN starts | [d, 1]] + [d IN ends | [d, -1]] AS change
  WITH change[0] AS day, sum(change[1]) AS delta
  WHERE delta <> 0
  WITH day, delta ORDER BY day
  RETURN collect(day) AS days, collect(delta) AS deltas
}
WITH state, collect({series: series, name: name, basis: basis, total: total, base: base, days: days,
  counts: tail(reduce(acc = [base], delta IN deltas | acc + (acc[-1] + delta)))}) AS all
CALL { MATCH (old:CountSeries) DELETE old }
FOREACH (s IN all | CREATE (:CountSeries {series: s.series, name: s.name, basis: s.basis, total: s.total, base: s.base, days: s.days, counts: s.counts}))
WITH state
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
SET state.current = true, state.entities = entities, state.relationships = relationships`;

/**
 * Marks the kept counts out of date. Every write transaction runs it: it also takes the write lock on the one
 * (:CountState), so two writes rebuild one after the other, each seeing the other's committed data (Neo4j reads
 * what is committed; without the lock, the second to commit could keep series made before the first committed).
 */
const STALE = `MERGE (state:CountState {id: 'counts'}) SET state.current = false, state.version = coalesce(state.version, 0) + 1`;

/**
 * The store's version: a number every write transaction of the app, the seed and the imports bumps (STALE above),
 * read in constant time. The snapshot cache checks its kept answers against it (db/snapshot-cache.ts). Null on a
 * store never written by them.
 */
export async function storeVersion(db: Db): Promise<number | null> {
  const [row] = await db.read<{ version: number | null }>(`OPTIONAL MATCH (state:CountState {id: 'counts'}) RETURN state.version AS version`);
  return row?.version ?? null;
}

/** The statements that end every write transaction: the lock, then the rebuild (a few ms to seconds). */
export const REFRESH_COUNTS: readonly { cypher: string }[] = [{ cypher: STALE }, { cypher: REBUILD }];
/** The statement that starts each transaction of a load split into several: the counts are out of date until its end. */
export const STALE_COUNTS: readonly { cypher: string }[] = [{ cypher: STALE }];

/** Largest first: 2^21 + ... + 1 covers every day from year 1 to 9999, so any series is searched in 22 steps. */
const STEPS = Array.from({ length: 22 }, (_, i) => 2 ** (21 - i)).join(', ');

/**
 * The counts on each of $f.dates, one statement: from the kept series when they are current and made from as many
 * entities and relationships as the store holds now (both from Neo4j's count store, constant time), else by the
 * scan. A series' number on a day is a binary search of its days: the last change on or before the day. The dates
 * are inside a map parameter: Neo4j would plan the statement again for each size of a top-level list.
 */
const KEPT = `
OPTIONAL MATCH (state:CountState {id: 'counts'})
CALL { MATCH (e:Entity) RETURN count(e) AS entityTotal }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipTotal }
WITH coalesce(state.current AND state.entities = entityTotal AND state.relationships = relationshipTotal, false) AS kept`;
const COUNTS = `${KEPT}
CALL {
  WITH kept
  WITH kept WHERE kept
  MATCH (s:CountSeries)
  WITH s.series AS series, s.name AS name, s.basis AS basis, s.total AS total, s.base AS base, s.days AS days, s.counts AS counts
  UNWIND range(0, size($f.dates) - 1) AS i
  WITH series, name, basis, total, base, counts, i, $f.dates[i] AS d,
    reduce(at = -1, step IN [${STEPS}] | CASE WHEN at + step < size(days) AND days[at + step] <= $f.dates[i] THEN at + step ELSE at END) AS at
  WITH series, name, basis, i, CASE WHEN d IS NULL THEN total WHEN at < 0 THEN base ELSE counts[at] END AS n
  WHERE n > 0
  RETURN collect(CASE WHEN series = 'kind' THEN {i: i, kind: name, n: n} END) AS keptEntities,
    collect(CASE WHEN series = 'type' THEN {i: i, type: name, basis: basis, n: n} END) AS keptRelationships
}
CALL {
  WITH kept
  WITH kept WHERE NOT kept
  CALL {${SCAN.replace(/\n/g, '\n  ')}
  }
  RETURN collect(entities) AS scannedEntities, collect(relationships) AS scannedRelationships
}
RETURN keptEntities + coalesce(scannedEntities[0], []) AS entities, keptRelationships + coalesce(scannedRelationships[0], []) AS relationships`;

type Row = {
  entities: { i: number; kind: EntityKind; n: number }[];
  relationships: { i: number; type: RelationshipType; basis: Basis; n: number }[];
};

function sorted<K extends string>(counts: Map<K, number>, key: string) {
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k, count]) => ({ [key]: k, count }));
}

/** The counts on each date, in the order given (exported for the query-module snapshot tests). */
export const COUNTS_STATEMENT = COUNTS;

function toCounts(dates: (string | null)[], row: Row | undefined): Counts[] {
  return dates.map((asOf, i) => {
    const kinds = new Map<EntityKind, number>();
    const types = new Map<RelationshipType, number>();
    const bases = new Map<Basis, number>();
    for (const e of row?.entities ?? []) if (e.i === i) kinds.set(e.kind, e.n);
    for (const r of row?.relationships ?? []) {
      if (r.i !== i) continue;
      types.set(r.type, (types.get(r.type) ?? 0) + r.n);
      bases.set(r.basis, (bases.get(r.basis) ?? 0) + r.n);
    }
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      asOf,
      entities: sorted(kinds, 'kind') as Counts['entities'],
      relationships: sorted(types, 'type') as Counts['relationships'],
      bases: sorted(bases, 'basis') as Counts['bases'],
      entityCount: sum(kinds),
      relationshipCount: sum(types),
    };
  });
}

const asParams = (dates: (string | null)[]) => ({ f: { dates: dates.map((d) => dateParam(d)) } });

/** The counts on each date (null: all of history), from the kept series when they are current. */
export async function countByDate(db: Db, dates: (string | null)[]): Promise<Counts[]> {
  const [row] = await db.read<Row>(COUNTS, asParams(dates));
  return toCounts(dates, row);
}

/** The same counts by reading the whole store, whatever is kept: the oracle for tests. */
export async function scanCountsByDate(db: Db, dates: (string | null)[]): Promise<Counts[]> {
  const [row] = await db.read<Row>(SCAN, asParams(dates));
  return toCounts(dates, row);
}

/** Whether stats would read the kept counts now (they are current, and made from the store as it is). */
export async function keptCountsCurrent(db: Db): Promise<boolean> {
  const [row] = await db.read<{ kept: boolean }>(`${KEPT}\nRETURN kept`);
  return row?.kept === true;
}

/**
 * Rebuilds the kept counts when they are missing or out of date (a store written by an older version, a load that
 * stopped part-way, a write by hand), so that the first stats after start-up are not a scan. Returns whether it did.
 */
export async function ensureCounts(db: Db): Promise<boolean> {
  if (await keptCountsCurrent(db)) return false;
  await db.writeAll([...REFRESH_COUNTS], { timeoutMs: 600_000 });
  return true;
}
