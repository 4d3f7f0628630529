import { readdir } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WEB_DIST } from '../../server/src/app.ts';
import { startWebServer, type WebServer } from '../helpers/web-server.ts';

/**
 * How the server sends things: the client's files as the brotli or gzip copies written at build, hashed assets
 * cached for a year and the page checked every time, API answers gzipped when the client accepts it, and the page
 * framed only by the sites EMBED_ORIGINS names.
 */
let open: WebServer;
let framed: WebServer;
beforeAll(async () => {
  open = await startWebServer(inject('neo4jUri'));
  framed = await startWebServer(inject('neo4jUri'), { frameAncestors: ['https://intranet.example.nhs.uk', 'https://trust.example.org'] });
}, 180_000);
afterAll(async () => {
  await open?.close();
  await framed?.close();
});

/** A raw request (Node's fetch would decompress): status, headers and the bytes as sent. */
function get(url: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { method: body ? 'POST' : 'GET', headers: body ? { ...headers, 'content-type': 'application/json' } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe("the client's files", () => {
  it('come as brotli, gzip or plain as the browser accepts, the same bytes each way, cached a year under /assets/', async () => {
    const assets = await readdir(path.join(WEB_DIST, 'assets'));
    const script = assets.find((f) => /^index-.*\.js$/.test(f));
    expect(script).toBeDefined();
    const url = `${open.url}/assets/${script}`;
    const plain = await get(url);
    const br = await get(url, { 'accept-encoding': 'br, gzip' });
    const gz = await get(url, { 'accept-encoding': 'gzip' });
    expect([plain.status, br.status, gz.status]).toEqual([200, 200, 200]);
    expect([plain.headers['content-encoding'], br.headers['content-encoding'], gz.headers['content-encoding']]).toEqual([undefined, 'br', 'gzip']);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    // Brotli at its best quality is well under half the script's size.
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('check the page itself every time, so a new build is picked up', async () => {
    const page = await get(`${open.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.bytes.toString()).toContain('<div id="app"');
  });
});

describe('API answers', () => {
  it('are gzipped when the client accepts it, and plain otherwise', async () => {
    const query = JSON.stringify({ query: '{ entity(id: "nhs-england") { name kind } }' });
    const zipped = await get(`${open.url}/graphql`, { 'accept-encoding': 'gzip' }, query);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.bytes).toString())).toEqual({ data: { entity: { name: 'NHS England', kind: 'NATIONAL_BODY' } } });
    expect(zipped.headers['x-content-type-options']).toBe('nosniff');
    const plain = await get(`${open.url}/graphql`, {}, query);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.bytes.toString())).toEqual({ data: { entity: { name: 'NHS England', kind: 'NATIONAL_BODY' } } });
  });

  it('are gzipped, not brotli, when the client lists br first; plain when it accepts only br', async () => {
    const query = JSON.stringify({ query: '{ entity(id: "nhs-england") { name } }' });
    const brFirst = await get(`${open.url}/graphql`, { 'accept-encoding': 'br, gzip, deflate' }, query);
    expect(brFirst.headers['content-encoding']).toBe('gzip');
    expect(brFirst.headers.vary).toContain('accept-encoding');
    expect(JSON.parse(gunzipSync(brFirst.bytes).toString())).toEqual({ data: { entity: { name: 'NHS England' } } });
    const brOnly = await get(`${open.url}/graphql`, { 'accept-encoding': 'br' }, query);
    expect(brOnly.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(brOnly.bytes.toString())).toEqual({ data: { entity: { name: 'NHS England' } } });
  });
});

describe('embedding', () => {
  it('is refused everywhere by default, and allowed to exactly the sites EMBED_ORIGINS names', async () => {
    const closed = await get(`${open.url}/?embed=1`);
    expect(closed.headers['x-frame-options']).toBe('DENY');
    expect(closed.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const allowed = await get(`${framed.url}/?embed=1`);
    expect(allowed.headers['x-frame-options']).toBeUndefined();
    expect(allowed.headers['content-security-policy']).toMatch(/; frame-ancestors https:\/\/intranet\.example\.nhs\.uk https:\/\/trust\.example\.org$/);
    expect(allowed.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
  });
});
