import { ensureWebBuilt } from '../web/build.ts';

/**
 * `npm start`: builds the web client when it is missing or stale (Vite runs in a process of its own, so the
 * serving process never loads build tooling), then serves with server/src/main.ts, which loads an empty store
 * with seed/'s loader. The loader is imported only then: a store that holds data never loads the parsers.
 */

const log = (line: string) => console.log(line);
// The server's configuration defaults to production (server/src/config.ts); graphql-js reads the variable itself,
// once, when main.ts is imported below, and unless it says production checks every type test for a second copy of
// graphql (0.4 ms of CPU for a 2-hop neighbourhood's answer).
process.env.NODE_ENV ??= 'production';

await ensureWebBuilt(log, { separateProcess: true });
const { startServer } = await import('./src/main.ts');
await startServer({
  async loadEmptyStore(db, log, onProgress) {
    const { seed } = await import('../seed/load.ts');
    await seed(db, null, log, { onProgress });
  },
});
