import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, mapSnapshot, nodeNamed, openPage, searchAndOpen, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { startWebServer, type WebServer } from '../helpers/web-server.ts';

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer(inject('neo4jUri'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const picture = (snap: MapSnapshot) => ({
  layout: snap.layout,
  nodes: snap.nodes.map((n) => `${n.id}:${n.classes.filter((c) => c === 'expanded' || c === 'root').join('+')}`).sort(),
  edges: snap.edges.map((e) => e.id).sort(),
});

async function filtersOf(page: Page) {
  const boxes = page.getByRole('region', { name: 'Show on the map' }).getByRole('checkbox');
  const states: string[] = [];
  for (const box of await boxes.all()) states.push(`${await box.getAttribute('aria-label') ?? (await box.locator('xpath=..').innerText()).trim()}=${await box.isChecked()}`);
  return states;
}

describe('sharing', () => {
  it('keeps the whole view in the URL, so the copied link reopens the same picture in a new page', async () => {
    const first = await openPage(browser);
    const page = first.page;
    await page.goto(server.url);
    await waitForMap(page, (s) => s.nodes.length > 0);
    const time = page.getByRole('region', { name: 'Time' });
    await time.getByLabel('As of', { exact: true }).fill('2017-06-01');
    await time.getByText('The map as it stood on 1 June 2017').waitFor();
    await waitForMap(page, (s) => nodeNamed(s, 'NHS Improvement') !== undefined);

    await searchAndOpen(page, 'NHS Improvement', /NHS Improvement/);
    const around = await waitForMap(page, (s) => nodeNamed(s, 'NHS Improvement')?.classes.includes('root') === true);
    const other = around.nodes.find((n) => !n.classes.includes('root') && !n.covered)!;
    await page.mouse.dblclick(other.x, other.y);
    await waitForMap(page, (s) => s.nodes.find((n) => n.id === other.id)?.classes.includes('expanded') === true);
    await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Hierarchy' }).click();
    const filters = page.getByRole('region', { name: 'Show on the map' });
    await filters.getByRole('checkbox', { name: /Person/ }).uncheck();
    const laid = await waitForMap(page, (s) => s.layout === 'hierarchical' && !s.nodes.some((n) => n.kind === 'PERSON'));

    // Move one node by hand: the link keeps where it was put.
    const moving = laid.nodes.find((n) => !n.covered && n.id !== other.id)!;
    await page.mouse.move(moving.x, moving.y);
    await page.mouse.down();
    await page.mouse.move(moving.x + 40, moving.y + 30, { steps: 5 });
    await page.mouse.move(moving.x + 90, moving.y + 70, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((id) => location.hash.includes(`moved=${encodeURIComponent(id)}`), moving.id);
    const before = await mapSnapshot(page);
    const movedTo = before.nodes.find((n) => n.id === moving.id)!;
    expect(Math.abs(movedTo.modelX - moving.modelX) + Math.abs(movedTo.modelY - moving.modelY)).toBeGreaterThan(20);

    await page.waitForFunction((id) => location.hash.includes(`expanded=${encodeURIComponent(id)}`) && location.hash.includes('hideKinds=PERSON'), other.id);
    const link = page.url();
    expect(link).toContain('focus=nhs-improvement');
    expect(link).toContain('asOf=2017-06-01');
    expect(link).toContain('layout=hierarchical');

    const second = await openPage(browser);
    await second.page.goto(link);
    const after = await waitForMap(second.page, (s) => JSON.stringify(picture(s)) === JSON.stringify(picture(before)));
    expect(picture(after)).toEqual(picture(before));
    const reopened = after.nodes.find((n) => n.id === moving.id)!;
    expect([reopened.modelX, reopened.modelY]).toEqual([Math.round(movedTo.modelX), Math.round(movedTo.modelY)]);
    expect(await second.page.getByLabel('As of', { exact: true }).inputValue()).toBe('2017-06-01');
    expect(await filtersOf(second.page)).toEqual(await filtersOf(page));
    expect(second.page.url()).toBe(link);
    await second.context.close();
    await first.context.close();
  });

  it('says so when a link names an entity the graph does not hold, and shows the overview', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${server.url}/#focus=no-such-body&expanded=nor-this-one`);
    await page
      .getByRole('status')
      .filter({ hasText: 'This link names entities not in the graph: "no-such-body", "nor-this-one". Showing the overview instead.' })
      .waitFor();
    const snap = await waitForMap(page, (s) => s.nodes.length > 0);
    expect(snap.nodes.length).toBeGreaterThan(0);
    await context.close();
  });
});
