import { describe, expect, it } from 'vitest';
import { nodeNamed, openPage, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

/** The grouped map of England: regions with counts, drilling down, the date, the link and the list view. */
const app = useBrowserApp();

const groupsOf = (snap: MapSnapshot) => snap.nodes.filter((n) => n.classes.includes('group'));

describe('the grouped map', () => {
  it('drills from England to a region to an ICB and a trust in three clicks, and back up by the trail', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2023-06-01`);
    let snap = await waitForMap(page, (s) => groupsOf(s).length === 7);
    // The "What to try" card floats over the map's corner: put it away so every node can be clicked.
    await page.getByRole('complementary', { name: 'What to try' }).getByRole('button').first().click();
    snap = await waitForMap(page, (s) => groupsOf(s).length === 7);
    const region = nodeNamed(snap, 'NHS England North East and Yorkshire')!;
    expect(region.covered).toBe(false);
    expect(region.classes).toContain('group');

    // One: open the region (double-click), which holds its ICBs on this date.
    await page.mouse.dblclick(region.x, region.y);
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.name === 'NHS West Yorkshire Integrated Care Board'));
    const icbs = groupsOf(snap);
    expect(new Set(icbs.map((g) => g.kind))).toEqual(new Set(['INTEGRATED_CARE_BOARD']));
    expect(icbs.map((g) => g.name)).toEqual(expect.arrayContaining(['NHS West Yorkshire Integrated Care Board', 'NHS Humber and North Yorkshire Integrated Care Board']));
    expect(page.url()).toContain('group=nhs-england-north-east-and-yorkshire');

    // Two: open the ICB from its details ("Open ..."), which shows its members with the ICB among them.
    const icb = nodeNamed(snap, 'NHS West Yorkshire Integrated Care Board')!;
    await page.mouse.click(icb.x, icb.y);
    await page.getByRole('button', { name: 'Open NHS West Yorkshire Integrated Care Board' }).click();
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.name === 'Leeds Teaching Hospitals NHS Trust'));
    expect(groupsOf(snap)).toEqual([]);
    expect(nodeNamed(snap, 'NHS West Yorkshire Integrated Care Board')?.kind).toBe('INTEGRATED_CARE_BOARD');
    expect(nodeNamed(snap, 'Leeds City Council')?.kind).toBe('COUNCIL');
    expect(page.url()).toContain('group=nhs-england-north-east-and-yorkshire%2CQWO');
    const trail = page.getByRole('navigation', { name: 'Groups opened' });
    expect((await trail.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'England',
      '› NHS England North East and Yorkshire',
      '› NHS West Yorkshire Integrated Care Board',
    ]);

    // Three: the trust's details (the ICB's details closed first, so that they cover no node).
    await page.getByRole('button', { name: 'Close details' }).click();
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.name === 'Leeds Teaching Hospitals NHS Trust' && !n.covered));
    const leeds = nodeNamed(snap, 'Leeds Teaching Hospitals NHS Trust')!;
    await page.mouse.click(leeds.x, leeds.y);
    await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Leeds Teaching Hospitals NHS Trust');

    // Back up by the trail: the region again, then England.
    await trail.getByRole('button', { name: 'NHS England North East and Yorkshire' }).click();
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.name === 'NHS West Yorkshire Integrated Care Board' && n.classes.includes('group')));
    await trail.getByRole('button', { name: 'England' }).click();
    await waitForMap(page, (s) => groupsOf(s).length === 7);
    await context.close();
  });

  it('opens a region double-clicked where its details open over the map (its right edge)', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2023-06-01`);
    await waitForMap(page, (s) => groupsOf(s).length === 7);
    await page.getByRole('complementary', { name: 'What to try' }).getByRole('button').first().click();
    let snap = await waitForMap(page, (s) => groupsOf(s).length === 7);
    // Drag the map so that the region sits 100 px from its right edge, under the detail panel (25rem) once open.
    const map = (await page.locator('.map').boundingBox())!;
    const target = { x: map.x + map.width - 100, y: map.y + map.height / 2 };
    const before = nodeNamed(snap, 'NHS England North East and Yorkshire')!;
    const from = (await page.evaluate(() => (window as unknown as { explorerMap: { emptyPoint(): { x: number; y: number } } }).explorerMap.emptyPoint()))!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + target.x - before.x, from.y + target.y - before.y, { steps: 8 });
    await page.mouse.up();
    snap = await waitForMap(page, (s) => Math.abs((nodeNamed(s, 'NHS England North East and Yorkshire')?.x ?? 0) - target.x) < 2);
    const region = nodeNamed(snap, 'NHS England North East and Yorkshire')!;
    expect(region.covered).toBe(false);

    await page.mouse.dblclick(region.x, region.y);
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.name === 'NHS West Yorkshire Integrated Care Board'));
    expect(groupsOf(snap).map((g) => g.kind)).toContain('INTEGRATED_CARE_BOARD');
    expect(page.url()).toContain('group=nhs-england-north-east-and-yorkshire');
    await context.close();
  });

  it('follows the date: in 2014 a region holds area teams, in 2017 STPs (or local offices when asked)', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2014-06-01&group=nhs-england-midlands-and-east`);
    let snap = await waitForMap(page, (s) => groupsOf(s).length > 0);
    expect(new Set(groupsOf(snap).map((g) => g.kind))).toEqual(new Set(['LOCAL_OFFICE']));
    expect(await page.getByTestId('view-title').textContent()).toContain('NHS England Midlands and East');

    await page.getByRole('region', { name: 'Time' }).getByLabel('As of', { exact: true }).fill('2017-06-01');
    snap = await waitForMap(page, (s) => groupsOf(s).some((g) => g.kind === 'STP'));
    expect(new Set(groupsOf(snap).map((g) => g.kind))).toEqual(new Set(['STP']));

    await page.getByLabel('Regions hold').selectOption('LOCAL_OFFICE');
    snap = await waitForMap(page, (s) => groupsOf(s).some((g) => g.kind === 'LOCAL_OFFICE'));
    expect(new Set(groupsOf(snap).map((g) => g.kind))).toEqual(new Set(['LOCAL_OFFICE']));
    expect(page.url()).toContain('groupBy=LOCAL_OFFICE');
    await context.close();
  });

  it('draws a region opened with the Hierarchy layout as an org chart: the region on top, its ICBs in a row below', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#group=Y56&asOf=2023-06-01&layout=hierarchical`);
    const snap = await waitForMap(page, (s) => groupsOf(s).length === 5 && s.layout === 'hierarchical');
    const london = nodeNamed(snap, 'NHS England London')!;
    const rows = new Set(groupsOf(snap).map((g) => Math.round(g.modelY)));
    expect(rows.size).toBe(1);
    expect(london.modelY).toBeLessThan([...rows][0]!);
    await context.close();
  });

  it('shows the same grouping in the list view: the groups with their members by kind, and the counted links', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#asOf=2023-06-01`);
    await waitForMap(page, (s) => groupsOf(s).length === 7);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByTestId('list-view');
    const groups = list.locator('table.groups');
    expect(await groups.locator('> caption').textContent()).toBe('Groups on the map on 1 June 2023 (7)');
    const london = groups.locator('tr[data-id]').filter({ hasText: 'NHS England London' });
    // The nested table: London's members by kind, its five ICBs among them.
    expect(await london.locator('table.members').getByRole('row').filter({ hasText: 'integrated care boards' }).locator('td').textContent()).toBe('5');
    expect(Number((await list.locator('table.links > caption').textContent())?.match(/\((\d+)\)/)?.[1])).toBeGreaterThan(10);
    await london.getByRole('button', { name: 'Open NHS England London' }).click();
    await expect.poll(async () => list.locator('table.groups > caption').textContent()).toBe('Groups on the map on 1 June 2023 (5)');
    await context.close();
  });
});
