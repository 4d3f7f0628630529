import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, createRequestListener } from '../../server/src/app.ts';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { neo4jHealth } from '../../server/src/health.ts';
import type { Readiness } from '../../server/src/readiness.ts';
import { ensureWebBuilt } from '../../web/build.ts';
import { freePort } from './global-setup.ts';

/** No request logs in test output (graph.ts has the same, but importing it pulls vitest into scripts). */
const silent = { debug() {}, info() {}, warn() {}, error() {} };

export interface WebServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Stops listening (and drops open connections) but keeps the port and the driver, to start again later. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Stops for good and closes the driver. */
  close(): Promise<void>;
}

/**
 * The real server in the test process: builds web/dist if needed, then serves it with /graphql and /health over
 * a driver to `neo4jUri` (the run's seeded Neo4j, or a dead address to test the database-down state). With
 * `readiness` the test says when it is ready (as main.ts does while it loads the data); ready otherwise.
 */
export async function startWebServer(neo4jUri: string, options: { readiness?: Readiness } = {}): Promise<WebServer> {
  await ensureWebBuilt(() => {});
  const driver = createDriver(neo4jUri, 'neo4j', 'unused');
  const db = createDb(driver, 'neo4j');
  const app = createApp({
    db,
    checkHealth: neo4jHealth(driver, 'neo4j', neo4jUri),
    readiness: options.readiness,
    logger: silent,
    graphiql: false,
  });
  const listener = createRequestListener(app);
  const port = await freePort();
  let server: Server | null = null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer(listener);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.close(() => resolve());
      s.closeAllConnections();
    });

  await start();
  const address = (server as Server | null)?.address() as AddressInfo | undefined;
  return {
    url: `http://127.0.0.1:${address?.port ?? port}`,
    port,
    stop,
    start,
    async close() {
      await stop();
      await driver.close();
    },
  };
}
