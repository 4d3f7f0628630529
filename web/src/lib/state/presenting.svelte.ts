import { tick } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';
import type { Stories } from './library.svelte.ts';
import { Presenter } from './presenter.svelte.ts';
import type { Story, StoryResult } from './story-file.ts';
import type { SharedView } from './url-state.ts';

/**
 * The story being presented (Presenter: which step) and the story offered by a `#story=` link, offered until
 * it is presented, kept or dismissed.
 */
export class Presenting {
  readonly presenter: Presenter;
  offered = $state.raw<Story | null>(null);

  constructor(
    private readonly host: {
      explorer: Explorer;
      stories: Stories;
      /** Opens a step's view with the nodes where they were when it was kept. */
      openView: (view: SharedView) => Promise<void>;
      /** Fits the map to the screen. */
      fit: () => void;
      /** A presentation starts: the page puts away what would cover the map. */
      onStart: () => void;
    },
  ) {
    // Each step opens its view with nothing selected, fitted to the screen.
    this.presenter = new Presenter(async (view) => {
      await host.openView(view);
      host.explorer.selection.select(null);
      await tick();
      host.fit();
    });
  }

  get presenting(): boolean {
    return this.presenter.presenting;
  }

  present(story: Story): void {
    this.offered = null;
    this.host.onStart();
    this.presenter.start(story);
  }

  /** A story link shows the story's first view and offers the story; a damaged one says what is wrong. */
  async openLink(story: StoryResult): Promise<void> {
    const { explorer } = this.host;
    this.offered = story.ok ? story.story : null;
    const first = story.ok ? story.story.steps[0] : undefined;
    // Shown as the story will show it: nothing selected, so no details panel over the offer.
    if (first) await explorer.openShared(first.view);
    else await explorer.showGroups();
    explorer.selection.select(null);
    if (!story.ok) explorer.status.notify(`The story in this link cannot be opened: ${story.errors.join(' ')}`);
  }

  /** Keeps the offered story in this browser's stories (the same id replaces the copy kept before). */
  keepOffered(story: Story): void {
    const how = this.host.stories.keep(story);
    this.offered = null;
    this.host.explorer.status.notify(`${how === 'replaced' ? 'Replaced your copy of' : 'Kept'} the story "${story.title}": it is under Stories in the sidebar.`);
  }

  dismissOffer(): void {
    this.offered = null;
  }
}
