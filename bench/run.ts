import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareApis, type ApiRow } from './api/compare.ts';
import { questions } from './api/queries.ts';
import { startServer } from './api/servers.ts';
import { loadBenchConfig, PHASES } from './config.ts';
import { runNational, type NationalReport } from './national/national.ts';
import { stopAllOnSignals } from './lib/cleanup.ts';
import { describeMachine } from './lib/machine.ts';
import { checkTargets, markdownTables, mergeResults, updateResultsMarkdown, type Results } from './report.ts';
import { runScale, type ScaleRow } from './scale/scale.ts';
import { measureBundle, runWeb, type BundleReport, type WebRow } from './web/web.ts';
import { runExplorer, type ExplorerRow } from './explorer/explorer.ts';

/**
 * `npm run bench` (or `npm run bench -- --quick` for a smoke run). Never part of `npm test`. Phases, each on
 * its own throwaway Neo4j: scale (1k, 10k, 100k generated entities loaded through our loader, then each
 * question timed), the side-by-side API comparison on the 10k store, then the map in headless Chromium and the
 * bundle. A full run writes bench/results/latest.json and the generated block of bench/RESULTS.md; a quick
 * run writes bench/results/quick.tmp, and a partial one (BENCH_ONLY) bench/results/partial.tmp, or with
 * BENCH_MERGE=1 its phases into latest.json and RESULTS.md (each phase says which run measured it). The
 * national phase loads the real national graph and starts the server on a fresh store (bench/national/).
 */

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const started = Date.now();
const elapsed = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);

const config = loadBenchConfig();
stopAllOnSignals(log);

// `npm run bench -- --report-only`: the targets and RESULTS.md again from latest.json, measuring nothing.
if (process.argv.includes('--report-only')) {
  const file = path.join(BENCH_DIR, 'results', 'latest.json');
  const saved = JSON.parse(await readFile(file, 'utf8')) as Results;
  const again: Results = { ...saved, targets: checkTargets(saved) };
  await writeFile(file, `${JSON.stringify(again, null, 2)}\n`);
  await updateResultsMarkdown(path.join(BENCH_DIR, 'RESULTS.md'), markdownTables(again));
  console.log(`Targets and tables rewritten from ${path.relative(process.cwd(), file)}.`);
  process.exit(0);
}
const sizes = config.sizes.map((s) => s.toLocaleString('en-GB')).join(', ');
console.log(
  `Measuring${config.quick ? ' (quick smoke run)' : ''}: ` +
    [
      config.phases.has('api')
        ? `our GraphQL API against @neo4j/graphql and against the raw driver (same Neo4j, ${config.apiSize.toLocaleString('en-GB')}-entity NHS-shaped graph, ${config.connections} connections, ${config.seconds} s each)`
        : null,
      config.phases.has('scale') ? `import and query times at ${sizes} entities through our loader and API` : null,
      config.phases.has('explorer') ? `the explorer itself in headless Chromium on the national graph and on ${config.explorerSizes.map((n) => n.toLocaleString('en-GB')).join(', ')} generated entities` : null,
      config.phases.has('web') ? `the map in headless Chromium at ${config.webNodes.join(', ')} nodes (canvas, WebGL) and the web bundle size` : null,
    ]
      .filter(Boolean)
      .join('; ') +
    '.',
);

const machine = describeMachine();
const errors: string[] = [];
let api: ApiRow[] = [];
let apiStore: Results['apiStore'] = null;
let scale: ScaleRow[] = [];
let web: WebRow[] = [];
let bundle: BundleReport | null = null;
let national: NationalReport | null = null;
let explorer: ExplorerRow[] = [];
const profileDir = config.cpuProfile ? await mkdtemp(path.join(os.tmpdir(), 'explorer-bench-cpuprof-')) : undefined;

if (config.phases.has('national')) {
  try {
    national = await runNational(config, log);
  } catch (error) {
    errors.push(`national: ${(error as Error).message.split('\n')[0]}`);
    log(`National phase failed: ${(error as Error).stack ?? error}`);
  }
}

if (config.phases.has('scale') || config.phases.has('api')) {
  try {
    scale = await runScale(
      config,
      log,
      config.phases.has('api')
        ? async ({ neo, ours, probes, store }) => {
            const [counts] = await neo.db.read<{ entities: number; relationships: number }>(
              'CALL { MATCH (e:Entity) RETURN count(e) AS entities } CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships } RETURN entities, relationships',
            );
            const { entities, relationships } = counts ?? { entities: 0, relationships: 0 };
            apiStore = { entities, relationships };
            log(`API side by side on ${entities} entities: starting the peer (@neo4j/graphql on graphql-yoga)...`);
            // Our server for the comparison is started afresh, so a CPU profile covers only the comparison.
            const oursForApi = profileDir ? await startServer('ours', neo.uri, { cpuProfileDir: profileDir }) : ours;
            const peer = await startServer('peer', neo.uri, { cpuProfileDir: profileDir });
            try {
              const shared = questions(probes, store).filter((q) => config.apiQueries.includes(q.name));
              api = await compareApis(shared, { ours: oursForApi.url, peer: peer.url }, neo.db, config, log);
            } finally {
              await peer.stop();
              if (oursForApi !== ours) await oursForApi.stop();
            }
            if (profileDir) log(`CPU profiles of both servers: ${profileDir}`);
          }
        : null,
      errors,
    );
  } catch (error) {
    errors.push(`scale/api: ${(error as Error).message}`);
    log(`Scale/API phase failed: ${(error as Error).stack ?? error}`);
  }
}

if (config.phases.has('web')) {
  try {
    web = await runWeb(config, log);
  } catch (error) {
    errors.push(`web: ${(error as Error).message}`);
    log(`Web phase failed: ${(error as Error).stack ?? error}`);
  }
  try {
    bundle = await measureBundle(log);
    log(`  bundle: initial ${bundle.initialGzipKB} KB gzip, all chunks ${bundle.totalGzipKB} KB`);
  } catch (error) {
    errors.push(`bundle: ${(error as Error).message}`);
    log(`Bundle measurement failed: ${(error as Error).message}`);
  }
}

if (config.phases.has('explorer')) {
  try {
    explorer = await runExplorer(config, log);
  } catch (error) {
    errors.push(`explorer: ${(error as Error).message.split('\n')[0]}`);
    log(`Explorer phase failed: ${(error as Error).stack ?? error}`);
  }
}

const partial: Omit<Results, 'targets'> = {
  measured:
    'Our GraphQL API vs @neo4j/graphql vs our Cypher through neo4j-driver; import and query times by graph size; ' +
    'map interactivity and frame times in headless Chromium; web bundle size. Times in ms unless named otherwise.',
  quick: config.quick,
  startedAt: new Date(started).toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  config: { ...config, phases: [...config.phases] },
  machine: { ...machine, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
  apiStore,
  api,
  scale,
  web,
  bundleGzipKB: bundle?.initialGzipKB ?? null,
  bundle,
  national,
  explorer,
  phaseRuns: Object.fromEntries([...config.phases].map((p) => [p, new Date(started).toISOString()])),
  errors,
};
const resultsDir = path.join(BENCH_DIR, 'results');
const full = !config.quick && config.phases.size === PHASES.length;
// A partial run with BENCH_MERGE=1 replaces only its own phases (and its own sizes) in latest.json.
const merging = !full && !config.quick && config.merge;
const measured = merging ? mergeResults(JSON.parse(await readFile(path.join(resultsDir, 'latest.json'), 'utf8')) as Results, partial, config.phases) : partial;
const results: Results = { ...measured, targets: checkTargets(measured) };
const tables = markdownTables(results);

await mkdir(resultsDir, { recursive: true });
// Only a full or merged run replaces the committed figures; a quick or partial run goes to an ignored *.tmp file.
const committed = full || merging;
const out = path.join(resultsDir, committed ? 'latest.json' : config.quick ? 'quick.tmp' : 'partial.tmp');
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
if (committed) await updateResultsMarkdown(path.join(BENCH_DIR, 'RESULTS.md'), tables);
console.log(`\n${tables}\n`);
log(`Done. Figures in ${path.relative(process.cwd(), out)}${committed ? ' and bench/RESULTS.md' : ''}.`);
process.exit(errors.length > 0 ? 1 : 0);
