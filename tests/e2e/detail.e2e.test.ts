import { describe, expect, it } from 'vitest';
import { nodeNamed, openPage, searchAndOpen, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

const REGIME = 'Mid and South Essex Success Regime';

describe('the detail panel', () => {
  it('describes the selected entity and phrases its relationships both ways, with dates, confidence and sources', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await searchAndOpen(page, REGIME, REGIME);
    await waitForMap(page, (s) => nodeNamed(s, REGIME)?.selected === true);
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: REGIME, level: 2 }).waitFor();
    expect(await detail.textContent()).toContain('Programme');
    expect((await detail.locator('.description').textContent())?.length).toBeGreaterThan(20);

    const overseenBy = detail.getByRole('region', { name: 'Is overseen by' });
    await overseenBy.waitFor();
    const text = (await overseenBy.textContent()) ?? '';
    expect(text).toContain('NHS England');
    expect(text).toContain('NHS Improvement');
    expect(text).toContain('since April 2016');
    expect(text).toMatch(/Confirmed by an official source|Reported by a secondary source|Unverified/);
    // The other way round: the regime includes its parts.
    expect(await detail.getByRole('region', { name: 'Includes' }).count()).toBe(1);

    await overseenBy.getByText(/^How it is known: /).first().click();
    const quote = overseenBy.locator('blockquote').first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain('oversee the Mid and South Essex Success Regime');
    const link = overseenBy.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await overseenBy.locator('.publisher').first().textContent()).not.toBe('');
    await context.close();
  });

  it('on a date, lists what was in force then first and marks the rest of the history', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2015-12-01`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    await searchAndOpen(page, REGIME, REGIME);
    const detail = page.getByRole('complementary', { name: 'Details' });
    const overseenBy = detail.getByRole('region', { name: 'Is overseen by' });
    await overseenBy.waitFor();
    const items = overseenBy.locator('li.rel');
    expect(await items.first().textContent()).toContain('NHS England');
    expect(await items.first().getAttribute('class')).not.toContain('other-time');
    const later = overseenBy.locator('li.rel').filter({ has: page.getByRole('button', { name: 'NHS Improvement', exact: true }) });
    expect(await later.getAttribute('class')).toContain('other-time');
    expect(await later.textContent()).toContain('not in force on 1 December 2015');
    expect(await detail.locator('.as-of-note').textContent()).toMatch(/not in force on 1 December 2015/);
    await context.close();
  });

  it('tells a national organisation’s history and how each relationship is known: a register row, or a rule with its premises', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2015-06-01`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    await searchAndOpen(page, 'RR8', 'Leeds Teaching Hospitals NHS Trust');
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: 'History', level: 3 }).waitFor();
    const history = (await detail.locator('ol.history').textContent()) ?? '';
    expect(history).toContain('From April 2015 to March 2020: part of NHS England North (Yorkshire and Humber) local office');
    expect(history).toContain('Since July 2022: part of NHS West Yorkshire Integrated Care Board');

    const overseenBy = detail.getByRole('region', { name: 'Is overseen by' });
    const tda = overseenBy.locator('li.rel').filter({ has: page.getByRole('button', { name: 'NHS Trust Development Authority', exact: true }) });
    await tda.getByText('How it is known: by rule').click();
    expect(await tda.textContent()).toContain('The NHS Trust Development Authority oversaw every NHS trust that was not a foundation trust');
    expect(await tda.locator('.premises li').first().textContent()).toBe(
      'Leeds Teaching Hospitals NHS Trust (RR8) was an NHS trust, open from 1998-04-01 (trusts/etr_2025.csv, line 160).',
    );
    // The rule's own sources come with the rules, one request for all of them.
    await tda.getByRole('link', { name: "Policy Navigator: three new arm's-length bodies" }).waitFor();

    const partOf = detail.getByRole('region', { name: 'Is part of' });
    const office = partOf.locator('li.rel').filter({ has: page.getByRole('button', { name: 'NHS England North (Yorkshire and Humber) local office', exact: true }) });
    await office.getByText(/^How it is known: register/).click();
    expect(await office.locator('.rows code').first().textContent()).toBe('line 137: RR8, LEEDS TEACHING HOSPITALS NHS TRUST, Y54, Q72, 19980401');
    expect(await office.locator('.rows a').first().getAttribute('href')).toBe('https://github.com/jah-photoshop/nhsparse/blob/12ebc71b6a80e8905723830928522421b13e8aa9/etr.csv');
    await context.close();
  });

  it('asks for a relationship\'s sources when it is selected: the map\'s own answer carries no quotes', async () => {
    const { context, page } = await openPage(app.browser);
    const answers = new Map<string, string>();
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const operation = /^\s*query\s+(\w+)/.exec(JSON.parse(response.request().postData() ?? '{}').query ?? '')?.[1] ?? '';
      answers.set(operation, await response.text());
    });
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.edges.some((e) => e.id === 'nhs-england:OVERSEES:mid-and-south-essex-success-regime@2015-09-01'));
    const overview = answers.get('Overview') ?? '';
    expect(overview).toContain('"id":"nhs-england:OVERSEES:mid-and-south-essex-success-regime@2015-09-01"');
    expect(overview).toContain('"sourceCount":1');
    expect(overview).not.toContain('"quote"');
    expect(overview).not.toContain('NHS England and NHS Improvement oversee the Mid and South Essex Success Regime.');

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const asked = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query Relationship('));
    await page.getByRole('button', { name: /^NHS England oversees Mid and South Essex Success Regime/ }).click();
    expect((await (await asked).json()).data.relationship.id).toBe('nhs-england:OVERSEES:mid-and-south-essex-success-regime@2015-09-01');
    const detail = page.getByRole('complementary', { name: 'Details' });
    expect(await detail.locator('blockquote').first().textContent()).toContain('NHS England and NHS Improvement oversee the Mid and South Essex Success Regime.');
    await context.close();
  });

  it('shows aliases, the ODS code and dates of an organisation', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await searchAndOpen(page, 'NHS Improvement', 'NHS Improvement');
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: 'NHS Improvement', level: 2 }).waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Also known as');
    expect(text).toContain('NHSI');
    expect(text).toMatch(/Existed from April 2016 to June 2022/);
    await page.getByRole('button', { name: 'Close details' }).click();

    await searchAndOpen(page, 'southend', 'Southend University Hospital NHS Foundation Trust');
    await detail.getByRole('heading', { name: 'Southend University Hospital NHS Foundation Trust', level: 2 }).waitFor();
    expect(await detail.textContent()).toMatch(/ODS code\s*RAJ/);
    await context.close();
  });

  it('explains a relationship when its line is clicked: the sentence, both ways, and the quoted source', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await page.getByText('Who oversees…?').click();
    const entity = page.getByRole('combobox', { name: 'Entity' });
    await entity.fill(REGIME);
    await page.getByRole('option', { name: REGIME }).first().click();
    await page.getByRole('button', { name: 'Answer' }).click();
    const snap = await waitForMap(page, (s) => s.layout === 'hierarchical' && s.edges.length > 1);
    const nhse = nodeNamed(snap, 'NHS England')!;
    const regime = nodeNamed(snap, REGIME)!;
    const edge = snap.edges.find((e) => e.source === nhse.id && e.target === regime.id)!;
    // The tooltip counts its documents (one, the NHS England page that says so).
    await page.mouse.move(edge.x, edge.y);
    expect(await page.getByRole('tooltip').textContent()).toContain('1 source · click for details');
    await page.mouse.click(edge.x, edge.y);
    const detail = page.getByRole('complementary', { name: 'Details' });
    const heading = detail.getByRole('heading', { level: 2 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain(`NHS England oversees ${REGIME}`);
    expect(await detail.textContent()).toContain(`Read the other way: ${REGIME} is overseen by NHS England`);
    expect(await detail.textContent()).toContain('Why this relationship is on the map');
    expect(await detail.locator('blockquote').first().textContent()).toContain('oversee the Mid and South Essex Success Regime');
    const after = await waitForMap(page, (s) => s.edges.some((e) => e.selected));
    expect(after.edges.find((e) => e.selected)?.id).toBe(edge.id);
    await context.close();
  });
});
