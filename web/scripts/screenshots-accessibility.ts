/**
 * Screenshots of the accessibility features to docs/screenshots/ (npm run screenshots:a11y; SCREENSHOT_URL
 * as in screenshots.ts): the list view, and the map's keyboard focus in the light and dark themes.
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, mapSnapshot, openPage, searchAndOpen, waitForMap } from '../../tests/helpers/browser.ts';
import { SCREENSHOTS_DIR, shot, startStack } from './stack.ts';

const stack = process.env.SCREENSHOT_URL ? null : await startStack();
const base = process.env.SCREENSHOT_URL ?? stack!.url;

await mkdir(SCREENSHOTS_DIR, { recursive: true });
const browser = await launchBrowser();
try {
  const { context, page } = await openPage(browser, { width: 1600, height: 1000 });
  await page.goto(base);
  await mapSnapshot(page);
  await page.getByRole('region', { name: 'Time' }).getByLabel('As of', { exact: true }).fill('2017-06-01');
  await searchAndOpen(page, 'NHS England', 'NHS England');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Relationships', level: 3 }).waitFor();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('table', { name: /^Entities on the map/ }).waitFor();
  await shot(page, 'list-view');

  // The keyboard from here on: back to the map, let go of the selection, and arrow to a neighbour.
  await page.getByRole('button', { name: 'Skip to the map' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForMap(page, (s) => s.nodes.some((n) => n.classes.includes('kbd-focus')));
  await shot(page, 'keyboard-focus');
  await page.getByRole('button', { name: 'Use the dark theme' }).click();
  await page.getByRole('application').focus();
  await shot(page, 'keyboard-focus-dark');
  await context.close();
} finally {
  await browser.close();
  await stack?.stop();
}
