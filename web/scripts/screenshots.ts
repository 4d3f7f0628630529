/**
 * Saves screenshots of the main views to docs/screenshots/:
 *   npm run screenshots                                       a throwaway Neo4j seeded from seed/data
 *   SCREENSHOT_URL=http://127.0.0.1:4000 npm run screenshots  an explorer already running
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchBrowser, mapSnapshot, nodeNamed, openPage, searchAndOpen } from '../../tests/helpers/browser.ts';
import { SCREENSHOTS_DIR, shot, startStack } from './stack.ts';

const stack = process.env.SCREENSHOT_URL ? null : await startStack();
const base = process.env.SCREENSHOT_URL ?? stack!.url;

async function chooseIn(page: Page, label: string, text: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill('');
  await box.pressSequentially(text, { delay: 15 });
  await page.getByRole('option', { name: option }).first().click();
}

async function askOversight(page: Page) {
  await page.getByText('Who oversees…?').click();
  await chooseIn(page, 'Entity', 'Mid and South Essex Success Regime', 'Mid and South Essex Success Regime');
  await page.getByRole('button', { name: 'Answer' }).click();
  await page.getByRole('heading', { name: /Who oversees Mid and South Essex Success Regime/ }).waitFor();
}

async function askPath(page: Page) {
  await page.getByText('How is … connected to …?').click();
  await chooseIn(page, 'From', 'NHS England', 'NHS England');
  await chooseIn(page, 'To', 'Southend University Hospital', 'Southend University Hospital');
  await page.getByRole('button', { name: 'Answer' }).click();
  await page.getByRole('heading', { name: /How is NHS England connected to/ }).waitFor();
}

await mkdir(SCREENSHOTS_DIR, { recursive: true });
const browser = await launchBrowser();
try {
  const { context, page } = await openPage(browser, { width: 1600, height: 1000 });
  await page.goto(base);
  await shot(page, 'overview');

  const box = page.getByRole('combobox', { name: 'Search the graph' });
  await box.pressSequentially('southend', { delay: 15 });
  await page.getByRole('listbox', { name: 'Search the graph: suggestions' }).getByRole('option').first().waitFor();
  await shot(page, 'search');

  await box.fill('');
  await searchAndOpen(page, 'Mid and South Essex Success Regime', 'Mid and South Essex Success Regime');
  const snap = await mapSnapshot(page);
  const node = nodeNamed(snap, 'Mid and South Essex Success Regime');
  if (node) await page.mouse.click(node.x, node.y);
  const panel = page.getByRole('complementary', { name: 'Details' });
  const overseenBy = panel.getByRole('region', { name: 'Is overseen by' });
  await overseenBy.getByText(/^How it is known/).first().click();
  await overseenBy.locator('blockquote').first().scrollIntoViewIfNeeded();
  await shot(page, 'detail-with-sources');

  await askOversight(page);
  await shot(page, 'oversight-tree');

  await askPath(page);
  await shot(page, 'path-answer');

  await page.getByRole('button', { name: 'Use the dark theme' }).click();
  await shot(page, 'dark-theme');
  await page.getByRole('button', { name: 'Use the light theme' }).click();

  // Time: the overview as it stood in June 2017, then what changed between June 2015 and June 2016.
  await page.getByRole('button', { name: 'Overview' }).click();
  const time = page.getByRole('region', { name: 'Time' });
  await time.getByLabel('As of', { exact: true }).fill('2017-06-01');
  await time.getByText('The map as it stood on 1 June 2017').waitFor();
  await time.scrollIntoViewIfNeeded();
  await shot(page, 'time-travel');

  const compare = time.getByRole('form', { name: 'What changed' });
  await compare.getByLabel('Between').fill('2015-06-01');
  await compare.getByLabel('and').fill('2016-06-01');
  await compare.getByRole('button', { name: 'Show changes' }).click();
  await time.getByRole('list', { name: 'Added' }).waitFor();
  await time.getByRole('heading', { name: /Changes from/ }).scrollIntoViewIfNeeded();
  await shot(page, 'changes');

  // A region opened with the Hierarchy layout: an org chart, the region above its ICBs.
  await page.goto(`${base}/#group=Y56&asOf=2023-06-01&layout=hierarchical`);
  await page.getByRole('navigation', { name: 'Groups opened' }).getByText('NHS England London').waitFor();
  const hint = page.getByRole('complementary', { name: 'What to try' });
  if (await hint.isVisible()) await hint.getByRole('button').first().click();
  // The Time panel's shots left the sidebar scrolled down.
  await page.getByRole('complementary', { name: 'Questions and filters' }).evaluate((sidebar) => sidebar.scrollTo(0, 0));
  await shot(page, 'org-chart-london');

  await context.close();
} finally {
  await browser.close();
  await stack?.stop();
}
