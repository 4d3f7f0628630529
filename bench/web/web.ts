import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import type { BenchConfig } from '../config.ts';
import { freePort } from '../../tests/helpers/global-setup.ts';
import { CHROMIUM_ARGS } from '../../tests/helpers/browser.ts';
import { dragInCircle, wheelInAndOut } from '../lib/gestures.ts';
import { round, summarise } from '../lib/stats.ts';

const BENCH_PAGE = fileURLToPath(new URL('.', import.meta.url));
const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1440, height: 900 };
export const RENDERERS = ['canvas', 'webgl', 'canvas-large'] as const;

export interface WebRow {
  nodes: number;
  edges: number;
  renderer: (typeof RENDERERS)[number];
  /** Navigation start to the first frame of the map with the main thread free again; null when it failed. */
  interactiveMs: number | null;
  /** Navigation start to cytoscape() returning (elements made and styled, nothing drawn): the rest is drawing. */
  createdMs: number | null;
  /** p95 of the time between frames while dragging the map around (the panning target). */
  frameP95Ms: number | null;
  frameP50Ms: number | null;
  /** p95 between frames while zooming with the wheel. */
  zoomFrameP95Ms: number | null;
  frames: number;
  /** The WebGL implementation Chromium offered (SwiftShader means software). */
  glRenderer: string | null;
  error: string | null;
}

export interface BundleReport {
  /** What the first page load fetches: index.html and the scripts and styles it names (gzip, KB). */
  initialGzipKB: number;
  /** Everything in the build, including chunks loaded on demand (Cytoscape, layouts). */
  totalGzipKB: number;
  files: { file: string; gzipKB: number; initial: boolean }[];
}

type Log = (line: string) => void;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const handler = sirv(dir, { dev: false, etag: false });
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Drags the map in a slow circle for `seconds`, recording frame times. */
async function pan(page: Page, seconds: number): Promise<number[]> {
  const start = await page.evaluate(() => (window as unknown as { emptyPoint: () => { x: number; y: number } | null }).emptyPoint());
  const cx = start?.x ?? VIEWPORT.width / 2;
  const cy = start?.y ?? VIEWPORT.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    const b = (window as unknown as { mapBench: { frames: number[]; recording: boolean } }).mapBench;
    b.frames = [];
    b.recording = true;
  });
  await dragInCircle(page, { x: cx, y: cy }, seconds);
  return stopRecording(page);
}

/** Wheel-zooms in and out around the middle for `seconds`, recording frame times. */
async function zoom(page: Page, seconds: number): Promise<number[]> {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.evaluate(() => {
    const b = (window as unknown as { mapBench: { frames: number[]; recording: boolean } }).mapBench;
    b.frames = [];
    b.recording = true;
  });
  await wheelInAndOut(page, seconds);
  return stopRecording(page);
}

async function stopRecording(page: Page): Promise<number[]> {
  // One more frame, so the last gesture's frame is counted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const b = (window as unknown as { mapBench: { frames: number[]; recording: boolean } }).mapBench;
    b.recording = false;
    return b.frames;
  });
}

async function measureCase(browser: Browser, base: string, nodes: number, renderer: WebRow['renderer'], seconds: number): Promise<WebRow> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const row: WebRow = { nodes, edges: 0, renderer, interactiveMs: null, createdMs: null, frameP95Ms: null, frameP50Ms: null, zoomFrameP95Ms: null, frames: 0, glRenderer: null, error: null };
  try {
    await page.goto(`${base}/index.html?nodes=${nodes}&renderer=${renderer}`);
    const state = await page
      .waitForFunction(
        () => {
          const b = (window as unknown as { mapBench?: { interactiveMs: number | null; error: string | null } }).mapBench;
          return b && (b.interactiveMs !== null || b.error !== null) ? b : null;
        },
        undefined,
        { timeout: 120_000, polling: 50 },
      )
      .then((h) => h.jsonValue() as Promise<{ interactiveMs: number | null; createdMs: number | null; error: string | null; edges: number; webgl2: boolean; glRenderer: string | null }>);
    row.edges = state.edges;
    row.glRenderer = state.glRenderer;
    if (state.error) throw new Error(state.error);
    if (renderer === 'webgl' && !state.webgl2) throw new Error('no WebGL2 context in this Chromium (software GL unavailable)');
    row.interactiveMs = round(state.interactiveMs!);
    row.createdMs = state.createdMs === null ? null : round(state.createdMs);
    await sleep(300);
    const panned = summarise(await pan(page, seconds));
    const zoomed = summarise(await zoom(page, seconds));
    row.frameP95Ms = panned.p95;
    row.frameP50Ms = panned.p50;
    row.zoomFrameP95Ms = zoomed.p95;
    row.frames = panned.count;
  } catch (error) {
    row.error = (error as Error).message.split('\n')[0]!.slice(0, 200);
  } finally {
    await context.close();
  }
  return row;
}

/** Builds the explorer (web/, its own Vite config) into a temporary folder and weighs it, gzipped. */
export async function measureBundle(log: Log): Promise<BundleReport> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'explorer-bench-web-dist-'));
  try {
    log('Bundle: building web/ into a temporary folder...');
    await build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    const initial = new Set(['index.html']);
    for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css|mjs))"/g)) initial.add(m[1]!);
    const files: BundleReport['files'] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (/\.(js|mjs|css|html)$/.test(entry.name)) {
          const rel = path.relative(out, full).split(path.sep).join('/');
          files.push({ file: rel, gzipKB: round(gzipSync(await readFile(full)).length / 1024), initial: initial.has(rel) });
        }
      }
    };
    await walk(out);
    // Static imports of the entry are fetched at once too (Vite lists them as modulepreload links, caught above).
    const sum = (list: typeof files) => round(list.reduce((s, f) => s + f.gzipKB, 0));
    return { initialGzipKB: sum(files.filter((f) => f.initial)), totalGzipKB: sum(files), files: files.sort((a, b) => b.gzipKB - a.gzipKB) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * Headless Chromium (Debian's) on the bench page built with Vite: for each size and renderer, navigation to
 * interactive, then frame times while panning and while zooming.
 */
export async function runWeb(config: BenchConfig, log: Log): Promise<WebRow[]> {
  await stat(CHROMIUM).catch(() => {
    throw new Error(`the web phase needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  });
  const out = await mkdtemp(path.join(os.tmpdir(), 'explorer-bench-map-'));
  const rows: WebRow[] = [];
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    log('Web: building the map bench page (bench/web) with Vite...');
    await build({ root: BENCH_PAGE, configFile: false, logLevel: 'warn', base: './', build: { outDir: out, emptyOutDir: true, target: 'es2022' } });
    const served = await serve(out);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    for (const nodes of config.webNodes) {
      for (const renderer of RENDERERS) {
        const row = await measureCase(browser, served.url, nodes, renderer, config.webSeconds);
        rows.push(row);
        log(
          `  ${String(nodes).padStart(5)} nodes ${renderer.padEnd(12)} ` +
            (row.error
              ? `failed: ${row.error}`
              : `interactive ${row.interactiveMs} ms, pan frame p50 ${row.frameP50Ms} / p95 ${row.frameP95Ms} ms, zoom p95 ${row.zoomFrameP95Ms} ms (${row.frames} frames)`),
        );
      }
    }
  } finally {
    await browser?.close();
    server?.close();
    await rm(out, { recursive: true, force: true });
  }
  return rows;
}
