import { describe, expect, it } from 'vitest';
import { openPage, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

describe('renderers', () => {
  for (const renderer of ['canvas', 'webgl'] as const) {
    it(`selects an entity by clicking it with the ${renderer} renderer, on the whole graph`, async () => {
      const { context, page } = await openPage(app.browser);
      // The whole graph drawn by Cytoscape, not as an overview (painted by the page whichever the renderer).
      await page.goto(`${app.server.url}/?renderer=${renderer}&overviewFrom=5000`);
      await waitForMap(page, (s) => s.nodes.length > 0);
      await page.getByRole('button', { name: 'Everything' }).click();
      const snap = await waitForMap(page, (s) => s.nodes.length > 100);
      expect(snap.renderer).toBe(renderer);
      expect(await page.getByRole('application').getAttribute('data-renderer')).toBe(renderer);
      // A node no other node sits close to, so the click can only mean it.
      const lonely = snap.nodes
        .filter((n) => !n.covered)
        .map((n) => ({ n, gap: Math.min(...snap.nodes.filter((m) => m !== n).map((m) => Math.hypot(m.x - n.x, m.y - n.y))) }))
        .sort((a, b) => b.gap - a.gap)[0]!.n;
      await page.mouse.click(lonely.x, lonely.y);
      const detail = page.getByRole('complementary', { name: 'Details' });
      await detail.getByRole('heading', { name: lonely.name, level: 2 }).waitFor();
      const after = await waitForMap(page, (s) => s.nodes.some((n) => n.selected));
      expect(after.nodes.find((n) => n.selected)?.id).toBe(lonely.id);
      await context.close();
    });
  }
});
