/**
 * The benchmark's settings: the only reader of process.env and argv in bench/. `--quick` is a smoke run (small
 * graph, short runs) that writes bench/results/quick.tmp instead of the committed results.
 */

export type Phase = 'national' | 'scale' | 'api' | 'web' | 'explorer';
export const PHASES: readonly Phase[] = ['national', 'scale', 'api', 'web', 'explorer'];

export interface BenchConfig {
  quick: boolean;
  phases: Set<Phase>;
  /** Seconds each contestant is driven per question, split over `rounds` interleaved rounds. */
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  /** Seconds of one-request-at-a-time timing per contestant and question. */
  serialSeconds: number;
  connections: number;
  /** Graph sizes for the scale phase (entities). */
  sizes: number[];
  /** The questions of the side-by-side comparison. */
  apiQueries: string[];
  /**
   * A partial run (BENCH_ONLY) merges its phases into latest.json and RESULTS.md instead of writing partial.tmp
   * (BENCH_MERGE=1); each phase keeps the date of the run that measured it.
   */
  merge: boolean;
  /** The size whose store the side-by-side comparison runs on. */
  apiSize: number;
  /** Requests per question per size in the scale phase (one at a time). */
  scaleSamples: number;
  webNodes: number[];
  /** Sizes of the generated graph the explorer opens "Everything" on (after the national graph). */
  explorerSizes: number[];
  /** Seconds of panning and of zooming per web case. */
  webSeconds: number;
  /** The seed files the generator writes for the loader: JSON (the default: bulk data) or YAML (the format of seed/data). */
  seedFormat: 'yaml' | 'json';
  /** How long the peer may take over its first answer to a question (Neo4j compiles its Cypher then). */
  peerTimeoutSeconds: number;
  /** Write V8 CPU profiles of our server and the peer during the comparison. */
  cpuProfile: boolean;
  neo4jHeap: string | undefined;
  /** The heap to load a size again with when the default heap's transaction memory cap stops the write. */
  retryHeap: string;
  neo4jPageCacheMb: number | undefined;
}

function numbers(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  const list = value.split(',').map((v) => Number(v.trim()));
  if (list.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`bad list of numbers: ${value}`);
  return list;
}

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number; got ${value}`);
  return n;
}

export function loadBenchConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  const only = (env.BENCH_ONLY ?? PHASES.join(',')).split(',').map((p) => p.trim());
  for (const p of only) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`BENCH_ONLY: unknown phase ${p} (${PHASES.join(', ')})`);
  const phases = new Set(only as Phase[]);
  const scaleSizes = numbers(env.BENCH_SIZES, quick ? [1000] : [1000, 10_000, 100_000]);
  const apiSize = number(env.BENCH_API_SIZE, quick ? scaleSizes[0]! : 10_000, 'BENCH_API_SIZE');
  // The comparison runs on one of the scale phase's stores (the only one when the scale phase is left out).
  const sizes = phases.has('scale') ? scaleSizes : [];
  if (phases.has('api') && !sizes.includes(apiSize)) sizes.push(apiSize);
  return {
    quick,
    phases,
    seconds: number(env.BENCH_SECONDS, quick ? 3 : 20, 'BENCH_SECONDS'),
    rounds: number(env.BENCH_ROUNDS, quick ? 1 : 2, 'BENCH_ROUNDS'),
    warmupSeconds: number(env.BENCH_WARMUP_SECONDS, quick ? 1 : 5, 'BENCH_WARMUP_SECONDS'),
    serialSeconds: number(env.BENCH_SERIAL_SECONDS, quick ? 1 : 5, 'BENCH_SERIAL_SECONDS'),
    connections: number(env.BENCH_CONNECTIONS, quick ? 10 : 50, 'BENCH_CONNECTIONS'),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    apiSize,
    merge: env.BENCH_MERGE === '1',
    apiQueries: (env.BENCH_API_QUERIES ?? 'entity,neighbourhood,search,paths,relationships').split(',').map((q) => q.trim()),
    scaleSamples: number(env.BENCH_SCALE_SAMPLES, quick ? 20 : 100, 'BENCH_SCALE_SAMPLES'),
    webNodes: numbers(env.BENCH_WEB_NODES, quick ? [500] : [500, 2000, 5000]),
    explorerSizes: numbers(env.BENCH_EXPLORER_SIZES, quick ? [1000] : [5000, 20_000]),
    webSeconds: number(env.BENCH_WEB_SECONDS, quick ? 1 : 3, 'BENCH_WEB_SECONDS'),
    seedFormat: env.BENCH_SEED_FORMAT === 'yaml' ? 'yaml' : 'json',
    peerTimeoutSeconds: number(env.BENCH_PEER_TIMEOUT_SECONDS, quick ? 60 : 600, 'BENCH_PEER_TIMEOUT_SECONDS'),
    cpuProfile: env.BENCH_CPU_PROF === '1',
    neo4jHeap: env.BENCH_NEO4J_HEAP || undefined,
    retryHeap: env.BENCH_NEO4J_RETRY_HEAP || '4g',
    neo4jPageCacheMb: env.BENCH_NEO4J_PAGECACHE_MB ? number(env.BENCH_NEO4J_PAGECACHE_MB, 256, 'BENCH_NEO4J_PAGECACHE_MB') : undefined,
  };
}
