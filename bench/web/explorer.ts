import { mkdir, writeFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/helpers/browser.ts';
import { round, summarise } from '../lib/stats.ts';

/**
 * The explorer itself on the national graph, in headless Chromium at 1440x900 (software rendering): how long the
 * grouped map of England takes from navigation to interactive, how long "Everything" (every entity on the date)
 * takes from the click, and the frame times while panning and wheel-zooming each. Against a running server:
 *
 *   npm run bench:explorer -- http://127.0.0.1:4000     (results in bench/results/explorer-latest.json)
 *
 * "Interactive" is the first animation frame after the map holds what was asked for, its layout has stopped and
 * no request is loading: the main thread is free again. Each figure is the median of `RUNS` fresh pages.
 */

const VIEWPORT = { width: 1440, height: 900 };
const RUNS = Number(process.env.BENCH_EXPLORER_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_EXPLORER_SECONDS ?? 4);
const base = process.argv[2] ?? 'http://127.0.0.1:4000';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Want = 'groups' | 'everything';

/** Resolves with performance.now() (ms since navigation start) at the first frame the map is ready, polled every 50 ms. */
function readyAt(page: Page, want: Want, minNodes: number): Promise<number> {
  return page.evaluate(
    ([want, minNodes]) =>
      new Promise<number>((resolve) => {
        type Snap = { layoutState: string; nodes: { classes: string[] }[] };
        const check = () => {
          const snap = (window as unknown as { explorerMap?: { snapshot(): Snap | null } }).explorerMap?.snapshot();
          const loading = document.querySelector('.banner.loading') !== null;
          const holds = snap && (want === 'groups' ? snap.nodes.some((n) => n.classes.includes('group')) : snap.nodes.length >= (minNodes as number));
          if (snap && holds && snap.layoutState === 'idle' && !loading) requestAnimationFrame(() => resolve(performance.now()));
          else setTimeout(check, 50);
        };
        check();
      }),
    [want, minNodes] as const,
  );
}

/** A point on the map with no node within 40 px, so a drag there pans. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const nodes = await page.evaluate(() => (window as unknown as { explorerMap: { snapshot(): { nodes: { x: number; y: number }[] } } }).explorerMap.snapshot().nodes);
  for (let y = 250; y < 800; y += 25) {
    for (let x = 450; x < 1350; x += 25) {
      if (nodes.every((n) => Math.hypot(n.x - x, n.y - y) > 40)) return { x, y };
    }
  }
  return { x: 900, y: 500 };
}

/** Frame-to-frame times (ms) while `gesture` runs. */
async function frames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchOn: boolean };
    w.benchFrames = [];
    w.benchOn = true;
    let last = performance.now();
    const loop = (t: number) => {
      w.benchFrames.push(t - last);
      last = t;
      if (w.benchOn) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchOn: boolean };
    w.benchOn = false;
    return w.benchFrames.slice(1);
  });
}

async function panAndZoom(page: Page) {
  const at = await emptyPoint(page);
  const panned = await frames(page, async () => {
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    const end = Date.now() + SECONDS * 1000;
    for (let step = 0; Date.now() < end; step++) {
      await page.mouse.move(at.x + 120 * Math.sin(step / 20), at.y + 80 * Math.sin(step / 10));
      await sleep(8);
    }
    await page.mouse.up();
  });
  const zoomed = await frames(page, async () => {
    await page.mouse.move(at.x, at.y);
    const end = Date.now() + SECONDS * 1000;
    for (let step = 0; Date.now() < end; step++) {
      await page.mouse.wheel(0, Math.floor(step / 8) % 2 === 0 ? -120 : 120);
      await sleep(16);
    }
  });
  return { panP95Ms: summarise(panned).p95, zoomP95Ms: summarise(zoomed).p95, frames: panned.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const runs: Record<string, unknown>[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/#asOf=2016-06-01`);
    const groupedMs = await readyAt(page, 'groups', 0);
    const grouped = await panAndZoom(page);
    const clicked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Everything', exact: true }).click();
    const nodes = Number(await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats(asOf: "2016-06-01") { total } }' }) })).json()).data.stats.entityCount));
    const everythingMs = (await readyAt(page, 'everything', Math.floor(nodes * 0.9))) - clicked;
    const everything = await panAndZoom(page);
    runs.push({ groupedMs: round(groupedMs), grouped, everythingNodes: nodes, everythingMs: round(everythingMs), everything });
    console.log(`run ${run + 1}/${RUNS}: grouped map interactive ${round(groupedMs)} ms (pan p95 ${grouped.panP95Ms} ms); Everything (${nodes} entities) ${round(everythingMs)} ms (pan p95 ${everything.panP95Ms} ms, zoom p95 ${everything.zoomP95Ms} ms)`);
    await context.close();
  }
} finally {
  await browser.close();
}
const pick = (f: (r: any) => number) => round(median(runs.map(f)));
const summary = {
  at: new Date().toISOString(),
  base,
  date: '2016-06-01',
  viewport: VIEWPORT,
  runs: RUNS,
  groupedInteractiveMs: pick((r) => r.groupedMs),
  groupedPanP95Ms: pick((r) => r.grouped.panP95Ms),
  everythingEntities: (runs[0] as any)?.everythingNodes ?? null,
  everythingInteractiveMs: pick((r) => r.everythingMs),
  everythingPanP95Ms: pick((r) => r.everything.panP95Ms),
  everythingZoomP95Ms: pick((r) => r.everything.zoomP95Ms),
  all: runs,
};
await mkdir(new URL('../results/', import.meta.url), { recursive: true });
await writeFile(new URL('../results/explorer-latest.json', import.meta.url), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify({ ...summary, all: undefined }, null, 2));
