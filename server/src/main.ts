import { createServer, type Server } from 'node:http';
import { askFirstScreen, createApp, createRequestListener } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import type { LoadProgress } from './dataset/write.ts';
import { ensureSchema } from './db/constraints.ts';
import { ensureCounts } from './db/counts.ts';
import { countGraph } from './db/dataset.ts';
import { createDb, waitForBolt, type Db } from './db/run.ts';
import { warmUpAnalystPages, warmUpFirstAnswers } from './db/warm-up.ts';
import { openGraph, type GraphConnection } from './graph-connection.ts';
import { neo4jHealth } from './health.ts';
import { collectWhenIdle } from './idle-gc.ts';
import { Readiness } from './readiness.ts';

/**
 * The serving process: config -> Neo4j (local and supervised if NEO4J_URI is unset) -> app -> listen -> load an
 * empty database (through the hook the entry passes: server/start.ts gives seed/'s loader, so server/src imports
 * nothing of seed/) -> ready. Until ready /health says 503 "starting" or "loading" (with progress); afterwards
 * the server keeps running while Neo4j is away: /health says 503 "degraded" and queries get
 * DATABASE_UNAVAILABLE until it is back.
 */

type Log = (line: string) => void;
const log: Log = (line) => console.log(line);
const DRAIN_MS = 10_000;

export interface StartHooks {
  /** Loads the data into an empty store (called only when it holds no entity and SEED_ON_START is on). */
  loadEmptyStore?: (db: Db, log: Log, onProgress: LoadProgress) => Promise<void>;
}

/** The seed loader's phases as /health reports them: the schema is part of starting, the rest is loading. */
function reportTo(readiness: Readiness): LoadProgress {
  return (phase, written, total) => {
    if (phase === 'schema') readiness.starting('creating the schema');
    else if (phase === 'checking') readiness.loading('checking the curated files and the registers');
    else if (phase === 'writing') readiness.loading('writing the seed data', written, total);
    else readiness.loading('counting what was written', written, total);
  };
}

/** Seeds once Neo4j answers, retrying quietly while it does not. */
async function prepareDatabase(graph: GraphConnection, config: Config, readiness: Readiness, hooks: StartHooks): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      readiness.starting('waiting for Neo4j');
      await waitForBolt(graph.driver, config.NEO4J_DATABASE, 30_000);
      readiness.starting('creating the schema');
      await ensureSchema(graph.db);
      if (config.SEED_ON_START && hooks.loadEmptyStore && (await countGraph(graph.db)).entities === 0) {
        log('The database is empty: loading the curated files and the national registers.');
        await hooks.loadEmptyStore(graph.db, log, reportTo(readiness));
      }
      readiness.loading('counting by date', 1, 1);
      if (await ensureCounts(graph.db)) log('Rebuilt the counts by date that stats and timeline read.');
      // The data is all in (100%); the first answers are planned before anyone asks.
      readiness.loading('preparing the query plans', 1, 1);
      await warmUpPlans(graph, config, 'first answers');
      return;
    } catch (error) {
      if (attempt === 1 || attempt % 10 === 0) log(`Database not ready (${(error as Error).message.split('\n')[0]}); retrying...`);
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

/**
 * Has Neo4j plan the hot statements before the first person asks (see db/warm-up.ts); never fatal. Planning is not
 * the query's own time: a busy machine may take longer than QUERY_TIMEOUT_MS over a big plan.
 */
async function warmUpPlans(graph: GraphConnection, config: Config, which: 'first answers' | 'analyst pages'): Promise<void> {
  const started = Date.now();
  try {
    const db = createDb(graph.driver, config.NEO4J_DATABASE, { timeoutMs: 120_000 });
    const count = await (which === 'first answers' ? warmUpFirstAnswers(db) : warmUpAnalystPages(db));
    log(`Query plans ready for the ${which} (${count} statements, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  } catch (error) {
    log(`Could not plan the ${which} ahead (${(error as Error).message}); their first answers may be slower.`);
  }
}

async function serve(config: Config, hooks: StartHooks) {
  const started = Date.now();
  const graph = await openGraph(config, log, {
    debug: config.LOG_LEVEL === 'debug' ? (l: string) => console.debug(l) : undefined,
    waitForDatabase: false,
  });

  const readiness = new Readiness();
  const app = createApp({
    db: graph.db,
    checkHealth: neo4jHealth(graph.driver, config.NEO4J_DATABASE, graph.uri),
    readiness,
    logger: {
      debug: config.LOG_LEVEL === 'debug' ? console.debug : () => {},
      info: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'info' ? console.info : () => {},
      warn: config.LOG_LEVEL === 'error' ? () => {} : console.warn,
      error: console.error,
    },
    graphiql: config.GRAPHIQL,
    adminToken: config.EXPLORER_ADMIN_TOKEN,
    corsOrigins: config.CORS_ORIGINS,
    snapshotCap: config.GRAPH_CAP,
    development: config.NODE_ENV === 'development',
  });
  const server: Server = createServer(createRequestListener(app, { maxBodyBytes: config.MAX_BODY_BYTES, frameAncestors: config.EMBED_ORIGINS }));
  collectWhenIdle(server);

  let closing = false;
  const shutdown = async (reason: string, code = 0) => {
    if (closing) return;
    closing = true;
    log(`${reason}: finishing requests in flight, then stopping...`);
    // Stop accepting, let requests in flight finish (up to DRAIN_MS), then close the driver and Neo4j cleanly.
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await Promise.race([drained, new Promise((r) => setTimeout(r, DRAIN_MS))]);
    server.closeAllConnections();
    await graph.close();
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  server.on('error', (error) => {
    console.error(`Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
    void shutdown('listen error', 1);
  });
  server.listen(config.PORT, config.HOST);
  await prepareDatabase(graph, config, readiness, hooks);
  await askFirstScreen(app);
  // Ready only now, with the data loaded: /health says ok from the moment this line is printed.
  readiness.ready();
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: explorer ${base}/  GraphQL ${base}/graphql  health ${base}/health`);
  // The analyst's pages are planned in the background (see db/warm-up.ts): the explorer never sends them.
  void warmUpPlans(graph, config, 'analyst pages');
}

/** Reads the configuration and serves until SIGINT or SIGTERM; a bad configuration or Neo4j ends the process. */
export async function startServer(hooks: StartHooks = {}): Promise<void> {
  try {
    await serve(loadConfig(), hooks);
  } catch (error) {
    if (error instanceof ConfigError || (error instanceof Error && error.name === 'LocalNeo4jError')) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
