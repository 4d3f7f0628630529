import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SERVE_FLAGS } from '../../server/build.ts';
import { freePort } from '../helpers/global-setup.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

/**
 * The process `npm start` leaves serving (issue 15): plain node running the built bundle, no TypeScript loader
 * and no build tool in it, over the shared test database; GraphiQL, loaded on the first visit, still served.
 */
let server: ServerProcess | undefined;
let base = '';
afterAll(async () => void (await server?.stop()));

describe('npm start', () => {
  it('leaves plain node serving the bundle: no tsx, no loader, no build tool on its command line', async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = startServerProcess({ NEO4J_URI: inject('neo4jUri'), PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    await server.waitForOutput(/Ready in/, 120_000);
    // After the build step the shell has become the server (exec): the pid npm would signal is node's own.
    const argv = (await readFile(`/proc/${server.pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
    expect(argv).toEqual(['node', ...SERVE_FLAGS, 'server/dist/start.mjs']);
    expect((await readFile(`/proc/${server.pid}/environ`, 'utf8')).split('\0').filter((v) => v.startsWith('NODE_OPTIONS='))).toEqual([]);

    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "RR8") { name } }' }),
    });
    expect(await answer.json()).toEqual({ data: { entity: { name: 'Leeds Teaching Hospitals NHS Trust' } } });
  }, 180_000);

  it('serves GraphiQL at /graphql to a browser (its page module loaded on this first visit)', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html');
    const html = await page.text();
    expect(html).toContain('<title>NHS stakeholder graph: GraphQL</title>');
    // The page carries GraphiQL itself (no CDN): megabytes of script.
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  });

  it('stops on SIGTERM with code 0', async () => {
    expect(await server!.stop()).toEqual({ code: 0, signal: null });
  });
});
