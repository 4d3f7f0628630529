import type { Target } from '../report.ts';
import type { MemoryReport } from './memory.ts';
import type { NationalReport } from './national.ts';

const STEADY_RSS_MB = 150;

/** The national phase's targets (issues 11 and 12) and its tables in RESULTS.md. */

const ms = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${n} ms`);

export function nationalTargets(n: NationalReport): Target[] {
  const q = (name: string) => n.questions.find((x) => x.name === name);
  const p95 = (name: string, limit: number, label: string): Target => {
    const row = q(name);
    return {
      target: `national: ${label} p95 under ${limit} ms`,
      value: row ? `${ms(row.p95)} (p50 ${ms(row.p50)})${row.failed ? `, ${row.failed} of ${row.samples} failed` : ''}` : 'n/a',
      met: row ? row.failed === 0 && row.p95 < limit : null,
    };
  };
  return [
    {
      target: 'national: full load into an empty store within 30 s',
      value: `${n.load.totalSeconds} s (check ${n.load.checkSeconds} s, schema ${n.load.schemaSeconds} s, write ${n.load.writeSeconds} s)`,
      met: n.load.totalSeconds <= 30,
    },
    {
      target: 'national: first start of a fresh store answering within 90 s',
      value: n.firstStart.readySeconds === null ? `failed: ${n.firstStart.error}` : `${n.firstStart.readySeconds} s`,
      met: n.firstStart.readySeconds === null ? false : n.firstStart.readySeconds <= 90,
    },
    p95('search', 20, 'search'),
    p95('overseers', 20, 'who oversees (chain upwards)'),
    p95('oversees-in', 20, 'who oversees (OVERSEES in, with basis)'),
    p95('relationships-page', 30, 'relationships page of 100'),
    p95('stats', 50, 'stats'),
    ...memoryTargets(n.memory),
  ];
}

/** Steady is the median of the samples taken one request at a time (memory.ts); the peak and the load stand beside it. */
function memoryTargets(m: MemoryReport | null | undefined): Target[] {
  if (m === undefined) return [];
  return [
    {
      target: `national: serving process RSS steady under ${STEADY_RSS_MB} MB`,
      value: m
        ? `${m.steady.medianMB} MB one request at a time (peak ${m.steady.maxMB}; ${m.steady.requests} requests, ${m.steady.failed} failed); ` +
          `${m.load.connections} connections: ${m.load.medianMB} MB (peak ${m.load.maxMB}); ready ${m.readyMB} MB, idle ${m.idleMB} MB`
        : 'n/a',
      met: m ? m.steady.failed === 0 && m.steady.medianMB < STEADY_RSS_MB : null,
    },
  ];
}

export function nationalTables(n: NationalReport, when: string | undefined): string[] {
  const out: string[] = [];
  out.push('');
  out.push(`### National graph (${n.load.entities.toLocaleString('en-GB')} entities, ${n.load.relationships.toLocaleString('en-GB')} relationships${when ? `; measured ${when}` : ''})`);
  out.push('');
  out.push(
    `Full load into an empty store ${n.load.totalSeconds} s: checking the curated files and registers ${n.load.checkSeconds} s, schema ${n.load.schemaSeconds} s, ` +
      `writing ${n.load.writeSeconds} s. First start of a fresh store (\`npm start\`'s command, temporary LOCAL_NEO4J_DIR) until /health is 200 ` +
      `and \`entity(id: "RR8")\` answers: ${n.firstStart.readySeconds === null ? `failed (${n.firstStart.error})` : `${n.firstStart.readySeconds} s`}` +
      `${n.firstStart.seedLine ? ` (its log: "${n.firstStart.seedLine}")` : ''}.`,
  );
  out.push('');
  out.push('| Question (one request at a time, our API) | p50 ms | p95 ms | Failed |');
  out.push('|---|---:|---:|---:|');
  for (const q of n.questions) out.push(`| ${q.name}: ${q.title} | ${q.p50} | ${q.p95} | ${q.failed} of ${q.samples} |`);
  const c = n.parserCache;
  out.push('');
  out.push(
    `graphql-yoga's parse and validation cache (${c.query}, ${c.samples} requests one at a time, best of two runs each): ` +
      `off p50 ${c.offP50} ms (p95 ${c.offP95}), on p50 ${c.onP50} ms (p95 ${c.onP95}).`,
  );
  const m = n.memory;
  if (m) {
    out.push('');
    out.push(
      `The serving process (\`npm start\`'s, over this store), its resident memory (VmRSS) sampled every 100 ms over a fixed mix of the questions above, ` +
        `the grouped map and the map of a date: ready ${m.readyMB} MB; one request at a time for ${m.steady.seconds} s after a warm-up, ` +
        `median ${m.steady.medianMB} MB, peak ${m.steady.maxMB} MB (${m.steady.requests} requests); ${m.load.connections} connections for ${m.load.seconds} s, ` +
        `median ${m.load.medianMB} MB, peak ${m.load.maxMB} MB (${m.load.requests} requests, ${m.load.failed} failed); ${m.idleSeconds} s after, ${m.idleMB} MB ` +
        `(load average ${m.loadAverage.join(', ')}).`,
    );
  }
  const byKind = (kind: string) => n.counts.byDate.map((d) => d.entities.find((e) => e.kind === kind)?.count ?? 0).join(' / ');
  out.push('');
  out.push(`Counts by kind on ${n.counts.byDate.map((d) => d.asOf).join(' / ')}: ` + ['REGION', 'LOCAL_OFFICE', 'STP', 'INTEGRATED_CARE_BOARD', 'CCG', 'SUB_ICB_LOCATION', 'TRUST', 'COUNCIL'].map((k) => `${k} ${byKind(k)}`).join('; ') + '.');
  out.push(
    `In all: entities ${n.counts.all.entities.map((e) => `${e.kind} ${e.count}`).join(', ')}; relationships ${n.counts.all.relationships.map((r) => `${r.type} ${r.count}`).join(', ')}; ` +
      `by basis ${n.counts.all.bases.map((b) => `${b.basis} ${b.count}`).join(', ')}.`,
  );
  return out;
}
