import type { Driver } from 'neo4j-driver';
import { buildLocalNeo4j, superviseLocalNeo4j, type SupervisedNeo4j } from '../../db/local-neo4j.ts';
import type { Config } from './config.ts';
import { createDb, createDriver, waitForBolt, type Db } from './db/run.ts';

export interface GraphConnection {
  driver: Driver;
  db: Db;
  uri: string;
  /** Set when this process started the local Neo4j (and so supervises and stops it). */
  local: SupervisedNeo4j | null;
  close(): Promise<void>;
}

type Log = (line: string) => void;

/**
 * Connects to Neo4j: NEO4J_URI when set; otherwise the local Neo4j on LOCAL_NEO4J_PORT if one already answers
 * there (say, `npm start` is running and this is `npm run seed`), else builds and starts one, supervised.
 * With `waitForDatabase: false` a remote Neo4j that is down does not stop the caller (the server starts anyway
 * and reports itself degraded until it answers).
 */
export async function openGraph(
  config: Config,
  log: Log,
  options: { debug?: Log; waitForDatabase?: boolean } = {},
): Promise<GraphConnection> {
  let local: SupervisedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    const localUri = `bolt://127.0.0.1:${config.LOCAL_NEO4J_PORT}`;
    const probe = createDriver(localUri, 'neo4j', 'unused');
    const running = await waitForBolt(probe, config.NEO4J_DATABASE, 1).then(
      () => true,
      () => false,
    );
    await probe.close();
    if (running) {
      log(`Using the local Neo4j already running on ${localUri}.`);
    } else {
      await buildLocalNeo4j(log);
      log(`Starting the local Neo4j (store ${config.LOCAL_NEO4J_DIR})...`);
      local = await superviseLocalNeo4j({ port: config.LOCAL_NEO4J_PORT, dir: config.LOCAL_NEO4J_DIR, log });
    }
    uri = localUri;
  }
  const driver = createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD || 'unused');
  try {
    await waitForBolt(driver, config.NEO4J_DATABASE, local ? 60_000 : 15_000);
  } catch (error) {
    if (options.waitForDatabase === false && !local) {
      log(`Neo4j at ${uri} is not answering (${(error as Error).message}); starting anyway, degraded until it does.`);
    } else {
      await driver.close();
      await local?.stop();
      throw error;
    }
  }
  const db = createDb(driver, config.NEO4J_DATABASE, { log: options.debug, timeoutMs: config.QUERY_TIMEOUT_MS });
  return {
    driver,
    db,
    uri,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
