import type { PageTheme } from '../graph/style.ts';

const KEY = 'explorer-theme';

/** Light or dark: starts from what index.html chose before the first paint, and remembers a change. */
export class ThemeState {
  current = $state<PageTheme>(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

  toggle(): void {
    this.set(this.current === 'dark' ? 'light' : 'dark');
  }

  set(theme: PageTheme): void {
    this.current = theme;
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Private windows may refuse storage; the theme still applies for this visit.
    }
  }
}
