import { createServer } from 'node:http';
import { askFirstScreen, createApp, createRequestListener } from '../../server/src/app.ts';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { warmUp } from '../../server/src/db/warm-up.ts';
import { neo4jHealth } from '../../server/src/health.ts';
import { collectWhenIdle } from '../../server/src/idle-gc.ts';
import { serveForBench } from '../lib/child-server.ts';

/**
 * Our server as `npm start` builds it (createApp + createRequestListener, the production defaults: limits,
 * CSRF check, security headers, masked errors, the 5 s query timeout, a full collection when idle), on a loopback
 * port over the benchmark's Neo4j. Run as a child process by bench/api/servers.ts, bundled and with `npm start`'s
 * Node flags; says it is ready over IPC.
 * Environment: BENCH_NEO4J_URI, BENCH_PORT, BENCH_QUERY_TIMEOUT_MS (default 5000, as in production),
 * BENCH_PARSER_CACHE=0 (graphql-yoga's parse and validation cache off, to measure what it saves), BENCH_WEB_DIR
 * (a built client to serve at "/", for the explorer phase), BENCH_GRAPH_CAP (the `graph` answer's cap, GRAPH_CAP),
 * BENCH_SNAPSHOT_TTL_MS (how long a snapshot answer is kept, in ms; 30 s by default),
 * BENCH_WARM_UP=0 (do not plan the hot statements before saying it is ready; by default it plans them all, as
 * `npm start` does around the time /health says ready: the explorer's before, the analyst's pages just after).
 */

const uri = process.env.BENCH_NEO4J_URI ?? '';
const port = Number(process.env.BENCH_PORT ?? 0);
const driver = createDriver(uri, 'neo4j', 'unused');
const db = createDb(driver, 'neo4j', { timeoutMs: Number(process.env.BENCH_QUERY_TIMEOUT_MS ?? 5000) });
const app = createApp({
  db,
  checkHealth: neo4jHealth(driver, 'neo4j', uri),
  // No logger: graphql-yoga's own at info, as npm start logs by default (LOG_LEVEL=info). With `console` it wrote
  // three debug lines a request.
  graphiql: true,
  parserCache: process.env.BENCH_PARSER_CACHE !== '0',
  ...(process.env.BENCH_GRAPH_CAP ? { snapshotCap: Number(process.env.BENCH_GRAPH_CAP) } : {}),
  ...(process.env.BENCH_SNAPSHOT_TTL_MS ? { snapshotTtlMs: Number(process.env.BENCH_SNAPSHOT_TTL_MS) } : {}),
});
const server = createServer(createRequestListener(app, process.env.BENCH_WEB_DIR ? { webDir: process.env.BENCH_WEB_DIR } : {}));
// Planning is not the query's own time: server/src/main.ts warms up with the same 120 s allowance, and as there a
// statement not planned in time is planned when first asked (never fatal).
if (process.env.BENCH_WARM_UP !== '0') {
  await warmUp(createDb(driver, 'neo4j', { timeoutMs: 120_000 })).catch((error: Error) => console.error(`warm-up: ${error.message}`));
  // As npm start does before it says it is ready.
  await askFirstScreen(app);
}
collectWhenIdle(server);
serveForBench(server, port, driver);
