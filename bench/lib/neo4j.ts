import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { buildLocalNeo4j, startLocalNeo4j } from '../../db/local-neo4j.ts';
import { createDb, createDriver, waitForBolt, type Db } from '../../server/src/db/run.ts';
import { freePort } from '../../tests/helpers/global-setup.ts';
import { onInterrupt } from './cleanup.ts';

export interface ThrowawayNeo4j {
  uri: string;
  port: number;
  /** The JVM's process id (start.sh execs java), for CPU accounting. */
  pid: number;
  driver: Driver;
  /** The gateway with the production timeout (5 s a transaction). */
  db: Db;
  /** The gateway with a long timeout, for bulk loads and whole-graph snapshots at 100k. */
  slowDb: Db;
  /** The whole graph on a date through the query modules: a minute at most, so 100k shows its cost without stalling the run. */
  snapshotDb: Db;
  /** Stops Neo4j, closes the driver and deletes the store. */
  stop(): Promise<void>;
}

/**
 * A fresh Neo4j (the project's own embedded 5.26) on a free loopback port with its store in a temporary folder,
 * as the tests start one. Heap and page cache are the app's defaults unless BENCH_NEO4J_HEAP or
 * BENCH_NEO4J_PAGECACHE_MB say otherwise (start.sh reads LOCAL_NEO4J_HEAP / LOCAL_NEO4J_PAGECACHE_MB).
 */
export async function startThrowawayNeo4j(log: (line: string) => void, memory: { heap?: string; pageCacheMb?: number } = {}): Promise<ThrowawayNeo4j> {
  await buildLocalNeo4j(log);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'explorer-bench-neo4j-'));
  const port = await freePort();
  const saved = { heap: process.env.LOCAL_NEO4J_HEAP, cache: process.env.LOCAL_NEO4J_PAGECACHE_MB };
  if (memory.heap) process.env.LOCAL_NEO4J_HEAP = memory.heap;
  if (memory.pageCacheMb) process.env.LOCAL_NEO4J_PAGECACHE_MB = String(memory.pageCacheMb);
  let local;
  try {
    local = await startLocalNeo4j({ port, dir, log: () => {} });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    restore('LOCAL_NEO4J_HEAP', saved.heap);
    restore('LOCAL_NEO4J_PAGECACHE_MB', saved.cache);
  }
  const driver = createDriver(local.uri, 'neo4j', 'unused');
  await waitForBolt(driver, 'neo4j', 60_000);
  const forget = onInterrupt(async () => {
    await local.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    uri: local.uri,
    port,
    pid: local.process.pid ?? 0,
    driver,
    db: createDb(driver, 'neo4j'),
    slowDb: createDb(driver, 'neo4j', { timeoutMs: 600_000 }),
    snapshotDb: createDb(driver, 'neo4j', { timeoutMs: 60_000 }),
    async stop() {
      forget();
      await driver.close();
      await local.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function restore(key: string, value: string | undefined) {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
