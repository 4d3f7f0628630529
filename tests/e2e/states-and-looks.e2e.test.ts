import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../helpers/global-setup.ts';
import { drawnStyle, nodeNamed, openPage, waitForMap } from '../helpers/browser.ts';
import { PALETTES } from '../../web/src/lib/graph/style.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';
import { startWebServer } from '../helpers/web-server.ts';
import { Readiness } from '../../server/src/readiness.ts';

const app = useBrowserApp();

describe('states', () => {
  it('says it is loading while the first answer is on its way', async () => {
    const { context, page } = await openPage(app.browser);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(app.server.url);
    const loading = page.getByRole('status').filter({ hasText: 'Loading the overview' });
    await loading.waitFor();
    expect((await mapSnapshot_unchecked(page)).nodes).toHaveLength(0);
    release();
    await loading.waitFor({ state: 'detached' });
    expect((await waitForMap(page, (s) => s.nodes.length > 0)).nodes.length).toBeGreaterThan(0);
    await context.close();
  });

  it('says "Loading the data (N%)..." while the server loads its data, then draws the map once it is ready', async () => {
    // The real server over the seeded Neo4j, held in the states main.ts passes through on a fresh store.
    const readiness = new Readiness();
    readiness.starting('creating the schema');
    const loadingServer = await startWebServer(inject('neo4jUri'), { readiness });
    const { context, page } = await openPage(app.browser);
    try {
      await page.goto(loadingServer.url);
      const status = page.locator('.banner.loading[role="status"]');
      await status.filter({ hasText: 'The server is starting (creating the schema)...' }).waitFor();
      readiness.loading('writing the seed data', 120, 400);
      await status.filter({ hasText: 'Loading the data (30%)...' }).waitFor();
      readiness.loading('writing the seed data', 300, 400);
      await status.filter({ hasText: 'Loading the data (75%)...' }).waitFor();
      // Nothing drawn and no "nothing to show" while it waits: the overview request is held, not answered empty.
      expect((await mapSnapshot_unchecked(page)).nodes).toHaveLength(0);
      expect(await page.getByText('Nothing to show yet.').count()).toBe(0);
      readiness.ready();
      await status.waitFor({ state: 'detached' });
      const snap = await waitForMap(page, (s) => s.nodes.length > 0);
      expect(nodeNamed(snap, 'NHS England')?.name).toBe('NHS England');
    } finally {
      await context.close();
      await loadingServer.close();
    }
  });

  it('shows a clear message with Retry when the server stops, and recovers when it is back', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await waitForMap(page, (s) => s.nodes.length > 0);
    await app.server.stop();
    try {
      const box = page.getByRole('combobox', { name: 'Search the graph' });
      await box.pressSequentially('Monitor', { delay: 10 });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The explorer cannot reach its server.');
      expect(await alert.textContent()).toContain('npm start');
      // Still down: Retry keeps the message.
      await alert.getByRole('button', { name: 'Retry' }).click();
      await alert.filter({ hasText: 'cannot reach its server' }).waitFor();
    } finally {
      await app.server.start();
    }
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await page.getByRole('listbox', { name: 'Search the graph: suggestions' }).getByRole('option', { name: /Monitor/ }).first().waitFor();
    await context.close();
  });

  it('says the graph database is down when the server cannot reach Neo4j', async () => {
    const dead = await startWebServer(`bolt://127.0.0.1:${await freePort()}`);
    const { context, page } = await openPage(app.browser);
    try {
      await page.goto(dead.url);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toContain('The graph database (Neo4j) is not answering.');
      expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    } finally {
      await context.close();
      await dead.close();
    }
  });
});

/** "#e6e9ef" as Cytoscape reports a colour: "rgb(230,233,239)". */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

/** The map before anything is drawn (mapSnapshot waits for loading to end, which is what this test holds up). */
async function mapSnapshot_unchecked(page: import('playwright-core').Page) {
  await page.waitForFunction(() => (window as unknown as { explorerMap?: { snapshot(): unknown } }).explorerMap?.snapshot() != null);
  return page.evaluate(() => (window as unknown as { explorerMap: { snapshot(): { nodes: unknown[] } } }).explorerMap.snapshot());
}

describe('looks', () => {
  it('switches to the dark theme, remembers it, and starts dark for a dark-preferring system', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    const first = await waitForMap(page, (s) => nodeNamed(s, 'NHS England') !== undefined);
    const nhsEngland = nodeNamed(first, 'NHS England')!.id;
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const labelColour = () => drawnStyle(page, nhsEngland, 'color');
    const light = await background();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await labelColour()).toBe(rgb(PALETTES.light.text));
    await page.getByRole('button', { name: 'Use the dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    // The map's labels follow the theme: light text on the dark canvas.
    await expect.poll(labelColour, { timeout: 5_000 }).toBe(rgb(PALETTES.dark.text));
    await page.reload();
    await waitForMap(page, (s) => s.nodes.length > 0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();

    const dark = await openPage(app.browser, { colorScheme: 'dark' });
    await dark.page.goto(app.server.url);
    expect(await dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await dark.page.getByRole('button', { name: 'Use the light theme' }).waitFor();
    await dark.context.close();
  });

  it('fits 1280x720 without scrolling the page, and scales the text up on a 4K screen', async () => {
    const small = await openPage(app.browser, { width: 1280, height: 720 });
    await small.page.goto(app.server.url);
    await waitForMap(small.page, (s) => s.nodes.length > 0);
    const fits = await small.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      map: document.querySelector('.map')!.getBoundingClientRect().toJSON() as DOMRect,
      answer: document.querySelector('button.primary')!.getBoundingClientRect().toJSON() as DOMRect,
      font: parseFloat(getComputedStyle(document.documentElement).fontSize),
    }));
    expect(fits.scrollWidth).toBeLessThanOrEqual(1280);
    expect(fits.scrollHeight).toBeLessThanOrEqual(720);
    expect(fits.map.width).toBeGreaterThan(700);
    expect(fits.map.height).toBeGreaterThan(450);
    expect(fits.answer.bottom).toBeLessThan(720);
    await small.context.close();

    const large = await openPage(app.browser, { width: 3840, height: 2160 });
    await large.page.goto(app.server.url);
    await waitForMap(large.page, (s) => s.nodes.length > 0);
    const font = await large.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(font).toBeGreaterThan(fits.font);
    await large.context.close();
  });
});
