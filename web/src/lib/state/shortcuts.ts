/**
 * The page's keyboard shortcuts as pure functions of a key press, so they are tested without a browser;
 * shortcuts.svelte.ts listens for the keys and runs what these say.
 */

/** What the shortcuts read of a key press (a KeyboardEvent has it all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** The key press's target as far as the shortcuts look at it (an element, usually). */
type Target = Partial<Pick<HTMLElement, 'tagName' | 'isContentEditable' | 'closest'>> | null;

/** Typing in a text field keeps its own Ctrl+Z. */
function isTextField(target: Target): boolean {
  return target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable === true);
}

/** Ctrl+Z (Cmd+Z) undoes what the map showed; Ctrl+Shift+Z and Ctrl+Y redo it; not while typing in a field. */
export function pageShortcut(event: KeyPress): 'undo' | 'redo' | null {
  if (isTextField(event.target as Target)) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z' && !event.shiftKey) return 'undo';
  if (mod && (key === 'y' || (key === 'z' && event.shiftKey))) return 'redo';
  return null;
}

export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'stop';

/** The keys a presenter (or a clicker, which sends PageUp and PageDown) steps with. */
export const PRESENTER_KEYS: Readonly<Record<string, PresenterAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'stop',
};

/** What a key does while a story is presented; Space on one of the presenter bar's buttons presses that button. */
export function presenterShortcut(event: KeyPress): PresenterAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = PRESENTER_KEYS[event.key];
  if (!action) return null;
  if (event.key === ' ' && (event.target as Target)?.closest?.('button')) return null;
  return action;
}
