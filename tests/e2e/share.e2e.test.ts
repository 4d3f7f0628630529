import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dragNode, mapSnapshot, nodeNamed, openPage, searchAndOpen, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';
import type { EntityKind } from '../../web/src/lib/api/types.ts';
import { KIND_LABELS } from '../../web/src/lib/text/phrasing.ts';

const app = useBrowserApp();

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
    const first = await openPage(app.browser);
    const page = first.page;
    await page.goto(app.server.url);
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
    const expanded = await mapSnapshot(page);
    await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Hierarchy' }).click();
    // Hide a kind the map shows (other than the two ends'): which neighbours are drawn first can vary.
    const keep = new Set([nodeNamed(expanded, 'NHS Improvement')!.kind, other.kind]);
    const hidden = expanded.nodes.map((n) => n.kind).find((kind) => !keep.has(kind))!;
    expect(hidden).toBeDefined();
    const filters = page.getByRole('region', { name: 'Show on the map' });
    await filters.getByRole('checkbox', { name: new RegExp(`^${KIND_LABELS[hidden as EntityKind]}`) }).uncheck();
    const laid = await waitForMap(page, (s) => s.layout === 'hierarchical' && !s.nodes.some((n) => n.kind === hidden));

    // Move one node by hand: the link keeps where it was put.
    const moving = laid.nodes.find((n) => !n.covered && n.id !== other.id)!;
    const before = await dragNode(page, moving);
    const movedTo = before.nodes.find((n) => n.id === moving.id)!;
    expect(Math.abs(movedTo.modelX - moving.modelX) + Math.abs(movedTo.modelY - moving.modelY)).toBeGreaterThan(20);

    // The link catches up with each change (the drag last): wait until it holds all three.
    await page.waitForFunction(
      ([id, kind, dragged]) =>
        location.hash.includes(`expanded=${encodeURIComponent(id)}`) &&
        location.hash.includes(`hideKinds=${kind}`) &&
        decodeURIComponent(location.hash).includes(`${dragged}:`),
      [other.id, hidden, moving.id] as const,
    );
    const link = page.url();
    expect(link).toContain('focus=nhs-improvement');
    expect(link).toContain('asOf=2017-06-01');
    expect(link).toContain('layout=hierarchical');

    const second = await openPage(app.browser);
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
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#focus=no-such-body&expanded=nor-this-one`);
    await page
      .getByRole('status')
      .filter({ hasText: 'This link names entities not in the graph: "no-such-body", "nor-this-one". Showing England instead.' })
      .waitFor();
    const snap = await waitForMap(page, (s) => s.nodes.length > 0);
    expect(snap.nodes.length).toBeGreaterThan(0);
    await context.close();
  });
});
