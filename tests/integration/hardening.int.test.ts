import { once } from 'node:events';
import { request as httpRequest, createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, createRequestListener } from '../../server/src/app.ts';
import { createDb, createDriver, type Db } from '../../server/src/db/run.ts';
import { neo4jHealth } from '../../server/src/health.ts';
import { silent, useTestGraph } from '../helpers/graph.ts';

/** Limits, HTTP hygiene and timeouts, through the real app over the real database. */
const graph = useTestGraph({ corsOrigins: ['https://intranet.example.nhs.uk'] });

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(createRequestListener(graph.app, { maxBodyBytes: 1024 * 1024 }));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

describe('query limits', () => {
  it.each([
    ['depth', `{ entity(id: "nhs-england") { relationships { from { relationships { from { relationships { from { relationships { from { id } } } } } } } } } }`, 'MAX_DEPTH_EXCEEDED'],
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: sources { id }`).join(' ')} }`, 'MAX_ALIASES_EXCEEDED'],
    ['tokens', `{ search(text: "nhs") { ${Array.from({ length: 2500 }, () => 'id').join(' ')} } }`, 'MAX_TOKENS_EXCEEDED'],
    ['directives', `{ sources { id ${Array.from({ length: 12 }, () => '@include(if: true)').join(' ')} } }`, 'MAX_DIRECTIVES_EXCEEDED'],
  ])('too much %s gets a coded error naming the limit', async (_, query, code) => {
    const { body } = await graph.gql(query);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].extensions.limit).toBeGreaterThan(0);
    expect(body.data).toBeUndefined();
  });

  it('hides field suggestions outside development', async () => {
    const { body } = await graph.gql('{ entiti(id: "x") { id } }');
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('stops a transaction that runs past the timeout with QUERY_TIMEOUT, and the API passes the code on', async () => {
    const uri = inject('neo4jUri');
    const driver = createDriver(uri, 'neo4j', 'unused');
    try {
      // No query the API allows runs long on this dataset, so the gateway itself is given a slow statement (about
      // 20 s of work); Neo4j's timeout stops it within its check interval.
      const db = createDb(driver, 'neo4j', { timeoutMs: 500 });
      const slow = 'UNWIND range(1, 300000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
      await expect(db.read(slow)).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });

      // The same error from a resolver reaches the client coded, not masked.
      const timingOut: Db = { ...db, read: <T,>() => db.read<T>(slow) };
      const app = createApp({ db: timingOut, checkHealth: neo4jHealth(driver, 'neo4j', uri), logger: silent });
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sources { id } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
      expect(body.errors[0].message).toMatch(/took too long/);
    } finally {
      await driver.close();
    }
  }, 60_000);
});

describe('HTTP', () => {
  it('sets security headers on the web app and the API', async () => {
    for (const path of ['/', '/graphql?query={sources{id}}', '/health']) {
      const res = await fetch(base + path, { headers: { 'x-graphql-csrf': '1' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('survives a client that goes away half way through a chunked body', async () => {
    const gone = await new Promise<string>((resolve) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
      req.on('error', (e) => resolve(String(e)));
      req.write('{"query": "{ sour');
      setTimeout(() => req.destroy(new Error('client went away')), 100);
    });
    expect(gone).toContain('client went away');
    // The server is still up and answers the next request (the old code crashed on an unhandled "aborted").
    await new Promise((r) => setTimeout(r, 200));
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "nhs-england") { name } }' }) });
    expect(await res.json()).toEqual({ data: { entity: { name: 'NHS England' } } });
  });

  it('allows CORS only for configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://intranet.example.nhs.uk');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example.nhs.uk');
    // Another origin is answered with the configured one, never with its own or "*": its browser refuses.
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBe('https://intranet.example.nhs.uk');

    // With several origins listed, each gets its own back and any other gets "null".
    const two = createApp({ db: graph.db, checkHealth: async () => ({ neo4j: 'up' }), logger: silent, corsOrigins: ['https://a.example.nhs.uk', 'https://b.example.nhs.uk'] });
    const ask = async (app: typeof two, origin: string) =>
      (await app.fetch('http://test/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } })).headers.get('access-control-allow-origin');
    expect(await ask(two, 'https://b.example.nhs.uk')).toBe('https://b.example.nhs.uk');
    expect(await ask(two, 'https://evil.example')).toBe('null');
    // And with none listed (the default), CORS is off: no header at all.
    const none = createApp({ db: graph.db, checkHealth: async () => ({ neo4j: 'up' }), logger: silent });
    expect(await ask(none, 'https://evil.example')).toBeNull();
  });

  it('answers a body over 1 MB with 413, with or without Content-Length', async () => {
    const big = JSON.stringify({ query: '{ sources { id } }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const withLength = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(withLength.status).toBe(413);

    const chunked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (e) => (String(e).includes('EPIPE') || String(e).includes('ECONNRESET') ? resolve(413) : reject(e)));
      for (let i = 0; i < 20; i++) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);

    const small = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(JSON.stringify({ query: '{ sources { id } }' }));
      req.end();
    });
    expect(small).toBe(200);
  });

  it('answers bad JSON with 400', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('serves GraphiQL by default and not when switched off', async () => {
    const on = await graph.app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await on.text()).toMatch(/graphiql/i);
    const off = createApp({ db: graph.db, checkHealth: async () => ({ neo4j: 'up' }), graphiql: false, logger: silent });
    const res = await off.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/<html/i);
  });
});
