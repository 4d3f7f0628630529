import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { ensureWebBuilt } from '../web/build.ts';

/**
 * `npm start`'s first step: builds the web client if it is stale, then bundles the server (server/start.ts and
 * what it imports) into plain JavaScript in server/dist, which `npm start` then runs with plain `node` and
 * SERVE_FLAGS. The serving process so holds no TypeScript loader (tsx runs its hooks on a thread with an
 * isolate of its own) and no build tool. Packages stay outside the bundle (Node loads them from node_modules
 * as before), and code imported only lazily (the seed loader, for an empty store) goes into chunks of its own,
 * so a store that holds data never loads it.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_DIST = path.join(ROOT, 'server', 'dist');
export const SERVER_BUNDLE = path.join(SERVER_DIST, 'start.mjs');

/**
 * The serving process's Node flags (`npm start` names them too; tests/unit/serving-process.test.ts checks that
 * they agree). --expose-gc lets it collect and compact when it goes idle (server/src/idle-gc.ts). The other two
 * keep V8's heap near what is live while it answers: young objects get 4 MB semi-spaces (8 MB, not 32), and the
 * old generation may grow to 1.5 times what survived the last full collection before the next one (V8 otherwise
 * lets it reach up to 4 times). On the national graph that holds the process at about 140 MB instead of 230 while
 * it answers one request at a time; the price is more collections, about a third more CPU for the largest answers
 * (the whole national graph at once) and little for the rest (bench/RESULTS.md).
 */
export const SERVE_FLAGS: readonly string[] = ['--expose-gc', '--max-semi-space-size=4', '--heap-growing-percent=50'];

/**
 * Each module keeps its own import.meta.url (and dirname): the server finds schema.graphql, web/dist and db/
 * relative to its source files, wherever the bundle is.
 */
const ownLocation: Plugin = {
  name: 'own-location',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const url = JSON.stringify(pathToFileURL(file).href);
      const source = await readFile(file, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', url).replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file))),
        loader: 'ts',
      };
    });
  },
};

/** A file written whole or not at all: another `npm start` may be reading it. */
async function writeWhole(file: string, contents: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

/** What the bundle's process loads when it starts: packages, and our source files (relative to the root). */
export interface LoadedAtStart {
  packages: string[];
  sources: string[];
}

/** Follows the static imports from `output`: what Node loads before the entry runs (dynamic imports wait). */
function loadedAtStart(metafile: Metafile, output: string): LoadedAtStart {
  const packages = new Set<string>();
  const sources = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = metafile.outputs[file]!;
    for (const input of Object.keys(out.inputs)) sources.add(input);
    for (const imported of out.imports) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(output);
  return { packages: [...packages].sort(), sources: [...sources].sort() };
}

/**
 * Bundles `entry` (server/start.ts by default) into `outDir` as `<name>.mjs` plus content-named chunks; returns
 * the bundle's path and what its process loads at start.
 */
export async function buildServer(options: { entry?: string; outDir?: string } = {}): Promise<{ bundle: string; atStart: LoadedAtStart }> {
  const entry = options.entry ?? path.join(ROOT, 'server', 'start.ts');
  const outDir = options.outDir ?? SERVER_DIST;
  const result = await build({
    entryPoints: [entry],
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    plugins: [ownLocation],
    metafile: true,
    absWorkingDir: ROOT,
    write: false,
    logLevel: 'warning',
  });
  await mkdir(outDir, { recursive: true });
  const bundle = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  // Chunks first (their names are their content's hash), the entry last: a reader sees an old whole or a new one.
  for (const file of result.outputFiles.filter((f) => f.path !== bundle)) await writeWhole(file.path, file.contents);
  for (const file of result.outputFiles.filter((f) => f.path === bundle)) await writeWhole(file.path, file.contents);
  await dropOldChunks(outDir, new Set(result.outputFiles.map((f) => f.path)));
  return { bundle, atStart: loadedAtStart(result.metafile, path.relative(ROOT, bundle)) };
}

/** Chunks of earlier builds, once they are an hour old (a server started from that build may still want one). */
async function dropOldChunks(outDir: string, current: Set<string>): Promise<void> {
  for (const name of await readdir(outDir)) {
    const file = path.join(outDir, name);
    if (!name.startsWith('chunk-') || current.has(file)) continue;
    if (Date.now() - (await stat(file)).mtimeMs > 3_600_000) await rm(file, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureWebBuilt((line) => console.log(line));
  await buildServer();
}
