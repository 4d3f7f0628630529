import { describe, expect, it } from 'vitest';
import { nodeNamed, openPage, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

describe('time', () => {
  it('redraws the map as it stood on the chosen date, asking every query about that date', async () => {
    const { context, page } = await openPage(app.browser);
    const asked: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request.postDataJSON());
    });
    await page.goto(`${app.server.url}/#show=overview`);
    const all = await waitForMap(page, (s) => s.nodes.length > 0);
    expect(nodeNamed(all, 'NHS Improvement')).toBeDefined();
    const time = page.getByRole('region', { name: 'Time' });
    const date = time.getByLabel('As of', { exact: true });

    await date.fill('2015-06-01');
    await time.getByText('The map as it stood on 1 June 2015').waitFor();
    const in2015 = await waitForMap(page, (s) => s.nodes.length > 0 && !nodeNamed(s, 'NHS Improvement'));
    expect(nodeNamed(in2015, 'NHS Improvement')).toBeUndefined();
    expect(nodeNamed(in2015, 'Monitor')).toBeDefined();

    await date.fill('2017-06-01');
    await time.getByText('The map as it stood on 1 June 2017').waitFor();
    const in2017 = await waitForMap(page, (s) => nodeNamed(s, 'NHS Improvement') !== undefined);
    expect(nodeNamed(in2017, 'NHS Improvement')).toBeDefined();

    // A neighbourhood opened on that date is asked about that date too.
    await page.getByRole('combobox', { name: 'Search the graph' }).fill('NHS Improvement');
    await page.getByRole('listbox', { name: 'Search the graph: suggestions' }).getByRole('option', { name: /NHS Improvement/ }).first().click();
    await waitForMap(page, (s) => s.nodes.some((n) => n.classes.includes('root')));
    const dated = asked.filter((body) => /query (Overview|Neighbourhood)/.test(JSON.stringify(body)));
    expect(dated.length).toBeGreaterThanOrEqual(3);
    const last = dated.at(-1) as { query: string; variables: { asOf: string | null } };
    expect(last.query).toMatch(/query Neighbourhood/);
    expect(last.variables.asOf).toBe('2017-06-01');

    await time.getByRole('button', { name: 'All dates' }).click();
    await time.getByText('The map shows all of history').waitFor();
    await context.close();
  });

  it('shows what changed between two dates, marked on the map and listed as sentences', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    const time = page.getByRole('region', { name: 'Time' });
    const form = time.getByRole('form', { name: 'What changed' });
    await form.getByLabel('Between').fill('2015-06-01');
    await form.getByLabel('and').fill('2016-06-01');
    await form.getByRole('button', { name: 'Show changes' }).click();
    const added = time.getByRole('list', { name: 'Added' });
    await added.waitFor();
    const addedText = await added.getByRole('listitem').allTextContents();
    expect(addedText.some((t) => t.startsWith('NHS Improvement (national body) appears'))).toBe(true);
    const map = await waitForMap(page, (s) => nodeNamed(s, 'NHS Improvement')?.classes.includes('added') === true);
    expect(nodeNamed(map, 'NHS Improvement')?.classes).toContain('added');
    expect(map.edges.some((e) => e.classes.includes('added'))).toBe(true);
    await page.getByTestId('view-title').filter({ hasText: 'What changed between 1 June 2015 and 1 June 2016' }).waitFor();
    await context.close();
  });

  it('charts the organisations of each year from one timeline request, after the map\'s own, the map\'s date marked, with a table', async () => {
    const { context, page } = await openPage(app.browser);
    const timelines: unknown[] = [];
    // The order of events: the chart's request waits for the first screen's answer, so as not to slow it.
    const order: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const name = /query (\w+)/.exec(request.postData() ?? '')?.[1] ?? '?';
      order.push(`asked ${name}`);
      if (name === 'Timeline') timelines.push(request.postDataJSON());
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('/graphql')) order.push(`answered ${/query (\w+)/.exec(request.postData() ?? '')?.[1] ?? '?'}`);
    });
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    const time = page.getByRole('region', { name: 'Time' });
    const chart = time.getByRole('img', { name: /Organisations each year/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-labelledby')).toBe('structure-title structure-summary');
    expect(await time.locator('#structure-summary').textContent()).toMatch(/^Organisations in being each 1 April, 2013 to \d{4}: NHS trusts 246 to \d+; CCGs 211 to 0;/);
    expect(await chart.locator('line.marker').count()).toBe(0);

    await time.getByLabel('As of', { exact: true }).fill('2018-06-01');
    await time.getByText('The map as it stood on 1 June 2018').waitFor();
    // A vertical line has no width, so Playwright calls it hidden: attached is what it can wait for.
    await chart.locator('line.marker').waitFor({ state: 'attached' });
    expect(Number(await chart.locator('line.marker').getAttribute('x1'))).toBeGreaterThan(100);
    await time.getByText('The figures as a table').click();
    const row2016 = time.getByRole('row', { name: /^2016/ });
    expect((await row2016.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['238', '209']);
    expect(timelines).toHaveLength(1);
    expect(order.slice(0, 3)).toEqual(['asked Overview', 'answered Overview', 'asked Timeline']);
    await context.close();
  });

  it('plays through the years up to today', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    const time = page.getByRole('region', { name: 'Time' });
    const thisYear = await page.evaluate(() => new Date().getFullYear());
    await time.getByLabel('As of', { exact: true }).fill(`${thisYear - 2}-01-15`);
    await time.getByText(`The map as it stood on 15 January ${thisYear - 2}`).waitFor();
    await time.getByRole('button', { name: '▶ Play the years' }).click();
    await time.getByRole('button', { name: '■ Stop' }).waitFor();
    await time.getByText(`The map as it stood on 15 January ${thisYear - 1}`).waitFor();
    await time.getByRole('button', { name: '▶ Play the years' }).waitFor({ timeout: 20_000 });
    expect(await time.getByRole('slider', { name: 'Year' }).inputValue()).toBe(String(thisYear));
    expect((await waitForMap(page, (s) => s.nodes.length > 0)).nodes.length).toBeGreaterThan(0);
    await context.close();
  });
});
