import { describe, expect, it } from 'vitest';
import { nodeNamed, openPage, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

/** "Group by kind" in the toolbar, on the whole graph: kind nodes, counted links, opening a kind, the link, ungrouping. */
const app = useBrowserApp();

const groupsOf = (snap: MapSnapshot) => snap.nodes.filter((n) => n.classes.includes('group'));

describe('grouping a view by kind', () => {
  // A longer time limit: the whole graph (a thousand nodes) is loaded three times and laid out in full twice.
  it('folds Everything into one node per kind with counted links, opens the trusts, keeps it in the link, and ungroups', async () => {
    const { context, page } = await openPage(app.browser);
    // Drawn by Cytoscape whole (not as an overview), so every node of the plain map can be read and counted.
    await page.goto(`${app.server.url}/?overviewFrom=5000#show=everything`);
    const plain = await waitForMap(page, (s) => s.nodes.length > 900, 600);
    // What the folded map must add up to, counted from the plain one.
    const kindOf = new Map(plain.nodes.map((n) => [n.id, n.kind]));
    const members = (kind: string) => plain.nodes.filter((n) => n.kind === kind).length;
    const between = (from: (id: string) => boolean, type: string, toKind: string) =>
      plain.edges.filter((e) => e.type === type && from(e.source) && kindOf.get(e.target) === toKind).length;
    const kinds = new Set(plain.nodes.map((n) => n.kind));
    const foldable = [...kinds].filter((k) => members(k) > 1);
    expect(members('GOVERNMENT_DEPARTMENT')).toBe(1);

    await page.getByRole('button', { name: 'Group by kind' }).click();
    let snap = await waitForMap(page, (s) => s.nodes.some((n) => n.id === 'kind:TRUST'));
    expect(groupsOf(snap).map((g) => g.id).sort()).toEqual(foldable.map((k) => `kind:${k}`).sort());
    expect(nodeNamed(snap, `${members('TRUST')} trusts`)?.id).toBe('kind:TRUST');
    expect(nodeNamed(snap, `${members('CCG')} CCGs`)?.id).toBe('kind:CCG');
    // The one department stands alone, under its own name.
    expect(nodeNamed(snap, 'Department of Health and Social Care')?.classes).not.toContain('group');
    expect(snap.nodes).toHaveLength(foldable.length + 1);
    const ccgsInStps = snap.edges.find((e) => e.source === 'kind:CCG' && e.type === 'PART_OF' && e.target === 'kind:STP');
    expect(ccgsInStps?.count).toBe(between((id) => kindOf.get(id) === 'CCG', 'PART_OF', 'STP'));
    expect(ccgsInStps?.count).toBeGreaterThan(100);
    expect(ccgsInStps?.classes).toContain('grouped');
    expect(page.url()).toContain('show=everything&fold=kind');
    expect(await page.getByTestId('view-title').textContent()).toBe('The whole graph, grouped by kind');

    // A kind's node: its details offer only to open it. Opening the trusts shows each trust; each trust's links
    // to kinds still folded are counted.
    const trusts = nodeNamed(snap, `${members('TRUST')} trusts`)!;
    await page.mouse.click(trusts.x, trusts.y);
    await expect.poll(() => page.locator('#detail-title').textContent()).toBe(`${members('TRUST')} trusts`);
    const panel = page.getByRole('complementary', { name: 'Details' });
    expect(await panel.getByRole('button', { name: 'Focus on this' }).count()).toBe(0);
    await panel.getByRole('button', { name: `Open ${members('TRUST')} trusts` }).click();
    snap = await waitForMap(page, (s) => s.nodes.filter((n) => n.kind === 'TRUST').length === members('TRUST'));
    expect(snap.nodes.some((n) => n.id === 'kind:TRUST')).toBe(false);
    // Opening the node let go of it: the details closed.
    expect(await page.locator('#detail-title').count()).toBe(0);
    const fromTrusts = snap.edges.filter((e) => e.count !== null && kindOf.get(e.source) === 'TRUST');
    expect(fromTrusts.length).toBeGreaterThan(10);
    for (const link of fromTrusts) {
      expect(link.count).toBe(between((id) => id === link.source, link.type, link.target.slice('kind:'.length)));
    }
    expect(page.url()).toContain('fold=kind&openKinds=TRUST');

    // The link holds it: opened again, the map is the same.
    await page.reload();
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.id === 'kind:CCG') && s.nodes.filter((n) => n.kind === 'TRUST').length === members('TRUST'));
    expect(groupsOf(snap)).toHaveLength(foldable.length - 1);

    // "Fold trusts" puts them back in their node; "Ungroup" shows the whole graph again.
    await page.getByRole('button', { name: 'Fold trusts' }).click();
    snap = await waitForMap(page, (s) => s.nodes.some((n) => n.id === 'kind:TRUST'));
    expect(snap.nodes).toHaveLength(foldable.length + 1);
    expect(page.url()).not.toContain('openKinds');
    await page.getByRole('button', { name: 'Ungroup' }).click();
    snap = await waitForMap(page, (s) => s.nodes.length === plain.nodes.length, 600);
    expect(groupsOf(snap)).toEqual([]);
    expect(snap.edges).toHaveLength(plain.edges.length);
    expect(page.url()).not.toContain('fold=');
    await context.close();
  }, 180_000);
});
