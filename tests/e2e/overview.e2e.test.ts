import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

/**
 * A view of thousands of entities is painted whole and drawn by Cytoscape only where few are in view
 * (web/src/lib/graph/overview.ts). The seeded graph has 1,104 entities, under the 2,000 where that starts, so
 * `?overviewFrom=500` has the whole graph drawn that way here.
 */
const app = useBrowserApp();

type Overview = { nodes: number; edges: number; window: number } | null;
const stateOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { explorerMap?: { state(): { nodes: number; edges: number; layoutState: string; overview: Overview } | null } }).explorerMap?.state() ?? null);

describe('the overview of a large view', () => {
  it('paints the whole graph, and hands Cytoscape the entities in view once few enough are', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/?overviewFrom=500#show=everything`);
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
});
