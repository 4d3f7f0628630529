import type { Db } from '../../server/src/db/run.ts';
import type { BenchConfig } from '../config.ts';
import { ratio, round, summarise } from '../lib/stats.ts';
import { emptySamples, loadFloor, loadGraphql, merge, postGraphql, type Samples } from './load.ts';
import type { Question, QueryName } from './queries.ts';

export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  /** Latency with one request at a time (no queueing): the cost of one answer. */
  serial: { p50: number; p99: number };
  requests: number;
  failed: number;
}

export interface ApiRow {
  query: QueryName;
  title: string;
  ours: Throughput;
  peer: Throughput | null;
  peerMissing?: string;
  floor: Throughput;
  /** ours/peer for req/s (higher is better for us) and p99 (lower is better). */
  oursOverPeer: { rps: number | null; p99: number | null } | null;
  /** ours/floor latency under load and one at a time: the cost of HTTP and GraphQL. */
  oursOverFloor: { p50: number | null; p99: number | null; serialP50: number | null };
  /** How alike the answers to the first probes were (checked before timing): a comparison counts only when they agree. */
  agreement: { peer: Agreement | null; floor: Agreement };
  /** Times of those first answers (ms), the first being cold. */
  firstAnswersMs: { ours: number[]; peer: number[]; floor: number[] };
}

type Contestant = 'ours' | 'peer' | 'floor';
type Log = (line: string) => void;

/** The agreement of two answers' id sets: Jaccard (common over all), 1 when both are the same set. */
export function jaccard(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const common = [...sa].filter((x) => sb.has(x)).length;
  const union = new Set([...sa, ...sb]).size;
  return union === 0 ? 1 : common / union;
}

/** Over the probes checked: how many answers were the same set, and the least and mean Jaccard. */
export interface Agreement {
  probes: number;
  same: number;
  minJaccard: number;
  meanJaccard: number;
}

export function agreementOf(figures: number[]): Agreement {
  return {
    probes: figures.length,
    same: figures.filter((j) => j === 1).length,
    minJaccard: round(Math.min(1, ...figures)),
    meanJaccard: round(figures.length ? figures.reduce((a, b) => a + b, 0) / figures.length : 1),
  };
}

/** Agreed: every probe's answers were the same set (and there was at least one). */
export const agreed = (a: Agreement | null | undefined): boolean => !!a && a.probes > 0 && a.same === a.probes;

/**
 * Checks that the three ways answer the first probes alike, timing each answer: the first is a cold start (the
 * peer's generated Cypher is compiled by Neo4j on first use, which for some questions takes minutes). A peer
 * that cannot answer within `peerTimeoutMs` is left out of that question, with the reason.
 */
async function checkAgreement(question: Question, urls: { ours: string; peer: string }, db: Db, probes: number, peerTimeoutMs: number, log: Log) {
  const verdicts = { peer: [] as number[], floor: [] as number[] };
  const times = { ours: [] as number[], peer: [] as number[], floor: [] as number[] };
  let peerError: string | null = null;
  const time = async <T>(list: number[], work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const value = await work();
    list.push(Math.round(performance.now() - t));
    return value;
  };
  for (let i = 0; i < Math.min(probes, question.count); i++) {
    const ours = question.ours.answer(await time(times.ours, () => postGraphql(urls.ours, question.ours.query, question.ours.variables(i))));
    verdicts.floor.push(jaccard(ours, await time(times.floor, () => question.floor(db, i))));
    if (question.peer && !peerError) {
      const peer = question.peer;
      try {
        const data = await time(times.peer, () => postGraphql(urls.peer, peer.query, peer.variables(i), peerTimeoutMs));
        verdicts.peer.push(jaccard(ours, peer.answer(data)));
      } catch (error) {
        peerError = (error as Error).message.slice(0, 200);
      }
    }
  }
  log(`    first answers (ms; the first is cold): ours ${times.ours.join(', ')}; floor ${times.floor.join(', ')}${question.peer ? `; peer ${times.peer.join(', ')}${peerError ? ` then failed: ${peerError}` : ''}` : ''}`);
  return { peer: question.peer && !peerError ? agreementOf(verdicts.peer) : null, floor: agreementOf(verdicts.floor), times, peerError };
}

function throughput(loaded: Samples, serial: Samples): Throughput {
  const l = summarise(loaded.latencies);
  const s = summarise(serial.latencies);
  return {
    rps: round(loaded.ok / Math.max(loaded.seconds, 1e-9)),
    p50: l.p50,
    p99: l.p99,
    serial: { p50: s.p50, p99: s.p99 },
    requests: loaded.ok,
    failed: loaded.failed + serial.failed,
  };
}

/**
 * Ours, the peer and the floor, side by side on the same Neo4j and data. For each question: check the answers
 * agree, warm each contestant up, then run them in interleaved rounds (the order rotates each round, so drift
 * in the machine's load falls on all three alike), then once more one request at a time.
 */
export async function compareApis(
  questions: Question[],
  urls: { ours: string; peer: string },
  db: Db,
  config: BenchConfig,
  log: Log,
): Promise<ApiRow[]> {
  const rows: ApiRow[] = [];
  const roundSeconds = Math.max(1, Math.round(config.seconds / config.rounds));
  for (const [qi, question] of questions.entries()) {
    log(`  ${question.name}: ${question.title}`);
    const checked = await checkAgreement(question, urls, db, 5, config.peerTimeoutSeconds * 1000, log);
    const agreement = { peer: checked.peer, floor: checked.floor };
    log(`    answers agree with ours: floor ${describeAgreement(agreement.floor)}${agreement.peer ? `, peer ${describeAgreement(agreement.peer)}` : ''}`);
    const peerUsable = question.peer !== null && checked.peerError === null;
    const contestants: Contestant[] = peerUsable ? ['ours', 'peer', 'floor'] : ['ours', 'floor'];

    // Every contestant asks the same sequence of probes in a given round (a round's start), so a question whose
    // cost varies a lot from probe to probe (a neighbourhood next to a hub) weighs the same on all three.
    const drive = async (who: Contestant, seconds: number, connections: number, start: number): Promise<Samples> => {
      if (who === 'floor') return loadFloor(db, question.floor, { concurrency: connections, seconds, start });
      const call = who === 'ours' ? question.ours : question.peer!;
      return loadGraphql(urls[who], call, { connections, seconds, start });
    };

    for (const who of contestants) {
      log(`    warm-up ${who} (${config.warmupSeconds} s)`);
      await drive(who, config.warmupSeconds, config.connections, 5);
    }
    const loaded = Object.fromEntries(contestants.map((c) => [c, emptySamples()])) as Record<Contestant, Samples>;
    for (let round = 0; round < config.rounds; round++) {
      const order = contestants.map((_, k) => contestants[(k + round + qi) % contestants.length]!);
      for (const who of order) {
        const s = await drive(who, roundSeconds, config.connections, 1000 * (round + 1));
        merge(loaded[who], s);
        log(
          `    round ${round + 1}/${config.rounds} ${who.padEnd(5)} ${round1(s.ok / s.seconds)} req/s, p50 ${round1(summarise(s.latencies).p50)} ms` +
            (s.failed ? `, ${s.failed} failed` : ''),
        );
      }
    }
    const serial = Object.fromEntries(contestants.map((c) => [c, emptySamples()])) as Record<Contestant, Samples>;
    for (const who of contestants) {
      merge(serial[who], await drive(who, config.serialSeconds, 1, 50_000));
      log(`    one at a time ${who.padEnd(5)} p50 ${round1(summarise(serial[who].latencies).p50)} ms`);
    }

    const ours = throughput(loaded.ours, serial.ours);
    const floor = throughput(loaded.floor, serial.floor);
    const peer = peerUsable ? throughput(loaded.peer, serial.peer) : null;
    const peerMissing = question.peer ? (checked.peerError ? `the peer could not answer: ${checked.peerError}` : undefined) : question.peerMissing;
    rows.push({
      query: question.name,
      title: question.title,
      ours,
      peer,
      ...(peerMissing ? { peerMissing } : {}),
      floor,
      oursOverPeer: peer ? { rps: ratio(ours.rps, peer.rps), p99: ratio(ours.p99, peer.p99) } : null,
      oursOverFloor: { p50: ratio(ours.p50, floor.p50), p99: ratio(ours.p99, floor.p99), serialP50: ratio(ours.serial.p50, floor.serial.p50) },
      agreement,
      firstAnswersMs: checked.times,
    });
  }
  return rows;
}

/** "5 of 5 the same" or "3 of 5 the same (Jaccard 0.42 to 1)". */
export function describeAgreement(a: Agreement): string {
  if (a.probes === 0) return 'not checked';
  return `${a.same} of ${a.probes} the same${a.same === a.probes ? '' : ` (Jaccard ${a.minJaccard} to 1, mean ${a.meanJaccard})`}`;
}

const round1 = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0) : 'n/a');
