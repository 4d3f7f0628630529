/**
 * Screenshots of saved views and stories to docs/screenshots/ (npm run screenshots:stories; SCREENSHOT_URL as
 * in screenshots.ts): the Stories panel with a three-step story open, and its second step presented in the
 * projector theme.
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, mapSnapshot, openPage, searchAndOpen, waitForMap } from '../../tests/helpers/browser.ts';
import { SCREENSHOTS_DIR, shot, startStack } from './stack.ts';

const stack = process.env.SCREENSHOT_URL ? null : await startStack();
const base = process.env.SCREENSHOT_URL ?? stack!.url;

const STEPS = [
  { date: '2015-06-01', name: 'Monitor', caption: 'June 2015: Monitor regulates foundation trusts; the NHS Trust Development Authority oversees the other trusts.' },
  { date: '2016-06-01', name: 'NHS Improvement', caption: 'June 2016: the two work as one, under the name NHS Improvement.' },
  { date: '2022-07-01', name: 'NHS England', caption: 'July 2022: NHS England takes over, and integrated care boards replace clinical commissioning groups.' },
];

await mkdir(SCREENSHOTS_DIR, { recursive: true });
const browser = await launchBrowser();
try {
  const { context, page } = await openPage(browser, { width: 1600, height: 1000 });
  await page.goto(base);
  await mapSnapshot(page);
  const stories = page.getByRole('region', { name: 'Stories' });
  await page.getByRole('region', { name: 'Saved views' }).getByLabel('Name for the current view').fill('The national overview');
  await page.getByRole('button', { name: 'Save view' }).click();
  await stories.getByLabel('Title of a new story').fill('The 2016 and 2022 reorganisations');
  await stories.getByRole('button', { name: 'New story' }).click();
  for (const step of STEPS) {
    await page.getByRole('region', { name: 'Time' }).getByLabel('As of', { exact: true }).fill(step.date);
    await searchAndOpen(page, step.name, step.name);
    await waitForMap(page, (s) => s.nodes.some((n) => n.name === step.name && n.classes.includes('root')));
    await stories.getByLabel('Caption for the current view').fill(step.caption);
    await stories.getByRole('button', { name: 'Add the current view as a step' }).click();
  }
  await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: /Close/ }).first().click();
  await page.getByRole('heading', { name: 'Saved views' }).scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await shot(page, 'story-panel');

  await stories.getByRole('button', { name: 'Present The 2016 and 2022 reorganisations' }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByText('Step 2 of 3').waitFor();
  await waitForMap(page, (s) => s.nodes.some((n) => n.name === 'NHS Improvement' && n.classes.includes('root')));
  await shot(page, 'presenter');
  await context.close();
} finally {
  await browser.close();
  await stack?.stop();
}
