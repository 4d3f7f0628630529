import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer's client. web/build.ts runs this config when web/dist is missing or stale; the server serves
 * web/dist at "/". In development, `npm run dev:web` proxies /graphql and /health to a server on API_PORT.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
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
