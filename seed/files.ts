import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

/** Every data file, in name order. */
export function defaultSeedFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml') || f.endsWith('.json'))
    .sort()
    .map((f) => path.join(DATA_DIR, f));
}
