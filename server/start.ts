import { startServer } from './src/main.ts';

/**
 * The serving process's entry. `npm start` first runs server/build.ts (the web client if stale, then this file
 * bundled into server/dist), then runs the bundle with plain `node`; `npm run dev` runs this file with tsx.
 * An empty store is loaded with seed/'s loader, imported only then (a chunk of its own in the bundle): a store
 * that holds data never loads the parsers. `npm start` sets NODE_ENV=production when it is unset (graphql-js reads it
 * once, as it is imported, before any line of this file runs), as server/src/config.ts assumes.
 */
await startServer({
  async loadEmptyStore(db, log, onProgress) {
    const { seed } = await import('../seed/load.ts');
    await seed(db, null, log, { onProgress });
  },
});
