import { request as httpRequest, type ClientRequest } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { checkAll } from '../../seed/load.ts';
import { freePort } from '../helpers/global-setup.ts';
import { descendantsOf, isRunning, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { useTempDirs } from '../helpers/temp.ts';

/**
 * `npm start` on a fresh store, as a newcomer runs it: the real entry point as a child process, with its own
 * local Neo4j in a temp folder. /health must not say ready before the seed data is in, and SIGTERM must end
 * everything it started.
 */
const tempDir = useTempDirs();
const ORDER = ['starting', 'loading', 'ok'];

let server: ServerProcess | undefined;
let base = '';
let boltPort = 0;
let sourceCount = -1;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Seen {
  http: number;
  status: string;
  retryAfter: string | null;
  phase?: string;
  percent?: number;
  /** Entities in the store, counted straight after the answer came. */
  entities: number;
}

describe('npm start on a fresh store', () => {
  it('answers /health 503 starting or loading (with progress) until the data is loaded, and 200 ok only then', async () => {
    const dataset = (await checkAll()).dataset;
    sourceCount = dataset.sources.length;
    const [httpPort, bolt] = [await freePort(), await freePort()];
    boltPort = bolt;
    base = `http://127.0.0.1:${httpPort}`;
    const dir = await tempDir('readiness');
    server = startServerProcess({
      PORT: String(httpPort),
      LOCAL_NEO4J_PORT: String(boltPort),
      LOCAL_NEO4J_DIR: dir,
      LOCAL_NEO4J_HEAP: '512m',
      NEO4J_URI: undefined,
      TEST_NEO4J_URI: undefined,
    });
    const started = server;
    cleanups.push(() => started.stop());
    const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', 'unused');
    cleanups.push(() => driver.close());
    // Counted while the loader writes: a count waits for no lock, but this machine may be busy.
    const db = createDb(driver, 'neo4j', { timeoutMs: 30_000 });
    const countEntities = async () => (await db.read<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n'))[0]!.n;

    const seen: Seen[] = [];
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`not ready within 300 s; saw ${JSON.stringify(seen.slice(-3))}\n${server.output()}`);
      const res = await fetch(`${base}/health`).catch(() => null);
      if (res) {
        const body = (await res.json()) as { status: string; phase?: string; percent?: number };
        seen.push({ http: res.status, status: body.status, retryAfter: res.headers.get('retry-after'), phase: body.phase, percent: body.percent, entities: await countEntities() });
        if (res.status === 200) break;
      }
      await new Promise((r) => setTimeout(r, 40));
    }

    const ready = seen.at(-1)!;
    const before = seen.slice(0, -1);
    // The first 200 comes with every seeded entity already in the store.
    expect(ready).toMatchObject({ http: 200, status: 'ok', entities: dataset.entities.length });
    // Before it, only 503s saying starting or loading, with Retry-After, and the data was still being written.
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((s) => s.http !== 503 || !['starting', 'loading'].includes(s.status) || s.retryAfter === null)).toEqual([]);
    expect(before.map((s) => s.status)).toContain('loading');
    expect(before.filter((s) => s.status === 'loading').map((s) => s.phase)).toContain('checking the curated files and the registers');
    expect(before.some((s) => s.entities === 0)).toBe(true);
    // Never back: starting, then loading, then ok; the percentage only grows.
    const ranks = seen.map((s) => ORDER.indexOf(s.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const percents = before.flatMap((s) => (s.percent === undefined ? [] : [s.percent]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));

    // Ready means the graph answers with all of it.
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graph { nodes { id } edges { id } } sources { id } }' }),
    });
    const { data } = (await res.json()) as { data: { graph: { nodes: unknown[]; edges: unknown[] }; sources: unknown[] } };
    expect(data.graph.nodes).toHaveLength(dataset.entities.length);
    expect(data.graph.edges).toHaveLength(dataset.relationships.length);
    expect(data.sources).toHaveLength(dataset.sources.length);

    // The "Ready in" line comes after the load, names the URL, and /health agrees with it.
    await server.waitForOutput(/Ready in [\d.]+ s: explorer http:\/\/127\.0\.0\.1:\d+\//, 10_000);
    const output = server.output();
    expect(output).toContain(`explorer ${base}/  GraphQL ${base}/graphql  health ${base}/health`);
    expect(output.indexOf('Seeded. The graph now holds')).toBeGreaterThan(-1);
    expect(output.indexOf('Seeded. The graph now holds')).toBeLessThan(output.indexOf('Ready in'));
    expect((await fetch(`${base}/health`)).status).toBe(200);
  }, 330_000);

  it('on SIGTERM lets a request in flight finish, waits up to 10 s for the rest, and leaves no process behind', async () => {
    if (!server) throw new Error('the server of the first test did not start');
    const children = await descendantsOf(server.pid);
    // The local Neo4j (java, through db/start.sh) runs under the server.
    expect(children.length).toBeGreaterThan(0);

    const finishing = chunkedRequest(base);
    const hanging = chunkedRequest(base);
    cleanups.push(async () => hanging.request.destroy());
    await new Promise((r) => setTimeout(r, 300));
    const sigterm = Date.now();
    server.child.kill('SIGTERM');
    await server.waitForOutput(/SIGTERM: finishing requests in flight/, 5_000);
    finishing.finish();
    const answered = await finishing.answer;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).data.sources).toHaveLength(sourceCount);

    const { code } = await server.exited;
    const waited = Date.now() - sigterm;
    expect(code, server.output().slice(-2000)).toBe(0);
    expect(server.output()).toContain('Stopped.');
    // The hanging request held the drain for its whole 10 s; after that the driver and Neo4j were closed.
    expect(waited).toBeGreaterThanOrEqual(9_900);
    expect(waited).toBeLessThan(40_000);
    const left = [];
    for (const pid of [server.pid, ...children]) if (await isRunning(pid)) left.push(pid);
    expect(left).toEqual([]);
    // Its Neo4j is gone too: nothing answers on its Bolt port any more.
    const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', 'unused');
    await expect(driver.getServerInfo()).rejects.toThrow();
    await driver.close();
  }, 60_000);
});

/** A POST whose body is sent in chunks: in flight until finish() sends the rest. */
function chunkedRequest(base: string): { request: ClientRequest; finish(): void; answer: Promise<{ status: number; body: string }> } {
  let request!: ClientRequest;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
  answer.catch(() => {});
  request.write('{"query": "{ sources');
  return { request, finish: () => request.end(' { id } }"}'), answer };
}
