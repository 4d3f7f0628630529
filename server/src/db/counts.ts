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
 * Counts on each of $f.dates (a null date: all of history), in one pass: every entity's and relationship's dates
 * are read once and tested against each date in memory, rather than the graph scanned once a date. An entity
 * counts on the days its dates include; a relationship when it and both its ends do. The dates are inside a map
 * parameter: Neo4j would plan the statement again for each size of a top-level list.
 */
const COUNTS = `
CALL {
  MATCH (e:Entity)
  WITH e.kind AS kind, e.validFrom AS f, e.validTo AS t
  UNWIND range(0, size($f.dates) - 1) AS i
  WITH i, kind, f, t, $f.dates[i] AS d
  WHERE d IS NULL OR ((f IS NULL OR f <= d) AND (t IS NULL OR t >= d))
  WITH i, kind, count(*) AS n
  RETURN collect({i: i, kind: kind, n: n}) AS entities
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH type(r) AS type,
    coalesce(r.basis, CASE WHEN any(q IN coalesce(r.quotes, []) WHERE q <> '') THEN 'QUOTED' ELSE 'CITED' END) AS basis,
    [r.validFrom, a.validFrom, b.validFrom] AS fs, [r.validTo, a.validTo, b.validTo] AS ts
  UNWIND range(0, size($f.dates) - 1) AS i
  WITH i, type, basis, fs, ts, $f.dates[i] AS d
  WHERE d IS NULL OR (all(f IN fs WHERE f IS NULL OR f <= d) AND all(t IN ts WHERE t IS NULL OR t >= d))
  WITH i, type, basis, count(*) AS n
  RETURN collect({i: i, type: type, basis: basis, n: n}) AS relationships
}
RETURN entities, relationships`;

type Row = {
  entities: { i: number; kind: EntityKind; n: number }[];
  relationships: { i: number; type: RelationshipType; basis: Basis; n: number }[];
};

function sorted<K extends string>(counts: Map<K, number>, key: string) {
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k, count]) => ({ [key]: k, count }));
}

/** The counts on each date, in the order given (exported for the query-module snapshot tests). */
export const COUNTS_STATEMENT = COUNTS;

export async function countByDate(db: Db, dates: (string | null)[]): Promise<Counts[]> {
  const [row] = await db.read<Row>(COUNTS, { f: { dates: dates.map((d) => dateParam(d)) } });
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
