import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { toPlain, type Db } from '../../server/src/db/run.ts';

/** What PROFILE said about one statement: rows, database hits and the operators that cost most. */
export interface StatementProfile {
  cypher: string;
  rows: number;
  dbHits: number;
  /** Operators by their own db hits, most first (with the rows each produced). */
  operators: { operator: string; dbHits: number; rows: number; details: string }[];
}

function flatten(plan: ProfiledPlan, into: ProfiledPlan[] = []): ProfiledPlan[] {
  into.push(plan);
  for (const child of plan.children) flatten(child, into);
  return into;
}

/**
 * A Db that runs every read as PROFILE and keeps Neo4j's plan, so a query module (which owns its Cypher) can be
 * profiled exactly as it runs, without copying its statement here.
 */
export function profilingDb(driver: Driver, sink: StatementProfile[]): Db {
  const read = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params), { timeout: 600_000 });
      const plan = result.summary.profile;
      if (plan) {
        const operators = flatten(plan)
          .map((p) => ({
            operator: p.operatorType,
            dbHits: p.dbHits,
            rows: p.rows,
            details: String((p.arguments as Record<string, unknown>).Details ?? '').slice(0, 160),
          }))
          .sort((a, b) => b.dbHits - a.dbHits);
        sink.push({
          cypher: cypher.replace(/\s+/g, ' ').trim().slice(0, 400),
          rows: result.records.length,
          dbHits: operators.reduce((sum, o) => sum + o.dbHits, 0),
          operators: operators.slice(0, 4),
        });
      }
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } finally {
      await session.close();
    }
  };
  return {
    read,
    write: () => Promise.reject(new Error('the profiling Db only reads')),
    writeAll: () => Promise.reject(new Error('the profiling Db only reads')),
  };
}
