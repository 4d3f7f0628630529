import { createServer } from 'node:http';
import { createApp, createRequestListener } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openGraph, type GraphConnection } from './graph-connection.ts';
import { neo4jHealth } from './health.ts';
import { seedIfEmpty } from '../../seed/load.ts';
import { ensureWebBuilt } from '../../web/build.ts';

/** Process entry: config -> Neo4j (local if NEO4J_URI is unset) -> seed if empty -> app -> listen. */

const log = (line: string) => console.log(line);

async function main(config: Config) {
  const started = Date.now();
  await ensureWebBuilt(log);
  const graph: GraphConnection = await openGraph(
    config,
    log,
    config.LOG_LEVEL === 'debug' ? (l) => console.debug(l) : undefined,
  );
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: shutting down...`);
    server.close();
    server.closeAllConnections();
    await graph.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.SEED_ON_START) await seedIfEmpty(graph.db, log);

  const app = createApp({
    db: graph.db,
    checkHealth: neo4jHealth(graph.driver, config.NEO4J_DATABASE, graph.uri),
    logger: console,
  });
  const server = createServer(createRequestListener(app));
  server.listen(config.PORT, config.HOST, () => {
    const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
    log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: explorer ${base}/  GraphQL ${base}/graphql  health ${base}/health`);
  });
  server.on('error', (error) => {
    console.error(`Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
    void shutdown('error');
  });
}

try {
  await main(loadConfig());
} catch (error) {
  if (error instanceof ConfigError || (error instanceof Error && error.name === 'LocalNeo4jError')) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}
