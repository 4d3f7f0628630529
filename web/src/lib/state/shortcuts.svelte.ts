import { on } from 'svelte/events';
import type { Explorer } from './explorer.svelte.ts';
import type { Presenter } from './presenter.svelte.ts';
import { pageShortcut, presenterShortcut } from './shortcuts.ts';

/**
 * Undo and redo from the keyboard anywhere on the page (shortcuts.ts says which keys). Call while a component
 * is being created: the listener lives as long as it does.
 */
export function useUndoShortcuts(explorer: Explorer): void {
  $effect(() =>
    on(window, 'keydown', (event) => {
      const action = pageShortcut(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') {
        if (explorer.views.canUndo) explorer.undo();
      } else if (explorer.views.canRedo) explorer.redo();
    }),
  );
}

/**
 * The presenter's keys, taken before anything else on the page sees them (the map would move its focus with
 * the arrows). Call while the presenter bar is being created: the keys work as long as it is shown.
 */
export function usePresenterShortcuts(presenter: () => Presenter): void {
  $effect(() =>
    on(
      window,
      'keydown',
      (event) => {
        const action = presenterShortcut(event);
        if (!action) return;
        event.preventDefault();
        event.stopPropagation();
        presenter()[action]();
      },
      { capture: true },
    ),
  );
}
