import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { agreed, describeAgreement, type Agreement, type ApiRow } from './api/compare.ts';
import type { Phase } from './config.ts';
import type { ExplorerRow } from './explorer/explorer.ts';
import { explorerTable, explorerTargets } from './explorer/report.ts';
import type { NationalReport } from './national/national.ts';
import { nationalTables, nationalTargets } from './national/report.ts';
import type { ScaleRow } from './scale/scale.ts';
import type { BundleReport, WebRow } from './web/web.ts';

/** A figure for a table cell: none when every request failed. */
const shown = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? 'n/a' : String(value));

/** The results file, the targets of issue 6 checked against it, and the generated part of RESULTS.md. */

export interface Results {
  measured: string;
  quick: boolean;
  startedAt: string;
  durationSeconds: number;
  config: Record<string, unknown>;
  machine: Record<string, unknown> & { loadAverageAtEnd?: number[] };
  apiStore: { entities: number; relationships: number } | null;
  api: ApiRow[];
  scale: ScaleRow[];
  web: WebRow[];
  bundleGzipKB: number | null;
  bundle: BundleReport | null;
  /** The explorer itself on the national and generated graphs (absent in results from before it existed). */
  explorer?: ExplorerRow[];
  /** The national phase (absent in results from before it existed). */
  national?: NationalReport | null;
  /** When each phase was measured: a merged run keeps the earlier run's date for the phases it left alone. */
  phaseRuns?: Partial<Record<Phase, string>>;
  targets: Target[];
  errors: string[];
}

/** A partial run's phases in place of the same phases of an earlier full result; scale rows by size. */
export function mergeResults(earlier: Results, partial: Omit<Results, 'targets'>, phases: Set<Phase>): Omit<Results, 'targets'> {
  const { targets: _, ...base } = earlier;
  const sizes = new Set(partial.scale.map((s) => s.entities));
  return {
    ...base,
    startedAt: partial.startedAt,
    durationSeconds: partial.durationSeconds,
    machine: partial.machine,
    config: { ...earlier.config, merged: [...phases] },
    ...(phases.has('api') ? { api: partial.api, apiStore: partial.apiStore } : {}),
    ...(phases.has('scale') ? { scale: [...earlier.scale.filter((s) => !sizes.has(s.entities)), ...partial.scale].sort((a, b) => a.entities - b.entities) } : {}),
    ...(phases.has('web') ? { web: partial.web, bundle: partial.bundle, bundleGzipKB: partial.bundleGzipKB } : {}),
    ...(phases.has('national') ? { national: partial.national } : {}),
    ...(phases.has('explorer') ? { explorer: partial.explorer ?? [] } : {}),
    phaseRuns: { ...(earlier.phaseRuns ?? Object.fromEntries((['scale', 'api', 'web'] as Phase[]).map((p) => [p, earlier.startedAt]))), ...partial.phaseRuns },
    errors: [...partial.errors],
  };
}

/** Results written before agreement was a figure said "same" or "overlap N%". */
function asAgreement(value: Agreement | string | null | undefined): Agreement | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  const same = value === 'same' ? 1 : 0;
  return { probes: 1, same, minJaccard: same, meanJaccard: same };
}

export interface Target {
  target: string;
  value: string;
  met: boolean | null;
}

const ms = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${n} ms`);
const x = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${n}x`);
const num = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : String(n));

export function checkTargets(r: Omit<Results, 'targets'>): Target[] {
  const targets: Target[] = [];
  for (const row of r.api) {
    if (!row.peer || !row.oursOverPeer) continue;
    // A peer that completed nothing inside the timed rounds has no percentiles: every answer took longer than a
    // round, which is worse than any p99 we measured.
    const peerNone = row.peer.requests === 0;
    const round = `${Math.round(Number(r.config.seconds) / Number(r.config.rounds))} s`;
    // A comparison counts only when both answered the same question alike.
    const agreement = asAgreement(row.agreement.peer as Agreement | string | null);
    const same = agreed(agreement);
    const unless = same ? '' : `; answers differ (${agreement ? describeAgreement(agreement) : 'not checked'}), so not counted`;
    targets.push({
      target: `${row.query}: throughput at least 2x the peer's, answers agreeing`,
      value: peerNone
        ? `${row.ours.rps} vs 0 req/s (the peer completed no request within a ${round} round)${unless}`
        : `${row.ours.rps} vs ${row.peer.rps} req/s (${x(row.oursOverPeer.rps)})${unless}`,
      met: !same ? false : peerNone ? row.ours.rps > 0 : row.oursOverPeer.rps !== null ? row.oursOverPeer.rps >= 2 : null,
    });
    targets.push({
      target: `${row.query}: p99 no worse than the peer's, answers agreeing`,
      value: (peerNone ? `${ms(row.ours.p99)} vs over ${round}` : `${ms(row.ours.p99)} vs ${ms(row.peer.p99)}`) + unless,
      met: !same ? false : peerNone ? row.ours.requests > 0 : row.ours.p99 <= row.peer.p99,
    });
  }
  for (const row of r.api.filter((a) => a.query === 'entity' || a.query === 'neighbourhood')) {
    targets.push({
      target: `${row.query}: within 1.3x of the floor, one request at a time (p50)`,
      value: `${ms(row.ours.serial.p50)} vs ${ms(row.floor.serial.p50)} (${x(row.oursOverFloor.serialP50)})`,
      met: row.oursOverFloor.serialP50 !== null ? row.oursOverFloor.serialP50 <= 1.3 : null,
    });
    targets.push({
      target: `${row.query}: within 1.3x of the floor under load (p50, ${String(r.config.connections)} connections)`,
      value: `${ms(row.ours.p50)} vs ${ms(row.floor.p50)} (${x(row.oursOverFloor.p50)})`,
      met: row.oursOverFloor.p50 !== null ? row.oursOverFloor.p50 <= 1.3 : null,
    });
  }
  const largest = [...r.scale].sort((a, b) => b.entities - a.entities)[0];
  if (largest && largest.entities >= 90_000) {
    const k = `${Math.round(largest.entities / 1000)}k`;
    targets.push({
      target: `${k}: import under 60 s`,
      value: `${largest.importSeconds} s${largest.defaultHeapFailure ? ` with a ${largest.neo4jHeap} heap; with the default 1 GB the write fails (transaction memory cap)` : ''}`,
      met: largest.importSeconds < 60 && !largest.defaultHeapFailure,
    });
    for (const q of ['entity', 'neighbourhood', 'search'] as const) {
      targets.push({ target: `${k}: ${q} p95 under 20 ms`, value: ms(largest.p95[q]), met: largest.failed[q] === 0 && largest.p95[q] < 20 });
    }
    for (const q of ['paths', 'overseers'] as const) {
      targets.push({ target: `${k}: ${q} p95 under 100 ms`, value: ms(largest.p95[q]), met: largest.failed[q] === 0 && largest.p95[q] < 100 });
    }
    for (const [q, limit] of [['relationships', 30], ['stats', 50]] as const) {
      if (largest.p95[q] === undefined) continue;
      targets.push({ target: `${k}: ${q === 'relationships' ? 'relationships page of 100' : 'stats'} p95 under ${limit} ms`, value: ms(largest.p95[q]), met: largest.failed[q] === 0 && largest.p95[q] < limit });
    }
    const e = largest.export;
    if (e) {
      targets.push({
        target: `${k}: the whole snapshot streams completely with server RSS growth under 100 MB`,
        value: e.error
          ? `failed: ${e.error}`
          : `${e.complete ? 'complete' : 'INCOMPLETE'}: ${e.nodes.toLocaleString('en-GB')} entities and ${e.edges.toLocaleString('en-GB')} relationships, ${e.megabytes} MB in ${e.seconds} s; RSS ${e.rssBeforeMB} to ${e.rssPeakMB} MB (+${e.rssGrowthMB})`,
        met: e.complete && e.rssGrowthMB !== null && e.rssGrowthMB < 100,
      });
    }
  }
  if (r.national) targets.push(...nationalTargets(r.national));
  const biggestMap = Math.max(0, ...r.web.map((w) => w.nodes));
  for (const row of r.web.filter((w) => w.nodes === biggestMap && w.nodes >= 5000)) {
    targets.push({
      target: `${row.nodes}-node map, ${row.renderer}: interactive within 2 s`,
      value: row.error ? `failed: ${row.error}` : ms(row.interactiveMs),
      met: row.interactiveMs === null ? false : row.interactiveMs <= 2000,
    });
    targets.push({
      target: `${row.nodes}-node map, ${row.renderer}: pan p95 frame under 33 ms`,
      value: row.error ? 'n/a' : ms(row.frameP95Ms),
      met: row.frameP95Ms === null ? false : row.frameP95Ms < 33,
    });
  }
  if (r.explorer) targets.push(...explorerTargets(r.explorer));
  if (r.bundleGzipKB !== null) {
    targets.push({ target: 'initial bundle under 100 KB gzip', value: `${r.bundleGzipKB} KB`, met: r.bundleGzipKB < 100 });
  }
  return targets;
}

const describe = (a: Agreement | string | null) => {
  const agreement = asAgreement(a);
  return agreement ? describeAgreement(agreement) : 'n/a';
};

const verdict = (met: boolean | null) => (met === null ? '?' : met ? 'met' : 'MISSED');

export function markdownTables(r: Results): string {
  const out: string[] = [];
  const m = r.machine as { cpu?: string; cores?: number; memoryGB?: number; loadAverageAtStart?: number[]; loadAverageAtEnd?: number[]; versions?: Record<string, string | null> };
  const v = m.versions ?? {};
  out.push(
    `Run of ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(r.durationSeconds / 60)} min${r.quick ? ' (quick mode)' : ''}: ` +
      `${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), load average ${m.loadAverageAtStart?.[0]} at the start and ${m.loadAverageAtEnd?.[0] ?? '?'} at the end; ` +
      `Node ${v.node}, Neo4j ${v.neo4j} (embedded, 1 GB heap, 256 MB page cache), graphql-yoga ${v['graphql-yoga']}, @neo4j/graphql ${v['@neo4j/graphql']}, ` +
      `neo4j-driver ${v['neo4j-driver']}, Cytoscape ${v.cytoscape}, ${v.chromium}. Every figure is in \`bench/results/${r.quick ? 'quick.tmp' : (r.config.phases as string[]).length < 4 && !r.config.merged ? 'partial.tmp' : 'latest.json'}\`.` +
      (r.phaseRuns ? ` Phases measured: ${Object.entries(r.phaseRuns).map(([p, at]) => `${p} ${String(at).slice(0, 16).replace('T', ' ')}`).join(', ')} (UTC).` : ''),
  );
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push('| Target | Measured | |');
  out.push('|---|---|---|');
  for (const t of r.targets) out.push(`| ${t.target} | ${t.value} | ${verdict(t.met)} |`);
  if (r.api.length > 0) {
    out.push('');
    out.push(
      `### API side by side (${r.apiStore?.entities.toLocaleString('en-GB')} entities, ${r.apiStore?.relationships.toLocaleString('en-GB')} relationships; ` +
        `${String(r.config.connections)} connections, ${String(r.config.seconds)} s each in ${String(r.config.rounds)} interleaved rounds)`,
    );
    out.push('');
    out.push('| Query | Ours req/s | p50 | p99 | Peer req/s | p50 | p99 | Floor req/s | p50 | p99 | Ours/peer req/s | Ours/floor p50 | One at a time: ours / peer / floor p50 | Agreement (answers with the same id set, of the first probes) |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
    for (const a of r.api) {
      const peer = !a.peer ? 'n/a | n/a | n/a' : a.peer.requests === 0 ? '0 (none in time) | n/a | n/a' : [a.peer.rps, a.peer.p50, a.peer.p99].map(num).join(' | ');
      out.push(
        `| ${a.query} | ${a.ours.rps} | ${a.ours.p50} | ${a.ours.p99} | ${peer} | ${a.floor.rps} | ${a.floor.p50} | ${a.floor.p99} | ` +
          `${x(a.oursOverPeer?.rps)} | ${x(a.oursOverFloor.p50)} | ${num(a.ours.serial.p50)} / ${num(a.peer?.serial.p50)} / ${num(a.floor.serial.p50)} | ` +
          `floor ${describe(a.agreement.floor)}; peer ${a.agreement.peer ? describe(a.agreement.peer) : `n/a (${a.peerMissing})`} |`,
      );
    }
    out.push('');
    out.push('What each question asks: ' + r.api.map((a) => `${a.query}, ${a.title}`).join('; ') + '.');
    out.push('');
    out.push('Times in ms. Failed requests: ' + r.api.map((a) => `${a.query} ours ${a.ours.failed}, peer ${a.peer?.failed ?? 'n/a'}, floor ${a.floor.failed}`).join('; ') + '.');
  }
  if (r.national) out.push(...nationalTables(r.national, r.phaseRuns?.national?.slice(0, 16).replace('T', ' ')));
  if (r.scale.length > 0) {
    out.push('');
    out.push('### Scale (our API, one request at a time; in brackets the same Cypher through the query modules only)');
    out.push('');
    out.push('| Entities | Relationships | Seed files | Import s (check + schema + write) | Query | p50 ms | p95 ms | Answer size p50 / max ids | Failed |');
    out.push('|---:|---:|---:|---|---|---:|---:|---|---:|');
    for (const s of r.scale) {
      const first = `| ${s.entities.toLocaleString('en-GB')} | ${s.relationships.toLocaleString('en-GB')} | ${s.seedMB} MB ${s.seedFormat.toUpperCase()} | ${s.importSeconds} (${s.importPhases.validateSeconds} + ${s.importPhases.schemaSeconds} + ${s.importPhases.writeSeconds})`;
      (Object.keys(s.p95) as (keyof typeof s.p95)[]).forEach((q, i) => {
        out.push(
          `${i === 0 ? first : '| | | |'} | ${q} | ${shown(s.p50[q])} (${shown(s.floorP50[q])}) | ${shown(s.p95[q])} (${shown(s.floorP95[q])}) | ${shown(s.answerSize[q].p50)} / ${shown(s.answerSize[q].max)} | ${/SNAPSHOT_TOO_LARGE/.test(s.firstError[q] ?? '') ? `${s.failed[q]} of ${s.samples[q]} refused: over the 10,000 cap (GET /export streams it)` : `${s.failed[q]} of ${s.samples[q]}`} |`,
        );
      });
    }
  }
  if (r.scale.length > 0) {
    out.push('');
    out.push(
      'Where the import time goes (CPU seconds; the machine has 2 cores): ' +
        r.scale
          .map(
            (s) =>
              `${s.entities.toLocaleString('en-GB')}: checking ${s.importCpu.validateNodeSeconds} s in Node; writing ${s.importCpu.writeNodeSeconds} s in Node and ` +
              `${s.importCpu.writeNeo4jSeconds ?? '?'} s in Neo4j` +
              (s.defaultHeapFailure
                ? ` (with the default 1 GB heap the write failed after ${s.defaultHeapFailure.afterSeconds} s: "${s.defaultHeapFailure.error}"; this size was loaded again, and measured, with a ${s.neo4jHeap} heap)`
                : ''),
          )
          .join('; ') +
        '. The whole graph streamed by GET /export?format=ndjson: ' +
        r.scale
          .map((s) => (s.export ? `${s.entities.toLocaleString('en-GB')}: ${s.export.complete ? 'complete' : 'INCOMPLETE'}, ${s.export.megabytes} MB in ${s.export.seconds} s, server RSS +${s.export.rssGrowthMB} MB (${s.export.rssBeforeMB} to ${s.export.rssPeakMB})` : `${s.entities.toLocaleString('en-GB')}: not measured`))
          .join('; ') +
        '. `RETURN 1` through the gateway, p50/p95 ms: ' +
        r.scale.map((s) => `${s.return1Ms.p50}/${s.return1Ms.p95} (load average ${s.loadAverage[0]})`).join(', ') +
        '.',
    );
  }
  if (r.web.length > 0) {
    out.push('');
    out.push('### Web (headless Chromium, software rendering, 1440x900, preset positions, ~1.5 edges a node)');
    out.push('');
    out.push('| Nodes | Edges | Renderer | Interactive ms (of which building the elements) | Pan frame p50 / p95 ms | Zoom frame p95 ms |');
    out.push('|---:|---:|---|---:|---|---:|');
    for (const w of r.web) {
      out.push(
        w.error
          ? `| ${w.nodes} | ${w.edges} | ${w.renderer} | failed: ${w.error} | | |`
          : `| ${w.nodes} | ${w.edges} | ${w.renderer} | ${w.interactiveMs}${w.createdMs == null ? '' : ` (${w.createdMs})`} | ${w.frameP50Ms} / ${w.frameP95Ms} | ${w.zoomFrameP95Ms} |`,
      );
    }
  }
  if (r.explorer) out.push(...explorerTable(r.explorer));
  if (r.bundle) {
    out.push('');
    out.push(
      `Bundle (gzip): initial ${r.bundle.initialGzipKB} KB, all chunks ${r.bundle.totalGzipKB} KB (` +
        r.bundle.files.map((f) => `${f.file.replace(/^assets\//, '')} ${f.gzipKB}${f.initial ? ' initial' : ''}`).join(', ') +
        ').',
    );
  }
  if (r.errors.length > 0) {
    out.push('');
    out.push('Errors: ' + r.errors.join('; '));
  }
  return out.join('\n');
}

const START = '<!-- results:start (written by npm run bench) -->';
const END = '<!-- results:end -->';

/** Replaces the generated block of RESULTS.md, keeping the hand-written reading around it. */
export async function updateResultsMarkdown(file: string, tables: string): Promise<void> {
  const block = `${START}\n${tables}\n${END}`;
  const current = existsSync(file) ? await readFile(file, 'utf8') : `# Benchmark results\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + END.length) : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next);
}
