import neo4j, { type Config, type Driver, type Integer, type ManagedTransaction, Neo4jError, type QueryResult, isRetryableError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.ts';

/**
 * The single gateway to Neo4j: every query module goes through read() (one statement, auto-commit) or write() (a
 * managed transaction), which always close the session, turn Neo4j values into plain JSON ones and driver errors
 * into coded errors.
 */
export interface Db {
  read<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  write<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /**
   * Several statements in one write transaction: all or nothing. Returns each statement's rows. Bulk loads may
   * take longer than one API request is allowed to: the timeout is `timeoutMs` when given, else 120 s.
   */
  writeAll(
    statements: { cypher: string; params?: Record<string, unknown> }[],
    options?: { timeoutMs?: number },
  ): Promise<Record<string, unknown>[][]>;
  /**
   * Several read statements in one transaction (one consistent picture), their rows yielded one at a time as
   * [statement index, row] while Neo4j streams them: the driver pulls a batch, and pulls the next only when
   * the consumer has taken most of it, so a slow consumer holds Neo4j back instead of filling memory. For
   * exports: the timeout is `timeoutMs` (default 10 minutes), and nothing is retried (rows already yielded
   * cannot be taken back).
   */
  stream?(
    statements: { cypher: string; params?: Record<string, unknown> }[],
    options?: { timeoutMs?: number },
  ): AsyncGenerator<[number, Record<string, unknown>]>;
}

/** Rows the driver asks Neo4j for at a time while streaming. */
export const STREAM_FETCH_SIZE = 500;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
  }
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|connect ETIMEDOUT/.test(error.message);
}

/**
 * Converts what the driver returns (Integer, temporal types, nested maps) to plain JSON values. Most values are
 * strings, numbers and the driver's plain maps, so those are passed or walked before any type test: testing every
 * value against the six temporal types cost 1.5 ms of CPU for a 2-hop neighbourhood (0.2 ms now).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainEntries(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  return plainEntries(value as Record<string, unknown>);
}

function plainEntries(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

/**
 * neo4j-driver captures and formats a stack trace for every result it makes (its result.js, captureStacktrace), to
 * put on an error that may come later: 0.2-0.3 ms of Node's CPU a statement, in a CPU profile of the relationship
 * pages. A read's result is made with no frames captured; an error still says what failed, and becomes a coded one.
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function translate(error: unknown): unknown {
  if (isUnavailable(error)) return new DatabaseUnavailableError();
  if (error instanceof Neo4jError && /TransactionTimedOut|TransactionTimeout/.test(error.code)) return new QueryTimeoutError();
  return error;
}

/**
 * The gateway over a driver. Every transaction gets a timeout (default 5 s), so no request can hold the
 * database for long.
 */
export function createDb(
  driver: Driver,
  database: string,
  options: { log?: (msg: string) => void; timeoutMs?: number } = {},
): Db {
  // Called as log?.(...): without a log, the line (the statement with its spaces folded, the parameters as JSON) is
  // never built. Building it cost 40-50 µs of CPU a statement (a relationships page's, 1,846 characters).
  const log = options.log;
  const config = { timeout: options.timeoutMs ?? 5000 };
  const rows = <T>(result: QueryResult) => result.records.map((r) => toPlain(r.toObject()) as T);

  /**
   * A read is one statement, so it runs as an auto-commit transaction: one message out (RUN and PULL) and one
   * answer, where a managed transaction adds a BEGIN and a COMMIT, each a round trip. Side by side on this machine,
   * a one-row read: 3.49 ms and 2.3 ms of Node's CPU managed, 2.41 ms and 1.4 ms auto-commit. Managed transactions
   * retry what Neo4j calls retryable (a connection lost, a cluster member gone): a read is tried once more then.
   */
  async function readOnce<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return rows<T>(await withoutStackTrace(() => session.run(cypher, params, config)));
    } finally {
      await session.close();
    }
  }

  async function read<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    try {
      return await readOnce<T>(cypher, params).catch((error: unknown) => {
        if (isRetryableError(error)) return readOnce<T>(cypher, params);
        throw error;
      });
    } catch (error) {
      throw translate(error);
    }
  }

  async function write<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => rows<T>(await tx.run(cypher, params)), config);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  return {
    read: (cypher, params = {}) => {
      log?.(`cypher READ: ${cypher.replace(/\s+/g, ' ').trim()} ${JSON.stringify(params)}`);
      return read(cypher, params);
    },
    write: (cypher, params = {}) => {
      log?.(`cypher WRITE: ${cypher.replace(/\s+/g, ' ').trim()} ${JSON.stringify(params)}`);
      return write(cypher, params);
    },
    async writeAll(statements, writeOptions = {}) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(async (tx) => {
          const results: Record<string, unknown>[][] = [];
          for (const s of statements) {
            log?.(`cypher WRITE: ${s.cypher.replace(/\s+/g, ' ').trim()}`);
            const result = await tx.run(s.cypher, s.params ?? {});
            results.push(result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>));
          }
          return results;
        }, { timeout: writeOptions.timeoutMs ?? Math.max(config.timeout, 120_000) });
      } catch (error) {
        throw translate(error);
      } finally {
        await session.close();
      }
    },
    async *stream(statements, streamOptions = {}) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: STREAM_FETCH_SIZE });
      const tx = session.beginTransaction({ timeout: streamOptions.timeoutMs ?? 600_000 });
      try {
        for (const [i, s] of statements.entries()) {
          log?.(`cypher STREAM: ${s.cypher.replace(/\s+/g, ' ').trim()} ${JSON.stringify(s.params ?? {})}`);
          for await (const record of tx.run(s.cypher, s.params ?? {})) {
            yield [i, toPlain(record.toObject()) as Record<string, unknown>];
          }
        }
        await tx.commit();
      } catch (error) {
        throw translate(error);
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        await session.close();
      }
    },
  };
}

/**
 * A driver that fails fast when the database is down (instead of retrying for 30 s), so requests get
 * DATABASE_UNAVAILABLE quickly and recover as soon as it is back.
 */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxTransactionRetryTime: 2000,
    connectionAcquisitionTimeout: 3000,
    connectionTimeout: 2000,
    telemetryDisabled: true,
  } as Config);
}

/** Resolves when Bolt answers, or rejects after timeoutMs with the last error. */
export async function waitForBolt(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      await driver.getServerInfo({ database });
      return;
    } catch (error) {
      last = error;
    }
    if (Date.now() + 500 > deadline) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Neo4j did not answer within ${Math.round(timeoutMs / 1000)} s: ${String((last as Error)?.message ?? last)}`);
}
