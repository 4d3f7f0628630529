import { onMount, untrack } from 'svelte';
import { on } from 'svelte/events';
import type { Explorer } from './explorer.svelte.ts';
import { hashOf, linkPositions, readLink } from './link.ts';
import type { StoryResult } from './story-file.ts';
import type { SharedView } from './url-state.ts';

/**
 * The URL holds the whole view, so a copied link reopens the same picture: the link is read when the page opens
 * and when its hash changes (by hand, not by this page's own writes), and written whenever the view changes
 * once the link's view is on the map. Create it while App.svelte is being created: it listens as long as it lives.
 */
export class LinkSync {
  /** Whether the link's view is on the map; until then the view is not written back. */
  restored = $state(false);
  /** Positions of moved nodes from the link the page was opened with. */
  readonly initialPlacement = linkPositions(location.hash);
  /** The hash this page last wrote, so its own writes are not read back as a new link. */
  #written = '';

  constructor(
    private readonly host: {
      explorer: Explorer;
      /** Opens a view from the link, with what in it could not be read, and puts its moved nodes in place. */
      openView: (view: SharedView, problems: string[]) => Promise<void>;
      /** Opens a story link (presenting.svelte.ts). */
      openStory: (story: StoryResult) => Promise<void>;
    },
  ) {
    $effect(() => {
      const hash = hashOf(host.explorer.shared);
      if (!this.restored) return;
      untrack(() => {
        this.#written = hash;
        if (location.hash !== hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
      });
    });
    $effect(() =>
      on(window, 'hashchange', () => {
        if (location.hash !== this.#written) void this.open();
      }),
    );
    onMount(() => void this.open());
  }

  /** Opens what the page's link holds: a story, a view, or (no link) England's grouped map. */
  async open(): Promise<void> {
    const link = readLink(location.hash);
    this.restored = false;
    if (link.kind === 'story') await this.host.openStory(link.story);
    else if (link.kind === 'view') await this.host.openView(link.view, link.problems);
    else await this.host.explorer.showGroups();
    this.restored = true;
  }

  /** "Copy link": the page's address, which holds the view. */
  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.host.explorer.status.notify('Link to this view copied.');
    } catch {
      this.host.explorer.status.notify(`Copy this link: ${location.href}`);
    }
  }
}
