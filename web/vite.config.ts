import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Text files worth compressing: what the server sends as .br or .gz when the browser accepts it (see app.ts). */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;

/**
 * Writes a brotli (.br, best quality) and a gzip (.gz) copy beside each text file of the build over 1 KB, once, at
 * build time, so the server never compresses a file per request. Node's zlib does it; no plugin is needed.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The explorer's client. web/build.ts runs this config when web/dist is missing or stale; the server serves
 * web/dist at "/". In development, `npm run dev:web` proxies /graphql and /health to a server on API_PORT.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } }), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape and its layouts are loaded on demand; the warning threshold guards the initial chunk.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env.API_PORT ?? 4000}`,
      '/health': `http://127.0.0.1:${process.env.API_PORT ?? 4000}`,
    },
  },
});
