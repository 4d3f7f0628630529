import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nodeNamed, openPage, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

/** Every map action is one request: the server shapes the answer (a chain, a capped neighbourhood). */
const app = useBrowserApp();

/** The GraphQL operations the page sends from now on, by operation name. */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = JSON.parse(request.postData() ?? '{}') as { query?: string };
    names.push(/^\s*query\s+(\w+)/.exec(body.query ?? '')?.[1] ?? 'anonymous');
  });
  return names;
}

/**
 * The questions the page sends as it opens, each with whether the map had drawn its first view when it was sent.
 * `slowMap` holds Cytoscape's file back for 1.5 s, so the first answer comes before the map's code.
 */
async function firstQuestions(slowMap: boolean): Promise<unknown[]> {
  const { context, page } = await openPage(app.browser);
  if (slowMap) {
    await page.route(/cytoscape\.esm-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
  }
  await page.addInitScript(() => {
    const w = window as unknown as { asked: { operation: string; drawn: boolean }[]; explorerMap?: { state(): { nodes: number; layoutState: string } | null } };
    w.asked = [];
    const send = window.fetch.bind(window);
    window.fetch = (input, init) => {
      // GraphQL questions only (the page asks /health too when an answer says the server was not ready).
      if (typeof init?.body === 'string') {
        const query = (JSON.parse(init.body) as { query?: string }).query ?? '';
        const state = w.explorerMap?.state();
        w.asked.push({ operation: /^\s*query\s+(\w+)/.exec(query)?.[1] ?? 'other', drawn: state !== null && state !== undefined && state.nodes > 0 && state.layoutState === 'idle' });
      }
      return send(input, init);
    };
  });
  await page.goto(app.server.url);
  await page.waitForFunction(() => (window as unknown as { asked: { operation: string }[] }).asked.some((a) => a.operation === 'Timeline'));
  const asked = await page.evaluate(() => (window as unknown as { asked: unknown[] }).asked);
  await context.close();
  return asked;
}

describe('requests', () => {
  it('opens on England with one question, and asks for the yearly counts only once the map is drawn', async () => {
    expect(await firstQuestions(false)).toEqual([
      { operation: 'Groups', drawn: false },
      { operation: 'Timeline', drawn: true },
    ]);
  });

  it('waits for the map to be drawn before asking for the counts when the first answer comes before the map\'s code', async () => {
    expect(await firstQuestions(true)).toEqual([
      { operation: 'Groups', drawn: false },
      { operation: 'Timeline', drawn: true },
    ]);
  });

  it('answers "who oversees?" with one request, and expands an entity with one request', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2015-06-01`);
    await waitForMap(page, (s) => s.nodes.length > 0);

    const operations = recordOperations(page);
    await page.getByText('Who oversees…?').click();
    const box = page.getByRole('combobox', { name: 'Entity' });
    await box.fill('RR8');
    await page.getByRole('listbox', { name: 'Entity: suggestions' }).getByRole('option').first().click();
    operations.length = 0; // the suggestions were the search's
    await page.getByRole('button', { name: 'Answer', exact: true }).click();
    const article = page.locator('article.answer');
    await article.getByRole('heading', { name: 'Who oversees Leeds Teaching Hospitals NHS Trust?' }).waitFor();
    expect(await article.locator('.summary').textContent()).toContain('NHS Trust Development Authority');
    const chain = await waitForMap(page, (s) => nodeNamed(s, 'NHS Trust Development Authority') !== undefined);
    expect(operations).toEqual(['Chain']);

    operations.length = 0;
    const tda = nodeNamed(chain, 'NHS Trust Development Authority')!;
    await page.mouse.dblclick(tda.x, tda.y);
    const grown = await waitForMap(page, (s) => s.nodes.find((n) => n.id === tda.id)?.classes.includes('expanded') === true);
    // The TDA oversaw about 90 NHS trusts in 2015: the server sends the 25 strongest, and says how many it left out.
    expect(grown.nodes.length).toBe(chain.nodes.length + 25);
    // Selecting it also loads its details (and, once, the rules its derived relationships follow).
    expect(operations.filter((o) => o !== 'Detail' && o !== 'Rules')).toEqual(['Neighbourhood']);
    await page.getByText(/showing 25 of \d+ neighbours/i).first().waitFor();
    await context.close();
  });
});
