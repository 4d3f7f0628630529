import type { Driver } from 'neo4j-driver';
import { buildLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j.ts';
import type { Config } from './config.ts';
import { createDb, createDriver, waitForBolt, type Db } from './db/run.ts';

export interface GraphConnection {
  driver: Driver;
  db: Db;
  uri: string;
  /** Set when this process started the local Neo4j (and so must stop it). */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

type Log = (line: string) => void;

/**
 * Connects to Neo4j: NEO4J_URI when set; otherwise the local Neo4j on LOCAL_NEO4J_PORT if one already answers
 * there (say, `npm start` is running and this is `npm run seed`), else builds and starts one.
 */
export async function openGraph(config: Config, log: Log, debug: Log = () => {}): Promise<GraphConnection> {
  let local: LocalNeo4j | null = null;
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
      local = await startLocalNeo4j({ port: config.LOCAL_NEO4J_PORT, dir: config.LOCAL_NEO4J_DIR, log });
    }
    uri = localUri;
  }
  const driver = createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD || 'unused');
  try {
    await waitForBolt(driver, config.NEO4J_DATABASE, local ? 60_000 : 15_000);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  const db = createDb(driver, config.NEO4J_DATABASE, debug);
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
