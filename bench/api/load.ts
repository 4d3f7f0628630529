import http from 'node:http';
import autocannon from 'autocannon';
import type { Db } from '../../server/src/db/run.ts';
import type { GraphqlCall } from './queries.ts';

/** What one contestant did in one or more timed runs: every latency (ms) and the counts. */
export interface Samples {
  latencies: number[];
  ok: number;
  /** Non-2xx answers, GraphQL errors in a 200, socket errors and timeouts. */
  failed: number;
  seconds: number;
}

export const emptySamples = (): Samples => ({ latencies: [], ok: 0, failed: 0, seconds: 0 });

export function merge(into: Samples, more: Samples): Samples {
  for (const l of more.latencies) into.latencies.push(l);
  into.ok += more.ok;
  into.failed += more.failed;
  into.seconds += more.seconds;
  return into;
}

/**
 * Drives a GraphQL endpoint with autocannon: `connections` keep-alive connections each sending the next
 * question as soon as the last is answered, for `seconds`. Every response's latency is kept (autocannon's own
 * summary only has percentiles, and runs are merged across interleaved rounds). A 200 whose body carries
 * "errors" counts as failed, as does anything not 2xx.
 */
export async function loadGraphql(
  url: string,
  call: GraphqlCall,
  options: { connections: number; seconds: number; start: number },
): Promise<Samples> {
  let next = options.start;
  const samples = emptySamples();
  let graphqlErrors = 0;
  // Without a callback autocannon returns its event emitter, made thenable; the typings only know the promise.
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: call.query, variables: call.variables(next++) }),
        }),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (status >= 200 && status < 300) samples.latencies.push(responseTime);
  });
  const result = await instance;
  const non2xx = result.non2xx ?? 0;
  samples.ok = Math.max(0, samples.latencies.length - graphqlErrors);
  samples.failed = non2xx + graphqlErrors + result.errors + result.timeouts;
  samples.seconds = result.duration;
  return samples;
}

/**
 * The floor: `concurrency` callers each running the question through our query modules (neo4j-driver, no HTTP,
 * no GraphQL) back to back for `seconds`, timing each.
 */
export async function loadFloor(
  db: Db,
  run: (db: Db, i: number) => Promise<unknown>,
  options: { concurrency: number; seconds: number; start: number },
): Promise<Samples> {
  let next = options.start;
  const samples = emptySamples();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await run(db, next++);
        samples.latencies.push(performance.now() - t);
        samples.ok++;
      } catch {
        samples.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  samples.seconds = (performance.now() - started) / 1000;
  return samples;
}

const agent = new http.Agent({ keepAlive: true });

/**
 * One GraphQL request, parsed; throws on HTTP or GraphQL errors, or after `timeoutMs` (node:http rather than
 * fetch, whose client gives up on headers after 300 s: the peer's first answer to some questions takes longer).
 */
export function postGraphql(url: string, query: string, variables: Record<string, unknown>, timeoutMs = 120_000): Promise<unknown> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((response.statusCode ?? 0) >= 300) return reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`));
          try {
            const parsed = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
            if (parsed.errors?.length) return reject(new Error(`GraphQL error: ${parsed.errors.map((e) => e.message).join('; ').slice(0, 300)}`));
            resolve(parsed.data);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
    request.on('error', reject);
    request.end(body);
  });
}
