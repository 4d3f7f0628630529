import type { Target } from '../report.ts';
import type { NationalReport } from './national.ts';

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
  ];
}

export function nationalTables(n: NationalReport, when: string | undefined): string[] {
  const out: string[] = [];
  out.push('');
  out.push(`### National graph (${n.load.entities.toLocaleString('en-GB')} entities, ${n.load.relationships.toLocaleString('en-GB')} relationships${when ? `; measured ${when}` : ''})`);
  out.push('');
  out.push(
    `Full load into an empty store ${n.load.totalSeconds} s: checking the curated files and registers ${n.load.checkSeconds} s, schema ${n.load.schemaSeconds} s, ` +
      `writing ${n.load.writeSeconds} s. First start of a fresh store (\`node --import tsx server/start.ts\`, temporary LOCAL_NEO4J_DIR) until /health is 200 ` +
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
  const byKind = (kind: string) => n.counts.byDate.map((d) => d.entities.find((e) => e.kind === kind)?.count ?? 0).join(' / ');
  out.push('');
  out.push(`Counts by kind on ${n.counts.byDate.map((d) => d.asOf).join(' / ')}: ` + ['REGION', 'LOCAL_OFFICE', 'STP', 'INTEGRATED_CARE_BOARD', 'CCG', 'SUB_ICB_LOCATION', 'TRUST', 'COUNCIL'].map((k) => `${k} ${byKind(k)}`).join('; ') + '.');
  out.push(
    `In all: entities ${n.counts.all.entities.map((e) => `${e.kind} ${e.count}`).join(', ')}; relationships ${n.counts.all.relationships.map((r) => `${r.type} ${r.count}`).join(', ')}; ` +
      `by basis ${n.counts.all.bases.map((b) => `${b.basis} ${b.count}`).join(', ')}.`,
  );
  return out;
}
