import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(WEB_DIR, 'dist');
const CONFIG = path.join(WEB_DIR, 'vite.config.ts');

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

/** Whether web/dist is there and newer than every source of the client (or there is no client to build). */
export function isWebBuilt(): boolean {
  if (!existsSync(CONFIG)) return true;
  const index = path.join(DIST, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newest(WEB_DIR);
}

/**
 * Builds the web client with Vite when web/dist is missing or older than its sources, so `npm start` serves it.
 * It runs in `npm start`'s build step (server/build.ts) or the tests' setup, never in the serving process.
 *
 * Always a production build: Vite builds for NODE_ENV when it is set, and vitest sets it to "test", which gave the
 * tests a build with Svelte's development checks in it (269 KB, 90 KB gzip, against 235 and 79).
 */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (isWebBuilt()) return;
  log('Building the web client...');
  await buildWeb();
  log('Web client built.');
}

/** The production build, in this process, into web/dist or `outDir` (the explorer bench builds into a temporary folder). */
export async function buildWeb(outDir?: string): Promise<void> {
  const { build } = await import('vite');
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG, logLevel: 'warn', mode: 'production', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}
