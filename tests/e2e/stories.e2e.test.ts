import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dragNode, nodeNamed, openPage, searchAndOpen, waitForMap, type MapSnapshot } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

const TITLE = 'The 2016 and 2022 reorganisations';
const CAPTIONS = [
  'June 2015: Monitor regulates foundation trusts; the NHS Trust Development Authority oversees the other trusts.',
  'June 2016: the two work as one, under the name NHS Improvement.',
  'July 2022: NHS England takes over, and integrated care boards replace clinical commissioning groups.',
];

const root = (snap: MapSnapshot) => snap.nodes.find((n) => n.classes.includes('root'))?.name;
const isStep = (n: number) => (snap: MapSnapshot) =>
  n === 1
    ? root(snap) === 'Monitor'
    : n === 2
      ? root(snap) === 'NHS Improvement'
      : root(snap) === 'NHS England' && snap.nodes.some((node) => node.kind === 'INTEGRATED_CARE_BOARD');

/** Sets the as-of date, focuses on an entity and adds the view as a step with a caption, all through the page. */
async function addStep(page: Page, date: string, dateText: string, name: string, caption: string) {
  const time = page.getByRole('region', { name: 'Time' });
  await time.getByLabel('As of', { exact: true }).fill(date);
  await time.getByText(`The map as it stood on ${dateText}`).waitFor();
  await searchAndOpen(page, name, name);
  await waitForMap(page, (s) => root(s) === name);
  const stories = page.getByRole('region', { name: 'Stories' });
  await stories.getByLabel('Caption for the current view').fill(caption);
  await stories.getByRole('button', { name: 'Add the current view as a step' }).click();
}

async function stepCaptions(page: Page): Promise<string[]> {
  const steps = page.getByRole('list', { name: `Steps of ${TITLE}` }).locator('.caption');
  return (await steps.allInnerTexts()).map((t) => t.replace(/^Step \d+:\s*/, '').trim());
}

/** The presenter's caption and "Step n of m", and the map once it shows that step. */
async function presented(page: Page, step: number) {
  const bar = page.getByRole('region', { name: `Presenting ${TITLE}` });
  await bar.getByText(`Step ${step} of 3`).waitFor();
  const map = await waitForMap(page, isStep(step));
  return { caption: await bar.locator('.caption').innerText(), map };
}

describe('stories', () => {
  it('builds a three-step story, presents it from the keyboard, shares it as a link and as a file', async () => {
    const { context, page } = await openPage(app.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);

    const stories = page.getByRole('region', { name: 'Stories' });
    await stories.getByLabel('Title of a new story').fill(TITLE);
    await stories.getByRole('button', { name: 'New story' }).click();
    await addStep(page, '2015-06-01', '1 June 2015', 'Monitor', CAPTIONS[0]!);
    await addStep(page, '2016-06-01', '1 June 2016', 'NHS Improvement', CAPTIONS[1]!);
    await addStep(page, '2022-07-01', '1 July 2022', 'NHS England', 'Integrated care boards');
    expect(await stepCaptions(page)).toEqual([CAPTIONS[0], CAPTIONS[1], 'Integrated care boards']);
    await stories.getByRole('button', { name: `Present ${TITLE}` }).waitFor();
    expect(await stories.getByText('3 steps').isVisible()).toBe(true);

    // Edit a caption, and reorder with the keyboard: the focus stays with the step that moved.
    await stories.getByRole('button', { name: 'Edit the caption of step 3' }).click();
    await stories.getByRole('textbox', { name: 'Caption of step 3', exact: true }).fill(CAPTIONS[2]!);
    await stories.getByRole('button', { name: 'Save caption' }).click();
    await stories.getByRole('button', { name: 'Move step 3 up' }).focus();
    await page.keyboard.press('Enter');
    expect(await stepCaptions(page)).toEqual([CAPTIONS[0], CAPTIONS[2], CAPTIONS[1]]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move step 2 up');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move step 2 down');
    await page.keyboard.press('Enter');
    expect(await stepCaptions(page)).toEqual(CAPTIONS);

    // Present: the page's chrome steps aside, the map fills the window, each step shows its caption and its view.
    await stories.getByRole('button', { name: `Present ${TITLE}` }).click();
    const first = await presented(page, 1);
    expect(first.caption).toBe(CAPTIONS[0]);
    expect(nodeNamed(first.map, 'NHS Improvement')).toBeUndefined();
    expect(nodeNamed(first.map, 'NHS Trust Development Authority') ?? nodeNamed(first.map, 'Monitor')).toBeDefined();
    expect(await page.getByRole('combobox', { name: 'Search the graph' }).isVisible()).toBe(false);
    expect(await page.getByRole('complementary', { name: 'Questions and filters' }).isVisible()).toBe(false);
    const stage = await page.getByRole('region', { name: 'Map' }).boundingBox();
    expect(stage).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    // The projector theme: black on white, whatever the page's theme.
    expect(await page.locator('.canvas').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');

    await page.keyboard.press('ArrowRight');
    const second = await presented(page, 2);
    expect(second.caption).toBe(CAPTIONS[1]);
    expect(nodeNamed(second.map, 'NHS Improvement')).toBeDefined();

    await page.keyboard.press('ArrowRight');
    const third = await presented(page, 3);
    expect(third.caption).toBe(CAPTIONS[2]);
    expect(nodeNamed(third.map, 'NHS Improvement')).toBeUndefined();
    expect(third.map.nodes.filter((n) => n.kind === 'INTEGRATED_CARE_BOARD').length).toBeGreaterThan(0);

    await page.keyboard.press('ArrowRight');
    await presented(page, 3);
    await page.keyboard.press('ArrowLeft');
    expect((await presented(page, 2)).caption).toBe(CAPTIONS[1]);
    await page.keyboard.press('Home');
    expect((await presented(page, 1)).caption).toBe(CAPTIONS[0]);
    await page.keyboard.press('End');
    expect((await presented(page, 3)).caption).toBe(CAPTIONS[2]);

    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: `Presenting ${TITLE}` }).waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Search the graph' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Present ${TITLE}`);

    // Share as a link: a new page (its own storage) offers the same story and presents it.
    await stories.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: `Link to the story "${TITLE}" copied.` }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${app.server.url}/?#story=[A-Za-z0-9_-]+$`));

    const other = await openPage(app.browser);
    await other.page.goto(link);
    const offer = other.page.getByRole('complementary', { name: TITLE });
    await offer.getByText('3 steps.').waitFor();
    await waitForMap(other.page, isStep(1));
    await offer.getByRole('button', { name: 'Present the story' }).click();
    expect((await presented(other.page, 1)).caption).toBe(CAPTIONS[0]);
    await other.page.keyboard.press('ArrowRight');
    expect((await presented(other.page, 2)).caption).toBe(CAPTIONS[1]);
    await other.page.keyboard.press('ArrowRight');
    expect((await presented(other.page, 3)).caption).toBe(CAPTIONS[2]);
    await other.page.keyboard.press('Escape');
    await other.page.getByRole('region', { name: `Presenting ${TITLE}` }).waitFor({ state: 'detached' });
    await other.context.close();

    // Export as a file, and import it in a fresh context.
    const [download] = await Promise.all([page.waitForEvent('download'), stories.getByRole('button', { name: 'Export file' }).click()]);
    expect(download.suggestedFilename()).toBe('story-the-2016-and-2022-reorganisations.json');
    const file = await readFile(await download.path());
    const json = JSON.parse(file.toString('utf8'));
    expect(json).toMatchObject({ format: 'nhs-explorer-story', version: 1, title: TITLE });
    expect(json.steps.map((s: { caption: string }) => s.caption)).toEqual(CAPTIONS);
    expect(json.steps[0].view).toContain('focus=monitor');
    expect(json.steps[0].view).toContain('asOf=2015-06-01');
    await context.close();

    const fresh = await openPage(app.browser);
    const freshStories = fresh.page.getByRole('region', { name: 'Stories' });
    await fresh.page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(fresh.page, (s) => s.nodes.length > 0);
    await freshStories.getByLabel('Story file to import').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: file });
    await fresh.page.getByRole('status').filter({ hasText: `Imported the story "${TITLE}" (3 steps).` }).waitFor();
    expect(await stepCaptions(fresh.page)).toEqual(CAPTIONS);

    // A bad file: the error names what is wrong, and nothing changes.
    const stored = () => fresh.page.evaluate(() => localStorage.getItem('explorer-stories'));
    const before = await stored();
    const bad = { ...json, steps: [json.steps[0], { view: json.steps[1].view }, json.steps[2]] };
    await freshStories.getByLabel('Story file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = freshStories.getByRole('alert');
    await alert.getByText('Could not import bad.json').waitFor();
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual(['Step 2: missing caption.']);
    await freshStories.getByLabel('Story file to import').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a story') });
    await alert.getByText('Could not import notes.txt').waitFor();
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual(['This file is not JSON, so it cannot be a story file.']);
    expect(await stored()).toBe(before);
    expect(await freshStories.getByRole('list', { name: 'Your stories' }).getByRole('listitem').filter({ hasText: TITLE }).count()).toBe(1);
    expect(await stepCaptions(fresh.page)).toEqual(CAPTIONS);
    await fresh.context.close();
    // Three pages and a dozen map loads: more than the default minute on a busy machine.
  }, 150_000);

  it('keeps a named view through a reload, and opens, renames and deletes it', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0);
    const time = page.getByRole('region', { name: 'Time' });
    await time.getByLabel('As of', { exact: true }).fill('2017-06-01');
    await time.getByText('The map as it stood on 1 June 2017').waitFor();
    await searchAndOpen(page, 'NHS Improvement', 'NHS Improvement');
    await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Hierarchy' }).click();
    const laid = await waitForMap(page, (s) => root(s) === 'NHS Improvement' && s.layout === 'hierarchical');
    // A node moved by hand is kept with the view and put back where it was.
    const moving = laid.nodes.find((n) => !n.covered && n.name !== 'NHS Improvement')!;
    const saved = await dragNode(page, moving);
    const movedTo = saved.nodes.find((n) => n.id === moving.id)!;

    const panel = page.getByRole('region', { name: 'Saved views' });
    await panel.getByLabel('Name for the current view').fill('NHS Improvement in 2017');
    await panel.getByRole('button', { name: 'Save view' }).click();
    await panel.getByRole('button', { name: 'NHS Improvement in 2017', exact: true }).waitFor();

    // A reload without the link: the saved view is still there and brings back the same picture.
    await page.goto(`${app.server.url}/#show=overview`);
    await waitForMap(page, (s) => s.nodes.length > 0 && root(s) === undefined);
    expect(await page.getByLabel('As of', { exact: true }).inputValue()).toBe('');
    await panel.getByRole('button', { name: 'NHS Improvement in 2017', exact: true }).click();
    const reopened = await waitForMap(page, (s) => root(s) === 'NHS Improvement' && s.layout === 'hierarchical');
    expect(reopened.nodes.map((n) => n.id).sort()).toEqual(saved.nodes.map((n) => n.id).sort());
    const putBack = (await waitForMap(page, (s) => s.layoutState === 'idle' && s.nodes.some((n) => n.id === moving.id && Math.round(n.modelX) === Math.round(movedTo.modelX)))).nodes.find((n) => n.id === moving.id)!;
    expect([Math.round(putBack.modelX), Math.round(putBack.modelY)]).toEqual([Math.round(movedTo.modelX), Math.round(movedTo.modelY)]);
    expect(await page.getByLabel('As of', { exact: true }).inputValue()).toBe('2017-06-01');
    expect(page.url()).toContain('focus=nhs-improvement');

    await panel.getByRole('button', { name: 'Rename NHS Improvement in 2017' }).click();
    await panel.getByLabel('New name for NHS Improvement in 2017').fill('NHSI, June 2017');
    await page.keyboard.press('Enter');
    await page.reload();
    await panel.getByRole('button', { name: 'NHSI, June 2017', exact: true }).waitFor();
    expect(await panel.getByText(/^Saved \d/).count()).toBe(1);
    await panel.getByRole('button', { name: 'Delete NHSI, June 2017' }).click();
    await page.reload();
    await panel.getByText('Save the map as it is now').waitFor();
    expect(await panel.getByRole('list', { name: 'Saved views' }).count()).toBe(0);
    await context.close();
  });
});
