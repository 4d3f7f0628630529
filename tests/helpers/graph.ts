import { afterAll } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App, type AppOptions } from '../../server/src/app.ts';
import { createDb, createDriver, type Db } from '../../server/src/db/run.ts';
import { neo4jHealth } from '../../server/src/health.ts';

export interface TestGraph {
  app: App;
  db: Db;
  /** The same database with a 60 s timeout, for a test's own reads of the whole store (not the app's). */
  wholeStore: Db;
  /** Runs a GraphQL operation through app.fetch (no port) and returns the parsed body and status. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: any } }>;
}

/**
 * The app over the run's shared Neo4j; the driver closes after the file's tests. `queryTimeoutMs` is the
 * transaction timeout (QUERY_TIMEOUT_MS; 5 s by default).
 */
export function useTestGraph(options: Partial<Omit<AppOptions, 'db' | 'checkHealth'>> & { queryTimeoutMs?: number } = {}): TestGraph {
  const uri = inject('neo4jUri');
  const driver = createDriver(uri, 'neo4j', 'unused');
  const { queryTimeoutMs, ...appOptions } = options;
  const db = createDb(driver, 'neo4j', { timeoutMs: queryTimeoutMs });
  // No snapshot cache unless a test asks for one: tests write through db directly and read the graph again.
  const app = createApp({ db, checkHealth: neo4jHealth(driver, 'neo4j', uri), logger: silent, snapshotTtlMs: 0, ...appOptions });
  afterAll(() => driver.close());
  return {
    app,
    db,
    wholeStore: createDb(driver, 'neo4j', { timeoutMs: 60_000 }),
    async gql(query, variables, headers = {}) {
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as any };
    },
  };
}

export const silent = { debug() {}, info() {}, warn() {}, error() {} };
