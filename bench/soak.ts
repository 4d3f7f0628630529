/**
 * npm run soak [-- --minutes 3 --readers 8]
 *
 * Readers and a writer against a real server (the `npm start` entry, with its own supervised local Neo4j) on
 * loopback. Midway the local Neo4j is killed (SIGKILL) and the supervisor brings it back. Reports requests,
 * errors by kind, time to recover, the server's memory growth, and checks that every write the API acknowledged
 * is in the database afterwards. Results go to bench/results/soak-latest.json. Not part of `npm test`.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../server/src/db/run.ts';
import { freePort } from '../tests/helpers/global-setup.ts';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '3' }, readers: { type: 'string', default: '8' } },
});
const minutes = Number(values.minutes);
const readers = Number(values.readers);
if (!(minutes > 0 && minutes <= 60) || !(readers >= 1 && readers <= 64)) {
  console.error('usage: npm run soak -- [--minutes 0.5..60] [--readers 1..64]');
  process.exit(2);
}

const ROOT = path.join(import.meta.dirname, '..');
const TOKEN = `soak-${Math.random().toString(36).slice(2)}-token-0123456789`;
const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);

log(`Measuring: ${readers} readers and 1 writer for ${minutes} min against the real server; Neo4j killed midway.`);

const [httpPort, boltPort] = [await freePort(), await freePort()];
const store = await mkdtemp(path.join(os.tmpdir(), 'soak-neo4j-'));
const base = `http://127.0.0.1:${httpPort}`;

// One node process (no tsx wrapper), so its memory is the server's.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
  cwd: ROOT,
  env: {
    ...process.env,
    NEO4J_URI: '',
    PORT: String(httpPort),
    LOCAL_NEO4J_PORT: String(boltPort),
    LOCAL_NEO4J_DIR: store,
    EXPLORER_ADMIN_TOKEN: TOKEN,
    NODE_ENV: 'production',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const serverLog: string[] = [];
server.stdout!.on('data', (c: Buffer) => serverLog.push(...c.toString().split('\n').filter(Boolean)));
server.stderr!.on('data', (c: Buffer) => serverLog.push(...c.toString().split('\n').filter(Boolean)));
const serverExited = new Promise((r) => server.on('exit', r));

function rssMiB(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function gql(query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, body };
}

try {
  log('Starting the server and its local Neo4j (first start seeds the store)...');
  await waitUntil('the server', async () => (await fetch(`${base}/health`)).status === 200, 240_000);
  await waitUntil('the seed data', async () => (await gql('{ search(text: "NHS England", limit: 1) { id } }')).body.data?.search?.length === 1, 120_000);
  const memoryStart = await rssMiB(server.pid!);
  log(`Server up, ${memoryStart.toFixed(0)} MiB resident. Load running...`);

  const outcomes = new Map<string, number>();
  const count = (kind: string) => outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
  let fiveXxOutsideOutage = 0;
  let outage: { killedAt: number; neo4jBackAt?: number; apiBackAt?: number } | null = null;
  const acknowledged: string[] = [];
  const started = Date.now();
  const endAt = started + minutes * 60_000;
  let memoryPeak = memoryStart;

  const READS = [
    ['{ search(text: "trust", limit: 10) { id name } }', undefined],
    ['query($id: ID!) { entity(id: $id) { name relationships { type from { id } to { id } sources { title } } } }', { id: 'nhs-england' }],
    ['query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } edges { id } } }', { id: 'mid-and-south-essex-success-regime' }],
    ['query($id: ID!) { overseers(id: $id, transitive: true) { id } }', { id: 'southend-university-hospital-nhs-foundation-trust' }],
    ['{ graph(asOf: "2016-06-01") { nodes { id } edges { id } } }', undefined],
  ] as const;

  const record = (status: number, body: { errors?: { extensions?: { code?: string } }[] } | undefined) => {
    const code = body?.errors?.[0]?.extensions?.code;
    count(status >= 500 ? `http ${status}` : code ? code : `ok ${status}`);
    const inOutage = outage !== null && outage.apiBackAt === undefined;
    if (status >= 500 && !inOutage) fiveXxOutsideOutage++;
  };

  const reader = async (n: number) => {
    for (let i = n; Date.now() < endAt; i++) {
      const [query, variables] = READS[i % READS.length]!;
      try {
        const { status, body } = await gql(query, variables);
        record(status, body);
      } catch (error) {
        count(`network ${(error as Error).name}`);
      }
    }
  };

  const writer = async () => {
    for (let i = 0; Date.now() < endAt; i++) {
      const id = `soak-${i}`;
      try {
        const { status, body } = await gql(
          'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }',
          { input: { id, name: `Soak Test Group ${i}`, kind: 'GROUP', description: 'Written by npm run soak.' } },
          { authorization: `Bearer ${TOKEN}`, 'x-explorer-actor': 'soak' },
        );
        record(status, body);
        if (status === 200 && body.data?.upsertEntity?.id === id) acknowledged.push(id);
      } catch (error) {
        count(`network ${(error as Error).name}`);
      }
      await sleep(100);
    }
  };

  const chaos = async () => {
    await sleep((endAt - Date.now()) / 2);
    const java = execFileSync('pgrep', ['-f', `graph.port=${boltPort}`], { encoding: 'utf8' }).trim().split('\n')[0];
    if (!java) throw new Error('could not find the local Neo4j process');
    log(`Killing the local Neo4j (pid ${java}) with SIGKILL...`);
    outage = { killedAt: Date.now() };
    process.kill(Number(java), 'SIGKILL');
    const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', 'unused');
    // Back means the database answers a query, not just that Bolt accepts connections (after SIGKILL the store
    // recovers for a few seconds before it does).
    await waitUntil('Neo4j to come back', async () => {
      await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n', {}, { database: 'neo4j' });
      return true;
    }, 180_000);
    await driver.close();
    outage.neo4jBackAt = Date.now();
    log(`Neo4j is back after ${((outage.neo4jBackAt - outage.killedAt) / 1000).toFixed(1)} s; waiting for the API...`);
    await waitUntil('the API to recover', async () => (await gql('{ search(text: "NHS", limit: 1) { id } }')).body.data?.search !== undefined, 120_000);
    outage.apiBackAt = Date.now();
    log(`API answering again ${((outage.apiBackAt - outage.neo4jBackAt) / 1000).toFixed(1)} s after Neo4j returned.`);
  };

  const progress = setInterval(async () => {
    memoryPeak = Math.max(memoryPeak, await rssMiB(server.pid!).catch(() => 0));
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    log(`${Math.round((Date.now() - started) / 1000)} s: ${total} requests, ${acknowledged.length} writes acknowledged`);
  }, 15_000);

  await Promise.all([...Array.from({ length: readers }, (_, n) => reader(n)), writer(), chaos()]);
  clearInterval(progress);
  const memoryEnd = await rssMiB(server.pid!);

  log('Checking every acknowledged write is in the database...');
  const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, 'neo4j', 'unused');
  const session = driver.session({ database: 'neo4j' });
  const found = await session.run('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', { ids: acknowledged });
  const present = found.records[0]!.get('n').toNumber() as number;
  await session.close();
  await driver.close();

  const o = outage as { killedAt: number; neo4jBackAt?: number; apiBackAt?: number } | null;
  const results = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    minutes,
    readers,
    requests: Object.fromEntries([...outcomes.entries()].sort()),
    totalRequests: [...outcomes.values()].reduce((a, b) => a + b, 0),
    fiveXxOutsideOutage,
    outage: o && {
      neo4jDownSeconds: o.neo4jBackAt ? (o.neo4jBackAt - o.killedAt) / 1000 : null,
      recoverySecondsAfterNeo4jBack: o.apiBackAt && o.neo4jBackAt ? (o.apiBackAt - o.neo4jBackAt) / 1000 : null,
    },
    writes: { acknowledged: acknowledged.length, present, lost: acknowledged.length - present },
    serverMemoryMiB: { start: Math.round(memoryStart), end: Math.round(memoryEnd), peak: Math.round(memoryPeak), growth: Math.round(memoryEnd - memoryStart) },
  };
  await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench', 'results', 'soak-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  const ok = results.writes.lost === 0 && results.fiveXxOutsideOutage === 0 && (results.outage?.recoverySecondsAfterNeo4jBack ?? 99) <= 10;
  log(ok ? 'PASS: no lost writes, no 5xx outside the outage, recovered within 10 s.' : 'FAIL: see the figures above.');
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(error);
  console.error(serverLog.slice(-30).join('\n'));
  process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await Promise.race([serverExited, sleep(60_000)]);
  await rm(store, { recursive: true, force: true });
}
