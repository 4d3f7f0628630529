import { describe, expect, it } from 'vitest';
import {
  decodeStoryLink,
  encodeStoryLink,
  parseStoryFile,
  readStoryFile,
  storyFileName,
  storyFileText,
  toStoryFile,
  type Story,
} from '../../web/src/lib/state/story-file.ts';
import { DEFAULT_VIEW, encodeView } from '../../web/src/lib/state/url-state.ts';

const story: Story = {
  id: 'story-reorganisations',
  title: 'The 2016 and 2022 reorganisations — “NHS” & co',
  steps: [
    {
      id: 'a',
      caption: 'In 2015 Monitor and the NHS Trust Development Authority oversee providers separately.',
      view: { ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'monitor' }, asOf: '2015-06-01', layout: 'hierarchical' },
      label: 'Around Monitor',
    },
    {
      id: 'b',
      caption: 'From April 2016 they work as one: NHS Improvement.',
      view: { ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'nhs-improvement' }, asOf: '2016-06-01', expanded: ['monitor'], hiddenKinds: ['PERSON'] },
    },
    {
      id: 'c',
      caption: 'July 2022: integrated care boards, overseen by NHS England.',
      view: { ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'nhs-england' }, asOf: '2022-07-01', positions: [['nhs-england', { x: 10, y: -20 }]] },
    },
  ],
};

/** What survives a file or a link: everything but the steps' page-only ids. */
const content = (s: Story) => ({ ...s, steps: s.steps.map(({ id: _id, ...rest }) => rest) });

/** A valid file's JSON with one change made to it. */
function fileWith(change: (file: Record<string, unknown> & { steps: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(storyFileText(story));
  change(file);
  return JSON.stringify(file);
}

function errorsOf(text: string): string[] {
  const result = readStoryFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('story files', () => {
  it('reads back exactly the story it wrote', () => {
    const result = readStoryFile(storyFileText(story));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(content(result.story)).toEqual(content(story));
    expect(new Set(result.story.steps.map((s) => s.id)).size).toBe(3);
  });

  it('writes the documented format, each view as the string its link holds', () => {
    const file = JSON.parse(storyFileText(story));
    expect(file).toEqual({
      format: 'nhs-explorer-story',
      version: 1,
      id: 'story-reorganisations',
      title: story.title,
      steps: [
        { caption: story.steps[0]!.caption, view: 'focus=monitor&asOf=2015-06-01&layout=hierarchical', label: 'Around Monitor' },
        { caption: story.steps[1]!.caption, view: 'focus=nhs-improvement&expanded=monitor&asOf=2016-06-01&hideKinds=PERSON' },
        { caption: story.steps[2]!.caption, view: 'focus=nhs-england&asOf=2022-07-01&moved=nhs-england%3A10%3A-20' },
      ],
    });
    expect(file.steps[1].view).toBe(encodeView(story.steps[1]!.view));
    expect(storyFileName(story)).toBe('story-the-2016-and-2022-reorganisations-nhs-co.json');
  });

  it('gives a story file without an id a new one, and keeps an empty story', () => {
    const result = readStoryFile(fileWith((f) => {
      delete f.id;
      f.steps = [];
    }));
    expect(result.ok && result.story.id).toMatch(/^story-[a-z0-9]+$/);
    expect(result.ok && result.story.steps).toEqual([]);
  });

  it('refuses a file that is not JSON', () => {
    expect(errorsOf('{"format": "nhs-explorer-story", ')).toEqual(['This file is not JSON, so it cannot be a story file.']);
    expect(errorsOf('[1, 2]')).toEqual(['This file does not hold a story: it is not a JSON object.']);
  });

  it('refuses another format or version before looking at anything else', () => {
    expect(errorsOf(JSON.stringify({ format: 'nhs-explorer-view', version: 1 }))).toEqual([
      'This is not a story file: it has "format": "nhs-explorer-view", not "nhs-explorer-story".',
    ]);
    expect(errorsOf(JSON.stringify({ title: 'x', steps: [] }))).toEqual(['This is not a story file: it has no "format", not "nhs-explorer-story".']);
    expect(errorsOf(fileWith((f) => (f.version = 2)))).toEqual(['This story file is version 2; this explorer reads version 1.']);
    expect(errorsOf(fileWith((f) => delete f.version))).toEqual(['This story file has no "version"; this explorer reads version 1.']);
  });

  it('names the step whose caption is missing, empty or too long', () => {
    expect(errorsOf(fileWith((f) => delete f.steps[1]!.caption))).toEqual(['Step 2: missing caption.']);
    expect(errorsOf(fileWith((f) => (f.steps[0]!.caption = '   ')))).toEqual(['Step 1: missing caption.']);
    expect(errorsOf(fileWith((f) => (f.steps[2]!.caption = 'x'.repeat(281))))).toEqual(['Step 3: the caption is longer than 280 characters.']);
    expect(errorsOf(fileWith((f) => (f.steps[2]!.caption = 42)))).toEqual(['Step 3: the caption is not text.']);
  });

  it('names each thing wrong with the title, the steps and their views', () => {
    expect(errorsOf(fileWith((f) => delete f.title))).toEqual(['The story has no title.']);
    expect(errorsOf(fileWith((f) => delete (f as { steps?: unknown }).steps))).toEqual(['The story has no "steps".']);
    expect(errorsOf(fileWith((f) => (f.steps = {} as never)))).toEqual(['The story\'s "steps" is not a list.']);
    expect(errorsOf(fileWith((f) => (f.steps[0] = 'monitor' as never)))).toEqual(['Step 1 is not an object with a caption and a view.']);
    expect(errorsOf(fileWith((f) => delete f.steps[0]!.view))).toEqual(['Step 1: missing view.']);
    expect(errorsOf(fileWith((f) => (f.id = 'has spaces')))).toEqual(['The story\'s id may hold only letters, digits, "-" and "_" (at most 64).']);
    expect(
      errorsOf(fileWith((f) => {
        delete f.title;
        delete f.steps[0]!.caption;
      })),
    ).toEqual(['The story has no title.', 'Step 1: missing caption.']);
  });

  it('names the step whose view has problems, and what they are', () => {
    expect(errorsOf(fileWith((f) => (f.steps[1]!.view = 'focus=nhs-improvement&asOf=yesterday&layout=spiral')))).toEqual([
      'Step 2: the view has problems: "yesterday" is not a date. "spiral" is not a layout.',
    ]);
    expect(errorsOf(fileWith((f) => (f.steps[0]!.view = 'not a view')))).toEqual(['Step 1: the view has problems: "not a view" is not part of a view.']);
  });

  it('keeps a step grouped by kind, with the kinds it opened, in the file and the link', () => {
    const folded: Story = {
      id: 'story-kinds',
      title: 'Kinds',
      steps: [{ id: 'a', caption: 'Everything, by kind, the trusts opened.', view: { ...DEFAULT_VIEW, opened: { kind: 'everything' }, fold: { by: 'kind', open: ['TRUST'] } } }],
    };
    expect(JSON.parse(storyFileText(folded)).steps[0].view).toBe('show=everything&fold=kind&openKinds=TRUST');
    const read = readStoryFile(storyFileText(folded));
    expect(read.ok && content(read.story)).toEqual(content(folded));
    const linked = decodeStoryLink(encodeStoryLink(folded));
    expect(linked?.ok && content(linked.story)).toEqual(content(folded));
  });

  it('reads a parsed object the same way as its text', () => {
    const result = parseStoryFile(toStoryFile(story));
    expect(result.ok && content(result.story)).toEqual(content(story));
  });
});

describe('story links', () => {
  it('puts the story in the link as base64url and reads it back', () => {
    const hash = encodeStoryLink(story);
    expect(hash).toMatch(/^story=[A-Za-z0-9_-]+$/);
    const result = decodeStoryLink(`#${hash}`);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(content(result.story)).toEqual(content(story));
    expect(result.story.id).toBe(story.id);
  });

  it('holds the same compact JSON as the file', () => {
    const encoded = encodeStoryLink(story).slice('story='.length);
    const json = new TextDecoder().decode(Uint8Array.from(atob(encoded.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0)));
    expect(json).toBe(JSON.stringify(toStoryFile(story)));
  });

  it('is no story link when the link holds a view', () => {
    expect(decodeStoryLink('#focus=monitor&asOf=2015-06-01')).toBeNull();
    expect(decodeStoryLink('')).toBeNull();
  });

  it('says what is wrong with a damaged story link', () => {
    expect(decodeStoryLink('#story=not*base64')).toEqual({ ok: false, errors: ['The story in this link is damaged: it is not base64url text.'] });
    expect(decodeStoryLink(`#story=${btoa('{oops').replace(/=+$/, '')}`)).toEqual({ ok: false, errors: ['The story in this link is damaged: it is not JSON.'] });
    const cut = encodeStoryLink({ ...story, steps: [{ ...story.steps[0]!, caption: ' ' }] });
    expect(decodeStoryLink(cut)).toEqual({ ok: false, errors: ['Step 1: missing caption.'] });
  });
});
