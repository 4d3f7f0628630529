import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { READINESS_HEADER, createApp, createRequestListener } from '../../server/src/app.ts';
import { Readiness } from '../../server/src/readiness.ts';
import { createDb, createDriver, type Db } from '../../server/src/db/run.ts';
import { neo4jHealth } from '../../server/src/health.ts';
import { freePort } from '../helpers/global-setup.ts';
import { silent, useTestGraph } from '../helpers/graph.ts';

const graph = useTestGraph();

async function post(app: ReturnType<typeof createApp>, query: string) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('health', () => {
  it('says ok with Neo4j up', async () => {
    const res = await graph.app.fetch('http://test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: 'up', database: 'neo4j' });
  });

  it('says degraded (503) and GraphQL says DATABASE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const driver = createDriver(uri, 'neo4j', 'unused');
    try {
      const app = createApp({ db: createDb(driver, 'neo4j'), checkHealth: neo4jHealth(driver, 'neo4j', uri), logger: silent });
      const health = await app.fetch('http://test/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'degraded', neo4j: 'down' });
      const { status, body } = await post(app, '{ search(text: "nhs") { id } }');
      expect(status).toBe(200);
      expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors[0].message).toMatch(/not reachable/);
    } finally {
      await driver.close();
    }
  });
});

describe('answers given before the data is in', () => {
  it('are marked with the state start-up had reached when the request came, and answers after ready are not', async () => {
    const readiness = new Readiness();
    const app = createApp({ db: graph.db, checkHealth: async () => ({ neo4j: 'up' }), logger: silent, readiness });
    const ask = () => app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "nhs") { id } }' }) });
    readiness.starting('creating the schema');
    expect((await ask()).headers.get(READINESS_HEADER)).toBe('starting');
    readiness.loading('writing the seed data', 10, 100);
    const early = await ask();
    expect(early.headers.get(READINESS_HEADER)).toBe('loading');
    expect(early.status).toBe(200);
    readiness.ready();
    expect((await ask()).headers.get(READINESS_HEADER)).toBeNull();
    // /health says the same in its body, not in the header.
    expect((await app.fetch('http://test/health')).headers.get(READINESS_HEADER)).toBeNull();
  });
});

describe('errors', () => {
  it('masks unexpected errors: no message details, no stack', async () => {
    const failing: Db = {
      read: async () => {
        throw new Error('secret internal detail');
      },
      write: async () => [],
      writeAll: async () => [],
    };
    const app = createApp({ db: failing, checkHealth: async () => ({ neo4j: 'up' }), logger: silent });
    const { status, body } = await post(app, '{ search(text: "nhs") { id } }');
    expect(status).toBe(200);
    expect(body.errors[0].message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

describe('HTTP', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it('serves the API, GraphiQL and the web client on one port', async () => {
    server = createServer(createRequestListener(graph.app));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/GraphiQL/i);

    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "no-such-entity") { id } }' }),
    });
    expect(await api.json()).toEqual({ data: { entity: null } });

    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });
});
