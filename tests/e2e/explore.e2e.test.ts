import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapSnapshot, nodeNamed, openPage, searchAndOpen, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

const REGIME = 'Mid and South Essex Success Regime';

async function openRegime(page: Page) {
  await page.goto(`${app.server.url}/#show=overview`);
  await searchAndOpen(page, REGIME, REGIME);
  return waitForMap(page, (s) => nodeNamed(s, REGIME)?.selected === true);
}

describe('exploring', () => {
  it('expands with a double-click (capped), collapses with another, and undoes and redoes both', async () => {
    const { context, page } = await openPage(app.browser);
    const start = await openRegime(page);
    const nhse = nodeNamed(start, 'NHS England')!;
    expect(nhse.classes).not.toContain('expanded');
    expect(nhse.covered).toBe(false);

    await page.mouse.dblclick(nhse.x, nhse.y);
    const expanded = await waitForMap(page, (s) => nodeNamed(s, 'NHS England')?.classes.includes('expanded') ?? false);
    const added = expanded.nodes.length - start.nodes.length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(25);
    const notice = page.getByRole('status').filter({ hasText: /Showing 25 of \d+ neighbours of NHS England/ });
    expect(await notice.count()).toBe(1);

    const again = nodeNamed(expanded, 'NHS England')!;
    await page.mouse.dblclick(again.x, again.y);
    const collapsed = await waitForMap(page, (s) => !(nodeNamed(s, 'NHS England')?.classes.includes('expanded') ?? true));
    expect(collapsed.nodes.length).toBe(start.nodes.length);

    await page.getByRole('button', { name: 'Undo' }).click();
    const undone = await waitForMap(page, (s) => s.nodes.length === expanded.nodes.length);
    expect(undone.nodes.length).toBe(expanded.nodes.length);
    await page.getByRole('button', { name: 'Redo' }).click();
    const redone = await waitForMap(page, (s) => s.nodes.length === start.nodes.length);
    expect(redone.nodes.length).toBe(start.nodes.length);
    // The keyboard shortcut works too.
    await page.locator('body').click({ position: { x: 5, y: 80 } });
    await page.keyboard.press('Control+z');
    expect((await waitForMap(page, (s) => s.nodes.length === expanded.nodes.length)).nodes.length).toBe(expanded.nodes.length);
    await context.close();
  });

  it('moves between entities with the arrow keys and expands or collapses the focused one with Enter', async () => {
    const { context, page } = await openPage(app.browser);
    const start = await openRegime(page);
    const map = page.getByRole('application');
    await map.focus();
    // Focus starts on the selected entity (the regime, whose neighbours are shown): Enter collapses it.
    const live = page.locator('#announcer').filter({ hasText: `${REGIME}, programme,` });
    await live.waitFor();
    expect(await live.textContent()).toContain('relationships on the map, expanded.');
    await page.keyboard.press('Enter');
    const collapsed = await waitForMap(page, (s) => s.nodes.length < start.nodes.length);
    expect(collapsed.nodes.length).toBeLessThan(start.nodes.length);
    await page.keyboard.press('Enter');
    const reopened = await waitForMap(page, (s) => s.nodes.length === start.nodes.length);
    expect(reopened.nodes.length).toBe(start.nodes.length);
    // Arrow keys move to the nearest entity that way; try each way until one has a neighbour.
    const focusedNow = async () => (await mapSnapshot(page)).nodes.find((n) => n.classes.includes('kbd-focus'));
    expect((await focusedNow())?.name).toBe(REGIME);
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key);
      if ((await focusedNow())?.name !== REGIME) break;
    }
    const focused = await focusedNow();
    expect(focused).toBeDefined();
    expect(focused!.name).not.toBe(REGIME);
    await page.keyboard.press(' ');
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: focused!.name, level: 2 }).waitFor();
    await context.close();
  });

  it('pins, hides and shows again, and focuses on an entity', async () => {
    const { context, page } = await openPage(app.browser);
    const start = await openRegime(page);
    const target = start.nodes.find((n) => n.name !== REGIME && !n.covered)!;
    await page.mouse.click(target.x, target.y);
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: target.name, level: 2 }).waitFor();

    await detail.getByRole('button', { name: 'Pin' }).click();
    const pinned = await waitForMap(page, (s) => s.nodes.find((n) => n.id === target.id)?.locked === true);
    expect(pinned.nodes.find((n) => n.id === target.id)?.classes).toContain('pinned');
    expect(await detail.getByRole('button', { name: 'Unpin' }).getAttribute('aria-pressed')).toBe('true');

    await detail.getByRole('button', { name: 'Hide' }).click();
    const hidden = await waitForMap(page, (s) => !s.nodes.some((n) => n.id === target.id));
    expect(hidden.nodes.length).toBe(start.nodes.length - 1);
    await page.getByRole('button', { name: 'Show 1 hidden' }).click();
    const shown = await waitForMap(page, (s) => s.nodes.some((n) => n.id === target.id));
    expect(shown.nodes.length).toBe(start.nodes.length);

    const nhse = nodeNamed(shown, 'NHS England')!;
    await page.mouse.click(nhse.x, nhse.y);
    await detail.getByRole('heading', { name: 'NHS England', level: 2 }).waitFor();
    await detail.getByRole('button', { name: 'Focus on this' }).click();
    await page.getByTestId('view-title').filter({ hasText: 'Around NHS England' }).waitFor();
    const focused = await waitForMap(page, (s) => nodeNamed(s, 'NHS England')?.classes.includes('root') ?? false);
    expect(nodeNamed(focused, 'NHS England')?.selected).toBe(true);
    expect(focused.nodes.length).toBeLessThanOrEqual(26);
    await context.close();
  });
});
