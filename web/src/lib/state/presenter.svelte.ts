import type { Story } from './story-file.ts';
import type { SharedView } from './url-state.ts';

/**
 * A story being presented: which step is showing. Each step's view is opened by `open` one after another, so a
 * presenter who presses the arrow key several times ends on the last step asked for, not on whichever request
 * happened to answer last.
 */
export class Presenter {
  story = $state.raw<Story | null>(null);
  index = $state(0);
  step = $derived(this.story?.steps[this.index] ?? null);
  /** The index whose view the map shows (or is opening), so a step is not opened twice. */
  #shown = -1;
  #opening = false;

  constructor(private readonly open: (view: SharedView) => Promise<void>) {}

  get presenting(): boolean {
    return this.story !== null;
  }

  start(story: Story, at = 0): void {
    if (story.steps.length === 0) return;
    this.story = story;
    this.#shown = -1;
    this.go(at);
  }

  stop(): void {
    this.story = null;
    this.#shown = -1;
  }

  go(index: number): void {
    const story = this.story;
    if (!story) return;
    this.index = Math.max(0, Math.min(story.steps.length - 1, index));
    void this.#show();
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  first(): void {
    this.go(0);
  }

  last(): void {
    this.go(Number.MAX_SAFE_INTEGER);
  }

  async #show(): Promise<void> {
    if (this.#opening) return;
    this.#opening = true;
    try {
      while (this.story && this.#shown !== this.index) {
        const index = this.index;
        const step = this.story.steps[index];
        if (!step) break;
        this.#shown = index;
        await this.open(step.view);
      }
    } finally {
      this.#opening = false;
    }
  }
}
