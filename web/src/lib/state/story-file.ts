import * as z from 'zod/mini';
import { decodeView, encodeView, VIEW_KEYS, type SharedView } from './url-state.ts';

/**
 * Stories as data: a title and an ordered list of steps, each a view and a caption. One format serves the file
 * a story is exported to, the link it is shared as (the same JSON, compact, in base64url) and the browser's
 * storage, and each step's view is the string a view's link holds (url-state.ts), so there is one encoding of
 * a view. Pure: reading never throws; a bad file is answered with one sentence per thing wrong with it.
 */

export const STORY_FORMAT = 'nhs-explorer-story';
export const STORY_VERSION = 1;
export const TITLE_MAX = 120;
export const CAPTION_MAX = 280;
export const STEPS_MAX = 100;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface StoryStep {
  /** Only for telling steps apart on the page; not kept in files or links. */
  id: string;
  caption: string;
  view: SharedView;
  /** What the map's title was when the step was added ("Around Monitor"), to recognise the step by. */
  label?: string;
}

export interface Story {
  /** Stable across links, files and storage, so the same story opened twice is recognised. */
  id: string;
  title: string;
  steps: StoryStep[];
}

function makeFileSchema() {
  const stepSchema = z.object({
    caption: z.string().check(z.trim(), z.minLength(1), z.maxLength(CAPTION_MAX)),
    view: z.string(),
    label: z.optional(z.string().check(z.maxLength(TITLE_MAX))),
  });
  return z.object({
    format: z.literal(STORY_FORMAT),
    version: z.literal(STORY_VERSION),
    id: z.optional(z.string().check(z.regex(ID))),
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX)),
    steps: z.array(stepSchema).check(z.maxLength(STEPS_MAX)),
  });
}

/**
 * Built on first use, not when the page loads: zod's schemas cost about 30 ms to build on a slow machine, and the
 * first screen reads no story.
 */
let fileSchema: ReturnType<typeof makeFileSchema> | null = null;

/** A story as its file holds it. */
export type StoryFile = z.infer<ReturnType<typeof makeFileSchema>>;

export type StoryResult = { ok: true; story: Story } | { ok: false; errors: string[] };

/** A short random id, without needing a secure context (crypto.randomUUID is missing on plain http). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function toStoryFile(story: Story): StoryFile {
  return {
    format: STORY_FORMAT,
    version: STORY_VERSION,
    id: story.id,
    title: story.title,
    steps: story.steps.map((s) => ({ caption: s.caption, view: encodeView(s.view), ...(s.label ? { label: s.label } : {}) })),
  };
}

/** The story as the text of a .json file (indented, so it reads and diffs well). */
export function storyFileText(story: Story): string {
  return `${JSON.stringify(toStoryFile(story), null, 2)}\n`;
}

/** A file name for the story: its title in lower case, words joined by hyphens. */
export function storyFileName(story: Story): string {
  const slug = story.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `story-${slug || 'untitled'}.json`;
}

/** Reads the text of a story file. */
export function readStoryFile(text: string): StoryResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This file is not JSON, so it cannot be a story file.'] };
  }
  return parseStoryFile(data);
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const missing = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** One sentence for one thing zod found wrong, naming the step it is in. */
function explain(data: unknown, issue: z.core.$ZodIssue): string {
  const [first, index, field] = issue.path;
  const value = at(data, issue.path);
  const tooLong = issue.code === 'too_big';
  if (first === 'title') {
    if (missing(value)) return 'The story has no title.';
    return tooLong ? `The story's title is longer than ${TITLE_MAX} characters.` : "The story's title is not text.";
  }
  if (first === 'id') return `The story's id may hold only letters, digits, "-" and "_" (at most 64).`;
  if (first === 'steps' && index === undefined) {
    if (tooLong) return `The story has more than ${STEPS_MAX} steps.`;
    return missing(value) ? 'The story has no "steps".' : 'The story\'s "steps" is not a list.';
  }
  if (first === 'steps' && typeof index === 'number') {
    const step = `Step ${index + 1}`;
    if (field === undefined) return `${step} is not an object with a caption and a view.`;
    if (field === 'caption') {
      if (missing(value)) return `${step}: missing caption.`;
      return tooLong ? `${step}: the caption is longer than ${CAPTION_MAX} characters.` : `${step}: the caption is not text.`;
    }
    if (field === 'view') return missing(value) ? `${step}: missing view.` : `${step}: the view is not text.`;
    if (field === 'label') return `${step}: the label is not text of at most ${TITLE_MAX} characters.`;
  }
  return `${issue.path.map(String).join('.') || 'The file'}: ${issue.message}.`;
}

/** What in a view string is not a view: unknown keys, and whatever decodeView could not read. */
export function viewProblems(view: string): string[] {
  const keys = new Set<string>(VIEW_KEYS);
  const unknown = [...new URLSearchParams(view).keys()].filter((k) => !keys.has(k)).map((k) => `"${k}" is not part of a view.`);
  return [...unknown, ...decodeView(view).problems];
}

/** Checks parsed JSON against the story format; the format and version are checked before anything else. */
export function parseStoryFile(data: unknown): StoryResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: ['This file does not hold a story: it is not a JSON object.'] };
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== STORY_FORMAT) {
    const found = header.format === undefined ? 'has no "format"' : `has "format": ${JSON.stringify(header.format)}`;
    return { ok: false, errors: [`This is not a story file: it ${found}, not "${STORY_FORMAT}".`] };
  }
  if (header.version !== STORY_VERSION) {
    const found = header.version === undefined ? 'has no "version"' : `is version ${JSON.stringify(header.version)}`;
    return { ok: false, errors: [`This story file ${found}; this explorer reads version ${STORY_VERSION}.`] };
  }
  const parsed = (fileSchema ??= makeFileSchema()).safeParse(data);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((issue) => explain(data, issue)))] };
  const errors: string[] = [];
  const steps = parsed.data.steps.map((step, i) => {
    const problems = viewProblems(step.view);
    if (problems.length > 0) errors.push(`Step ${i + 1}: the view has problems: ${problems.join(' ')}`);
    return { id: newId('step'), caption: step.caption, view: decodeView(step.view).view, ...(step.label ? { label: step.label } : {}) };
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, story: { id: parsed.data.id ?? newId('story'), title: parsed.data.title, steps } };
}

// ---- links -------------------------------------------------------------------------------------------------

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The story as the part of a URL after `#`: `story=` and the story file's compact JSON in base64url. */
export function encodeStoryLink(story: Story): string {
  return `story=${toBase64Url(JSON.stringify(toStoryFile(story)))}`;
}

/** The story in a URL's `#...` part, or null when the link holds no story. */
export function decodeStoryLink(hash: string): StoryResult | null {
  const encoded = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get('story');
  if (encoded === null) return null;
  const text = fromBase64Url(encoded);
  if (text === null) return { ok: false, errors: ['The story in this link is damaged: it is not base64url text.'] };
  try {
    return parseStoryFile(JSON.parse(text));
  } catch {
    return { ok: false, errors: ['The story in this link is damaged: it is not JSON.'] };
  }
}
