import os from 'node:os';
import autocannon from 'autocannon';
import { rssMB } from '../lib/rss.ts';
import { round, summarise } from '../lib/stats.ts';
import { NATIONAL_QUESTIONS } from './questions.ts';

/**
 * The serving process's memory on the national graph (issue 15): its resident set (VmRSS of the `npm start`
 * process itself) sampled every 100 ms while it answers a fixed mix of questions, first one request at a time
 * (steady: after a warm-up that asks every question of the mix twice), then under load (`connections` at once),
 * then once it has been idle for a few seconds.
 */

export interface MemoryReport {
  /** After /health said ok, before any question. */
  readyMB: number | null;
  /** One request at a time: the median and the highest sample over the window, and what was asked. */
  steady: { seconds: number; requests: number; failed: number; medianMB: number; maxMB: number };
  /** `connections` at once over the same mix (autocannon). */
  load: { connections: number; seconds: number; requests: number; failed: number; medianMB: number; maxMB: number };
  /** IDLE_SECONDS after the load ended. */
  idleMB: number | null;
  idleSeconds: number;
  loadAverage: number[];
}

const ENTITY = 'fragment E on Entity { id name kind aliases description odsCode validFrom validTo }';
const SOURCE = 'fragment S on Source { id title url publisher published reference quote }';

/** The explorer's own first questions besides the national phase's: the grouped map and the map of a date. */
const EXPLORER = [
  {
    query: `query($asOf: Date, $within: ID) { groups(asOf: $asOf, within: $within) { within { ...E } above { ...E } groupKind
      groups { entity { ...E } counts { kind count } size } loose { ...E } links { from type to count } } } ${ENTITY}`,
    variables: [{ asOf: '2023-06-01' }, { asOf: '2016-06-01' }, { asOf: '2023-06-01', within: 'nhs-england-north-east-and-yorkshire' }],
  },
  {
    query: `query($asOf: Date) { graph(asOf: $asOf) { nodes { ...E } edges { id type from { id } to { id } validFrom validTo note confidence
      basis premises rule { id name statement } sources { ...S } } } } ${ENTITY} ${SOURCE}`,
    variables: [{ asOf: '2023-06-01' }, { asOf: '2015-06-01' }],
  },
];

/** Every request of the mix as a body: each question with each of its variable sets, interleaved. */
export function mixBodies(): string[] {
  const questions = [...NATIONAL_QUESTIONS, ...EXPLORER];
  const longest = Math.max(...questions.map((q) => q.variables.length));
  const bodies: string[] = [];
  for (let i = 0; i < longest; i++) {
    for (const q of questions) bodies.push(JSON.stringify({ query: q.query, variables: q.variables[i % q.variables.length] }));
  }
  return bodies;
}

export const IDLE_SECONDS = 15;

/** Samples `pid`'s RSS every 100 ms until stopped; returns the samples (MB). */
function sampleRss(pid: number): { stop(): number[] } {
  const samples: number[] = [];
  const timer = setInterval(() => {
    const mb = rssMB(pid);
    if (mb !== null) samples.push(mb);
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

async function post(url: string, body: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body });
    const text = await res.text();
    return res.ok && !text.includes('"errors"');
  } catch {
    return false;
  }
}

const mb = (samples: number[]) => {
  const s = summarise(samples);
  return { medianMB: s.p50, maxMB: s.max };
};

export async function measureServingMemory(
  url: string,
  pid: number,
  options: { steadySeconds: number; loadSeconds: number; connections: number },
): Promise<MemoryReport> {
  const readyMB = rssMB(pid);
  const bodies = mixBodies();
  for (let i = 0; i < bodies.length * 2; i++) await post(url, bodies[i % bodies.length]!);

  let requests = 0;
  let failed = 0;
  const steadySampler = sampleRss(pid);
  const until = performance.now() + options.steadySeconds * 1000;
  while (performance.now() < until) {
    if (!(await post(url, bodies[requests % bodies.length]!))) failed++;
    requests++;
  }
  const steady = { seconds: options.steadySeconds, requests, failed, ...mb(steadySampler.stop()) };

  let next = 0;
  let graphqlErrors = 0;
  const loadSampler = sampleRss(pid);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.loadSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const load = {
    connections: options.connections,
    seconds: options.loadSeconds,
    requests: result.requests.total,
    failed: (result.non2xx ?? 0) + graphqlErrors + result.errors + result.timeouts,
    ...mb(loadSampler.stop()),
  };
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const idle = rssMB(pid);
  return {
    readyMB: readyMB === null ? null : round(readyMB),
    steady,
    load,
    idleMB: idle === null ? null : round(idle),
    idleSeconds: IDLE_SECONDS,
    loadAverage: os.loadavg().map((l) => round(l)),
  };
}
