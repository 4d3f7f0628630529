import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapSnapshot, nodeNamed, openPage, searchAndOpen, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';
import { VERBS } from '../../web/src/lib/text/phrasing.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

const app = useBrowserApp();

const REGIME = 'Mid and South Essex Success Regime';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it stands and returns the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

async function expectAccessible(page: Page, view: string) {
  const found = await seriousViolations(page);
  expect(found, `axe-core in ${view}:\n${found.join('\n')}`).toEqual([]);
}

/** The id of the entity with the keyboard focus on the map, if any. */
function keyboardFocused(snap: MapSnapshot) {
  return snap.nodes.find((n) => n.classes.includes('kbd-focus'));
}

async function activeElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      role: el?.getAttribute('role') ?? '',
      text: (el?.textContent ?? '').trim(),
      href: el?.getAttribute('href') ?? null,
      inDetails: el?.closest('aside.detail') !== null && el?.closest('aside.detail') !== undefined,
      inSources: el?.closest('.sources') !== null && el?.closest('.sources') !== undefined,
      open: el?.tagName === 'SUMMARY' ? (el.parentElement as HTMLDetailsElement).open : null,
    };
  });
}

const DIRECTIONS: Record<string, (dx: number, dy: number) => boolean> = {
  ArrowRight: (dx) => dx > 0,
  ArrowDown: (_dx, dy) => dy > 0,
  ArrowLeft: (dx) => dx < 0,
  ArrowUp: (_dx, dy) => dy < 0,
};

/** Presses the arrow keys in turn until the keyboard focus leaves `fromId`; the key and where it went. */
async function arrowToAnotherEntity(page: Page, fromId: string) {
  for (const key of Object.keys(DIRECTIONS)) {
    await page.keyboard.press(key);
    const node = keyboardFocused(await mapSnapshot(page));
    if (node && node.id !== fromId) return { key, node };
  }
  return null;
}

async function liveText(page: Page): Promise<string> {
  return (await page.locator('#announcer').textContent()) ?? '';
}

describe('keyboard use of the map', () => {
  it('reaches an entity, a neighbour, its details and its sources from page load with the keyboard alone', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    const start = await waitForMap(page, (s) => s.nodes.length > 0 && s.edges.length > 0);

    // The first stop is the skip link; it puts the focus on the map, which focuses its best-connected entity.
    await page.keyboard.press('Tab');
    expect((await activeElement(page)).text).toBe('Skip to the map');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'application');
    const entered = await waitForMap(page, (s) => keyboardFocused(s) !== undefined);
    const first = keyboardFocused(entered)!;
    const degree = (id: string) => start.edges.filter((e) => e.source === id || e.target === id).length;
    expect(Math.max(...start.nodes.map((n) => degree(n.id)))).toBe(degree(first.id));
    await page.waitForFunction((name) => document.querySelector('#announcer')?.textContent?.includes(name) === true, first.name);
    expect(await liveText(page)).toMatch(new RegExp(`${first.name.replace(/[()]/g, '.')}, [a-z ]+, \\d+ relationships? on the map`));

    // An arrow key moves to a neighbour that lies that way (every neighbour lies within one of the four ways).
    const moved = await arrowToAnotherEntity(page, first.id);
    expect(moved).not.toBeNull();
    const { key, node: neighbour } = moved!;
    const joined = start.edges.some(
      (e) => (e.source === first.id && e.target === neighbour.id) || (e.target === first.id && e.source === neighbour.id),
    );
    expect(joined).toBe(true);
    const from = start.nodes.find((n) => n.id === first.id)!;
    const to = start.nodes.find((n) => n.id === neighbour.id)!;
    expect(DIRECTIONS[key]!(to.modelX - from.modelX, to.modelY - from.modelY)).toBe(true);

    // Enter expands it (as a double-click does) and opens its details.
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: neighbour.name, level: 2 }).waitFor();
    await waitForMap(page, (s) => s.nodes.find((n) => n.id === neighbour.id)?.classes.includes('expanded') === true);
    // Wait for its relationships (and their sources) to load before walking through them.
    await detail.getByRole('heading', { name: 'Relationships', level: 3 }).waitFor();

    // Tab goes on from the map into the details; a "sources" summary opens with Enter and its link takes the focus.
    let reached: Awaited<ReturnType<typeof activeElement>> | null = null;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      const now = await activeElement(page);
      if (now.tag === 'SUMMARY' && /source/i.test(now.text) && now.open === false) await page.keyboard.press('Enter');
      if (now.tag === 'A' && now.inSources && now.inDetails) reached = now;
    }
    expect(reached).not.toBeNull();
    expect(reached!.href).toMatch(/^https?:\/\//);
    await context.close();
    // Dozens of key presses, each followed by a look at the page: more than the default minute on a busy machine.
  }, 120_000);

  it('lets go of the entity with Escape, and leaves the map with a second Escape', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const entered = await waitForMap(page, (s) => keyboardFocused(s) !== undefined);
    await page.keyboard.press(' ');
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: keyboardFocused(entered)!.name, level: 2 }).waitFor();

    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    expect(keyboardFocused(await mapSnapshot(page))).toBeUndefined();
    expect((await activeElement(page)).role).toBe('application');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') !== 'application');
    expect((await activeElement(page)).text).toBe('Map');
    await context.close();
  });
});

describe('the list view', () => {
  const listIds = (page: Page, table: 'entities' | 'relationships') =>
    page.locator(`[data-testid="list-view"] table.${table} tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));

  async function expectListMatchesMap(page: Page, snap: MapSnapshot) {
    expect((await listIds(page, 'entities')).sort()).toEqual(snap.nodes.map((n) => n.id).sort());
    expect((await listIds(page, 'relationships')).sort()).toEqual(snap.edges.map((e) => e.id).sort());
  }

  it('lists what the map shows, and follows its selection, its filters and its date', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    const start = await waitForMap(page, (s) => s.nodes.length > 0 && s.edges.length > 0);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const entities = page.getByRole('table', { name: /^Entities on the map/ });
    await entities.waitFor();
    expect(await page.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await expectListMatchesMap(page, start);
    const relationships = page.getByRole('table', { name: /^Relationships on the map/ });
    // Each relationship reads as a sentence: "<one> <verb> <other>", in the words of the app's phrasing helpers.
    const verbs = Object.values(VERBS).flatMap((v) => [v.forward, v.forwardPast]);
    for (const sentenceText of await relationships.getByRole('rowheader').allTextContents()) {
      expect(verbs.some((v) => sentenceText.includes(` ${v} `)), sentenceText).toBe(true);
    }
    expect(await entities.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Name', 'Kind', 'Dates']));

    // Choosing a row selects the entity on the map and opens its details; the row is marked as the current one.
    const target = nodeNamed(start, 'NHS England')!;
    const row = entities.locator(`tr[data-id="${target.id}"]`);
    await row.getByRole('button', { name: /^NHS England:/ }).click();
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'NHS England', level: 2 }).waitFor();
    expect((await waitForMap(page, (s) => s.nodes.find((n) => n.id === target.id)?.selected === true)).nodes.find((n) => n.id === target.id)?.selected).toBe(true);
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await entities.locator('tr[aria-current="true"]').count()).toBe(1);

    // ... and a selection made on the map (here Space on the keyboard-focused entity) marks its row.
    await row.getByRole('button', { name: 'Show NHS England on the map' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'application');
    expect(keyboardFocused(await mapSnapshot(page))?.id).toBe(target.id);
    const other = (await arrowToAnotherEntity(page, target.id))!.node;
    await page.keyboard.press(' ');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: other.name, level: 2 }).waitFor();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await entities.locator(`tr[data-id="${other.id}"][aria-current="true"]`).waitFor();
    expect(await row.getAttribute('aria-current')).toBeNull();

    // A filter takes the same things off the list as off the map.
    await page.getByRole('complementary', { name: 'Questions and filters' }).getByRole('checkbox', { name: /Regulator/ }).uncheck();
    const filtered = await waitForMap(page, (s) => s.nodes.every((n) => n.kind !== 'REGULATOR'));
    expect(filtered.nodes.length).toBeLessThan(start.nodes.length);
    await expectListMatchesMap(page, filtered);
    await page.getByRole('complementary', { name: 'Questions and filters' }).getByRole('checkbox', { name: /Regulator/ }).check();

    // The date: NHS Improvement is not there in 2015 and is in 2017, on the map and in the list alike.
    const date = page.getByRole('region', { name: 'Time' }).getByLabel('As of', { exact: true });
    await date.fill('2015-06-01');
    await entities.filter({ has: page.locator('caption', { hasText: 'on 1 June 2015' }) }).waitFor();
    const in2015 = await waitForMap(page, (s) => s.nodes.length > 0 && !nodeNamed(s, 'NHS Improvement'));
    await expectListMatchesMap(page, in2015);
    expect(await entities.getByRole('rowheader', { name: /^NHS Improvement/ }).count()).toBe(0);
    await date.fill('2017-06-01');
    await entities.filter({ has: page.locator('caption', { hasText: 'on 1 June 2017' }) }).waitFor();
    const in2017 = await waitForMap(page, (s) => nodeNamed(s, 'NHS Improvement') !== undefined);
    await expectListMatchesMap(page, in2017);
    expect(await entities.getByRole('rowheader', { name: /^NHS Improvement/ }).count()).toBe(1);
    await context.close();
  });
});

describe('announcements', () => {
  it('says in the live region how the map changed when the date changes', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    await page.waitForFunction(() => /^Map shows \d+ entities/.test(document.querySelector('#announcer')?.textContent ?? ''));
    const before = await liveText(page);
    expect(await page.locator('#announcer').getAttribute('aria-live')).toBe('polite');

    await page.getByRole('region', { name: 'Time' }).getByLabel('As of', { exact: true }).fill('2015-06-01');
    await page.waitForFunction(() => (document.querySelector('#announcer')?.textContent ?? '').includes('as of 1 June 2015'));
    const after = await liveText(page);
    expect(after).not.toBe(before);
    const snap = await mapSnapshot(page);
    expect(after).toContain(`Map shows ${snap.nodes.length} entities and ${snap.edges.length} relationships as of 1 June 2015.`);
    expect(after).toMatch(/^(\d+ added, \d+ removed|\d+ added|\d+ removed)\. /);
    await context.close();
  });
});

describe('axe-core', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violations in any view (${colorScheme} theme)`, async () => {
      const { context, page } = await openPage(app.browser, { colorScheme, bypassCSP: true });
      // The first screen: the grouped map of England, its trail and the list of its groups.
      await page.goto(`${app.server.url}/#group=Y56`);
      await waitForMap(page, (s) => s.nodes.some((n) => n.classes.includes('group')));
      expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'light')).toBe(colorScheme);
      await expectAccessible(page, 'the grouped map');
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await expectAccessible(page, 'the grouped list');
      await page.getByRole('button', { name: 'Map', exact: true }).click();

      await page.goto(`${app.server.url}/#show=overview`);
      await waitForMap(page, (s) => s.nodes.length > 0 && !s.nodes.some((n) => n.classes.includes('group')));
      await expectAccessible(page, 'the overview');

      // Search results open.
      await page.getByRole('combobox', { name: 'Search the graph' }).fill('NHS');
      await page.getByRole('listbox', { name: 'Search the graph: suggestions' }).getByRole('option').first().waitFor();
      await expectAccessible(page, 'the search suggestions');
      await page.keyboard.press('Escape');

      // An entity in focus, its details open with a source list unfolded, and the map's keyboard focus on it.
      await searchAndOpen(page, REGIME, REGIME);
      const detail = page.getByRole('complementary', { name: 'Details' });
      await detail.getByRole('heading', { name: 'Relationships', level: 3 }).waitFor();
      await detail.getByText(/^How it is known: /).first().click();
      await detail.locator('details[open] .sources').first().waitFor();
      await page.getByRole('application').focus();
      await waitForMap(page, (s) => keyboardFocused(s) !== undefined);
      await expectAccessible(page, 'the detail panel');

      // The list view, with the selection in it.
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('table', { name: /^Entities on the map/ }).waitFor();
      await expectAccessible(page, 'the list view');
      await page.getByRole('button', { name: 'Map', exact: true }).click();

      // The time panel with a date and a "what changed" comparison open.
      const time = page.getByRole('region', { name: 'Time' });
      await time.getByLabel('As of', { exact: true }).fill('2016-06-01');
      await time.getByText('The map as it stood on 1 June 2016').waitFor();
      const form = time.getByRole('form', { name: 'What changed' });
      await form.getByRole('button', { name: 'Show changes' }).click();
      await time.getByRole('list', { name: 'Added' }).waitFor();
      await waitForMap(page, (s) => s.nodes.some((n) => n.classes.includes('added')));
      await expectAccessible(page, 'the changes view');
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.getByRole('table', { name: /^Entities on the map/ }).getByRole('columnheader', { name: 'Change' }).waitFor();
      await expectAccessible(page, 'the changes view as a list');
      await page.getByRole('button', { name: 'Map', exact: true }).click();

      // The stories panel with a story in it, then that story presented in the projector theme.
      const stories = page.getByRole('region', { name: 'Stories' });
      await stories.getByLabel('Title of a new story').fill('Checked by axe');
      await stories.getByRole('button', { name: 'New story' }).click();
      await stories.getByLabel('Caption for the current view').fill('What changed in 2016');
      await stories.getByRole('button', { name: 'Add the current view as a step' }).click();
      await stories.getByRole('button', { name: 'Present Checked by axe' }).waitFor();
      await expectAccessible(page, 'the stories panel');
      await stories.getByRole('button', { name: 'Present Checked by axe' }).click();
      await page.getByRole('region', { name: 'Presenting Checked by axe' }).getByText('Step 1 of 1').waitFor();
      await expectAccessible(page, 'presenter mode');
      await context.close();
    }, 150_000);
  }
});
