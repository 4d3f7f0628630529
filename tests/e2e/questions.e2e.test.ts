import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapSnapshot, nodeNamed, openPage, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

const REGIME = 'Mid and South Essex Success Regime';

async function choose(page: Page, label: string, text: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  // An option reads "name" then "kind · alias"; match on the name alone.
  await page
    .getByRole('listbox', { name: `${label}: suggestions` })
    .getByRole('option')
    .filter({ has: page.locator('.name', { hasText: option }) })
    .first()
    .click();
}

async function answer(page: Page) {
  await page.getByRole('button', { name: 'Answer', exact: true }).click();
  const article = page.locator('article.answer');
  await article.waitFor();
  await mapSnapshot(page);
  return article;
}

/** The lines on the map as [from, type, to, "answer" when highlighted as part of it], sorted. */
function drawnEdges(snap: MapSnapshot): string[][] {
  const name = (id: string) => snap.nodes.find((n) => n.id === id)?.name ?? id;
  return snap.edges
    .map((e) => [name(e.source), e.type, name(e.target), e.classes.includes('answer') ? 'answer' : ''])
    .sort((a, b) => (a.join('\0') < b.join('\0') ? -1 : 1));
}

describe('questions', () => {
  it('answers "who oversees the Mid and South Essex Success Regime, and since when?" on the map and in words', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByText('Who oversees…?').click();
    await choose(page, 'Entity', REGIME, REGIME);
    const article = await answer(page);
    expect(await article.getByRole('heading').textContent()).toBe(`Who oversees ${REGIME}?`);
    const summary = (await article.locator('.summary').textContent()) ?? '';
    expect(summary).toContain(`${REGIME} is overseen by`);
    expect(summary).toContain('NHS England');
    expect(summary).toContain('NHS Improvement (since April 2016)');
    const lines = await article.locator('li.step > p:first-child').allTextContents();
    expect(lines).toContain(`NHS Improvement oversees ${REGIME} since April 2016.`);
    expect(lines.some((l) => l.startsWith(`NHS England oversees ${REGIME}`))).toBe(true);

    const step = article.locator('li.step').filter({ hasText: `NHS Improvement oversees ${REGIME}` });
    await step.getByText(/^\d+ sources?$/).click();
    expect(await step.locator('blockquote').first().textContent()).toContain('NHS England and NHS Improvement oversee');

    // Drawn as a top-down tree: overseers above what they oversee, the answer highlighted.
    const snap = await waitForMap(page, (s) => s.layout === 'hierarchical');
    expect(await page.getByRole('application').getAttribute('data-layout')).toBe('hierarchical');
    const regime = nodeNamed(snap, REGIME)!;
    const nhse = nodeNamed(snap, 'NHS England')!;
    const nhsi = nodeNamed(snap, 'NHS Improvement')!;
    expect(nhse.modelY).toBeLessThan(regime.modelY);
    expect(nhsi.modelY).toBeLessThan(regime.modelY);
    expect(snap.edges.filter((e) => e.type === 'OVERSEES' && e.target === regime.id)).toHaveLength(2);
    // The whole chain upwards, every line of it part of the answer.
    expect(drawnEdges(snap)).toEqual([
      ['Department of Health and Social Care', 'OVERSEES', 'NHS England', 'answer'],
      ['NHS England', 'OVERSEES', REGIME, 'answer'],
      ['NHS Improvement', 'OVERSEES', REGIME, 'answer'],
    ]);
    await context.close();
  });

  it('answers from the hint on the first screen, with no typing', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'How is NHS England connected to Southend University Hospital?' }).click();
    const article = page.locator('article.answer');
    await article.waitFor();
    expect(await article.getByRole('heading').textContent()).toMatch(/^How is NHS England connected to Southend University Hospital/);
    expect(await article.locator('.summary').textContent()).toMatch(/shortest chains? of \d+ steps? links? NHS England and Southend University Hospital/);
    await context.close();
  });

  it('answers "how is NHS England connected to Southend University Hospital?" with paths drawn and written, filterable by type', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByText('How is … connected to …?').click();
    await choose(page, 'From', 'NHS England', /^NHS England$/);
    await choose(page, 'To', 'Southend University Hospital', /^Southend University Hospital$/);
    const article = await answer(page);
    const summary = (await article.locator('.summary').textContent()) ?? '';
    expect(summary).toMatch(/shortest chains? of (\d+) steps? links? NHS England and Southend University Hospital/);
    const steps = Number(/of (\d+) step/.exec(summary)?.[1]);
    const chains = await article.locator('li.heading').allTextContents();
    expect(chains.length).toBeGreaterThan(0);
    expect(chains[0]).toMatch(/NHS England .* Southend University Hospital\.$/);
    const stepLines = await article.locator('li.step').count();
    expect(stepLines).toBe(chains.length * steps);
    expect(await article.locator('li.step details summary').first().textContent()).toMatch(/source/);

    const snap = await waitForMap(page, (s) => s.edges.length > 0 && s.layout === 'hierarchical');
    const from = nodeNamed(snap, 'NHS England')!;
    const to = nodeNamed(snap, 'Southend University Hospital')!;
    expect(from.classes).toContain('answer');
    expect(to.classes).toContain('answer');
    expect(snap.edges.length).toBeGreaterThanOrEqual(steps);
    // Drawn from the start at the top to the end at the bottom.
    expect(from.modelY).toBeLessThan(to.modelY);

    // Only through oversight: a different (or no) answer, which says so.
    await page.getByText('Only through these relationships').click();
    await page.getByRole('checkbox', { name: 'Oversees', exact: true }).check();
    await page.getByRole('button', { name: 'Answer', exact: true }).click();
    // The hospital (the site, not its trust) is reached through no chain of oversight at all, and the answer says so.
    const none = 'No chain of relationships links NHS England and Southend University Hospital through oversees relationships within six steps.';
    await article.locator('.summary').filter({ hasText: none }).waitFor();
    expect(await article.locator('.summary').textContent()).toBe(none);
    const filtered = await mapSnapshot(page);
    expect(filtered.edges).toEqual([]);
    await context.close();
  });

  it('answers "who funds" and "what does it oversee"', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByText('Who funds…?').click();
    await choose(page, 'Entity', REGIME, REGIME);
    let article = await answer(page);
    expect(await article.getByRole('heading').textContent()).toBe(`Who funds ${REGIME}?`);
    expect(await article.locator('.summary').textContent()).toMatch(new RegExp(`${REGIME} (is|was) funded by .*NHS England`));
    let snap = await mapSnapshot(page);
    // NHS England funds it twice over (two relationships with their own dates and sources).
    expect(drawnEdges(snap)).toEqual([
      ['NHS England', 'FUNDS', REGIME, 'answer'],
      ['NHS England', 'FUNDS', REGIME, 'answer'],
      ['NHS England Midlands and East', 'FUNDS', REGIME, 'answer'],
      ['NHS Improvement', 'FUNDS', REGIME, 'answer'],
    ]);

    await page.getByText('What does … oversee?').click();
    await choose(page, 'Entity', 'NHS England', /^NHS England$/);
    article = await answer(page);
    expect(await article.getByRole('heading').textContent()).toBe('What does NHS England oversee?');
    const summary = (await article.locator('.summary').textContent()) ?? '';
    const count = Number(/has overseen (\d+) entit/.exec(summary)?.[1]);
    expect(count).toBeGreaterThan(0);
    snap = await mapSnapshot(page);
    expect(snap.edges.filter((e) => e.type === 'OVERSEES')).toHaveLength(count);
    expect(await article.locator('li.step').count()).toBe(count);
    await context.close();
  });
});
