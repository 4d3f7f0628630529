import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, SERVE_FLAGS, SERVER_DIST } from '../../server/build.ts';
import { freePort } from '../../tests/helpers/global-setup.ts';
import { onInterrupt } from '../lib/cleanup.ts';

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const ENTRIES = {
  ours: fileURLToPath(new URL('./ours-server.ts', import.meta.url)),
  peer: fileURLToPath(new URL('../peer/server.ts', import.meta.url)),
} as const;

/**
 * How each contestant runs: ours as the serving process runs (bundled, plain node with `npm start`'s flags, no
 * TypeScript loader); the peer with tsx.
 */
async function commandFor(name: keyof typeof ENTRIES): Promise<string[]> {
  if (name === 'peer') return ['--import', 'tsx', ENTRIES.peer];
  const { bundle } = await buildServer({ entry: ENTRIES.ours, outDir: path.join(SERVER_DIST, 'bench') });
  return [...SERVE_FLAGS, bundle];
}

/**
 * Starts our server or the peer as a child Node process on a free loopback port, so the load generator does not
 * share its event loop. With `cpuProfileDir`, the child writes a V8 CPU profile there when it stops.
 */
export async function startServer(
  name: keyof typeof ENTRIES,
  neo4jUri: string,
  options: { cpuProfileDir?: string; env?: Record<string, string>; readyTimeoutMs?: number } = {},
): Promise<ChildServer> {
  const port = await freePort();
  const args: string[] = [];
  if (options.cpuProfileDir) {
    // One folder per server, and Node's own file names: with tsx (the peer) the module loader runs in a worker
    // thread that writes a profile of its own, and a fixed --cpu-prof-name would let it overwrite the main thread's.
    const dir = path.join(options.cpuProfileDir, `${name}-${port}`);
    mkdirSync(dir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const child: ChildProcess = spawn(process.execPath, [...args, ...(await commandFor(name))], {
    env: { ...process.env, ...options.env, BENCH_NEO4J_URI: neo4jUri, BENCH_PORT: String(port), NODE_ENV: 'production' },
    // Output is dropped, as a service's would go to a log; stderr is kept for a failure message.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.shift();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const wait = options.readyTimeoutMs ?? 300_000;
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within ${wait / 1000} s:\n${stderr.join('')}`)), wait);
    child.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited (code ${code}) before it was ready:\n${stderr.join('')}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 15_000))]);
    if (!done) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  const forget = onInterrupt(stop);
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      forget();
      await stop();
    },
  };
}
