import { get } from 'svelte/store';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../web/src/lib/api/client.ts';
import { serverWaiting, waitingFrom, waitingMessage, type ServerWaiting } from '../../web/src/lib/state/server-readiness.ts';

/** A server that answers /health from a script of bodies (the last one repeats) and /graphql with data. */
function scriptedServer(healthBodies: unknown[]) {
  const calls: string[] = [];
  const fetchImpl = (async (url: RequestInfo | URL) => {
    const path = String(url);
    calls.push(path);
    const body = path === '/health' ? (healthBodies.length > 1 ? healthBodies.shift() : healthBodies[0]) : { data: { sources: [{ id: 'a' }] } };
    return new Response(JSON.stringify(body), { status: path === '/health' && (body as { status: string }).status !== 'ok' ? 503 : 200 });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const loading = (percent: number) => ({ status: 'loading', phase: 'writing the seed data', written: percent, total: 100, percent, neo4j: 'up' });

describe('the client while the server gets ready', () => {
  it('holds requests while /health says starting or loading, telling each state, then sends them', async () => {
    const server = scriptedServer([{ status: 'starting', phase: 'creating the schema', neo4j: 'up' }, loading(40), loading(90), { status: 'ok', neo4j: 'up' }]);
    const told: (ServerWaiting | null)[] = [];
    const client = createClient('/graphql', server.fetchImpl, { pollMs: 1, onWaiting: (w) => told.push(w) });
    await expect(client.request('{ sources { id } }')).resolves.toEqual({ sources: [{ id: 'a' }] });
    expect(server.calls).toEqual(['/health', '/health', '/health', '/health', '/graphql']);
    expect(told).toEqual([
      { state: 'starting', phase: 'creating the schema', percent: 0 },
      { state: 'loading', phase: 'writing the seed data', percent: 40 },
      { state: 'loading', phase: 'writing the seed data', percent: 90 },
      null,
    ]);
    // Once ready, requests go straight through.
    await client.request('{ sources { id } }');
    expect(server.calls.slice(5)).toEqual(['/graphql']);
  });

  it('lets requests go when the server is degraded (the request then says Neo4j is down)', async () => {
    const server = scriptedServer([{ status: 'degraded', neo4j: 'down', reason: 'x' }]);
    const client = createClient('/graphql', server.fetchImpl, { pollMs: 1, onWaiting: () => {} });
    await client.request('{ sources { id } }');
    expect(server.calls).toEqual(['/health', '/graphql']);
  });

  it('asks /health again after the server was unreachable', async () => {
    let up = false;
    const calls: string[] = [];
    const fetchImpl = (async (url: RequestInfo | URL) => {
      calls.push(String(url));
      if (!up) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(String(url) === '/health' ? { status: 'ok' } : { data: { x: 1 } }));
    }) as typeof fetch;
    const client = createClient('/graphql', fetchImpl, { pollMs: 1, onWaiting: () => {} });
    await expect(client.request('{ x }')).rejects.toMatchObject({ reason: 'unreachable' });
    up = true;
    await expect(client.request('{ x }')).resolves.toEqual({ x: 1 });
    expect(calls).toEqual(['/health', '/graphql', '/health', '/graphql']);
  });

  it('with checkNow asks /health when it is made, and the first request waits for that answer rather than asking again', async () => {
    const server = scriptedServer([loading(10), { status: 'ok' }]);
    const client = createClient('/graphql', server.fetchImpl, { pollMs: 1, onWaiting: () => {}, checkNow: true });
    expect(server.calls).toEqual(['/health']);
    await client.request('{ sources { id } }');
    expect(server.calls).toEqual(['/health', '/health', '/graphql']);
  });

  it('sets the shared store by default, which the status banner shows', async () => {
    const server = scriptedServer([loading(55), { status: 'ok' }]);
    const seen: (ServerWaiting | null)[] = [];
    const stop = serverWaiting.subscribe((w) => seen.push(w));
    await createClient('/graphql', server.fetchImpl, { pollMs: 1 }).request('{ sources { id } }');
    stop();
    expect(seen).toEqual([null, { state: 'loading', phase: 'writing the seed data', percent: 55 }, null]);
    expect(get(serverWaiting)).toBeNull();
  });
});

describe('what the banner says', () => {
  it('gives the percentage while loading and the phase while starting', () => {
    expect(waitingMessage({ state: 'loading', phase: 'writing the seed data', percent: 37 })).toBe('Loading the data (37%)...');
    expect(waitingMessage({ state: 'starting', phase: 'waiting for Neo4j', percent: 0 })).toBe('The server is starting (waiting for Neo4j)...');
  });

  it('reads only starting and loading bodies, and keeps the percentage a whole number from 0 to 100', () => {
    expect(waitingFrom({ status: 'ok' })).toBeNull();
    expect(waitingFrom({ status: 'degraded' })).toBeNull();
    expect(waitingFrom('loading')).toBeNull();
    expect(waitingFrom(null)).toBeNull();
    expect(waitingFrom({ status: 'loading', phase: 'x', percent: 250 })).toEqual({ state: 'loading', phase: 'x', percent: 100 });
    expect(waitingFrom({ status: 'loading', percent: 12.7 })).toEqual({ state: 'loading', phase: '', percent: 12 });
    expect(waitingFrom({ status: 'starting', percent: 'lots' })).toEqual({ state: 'starting', phase: '', percent: 0 });
  });
});
