import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere if needed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every headless run here uses (the browser tests, the screenshots, the map benchmark). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Launches the system Chromium headless with playwright-core (no downloaded browser builds). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Lets a test inject a script (axe-core) past the app's Content-Security-Policy. */
  bypassCSP?: boolean;
}

/** A fresh context (own storage, so a theme saved by one test does not leak into the next) and a page in it. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  return { context, page };
}

/** What GraphView exposes on window.explorerMap (see web/src/lib/graph/map-snapshot.ts). */
export interface MapSnapshot {
  renderer: 'canvas' | 'webgl';
  layout: string | null;
  layoutState: 'idle' | 'running';
  zoom: number;
  /** The viewport is animating (a fit, or sliding the selection clear of the detail panel). */
  moving: boolean;
  nodes: {
    id: string;
    name: string;
    kind: string;
    x: number;
    y: number;
    modelX: number;
    modelY: number;
    selected: boolean;
    locked: boolean;
    /** Under the detail panel or another overlay, so a click there would not reach it. */
    covered: boolean;
    classes: string[];
    /** The drawn style, as Cytoscape computed it: "rgb(...)" and a shape name. */
    color: string;
    shape: string;
  }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    /** A counted link's count (on a grouped map); null for a relationship. */
    count: number | null;
    x: number;
    y: number;
    selected: boolean;
    classes: string[];
    color: string;
    lineStyle: string;
    arrow: string;
  }[];
}

/** The map as it stands, once no request is loading and no layout is running. */
export async function mapSnapshot(page: Page): Promise<MapSnapshot> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { explorerMap?: { snapshot(): { layoutState: string } | null } }).explorerMap;
    const snap = map?.snapshot();
    return snap !== null && snap !== undefined && snap.layoutState === 'idle' && document.querySelector('.banner.loading') === null;
  });
  return page.evaluate(() =>
    (window as unknown as { explorerMap: { snapshot(): unknown } }).explorerMap.snapshot(),
  ) as Promise<MapSnapshot>;
}

/**
 * Waits until the map satisfies `check` with no layout running (so the positions in it are where nodes stay, and
 * a click at one lands on its node), and returns that snapshot. Fails, saying what the map held last, when that
 * does not happen within `tries` looks (50 ms apart).
 */
export async function waitForMap(page: Page, check: (snap: MapSnapshot) => boolean, tries = 200): Promise<MapSnapshot> {
  // Settled also means no viewport animation under way, and drawn where it was 50 ms before: a resize of the map (a panel or banner coming or going)
  // moves every node on screen after the layout is idle, and a click at an old position would miss.
  let previous: MapSnapshot | null = null;
  const settled = (snap: MapSnapshot) => snap.layoutState === 'idle' && !snap.moving && check(snap) && previous !== null && sameScreen(previous, snap);
  let snap = await mapSnapshot(page);
  for (let i = 0; i < tries && !settled(snap); i++) {
    await page.waitForTimeout(50);
    previous = snap;
    snap = await mapSnapshot(page);
  }
  if (!settled(snap)) {
    const names = snap.nodes.slice(0, 12).map((n) => n.name).join(', ');
    throw new Error(
      `waitForMap: the map did not satisfy ${check.toString().slice(0, 120)} within ${tries} tries ` +
        `(last: layout ${snap.layout} ${snap.layoutState}, ${snap.nodes.length} nodes [${names}], ${snap.edges.length} edges)`,
    );
  }
  return snap;
}

/** Whether two snapshots draw the same nodes at the same screen positions (to the pixel). */
function sameScreen(a: MapSnapshot, b: MapSnapshot): boolean {
  if (a.nodes.length !== b.nodes.length || a.zoom !== b.zoom) return false;
  const at = new Map(a.nodes.map((n) => [n.id, n]));
  return b.nodes.every((n) => {
    const was = at.get(n.id);
    return was !== undefined && Math.abs(was.x - n.x) < 1 && Math.abs(was.y - n.y) < 1 && was.covered === n.covered;
  });
}

/**
 * What GraphView's snapshot does not carry (a node's computed style, the bounding box of everything drawn), read
 * from the live Cytoscape instance: Cytoscape keeps it on its container as `_cyreg.cy`.
 */
export async function drawnStyle(page: Page, nodeId: string, property: string): Promise<string> {
  return page.evaluate(
    ([id, prop]) => {
      const holder = [...document.querySelectorAll('div')].find((d) => (d as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy);
      const cy = (holder as unknown as { _cyreg: { cy: { $id(i: string): { style(p: string): unknown; empty(): boolean } } } })._cyreg.cy;
      const node = cy.$id(id!);
      if (node.empty()) throw new Error(`no node ${id} on the map`);
      return String(node.style(prop!));
    },
    [nodeId, property],
  );
}

/** The bounding box of everything on the map, in model coordinates (what a full-map export draws). */
export async function drawnBox(page: Page): Promise<{ w: number; h: number }> {
  return page.evaluate(() => {
    const holder = [...document.querySelectorAll('div')].find((d) => (d as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy);
    const cy = (holder as unknown as { _cyreg: { cy: { mutableElements(): { boundingBox(): { w: number; h: number } } } } })._cyreg.cy;
    const box = cy.mutableElements().boundingBox();
    return { w: box.w, h: box.h };
  });
}

/** Finds a node on the map by (part of) its name. */
export function nodeNamed(snap: MapSnapshot, name: string | RegExp) {
  return snap.nodes.find((n) => (typeof name === 'string' ? n.name === name : name.test(n.name)));
}

/**
 * Enters text in the main search box (as a paste: the typing itself is tested in search-and-map), waits for the
 * suggestion and picks it with the arrow keys and Enter.
 */
export async function searchAndOpen(page: Page, text: string, optionName: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search the graph' });
  await box.fill(text);
  const listbox = page.getByRole('listbox', { name: 'Search the graph: suggestions' });
  await listbox.getByRole('option', { name: optionName }).first().waitFor();
  const names = await listbox.getByRole('option').allTextContents();
  const index = names.findIndex((n) => (typeof optionName === 'string' ? n.includes(optionName) : optionName.test(n)));
  for (let i = 0; i < index; i++) await box.press('ArrowDown');
  await box.press('Enter');
}

/**
 * Drags a node by hand (from its drawn position, down and to the right) and waits until the link records where
 * it was put; returns the map as it is then.
 */
export async function dragNode(page: Page, node: { id: string; x: number; y: number }): Promise<MapSnapshot> {
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  await page.mouse.move(node.x + 40, node.y + 30, { steps: 5 });
  await page.mouse.move(node.x + 90, node.y + 70, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((id) => location.hash.includes(`moved=${encodeURIComponent(id)}`), node.id);
  return mapSnapshot(page);
}

/** Saves the view through the toolbar's Export menu (`item`: "Image (PNG)", "Entities (CSV)"...); the file's name and bytes. */
export async function download(page: Page, item: string): Promise<{ name: string; data: Buffer }> {
  const menu = page.locator('details.export');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export this view' }).getByRole('button', { name: item }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), data: await readFile(path) };
}
