import { describe, expect, it } from 'vitest';
import { mapSnapshot, nodeNamed, openPage, searchAndOpen, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
}

describe('the first screen', () => {
  it('opens on England: the national bodies and the NHS England regions as groups with their counts, a hint and a legend', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    const snap = await waitForMap(page, (s) => s.nodes.some((n) => n.classes.includes('group')));
    expect(nodeNamed(snap, 'NHS England')?.kind).toBe('NATIONAL_BODY');
    expect(nodeNamed(snap, 'Care Quality Commission')?.kind).toBe('REGULATOR');
    // With no date chosen the groups are today's: the seven regions of 2020 onwards.
    const groups = snap.nodes.filter((n) => n.classes.includes('group'));
    expect(groups).toHaveLength(7);
    expect(groups.every((g) => g.kind === 'REGION')).toBe(true);
    // What links them is drawn as counted edges, one per pair and type.
    expect(snap.edges.filter((e) => e.classes.includes('grouped')).length).toBeGreaterThan(10);
    expect(snap.renderer).toBe('canvas');
    expect(await page.getByTestId('view-title').textContent()).toContain('England');
    const hint = page.getByRole('complementary', { name: 'What to try' });
    expect(await hint.textContent()).toContain('Who oversees the Mid and South Essex Success Regime?');
    const legend = page.getByRole('complementary', { name: 'Legend' });
    expect(await legend.textContent()).toContain('National body');
    expect(await legend.textContent()).toContain('Region');
    await context.close();
  });
});

describe('search', () => {
  it('suggests names as you type and is driven with arrow keys, Enter and Escape', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await mapSnapshot(page);
    const box = page.getByRole('combobox', { name: 'Search the graph' });
    const listbox = page.getByRole('listbox', { name: 'Search the graph: suggestions' });
    await box.pressSequentially('southend', { delay: 20 });
    await listbox.getByRole('option', { name: /Southend University Hospital NHS Foundation Trust/ }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    const firstId = await options.nth(0).getAttribute('id');
    const secondId = await options.nth(1).getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(secondId);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await listbox.isHidden()).toBe(true);

    await searchAndOpen(page, 'southend', 'Southend University Hospital NHS Foundation Trust');
    const snap = await waitForMap(page, (s) => nodeNamed(s, 'Southend University Hospital NHS Foundation Trust')?.selected === true);
    const trust = nodeNamed(snap, 'Southend University Hospital NHS Foundation Trust');
    expect(trust?.selected).toBe(true);
    expect(snap.nodes.length).toBeGreaterThan(1);
    expect(await page.getByTestId('view-title').textContent()).toBe('Around Southend University Hospital NHS Foundation Trust');
    const detail = page.getByRole('complementary', { name: 'Details' });
    await detail.getByRole('heading', { name: 'Southend University Hospital NHS Foundation Trust' }).waitFor();
    expect(await box.inputValue()).toBe('');
    await context.close();
  });

  it('finds entities by acronym and by ODS code, and says when nothing matches', async () => {
    const { entity } = await gql<{ entity: { id: string } | null }>('{ entity(id: "nhs-improvement") { id } }');
    const [withCode] = (
      await gql<{ graph: { nodes: { name: string; odsCode: string | null }[] } }>(
        '{ graph(kinds: [TRUST]) { nodes { name odsCode } } }',
      )
    ).graph.nodes.filter((e) => e.odsCode && e.odsCode.length >= 3);
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await mapSnapshot(page);
    const box = page.getByRole('combobox', { name: 'Search the graph' });
    const listbox = page.getByRole('listbox', { name: 'Search the graph: suggestions' });

    await box.pressSequentially('NHSI', { delay: 20 });
    await listbox.getByRole('option', { name: /NHS Improvement/ }).first().waitFor();
    expect(await listbox.getByRole('option').first().textContent()).toContain('NHS Improvement');
    expect(entity).not.toBeNull();

    expect(withCode?.odsCode).toBeTruthy();
    await box.fill('');
    await box.pressSequentially(withCode!.odsCode!, { delay: 20 });
    await listbox.getByRole('option', { name: new RegExp(withCode!.name) }).first().waitFor();
    expect(await listbox.getByRole('option').first().textContent()).toContain(`ODS ${withCode!.odsCode}`);

    await box.fill('');
    await box.pressSequentially('qqxzzqqwv', { delay: 20 });
    const empty = page.getByRole('status').filter({ hasText: 'No entity matches “qqxzzqqwv”' });
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Try a shorter name');
    expect(await listbox.getByRole('option').count()).toBe(0);
    await context.close();
  });
});

describe('the map', () => {
  it('shows a tooltip for an entity and a relationship under the pointer', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await searchAndOpen(page, 'Mid and South Essex Success Regime', 'Mid and South Essex Success Regime');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Mid and South Essex Success Regime' }).waitFor();
    // Positions are read once the layout has stopped moving nodes and the map has slid the selection clear of the
    // detail panel, so the pointer lands where they stay.
    const snap = await waitForMap(page, (s) => {
      const regime = nodeNamed(s, 'Mid and South Essex Success Regime');
      return regime?.selected === true && !regime.covered;
    });
    const regime = nodeNamed(snap, 'Mid and South Essex Success Regime')!;
    await page.mouse.move(regime.x, regime.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Mid and South Essex Success Regime');
    expect(await tooltip.textContent()).toContain('Programme');
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });

    const edge = snap.edges.find((e) => e.type === 'OVERSEES' || e.type === 'PART_OF')!;
    await page.mouse.move(edge.x, edge.y);
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/oversees|oversaw|is part of|was part of|includes|included/);
    await context.close();
  });

  it('draws colour and shape by kind, and line colour, style and arrows by relationship type', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    const snap = await waitForMap(page, (s) => s.nodes.length > 0);
    const body = nodeNamed(snap, 'NHS England')!;
    const programme = nodeNamed(snap, 'Success Regime')!;
    expect(body.shape).not.toBe(programme.shape);
    expect(body.color).not.toBe(programme.color);
    const oversees = snap.edges.find((e) => e.type === 'OVERSEES')!;
    const funds = snap.edges.find((e) => e.type === 'FUNDS')!;
    expect(oversees.lineStyle).toBe('solid');
    expect(funds.lineStyle).toBe('dashed');
    expect(oversees.color).not.toBe(funds.color);
    expect(snap.edges.every((e) => e.arrow === 'triangle')).toBe(true);
    await context.close();
  });
});
