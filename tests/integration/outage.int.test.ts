import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, superviseLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j.ts';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { freePort } from '../helpers/global-setup.ts';
import { descendantsOf, isRunning, startServerProcess } from '../helpers/server-process.ts';

/**
 * Neo4j going away and coming back: the server (the real `npm start` entry, as a child process) keeps running
 * and recovers without a restart; the local Neo4j is restarted by its supervisor when it dies.
 */
const quiet = () => {};
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function gql(base: string, query: string) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('with Neo4j down', () => {
  it('the server starts, says 503 and DATABASE_UNAVAILABLE, then recovers and seeds when Neo4j arrives', async () => {
    const [boltPort, httpPort] = [await freePort(), await freePort()];
    const base = `http://127.0.0.1:${httpPort}`;
    const server = startServerProcess({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(httpPort), NODE_ENV: 'production' });
    cleanups.push(async () => void (await server.stop()));

    const health = await waitFor('the server to listen', async () => {
      const res = await fetch(`${base}/health`);
      return { status: res.status, body: (await res.json()) as any };
    });
    // Not ready yet (no data can have been loaded without Neo4j): starting, and Neo4j is named as the reason.
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'starting', phase: 'waiting for Neo4j', neo4j: 'down' });
    expect(health.body.reason).toContain(`connect ECONNREFUSED 127.0.0.1:${boltPort}`);
    const down = await gql(base, '{ search(text: "NHS England") { id } }');
    expect(down.status).toBe(200);
    expect(down.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(down.body)).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace

    // Neo4j arrives on the configured port: no restart of the server needed.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'outage-'));
    const neo4j: LocalNeo4j = await startLocalNeo4j({ port: boltPort, dir, log: quiet });
    cleanups.push(async () => {
      await neo4j.stop();
      await rm(dir, { recursive: true, force: true });
    });
    const up = await waitFor('the server to recover and seed', async () => {
      const r = await gql(base, '{ search(text: "NHS England", limit: 1) { name } }');
      return r.body.data?.search?.length ? r : undefined;
    });
    expect(up.body.data.search[0].name).toBe('NHS England');
    // After the seed the explorer's statements are planned before Ready (server/src/db/warm-up.ts): seconds on a quiet
    // machine, 40 s on two cores under load 6; the wait is as long as the others of this test.
    await server.waitForOutput(/Ready in/, 120_000);
    expect(server.output()).toContain('Seeded. The graph now holds');
    const ready = await fetch(`${base}/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', neo4j: 'up' });

    // SIGTERM ends the server itself (no launcher in between), and nothing it started is left running.
    const children = await descendantsOf(server.pid);
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    const left = [];
    for (const pid of [server.pid, ...children]) if (await isRunning(pid)) left.push(pid);
    expect(left).toEqual([]);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  }, 300_000);
});

describe('the local Neo4j supervisor', () => {
  it('restarts Neo4j after it is killed, and queries work again', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'supervised-'));
    const logs: string[] = [];
    const supervised = await superviseLocalNeo4j({ port: await freePort(), dir, log: (l) => logs.push(l) });
    const driver = createDriver(supervised.uri, 'neo4j', 'unused');
    cleanups.push(async () => {
      await driver.close();
      await supervised.stop();
      await rm(dir, { recursive: true, force: true });
    });
    const db = createDb(driver, 'neo4j');
    await db.write("CREATE (:Entity {id: 'test-survivor', name: 'Survivor'})");

    supervised.current()!.process.kill('SIGKILL');
    await waitFor('the restart', async () => (supervised.restarts() > 0 ? true : undefined));
    const rows = await waitFor('queries to work again', async () => {
      const r = await db.read<{ name: string }>("MATCH (e:Entity {id: 'test-survivor'}) RETURN e.name AS name");
      return r.length > 0 ? r : undefined;
    });
    expect(rows).toEqual([{ name: 'Survivor' }]);
    // Started again after 1 s (the first wait of the back-off).
    expect(logs.join('\n')).toMatch(/stopped unexpectedly \(SIGKILL\); restarting in 1 s\.\.\./);
  }, 180_000);
});
