import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { download, openPage, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

/**
 * A view of thousands of entities is painted whole and drawn by Cytoscape only where few are in view
 * (web/src/lib/graph/overview.ts). The seeded graph's 1,104 entities are past the 1,000 where that starts, so
 * "Everything" is drawn that way here.
 */
const app = useBrowserApp();

type Overview = { nodes: number; edges: number; window: number } | null;
const stateOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { explorerMap?: { state(): { nodes: number; edges: number; layoutState: string; overview: Overview } | null } }).explorerMap?.state() ?? null);

/** Opens "Everything" drawn as an overview, and waits until it is painted and fitted (nothing drawn by Cytoscape). */
async function openOverview(page: Page) {
  await page.goto(`${app.server.url}/#show=everything`);
  await page.waitForFunction(() => {
    const s = (window as unknown as { explorerMap?: { state(): { layoutState: string; overview: Overview } | null } }).explorerMap?.state();
    return s?.layoutState === 'idle' && (s.overview?.nodes ?? 0) > 900 && s.overview?.window === 0;
  });
  return (await stateOf(page))!;
}

/** The CSV download's rows after the header, split on commas outside quotes. */
function csvRows(data: Buffer): string[][] {
  return data
    .toString('utf8')
    .trim()
    .split(/\r\n/)
    .slice(1)
    .map((row) => [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')));
}

type SvgGroup = { title?: string; line?: unknown; ellipse?: { '@_cx': string; '@_cy': string }; polygon?: { '@_points': string }; rect?: Record<string, string> };

/** The middle of an entity's shape in the SVG (model units): the middle of its box, inside every kind's shape. */
function shapeMiddle(g: SvgGroup): { x: number; y: number } {
  if (g.ellipse) return { x: Number(g.ellipse['@_cx']), y: Number(g.ellipse['@_cy']) };
  if (g.rect) return { x: Number(g.rect['@_x']) + Number(g.rect['@_width']) / 2, y: Number(g.rect['@_y']) + Number(g.rect['@_height']) / 2 };
  const points = g.polygon!['@_points'].split(' ').map((p) => p.split(',').map(Number) as [number, number]);
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

describe('the overview of a large view', () => {
  it('paints the whole graph, and hands Cytoscape the entities in view once few enough are', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=everything`);
    await page.waitForFunction(() => {
      const s = (window as unknown as { explorerMap?: { state(): { layoutState: string; overview: Overview } | null } }).explorerMap?.state();
      return s?.layoutState === 'idle' && (s.overview?.nodes ?? 0) > 900;
    });
    const whole = (await stateOf(page))!;
    // Fitted, more than 600 are in view: all are painted, none drawn one by one.
    expect(whole.overview).toEqual({ nodes: whole.nodes, edges: whole.edges, window: 0 });
    expect(whole.edges).toBeGreaterThan(5000);
    expect((await waitForMap(page, () => true)).nodes).toEqual([]);
    expect(await page.locator('canvas.overview').count()).toBe(1);

    // Zoomed in (the + key on the map), what is in view comes into Cytoscape, with names to read.
    await page.locator('.map').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    await page.waitForFunction(() => ((window as unknown as { explorerMap?: { state(): { overview: Overview } | null } }).explorerMap?.state()?.overview?.window ?? 0) > 0);
    const zoomed = (await stateOf(page))!;
    const drawn = await waitForMap(page, (s) => s.nodes.length === zoomed.overview!.window);
    expect(drawn.nodes.length).toBeGreaterThan(0);
    expect(drawn.nodes.length).toBeLessThanOrEqual(600);
    expect(drawn.nodes.filter((n) => n.name.length === 0)).toEqual([]);
    expect(zoomed.nodes).toBe(whole.nodes);

    // Back to an ordinary view: the painting goes.
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await waitForMap(page, (s) => s.nodes.length > 20 && s.nodes.length < 500);
    expect(await page.locator('canvas.overview').count()).toBe(0);
    await context.close();
  });

  it('exports the whole view, not only what Cytoscape draws: a shape per entity and a line per relationship in the SVG, each entity drawn in the PNG', async () => {
    const { context, page } = await openPage(app.browser);
    const whole = await openOverview(page);
    const entities = csvRows((await download(page, 'Entities (CSV)')).data);
    const relationships = csvRows((await download(page, 'Relationships (CSV)')).data);
    expect(entities.length).toBe(whole.nodes);
    expect(relationships.length).toBe(whole.edges);

    const svg = (await download(page, 'Image (SVG)')).data.toString('utf8');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { '@_viewBox': string; '@_width': string; '@_height': string; g: SvgGroup[] } };
    const shapes = parsed.svg.g.filter((g) => typeof g.title === 'string');
    expect(shapes.map((g) => g.title).sort()).toEqual(entities.map((row) => row[1]).sort());
    expect(parsed.svg.g.filter((g) => g.line !== undefined).length).toBe(relationships.length);

    // The PNG is that drawing at twice the size (less for a very large one): the middle of every entity's shape is
    // drawn over, while the corner is the map's background.
    const png = (await download(page, 'Image (PNG)')).data;
    const [x0, y0] = parsed.svg['@_viewBox'].split(' ').map(Number) as [number, number];
    const [width, height] = [Number(parsed.svg['@_width']), Number(parsed.svg['@_height'])];
    const scale = Math.min(2, Math.sqrt(48_000_000 / (width * height)));
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: Math.ceil(width * scale), height: Math.ceil(height * scale) });
    const middles = shapes.map((g) => shapeMiddle(g)).map((p) => ({ x: Math.floor((p.x - x0) * scale), y: Math.floor((p.y - y0) * scale) }));
    const seen = await page.evaluate(
      async ({ base64, points }) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(1, 1);
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const at = (x: number, y: number) => {
          ctx.clearRect(0, 0, 1, 1);
          ctx.drawImage(bitmap, x, y, 1, 1, 0, 0, 1, 1);
          return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
        };
        return { corner: at(1, 1), middles: points.map((p) => at(p.x, p.y)) };
      },
      { base64: png.toString('base64'), points: middles },
    );
    // The light theme's canvas colour (--canvas).
    expect(seen.corner).toBe('246,247,249');
    expect(seen.middles.length).toBe(whole.nodes);
    expect(seen.middles.filter((rgb) => rgb === seen.corner).length).toBe(0);
    await context.close();
  }, 120_000);

  it('moves the keyboard focus among all its entities at every zoom, says where it is, and opens the focused one with Enter', async () => {
    const { context, page } = await openPage(app.browser);
    await openOverview(page);
    const names = new Map(csvRows((await download(page, 'Entities (CSV)')).data).map((row) => [row[0]!, row[1]!]));
    const pairs = csvRows((await download(page, 'Relationships (CSV)')).data).map((row) => [row[2]!, row[3]!] as const);
    const degree = (id: string) => pairs.filter(([a, b]) => a === id || b === id).length;
    const focused = () => page.locator('.map').getAttribute('data-focused');
    const placed = (id: string) =>
      page.evaluate((i) => (window as unknown as { explorerMap: { placed(id: string): { x: number; y: number } | null } }).explorerMap.placed(i), id);

    // Nothing is drawn by Cytoscape, yet the focus starts on the best-connected entity of the view, and is announced.
    await page.locator('.map').focus();
    await page.waitForFunction(() => (document.querySelector('.map')?.getAttribute('data-focused') ?? '') !== '');
    const first = (await focused())!;
    expect(degree(first)).toBe(Math.max(...[...names.keys()].map(degree)));
    await page.locator('#announcer').filter({ hasText: `${names.get(first)}, ` }).waitFor();
    expect(await page.locator('#announcer').textContent()).toContain(`${degree(first)} relationships on the map`);
    expect((await stateOf(page))!.overview!.window).toBe(0);

    // An arrow moves to a neighbour lying that way (the four ways between them cover every direction).
    const ways: Record<string, (dx: number, dy: number) => boolean> = { ArrowRight: (dx) => dx > 0, ArrowDown: (_, dy) => dy > 0, ArrowLeft: (dx) => dx < 0, ArrowUp: (_, dy) => dy < 0 };
    /** Presses the arrows in turn until the focus leaves `from`: the key and where it went. */
    const arrowAway = async (from: string) => {
      for (const key of Object.keys(ways)) {
        await page.keyboard.press(key);
        const now = (await focused())!;
        if (now !== from) return { key, id: now };
      }
      return null;
    };
    const moved = await arrowAway(first);
    expect(moved).not.toBeNull();
    expect(pairs.some(([a, b]) => (a === first && b === moved!.id) || (b === first && a === moved!.id))).toBe(true);
    const [from, to] = [(await placed(first))!, (await placed(moved!.id))!];
    expect(ways[moved!.key]!(to.x - from.x, to.y - from.y)).toBe(true);
    await page.locator('#announcer').filter({ hasText: `${names.get(moved!.id)}, ` }).waitFor();

    // Zoomed in, the entity an arrow reaches is kept in view, so Cytoscape draws it with the focus ring.
    for (let i = 0; i < 15; i++) await page.keyboard.press('+');
    const again = await arrowAway(moved!.id);
    expect(again).not.toBeNull();
    const reached = again!.id;
    await waitForMap(page, (snap) => snap.nodes.some((n) => n.id === reached && n.classes.includes('kbd-focus')));
    expect((await stateOf(page))!.overview!.window).toBeGreaterThan(0);

    // Enter opens it, as on any map.
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: names.get(reached)!, level: 2 }).waitFor();
    await context.close();
  }, 120_000);
});
