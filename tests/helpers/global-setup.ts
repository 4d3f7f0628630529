import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildLocalNeo4j, startLocalNeo4j } from '../../db/local-neo4j.ts';
import { createDb, createDriver, waitForBolt } from '../../server/src/db/run.ts';
import { seed } from '../../seed/load.ts';
import { warmUp } from '../../server/src/db/warm-up.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** A port nobody is using right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Shared {
  uri: Promise<string>;
  users: number;
  stop: () => Promise<void>;
}

/** Both projects' setups run in one process: the first starts Neo4j, the last to finish stops it. */
const registry = globalThis as typeof globalThis & { __explorerTestNeo4j?: Shared };

/**
 * Starts one throwaway Neo4j for the whole run (a fresh store in a temp folder, a free port), seeded with the
 * real data in seed/data, and stops it at the end. Set TEST_NEO4J_URI to use a running one instead.
 */
export default async function setup(project: TestProject) {
  if (!registry.__explorerTestNeo4j) {
    const shared: Shared = { users: 0, stop: async () => {}, uri: Promise.resolve('') };
    shared.uri = start(shared);
    registry.__explorerTestNeo4j = shared;
  }
  const shared = registry.__explorerTestNeo4j;
  shared.users++;
  project.provide('neo4jUri', await shared.uri);
  return async () => {
    shared.users--;
    if (shared.users === 0) {
      delete registry.__explorerTestNeo4j;
      await shared.stop();
    }
  };
}

async function start(shared: Shared): Promise<string> {
  const log = (line: string) => console.log(`[test neo4j] ${line}`);
  const external = process.env.TEST_NEO4J_URI;
  let uri: string;
  if (external) {
    uri = external;
  } else {
    await buildLocalNeo4j(log);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'explorer-test-neo4j-'));
    const local = await startLocalNeo4j({ port: await freePort(), dir, log });
    uri = local.uri;
    shared.stop = async () => {
      await local.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const driver = createDriver(uri, 'neo4j', 'unused');
  try {
    await waitForBolt(driver, 'neo4j', 60_000);
    const db = createDb(driver, 'neo4j', { timeoutMs: 60_000 });
    await seed(db, null, log);
    // Plan the hot statements now, so no test's first query is timed out by Neo4j's planning.
    await warmUp(db);
  } catch (error) {
    await driver.close();
    await shared.stop();
    throw error;
  } finally {
    await driver.close();
  }
  return uri;
}
