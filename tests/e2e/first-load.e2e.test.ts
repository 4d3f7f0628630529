import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../server/src/app.ts';
import { ensureWebBuilt } from '../../web/build.ts';

/** web/README.md: "the first load is the app alone (about 80 KB gzip, zod/mini for the story files included)". */
const WEB_README = readFileSync(path.join(import.meta.dirname, '..', '..', 'web', 'README.md'), 'utf8');

describe('the first load', () => {
  it('is the app alone, about 80 KB of script gzipped; Cytoscape, its layouts and the exports come later', async () => {
    expect(WEB_README.replace(/\s+/g, ' ')).toContain('the first load is the app alone (about 80 KB gzip');
    await ensureWebBuilt(() => {});
    const html = await readFile(path.join(WEB_DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="\/([^"]+)"/g)].map((m) => m[1]!);
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect([...scripts, ...preloads].filter((f) => /cytoscape|export/.test(f))).toEqual([]);
    const gzipped = gzipSync(await readFile(path.join(WEB_DIST, scripts[0]!))).length / 1024;
    // "About": within 15% either way.
    expect(gzipped).toBeGreaterThan(80 * 0.85);
    expect(gzipped).toBeLessThan(80 * 1.15);
  });
});
