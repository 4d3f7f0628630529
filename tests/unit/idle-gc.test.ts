import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWhenIdle } from '../../server/src/idle-gc.ts';

/** A server whose answers wait until the test releases them, watched by collectWhenIdle with a counting gc. */
async function setup(afterMs: number) {
  const held: (() => void)[] = [];
  const server: Server = createServer((_req, res) => held.push(() => res.end('ok')));
  let collections = 0;
  const stop = collectWhenIdle(server, { afterMs, gc: () => collections++ });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const ask = () => fetch(url).then((r) => r.text());
  const until = async (count: number) => {
    while (held.length < count) await new Promise((r) => setTimeout(r, 5));
  };
  return { server, held, stop, ask, until, collections: () => collections };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  if (server) await new Promise((r) => server!.close(r));
});

describe('collectWhenIdle', () => {
  it('collects once no request has been in flight for afterMs, once per busy spell', async () => {
    const t = await setup(100);
    server = t.server;
    expect(t.collections()).toBe(0);
    const first = t.ask();
    const second = t.ask();
    await t.until(2);
    await sleep(300);
    // Requests in flight: no collection however long they take.
    expect(t.collections()).toBe(0);
    t.held[0]!();
    await first;
    await sleep(300);
    expect(t.collections()).toBe(0);
    t.held[1]!();
    await second;
    await sleep(300);
    expect(t.collections()).toBe(1);
    // Idle on: nothing more to collect.
    await sleep(300);
    expect(t.collections()).toBe(1);
    const third = t.ask();
    await t.until(3);
    t.held[2]!();
    await third;
    await sleep(300);
    expect(t.collections()).toBe(2);
  });

  it('a request arriving before afterMs is up puts the collection off', async () => {
    const t = await setup(250);
    server = t.server;
    const first = t.ask();
    await t.until(1);
    t.held[0]!();
    await first;
    await sleep(100);
    const second = t.ask();
    await t.until(2);
    await sleep(250);
    expect(t.collections()).toBe(0);
    t.held[1]!();
    await second;
    await sleep(500);
    expect(t.collections()).toBe(1);
  });

  it('stops watching when told', async () => {
    const t = await setup(50);
    server = t.server;
    t.stop();
    const first = t.ask();
    await t.until(1);
    t.held[0]!();
    await first;
    await sleep(200);
    expect(t.collections()).toBe(0);
  });
});
