import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(WEB_DIR, 'dist');

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

/** Builds the web client with Vite when web/dist is missing or older than its sources, so `npm start` serves it. */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  const config = path.join(WEB_DIR, 'vite.config.ts');
  if (!existsSync(config)) return;
  const index = path.join(DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(WEB_DIR)) return;
  log('Building the web client...');
  const { build } = await import('vite');
  await build({ configFile: config, logLevel: 'warn' });
  log('Web client built.');
}
