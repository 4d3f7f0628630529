import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The server stands on its own: nothing under server/src imports seed/ or web/, directly or through another
 * file (seed/ and the start entry import the server, never the other way round).
 */

const ROOT = path.join(import.meta.dirname, '..', '..');
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files a source file imports by relative path (packages are left out), resolved. */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec));
}

const inside = (file: string, dir: string) => !path.relative(path.join(ROOT, dir), file).startsWith('..');

/** Every file reachable from `start` through relative imports, each with the chain that reaches it. */
function reachable(start: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(start.map((f) => [f, [f]]));
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!file.endsWith('.ts') || inside(file, 'seed') || inside(file, 'web')) continue;
    for (const next of importsOf(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

describe('the layers', () => {
  const server = filesUnder(path.join(ROOT, 'server', 'src'));

  it('finds the imports it scans for', () => {
    expect(server.length).toBeGreaterThan(40);
    const guard = importsOf(path.join(ROOT, 'server', 'src', 'resolvers', 'Mutation', 'guard.ts'));
    expect(guard).toContain(path.join(ROOT, 'server', 'src', 'dataset', 'check.ts'));
    // The start entry is outside server/src, and it is what brings seed/ in.
    expect(importsOf(path.join(ROOT, 'server', 'start.ts'))).toContain(path.join(ROOT, 'seed', 'load.ts'));
  });

  it('no file under server/src imports seed/ or web/, directly or indirectly', () => {
    const offending = [...reachable(server)]
      .filter(([file]) => inside(file, 'seed') || inside(file, 'web'))
      .map(([, chain]) => chain.map((f) => path.relative(ROOT, f)).join(' -> '));
    expect(offending).toEqual([]);
  });
});
