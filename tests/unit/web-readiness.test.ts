import { get } from 'svelte/store';
import { describe, expect, it } from 'vitest';
import { READINESS_HEADER as SERVER_READINESS_HEADER } from '../../server/src/app.ts';
import { READINESS_HEADER, createClient } from '../../web/src/lib/api/client.ts';
import { serverWaiting, waitingFrom, waitingMessage, type ServerWaiting } from '../../web/src/lib/state/server-readiness.ts';

/**
 * A server that goes through a script of states (the last one repeats): each /health answer takes the next one,
 * and /graphql answers with data, marked with READINESS_HEADER while the state is starting or loading, as
 * server/src/app.ts marks it.
 */
function scriptedServer(healthBodies: { status: string; [key: string]: unknown }[]) {
  const calls: string[] = [];
  const fetchImpl = (async (url: RequestInfo | URL) => {
    const path = String(url);
    calls.push(path);
    const now = healthBodies[0]!;
    if (path === '/health') {
      if (healthBodies.length > 1) healthBodies.shift();
      return new Response(JSON.stringify(now), { status: now.status === 'ok' ? 200 : 503 });
    }
    const early = now.status === 'starting' || now.status === 'loading';
    return new Response(JSON.stringify({ data: { sources: [{ id: early ? 'partial' : 'a' }] } }), { headers: early ? { [READINESS_HEADER]: now.status } : {} });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const loading = (percent: number) => ({ status: 'loading', phase: 'writing the seed data', written: percent, total: 100, percent, neo4j: 'up' });

describe('the client while the server gets ready', () => {
  it('sends at once; an answer marked as given while starting or loading is not used: it asks /health, telling each state, then asks again', async () => {
    const server = scriptedServer([{ status: 'starting', phase: 'creating the schema', neo4j: 'up' }, loading(40), loading(90), { status: 'ok', neo4j: 'up' }]);
    const told: (ServerWaiting | null)[] = [];
    const client = createClient('/graphql', server.fetchImpl, { pollMs: 1, onWaiting: (w) => told.push(w) });
    await expect(client.request('{ sources { id } }')).resolves.toEqual({ sources: [{ id: 'a' }] });
    expect(server.calls).toEqual(['/graphql', '/health', '/health', '/health', '/health', '/graphql']);
    expect(told).toEqual([
      { state: 'starting', phase: 'creating the schema', percent: 0 },
      { state: 'loading', phase: 'writing the seed data', percent: 40 },
      { state: 'loading', phase: 'writing the seed data', percent: 90 },
      null,
    ]);
    // Once ready, requests go straight through.
    await client.request('{ sources { id } }');
    expect(server.calls.slice(6)).toEqual(['/graphql']);
  });

  it('asks nothing of /health while the answers are not marked (a ready server)', async () => {
    const server = scriptedServer([{ status: 'ok', neo4j: 'up' }]);
    const client = createClient('/graphql', server.fetchImpl, { pollMs: 1, onWaiting: () => {} });
    await client.request('{ sources { id } }');
    await client.request('{ sources { id } }');
    expect(server.calls).toEqual(['/graphql', '/graphql']);
  });

  it('holds requests made while it waits, and sends each once the server is ready', async () => {
    const server = scriptedServer([loading(10), loading(50), { status: 'ok' }]);
    const client = createClient('/graphql', server.fetchImpl, { pollMs: 5, onWaiting: () => {} });
    const first = client.request('{ sources { id } }');
    // The first answer came early: the second request waits for the same /health polling instead of going now.
    await new Promise((r) => setTimeout(r, 1));
    const second = client.request('{ sources { id } }');
    await expect(Promise.all([first, second])).resolves.toEqual([{ sources: [{ id: 'a' }] }, { sources: [{ id: 'a' }] }]);
    expect(server.calls).toEqual(['/graphql', '/health', '/health', '/health', '/graphql', '/graphql']);
  });

  it('says the server is unreachable when the request gets no answer, and goes again on the next request', async () => {
    let up = false;
    const calls: string[] = [];
    const fetchImpl = (async (url: RequestInfo | URL) => {
      calls.push(String(url));
      if (!up) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ data: { x: 1 } }));
    }) as typeof fetch;
    const client = createClient('/graphql', fetchImpl, { pollMs: 1, onWaiting: () => {} });
    await expect(client.request('{ x }')).rejects.toMatchObject({ reason: 'unreachable' });
    up = true;
    await expect(client.request('{ x }')).resolves.toEqual({ x: 1 });
    expect(calls).toEqual(['/graphql', '/graphql']);
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

  it('marks with the header the server sets', () => {
    expect(READINESS_HEADER).toBe(SERVER_READINESS_HEADER);
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
