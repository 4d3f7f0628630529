import type { Target } from '../report.ts';
import type { ExplorerRow } from './explorer.ts';

/** The explorer phase's targets (issue 14) and its table in RESULTS.md. */

const ms = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${n} ms`);
const label = (r: ExplorerRow) => (r.graph === 'national' ? `national ${r.view === 'grouped' ? 'grouped overview' : 'Everything'}` : `Everything at ${r.entities.toLocaleString('en-GB')} entities`);

/** The generated row whose size is nearest `entities` (within 10%), if one was measured. */
function near(rows: ExplorerRow[], entities: number): ExplorerRow | undefined {
  return rows.find((r) => r.graph === 'generated' && r.view === 'everything' && Math.abs(r.entities - entities) <= entities * 0.1);
}

export function explorerTargets(rows: ExplorerRow[]): Target[] {
  const targets: Target[] = [];
  const within = (row: ExplorerRow | undefined, name: string, limitMs: number): void => {
    if (!row) return;
    targets.push({ target: `explorer: ${name} interactive within ${limitMs / 1000} s`, value: row.error ? `failed: ${row.error}` : `${ms(row.interactiveMs)} (${row.nodes} nodes)`, met: row.interactiveMs === null ? false : row.interactiveMs <= limitMs });
  };
  const frames = (row: ExplorerRow | undefined, name: string, limitMs: number, zoomToo: boolean): void => {
    if (!row) return;
    targets.push({ target: `explorer: ${name} pan p95 frame under ${limitMs} ms`, value: row.error ? 'n/a' : ms(row.panP95Ms), met: row.panP95Ms === null ? false : row.panP95Ms < limitMs });
    if (zoomToo) targets.push({ target: `explorer: ${name} zoom p95 frame under ${limitMs} ms`, value: row.error ? 'n/a' : ms(row.zoomP95Ms), met: row.zoomP95Ms === null ? false : row.zoomP95Ms < limitMs });
  };
  within(rows.find((r) => r.graph === 'national' && r.view === 'grouped'), 'national grouped overview', 1500);
  const five = near(rows, 5000);
  within(five, `Everything at ${five?.entities.toLocaleString('en-GB')} entities`, 2000);
  frames(five, `Everything at ${five?.entities.toLocaleString('en-GB')} entities`, 33, true);
  const twenty = near(rows, 20_000);
  within(twenty, `Everything at ${twenty?.entities.toLocaleString('en-GB')} entities`, 5000);
  frames(twenty, `Everything at ${twenty?.entities.toLocaleString('en-GB')} entities`, 100, false);
  return targets;
}

export function explorerTable(rows: ExplorerRow[]): string[] {
  if (rows.length === 0) return [];
  const out = [
    '',
    '### Explorer (the production client and our server, headless Chromium without a GPU, 1440x900)',
    '',
    '| View | Nodes / edges on the map | Interactive ms | Last API answer ms | Long tasks before interactive | Pan frame p50 / p95 ms | Zoom frame p95 ms |',
    '|---|---:|---:|---:|---:|---|---:|',
  ];
  for (const r of rows) {
    out.push(
      r.error
        ? `| ${label(r)} | | failed: ${r.error} | | | | |`
        : `| ${label(r)} | ${r.nodes} / ${r.edges} | ${r.interactiveMs} | ${r.dataMs} | ${r.longTasks?.count} (${r.longTasks?.totalMs} ms) | ${r.panP50Ms} / ${r.panP95Ms} | ${r.zoomP95Ms} |`,
    );
  }
  out.push('');
  out.push('Where the page spent its main thread (CPU profile, own time by script, ms):');
  out.push('');
  for (const r of rows.filter((x) => x.loadProfile)) {
    const scripts = (p: NonNullable<ExplorerRow['loadProfile']>) => p.byScript.filter((s) => s.script !== '(idle)').slice(0, 5).map((s) => `${s.script} ${s.selfMs}`).join(', ');
    const top = (p: NonNullable<ExplorerRow['loadProfile']>) => p.top.slice(0, 3).map((f) => `${f.fn} ${f.selfMs}`).join('; ');
    out.push(`- ${label(r)}: loading: ${scripts(r.loadProfile!)} (top: ${top(r.loadProfile!)})${r.panProfile ? `; panning: ${scripts(r.panProfile)} (top: ${top(r.panProfile)})` : ''}.`);
  }
  return out;
}
