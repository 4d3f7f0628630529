import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServer, SERVE_FLAGS } from '../../server/build.ts';
import { START_SCRIPT } from '../helpers/server-process.ts';
import { useTempDirs } from '../helpers/temp.ts';

/**
 * The serving process holds what answers requests and nothing else (issue 15): `npm start` builds first, then
 * runs the bundle with plain node (no TypeScript loader), and the bundle loads no build tool, no seed parser and
 * no GraphiQL page at start. tests/integration/serving-process.int.test.ts checks the running process.
 */
const tempDir = useTempDirs();

describe('the serving process', () => {
  it('is started by `npm start` as plain node with SERVE_FLAGS, after the build step', () => {
    expect(START_SCRIPT).toBe(`node --import tsx server/build.ts && NODE_ENV=\${NODE_ENV:-production} exec node ${[...SERVE_FLAGS, 'server/dist/start.mjs'].join(' ')}`);
  });

  it('loads at start only the packages that answer requests; seed/ waits in a chunk of its own', async () => {
    const outDir = await tempDir('server-bundle');
    const { bundle, atStart } = await buildServer({ outDir });
    expect(path.basename(bundle)).toBe('start.mjs');
    expect(atStart.packages).toEqual([
      '@envelop/graphql-jit',
      '@escape.tech/graphql-armor',
      '@graphql-tools/schema',
      '@whatwg-node/server',
      'dataloader',
      'graphql',
      'graphql-yoga',
      'lru-cache',
      'neo4j-driver',
      'node:child_process',
      'node:crypto',
      'node:events',
      'node:fs',
      'node:http',
      'node:path',
      'node:url',
      'node:v8',
      'sirv',
      'zod',
    ]);
    expect(atStart.sources).toContain('server/src/main.ts');
    expect(atStart.sources).toContain('server/src/app.ts');
    expect(atStart.sources.filter((file) => !file.startsWith('server/') && !file.startsWith('db/'))).toEqual([]);
    // The loader is in the build all the same, in a chunk loaded only for an empty store.
    const chunks = (await readdir(outDir)).filter((name) => name.startsWith('chunk-'));
    const texts = await Promise.all(chunks.map((name) => readFile(path.join(outDir, name), 'utf8')));
    expect(texts.filter((text) => text.includes('// seed/load.ts')).length).toBe(1);
    // GraphiQL's page (28 MB of script) is imported on the first visit, by name, from node_modules.
    expect(await readFile(bundle, 'utf8')).toContain('import("@graphql-yoga/render-graphiql")');
  });
});
