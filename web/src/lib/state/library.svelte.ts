import * as z from 'zod/mini';
import { newId, parseStoryFile, toStoryFile, type Story, type StoryStep } from './story-file.ts';
import { decodeView, encodeView, type SharedView } from './url-state.ts';

/**
 * What the person keeps in this browser: named views and stories, in localStorage (views as the strings their
 * links hold, stories in their file format), so both survive a reload. Another tab's changes are picked up.
 */

export interface SavedView {
  id: string;
  name: string;
  /** When it was saved, as an ISO timestamp. */
  savedAt: string;
  view: SharedView;
}

const VIEWS_KEY = 'explorer-saved-views';
const STORIES_KEY = 'explorer-stories';
export const NAME_MAX = 120;

const makeSavedViewSchema = () => z.object({ id: z.string(), name: z.string(), savedAt: z.string(), view: z.string() });
/** Built on first use (see story-file.ts): an empty library never needs it. */
let savedViewSchema: ReturnType<typeof makeSavedViewSchema> | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored list under `key`; whatever cannot be read is left out rather than losing the rest. */
function readList<T>(key: string, read: (item: unknown) => T | null): T[] {
  try {
    const data: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
    return Array.isArray(data) ? data.map(read).filter((item): item is T => item !== null) : [];
  } catch {
    return [];
  }
}

/** Base for the two stored lists: one place that writes, reports a refused write and follows other tabs. */
abstract class StoredList<T> {
  list = $state.raw<T[]>([]);
  /** Set when the browser refused to store a change (private window, full storage). */
  storageError = $state<string | null>(null);

  constructor(private readonly key: string) {
    this.list = this.read();
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key === this.key) this.list = this.read();
      });
    }
  }

  protected abstract read(): T[];
  protected abstract serialise(item: T): unknown;

  protected commit(next: T[]): void {
    this.list = next;
    try {
      storage()?.setItem(this.key, JSON.stringify(next.map((item) => this.serialise(item))));
      this.storageError = null;
    } catch {
      this.storageError = 'This browser would not keep the change (storage is full or not allowed); it lasts until the page is closed.';
    }
  }
}

export class SavedViews extends StoredList<SavedView> {
  constructor() {
    super(VIEWS_KEY);
  }

  protected read(): SavedView[] {
    return readList(VIEWS_KEY, (item) => {
      const parsed = (savedViewSchema ??= makeSavedViewSchema()).safeParse(item);
      return parsed.success ? { ...parsed.data, view: decodeView(parsed.data.view).view } : null;
    });
  }

  protected serialise(item: SavedView): unknown {
    return { ...item, view: encodeView(item.view) };
  }

  save(name: string, view: SharedView, now = new Date()): SavedView {
    const saved = { id: newId('view'), name: name.trim().slice(0, NAME_MAX), savedAt: now.toISOString(), view };
    this.commit([saved, ...this.list]);
    return saved;
  }

  rename(id: string, name: string): void {
    const trimmed = name.trim().slice(0, NAME_MAX);
    if (trimmed) this.commit(this.list.map((v) => (v.id === id ? { ...v, name: trimmed } : v)));
  }

  remove(id: string): void {
    this.commit(this.list.filter((v) => v.id !== id));
  }
}

export class Stories extends StoredList<Story> {
  constructor() {
    super(STORIES_KEY);
  }

  protected read(): Story[] {
    return readList(STORIES_KEY, (item) => {
      const parsed = parseStoryFile(item);
      return parsed.ok ? parsed.story : null;
    });
  }

  protected serialise(item: Story): unknown {
    return toStoryFile(item);
  }

  get(id: string): Story | undefined {
    return this.list.find((s) => s.id === id);
  }

  #update(id: string, change: (story: Story) => Story): void {
    this.commit(this.list.map((s) => (s.id === id ? change(s) : s)));
  }

  #updateSteps(id: string, change: (steps: StoryStep[]) => StoryStep[]): void {
    this.#update(id, (s) => ({ ...s, steps: change(s.steps) }));
  }

  create(title: string): Story {
    const story: Story = { id: newId('story'), title: title.trim().slice(0, NAME_MAX) || 'Untitled story', steps: [] };
    this.commit([...this.list, story]);
    return story;
  }

  rename(id: string, title: string): void {
    const trimmed = title.trim().slice(0, NAME_MAX);
    if (trimmed) this.#update(id, (s) => ({ ...s, title: trimmed }));
  }

  remove(id: string): void {
    this.commit(this.list.filter((s) => s.id !== id));
  }

  /** Keeps a story from a file or a link: the same id replaces the copy kept here. */
  keep(story: Story): 'added' | 'replaced' {
    const known = this.list.some((s) => s.id === story.id);
    this.commit(known ? this.list.map((s) => (s.id === story.id ? story : s)) : [...this.list, story]);
    return known ? 'replaced' : 'added';
  }

  addStep(id: string, caption: string, view: SharedView, label?: string): void {
    const step: StoryStep = { id: newId('step'), caption: caption.trim(), view, ...(label ? { label } : {}) };
    this.#updateSteps(id, (steps) => [...steps, step]);
  }

  editCaption(id: string, stepId: string, caption: string): void {
    const trimmed = caption.trim();
    if (trimmed) this.#updateSteps(id, (steps) => steps.map((s) => (s.id === stepId ? { ...s, caption: trimmed } : s)));
  }

  /** Moves a step one place up (-1) or down (+1); a step already at that end stays. */
  moveStep(id: string, stepId: string, by: -1 | 1): void {
    this.#updateSteps(id, (steps) => {
      const from = steps.findIndex((s) => s.id === stepId);
      const to = from + by;
      if (from < 0 || to < 0 || to >= steps.length) return steps;
      const next = [...steps];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
  }

  removeStep(id: string, stepId: string): void {
    this.#updateSteps(id, (steps) => steps.filter((s) => s.id !== stepId));
  }
}
