import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSeedFiles } from '../../seed/validate.ts';
import { ensureSchema, writeDataset } from '../../seed/write.ts';
import type { Db } from '../../server/src/db/run.ts';
import { chooseStoreProbes } from '../api/probes.ts';
import { questions, type Question, type QueryName, type StoreProbes } from '../api/queries.ts';
import { startServer, type ChildServer } from '../api/servers.ts';
import type { BenchConfig } from '../config.ts';
import { generateNhsGraph, type Probes } from '../generate/nhs-graph.ts';
import { writeSeedFiles } from '../generate/seed-files.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../lib/neo4j.ts';
import { profilingDb, type StatementProfile } from '../lib/profile.ts';
import { round, summarise } from '../lib/stats.ts';
import { measureCpu } from '../lib/cpu.ts';
import { measureExport, type ExportRow } from './export.ts';

const SCALE_QUERIES: QueryName[] = ['entity', 'neighbourhood', 'search', 'paths', 'overseers', 'snapshot', 'relationships', 'stats'];
type PerQuery<T> = Record<QueryName, T>;

export interface ScaleRow {
  entities: number;
  relationships: number;
  sources: number;
  seedFiles: number;
  seedMB: number;
  /** Loader time: check the files (loadSeedFiles), create the schema, write (writeDataset). */
  importSeconds: number;
  importPhases: { validateSeconds: number; schemaSeconds: number; writeSeconds: number };
  /** CPU seconds spent by the loader (Node) and by Neo4j while checking and while writing: where the time goes. */
  importCpu: { validateNodeSeconds: number; writeNodeSeconds: number; writeNeo4jSeconds: number | null };
  seedFormat: 'yaml' | 'json';
  /** The Neo4j heap this size was measured with. */
  neo4jHeap: string;
  /** Set when the write failed with the default 1 GB heap (and the size was loaded again with a bigger one). */
  defaultHeapFailure: { afterSeconds: number; error: string } | null;
  /** Through our HTTP API, one request at a time (ms). */
  p50: PerQuery<number>;
  p95: PerQuery<number>;
  /** The same questions through the query modules only (ms), to split database time from API time. */
  floorP50: PerQuery<number>;
  floorP95: PerQuery<number>;
  /** Ids in an answer (entities + relationships), median and largest: how much each question returns. */
  answerSize: PerQuery<{ p50: number; max: number }>;
  samples: PerQuery<number>;
  failed: PerQuery<number>;
  firstError: Partial<PerQuery<string>>;
  /** `RETURN 1` through the gateway, one at a time (ms): the floor of every query on this machine right now. */
  return1Ms: { p50: number; p95: number };
  /** Load average when this size was measured: the machine is shared, and contention shows in every figure. */
  loadAverage: number[];
  /** PROFILE of each question's slowest probe (floor), statement by statement. */
  profiles: Partial<PerQuery<StatementProfile[]>>;
  /** The whole graph streamed by GET /export, with the server's memory. */
  export: ExportRow | null;
}

type Log = (line: string) => void;

/** Runs the comparison on one of the stores while it is up (it needs our server, the peer and the data). */
export type OnStore = (store: { neo: ThrowawayNeo4j; ours: ChildServer; probes: Probes; store: StoreProbes; size: number }) => Promise<void>;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await work();
  return [value, (performance.now() - t) / 1000];
}

async function timeHttp(url: string, q: Question, i: number): Promise<{ ms: number; error: string | null }> {
  const t = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: q.ours.query, variables: q.ours.variables(i) }),
    });
    const text = await response.text();
    const ms = performance.now() - t;
    if (!response.ok) return { ms, error: `HTTP ${response.status} ${text.slice(0, 200)}` };
    if (text.includes('"errors"')) return { ms, error: text.slice(0, 200) };
    return { ms, error: null };
  } catch (error) {
    return { ms: performance.now() - t, error: (error as Error).message };
  }
}

function samplesFor(name: QueryName, size: number, config: BenchConfig): number {
  if (name !== 'snapshot') return config.scaleSamples;
  // A whole-graph answer at 100k is seconds and tens of MB; a few are enough to see its cost.
  return Math.max(2, Math.min(config.scaleSamples, size >= 50_000 ? 3 : size >= 5_000 ? 10 : 20));
}

/**
 * For each size: a fresh Neo4j, a generated NHS-shaped graph written as seed files and loaded through our own
 * loader (timed), our server over it, then each question one request at a time through the API and through the
 * query modules, and a PROFILE of each question's slowest probe. `onStore` runs the side-by-side comparison
 * on the store of config.apiSize.
 */
export async function runScale(config: BenchConfig, log: Log, onStore: OnStore | null, errors: string[]): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const size of config.sizes) {
    try {
      await measureSize(size, config, log, onStore, rows);
    } catch (error) {
      // One size failing (say, Neo4j running out of heap at 100k) still leaves the others' figures.
      errors.push(`scale ${size}: ${(error as Error).message.split('\n')[0]}`);
      log(`Scale ${size} failed: ${(error as Error).stack ?? error}`);
    }
  }
  return rows;
}

async function measureSize(size: number, config: BenchConfig, log: Log, onStore: OnStore | null, rows: ScaleRow[]): Promise<void> {
  const measure = config.phases.has('scale');
  log(`Scale ${size.toLocaleString('en-GB')} entities: generating...`);
  const { data, probes } = generateNhsGraph(size);
  let neo = await startThrowawayNeo4j(log, { heap: config.neo4jHeap, pageCacheMb: config.neo4jPageCacheMb });
  let ours: ChildServer | null = null;
  let heapUsed = config.neo4jHeap ?? '1g (default)';
  let defaultHeapFailure: ScaleRow['defaultHeapFailure'] = null;
  let dir: string | null = null;
  try {
    dir = await mkdtemp(path.join(os.tmpdir(), `explorer-bench-seed-${size}-`));
    const written = await writeSeedFiles(data, dir, { format: config.seedFormat });
    log(
      `  ${data.entities.length} entities, ${data.relationships.length} relationships, ${data.sources.length} sources in ` +
        `${written.files.length} seed files (${(written.bytes / 1e6).toFixed(1)} MB); Neo4j on port ${neo.port}`,
    );
    log('  loading through loadSeedFiles + writeDataset...');
    // ensureSchema through the production gateway (5 s a transaction) can time out on a busy machine while
    // Neo4j builds the indexes (its own db.awaitIndexes(60) asks for up to 60 s); the long-timeout gateway
    // keeps the schema step out of the comparison.
    const [, schemaSeconds] = await timed(() => ensureSchema(neo.slowDb));
    const checked = await measureCpu(neo.pid, () => loadSeedFiles(written.files));
    const dataset = checked.value;
    const validateSeconds = checked.wallSeconds;
    log(`  checked the files in ${validateSeconds.toFixed(1)} s (${checked.nodeCpuSeconds.toFixed(1)} s of CPU in Node); writing...`);
    // The loader gives a bulk write 120 s with the production gateway; a long timeout here lets 100k finish
    // so the queries can be measured, and the result says whether it would have fitted.
    let wrote = await measureCpu(neo.pid, () => writeDataset(neo.slowDb, dataset).then(() => null, (error: Error) => error));
    if (wrote.value && /memory\.transaction/.test(wrote.value.message) && !config.neo4jHeap) {
      // The one-transaction write outgrew Neo4j's transaction memory cap (70% of the heap). Record that, then
      // load again into a fresh store with a bigger heap, so the queries at this size can still be measured.
      defaultHeapFailure = { afterSeconds: round(wrote.wallSeconds), error: wrote.value.message.split('\n')[0]!.slice(0, 200) };
      log(`  the write failed after ${wrote.wallSeconds.toFixed(1)} s: ${defaultHeapFailure.error}`);
      log(`  again in a fresh store with a ${config.retryHeap} heap...`);
      await neo.stop();
      neo = await startThrowawayNeo4j(log, { heap: config.retryHeap, pageCacheMb: config.neo4jPageCacheMb });
      heapUsed = config.retryHeap;
      await ensureSchema(neo.slowDb);
      wrote = await measureCpu(neo.pid, () => writeDataset(neo.slowDb, dataset).then(() => null, (error: Error) => error));
    }
    if (wrote.value) throw wrote.value;
    const writeSeconds = wrote.wallSeconds;
    log(`  wrote in ${writeSeconds.toFixed(1)} s (CPU: Node ${wrote.nodeCpuSeconds.toFixed(1)} s, Neo4j ${wrote.neo4jCpuSeconds?.toFixed(1) ?? '?'} s)`);
    const importSeconds = validateSeconds + schemaSeconds + writeSeconds;
    log(`  imported in ${importSeconds.toFixed(1)} s (check ${validateSeconds.toFixed(1)}, schema ${schemaSeconds.toFixed(1)}, write ${writeSeconds.toFixed(1)})`);

    ours = await startServer('ours', neo.uri, { env: { BENCH_QUERY_TIMEOUT_MS: '5000' } });
    const store = await chooseStoreProbes(neo.slowDb, probes);
    log(`  probes on this store: ${store.quiet.length} hub-free neighbourhoods, ${store.searches.length} searches of at most 20 matches, ${store.pages.length} relationship pages (${store.pages[0]?.type ?? 'none'})`);
    if (onStore && size === config.apiSize) await onStore({ neo, ours, probes, store, size });
    if (!measure) return;

    const all = questions(probes, store).filter((q) => SCALE_QUERIES.includes(q.name));
    const row: ScaleRow = {
      entities: data.entities.length,
      relationships: data.relationships.length,
      sources: data.sources.length,
      seedFiles: written.files.length,
      seedMB: round(written.bytes / 1e6),
      importSeconds: round(importSeconds),
      importPhases: { validateSeconds: round(validateSeconds), schemaSeconds: round(schemaSeconds), writeSeconds: round(writeSeconds) },
      importCpu: {
        validateNodeSeconds: round(checked.nodeCpuSeconds),
        writeNodeSeconds: round(wrote.nodeCpuSeconds),
        writeNeo4jSeconds: wrote.neo4jCpuSeconds === null ? null : round(wrote.neo4jCpuSeconds),
      },
      neo4jHeap: heapUsed,
      defaultHeapFailure,
      seedFormat: config.seedFormat,
      p50: {} as PerQuery<number>,
      p95: {} as PerQuery<number>,
      floorP50: {} as PerQuery<number>,
      floorP95: {} as PerQuery<number>,
      answerSize: {} as PerQuery<{ p50: number; max: number }>,
      samples: {} as PerQuery<number>,
      failed: {} as PerQuery<number>,
      firstError: {},
      return1Ms: { p50: NaN, p95: NaN },
      loadAverage: os.loadavg().map((l) => round(l)),
      profiles: {},
      export: null,
    };
    const pings: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      await neo.db.read('RETURN 1 AS one');
      pings.push(performance.now() - t);
    }
    const ping = summarise(pings.slice(20));
    row.return1Ms = { p50: ping.p50, p95: ping.p95 };
    log(`  RETURN 1 round trip p50 ${ping.p50} ms, p95 ${ping.p95} ms; load average ${row.loadAverage.join(', ')}`);
    for (const q of all) {
      const n = samplesFor(q.name, size, config);
      const floorDb: Db = q.name === 'snapshot' ? neo.snapshotDb : neo.db;
      // Warm up, on probes the timing does not use: compiled plans, and the JIT of a JVM started minutes ago
      // (a fresh Neo4j answers RETURN 1 several times slower than a warm one). At least 10 requests, for at least
      // the warm-up time.
      const warmUntil = performance.now() + config.warmupSeconds * 1000;
      for (let i = 0; i < 10 || (performance.now() < warmUntil && i < 10_000); i++) {
        await timeHttp(ours.url, q, 10_000 + i);
        await q.floor(floorDb, 10_000 + i).catch(() => []);
        if (q.name === 'snapshot') break;
      }
      const api: number[] = [];
      const floor: number[] = [];
      const sizes: number[] = [];
      let failed = 0;
      let slowest = { i: 0, ms: -1 };
      for (let i = 0; i < n; i++) {
        const r = await timeHttp(ours.url, q, i);
        if (r.error) {
          failed++;
          row.firstError[q.name] ??= r.error;
        } else api.push(r.ms);
        const t = performance.now();
        try {
          const answer = await q.floor(floorDb, i);
          const ms = performance.now() - t;
          floor.push(ms);
          sizes.push(answer.length);
          if (ms > slowest.ms) slowest = { i, ms };
        } catch (error) {
          row.firstError[q.name] ??= `floor: ${(error as Error).message}`;
        }
      }
      const a = summarise(api);
      const f = summarise(floor);
      const s = summarise(sizes);
      row.p50[q.name] = a.p50;
      row.p95[q.name] = a.p95;
      row.floorP50[q.name] = f.p50;
      row.floorP95[q.name] = f.p95;
      row.answerSize[q.name] = { p50: s.p50, max: s.max };
      row.samples[q.name] = n;
      row.failed[q.name] = failed;
      const sink: StatementProfile[] = [];
      await q.floor(profilingDb(neo.driver, sink), slowest.i).catch(() => []);
      row.profiles[q.name] = sink;
      log(
        `  ${q.name.padEnd(13)} API p50 ${a.p50} ms p95 ${a.p95} ms | Cypher+driver p50 ${f.p50} ms p95 ${f.p95} ms | ` +
          `answer ${s.p50} ids (max ${s.max})${failed ? ` | ${failed} of ${n} failed: ${row.firstError[q.name]?.slice(0, 120)}` : ''}`,
      );
    }
    row.export = await measureExport(ours.url, ours.pid);
    log(
      `  export (NDJSON, everything): ${row.export.nodes} entities and ${row.export.edges} relationships, ${row.export.megabytes} MB in ${row.export.seconds} s, ` +
        `${row.export.complete ? 'complete' : 'INCOMPLETE'}; server RSS ${row.export.rssBeforeMB} MB -> peak ${row.export.rssPeakMB} MB${row.export.error ? `; ${row.export.error}` : ''}`,
    );
    rows.push(row);
  } finally {
    await ours?.stop();
    await neo.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
