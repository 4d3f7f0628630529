import { createContext } from 'svelte';
import type { Api } from '../api/queries.ts';
import { Explorer } from './explorer.svelte.ts';

/**
 * The page's one Explorer, shared with every component under App.svelte through Svelte's typed context, so
 * panels take the state they need instead of a prop passed down through the page.
 */
const [getExplorer, setExplorer] = createContext<Explorer>();

/** Makes the Explorer for this page and shares it; called once, by App.svelte while it is created. */
export function createExplorerContext(api: Api): Explorer {
  return setExplorer(new Explorer(api));
}

/** The page's Explorer, for a component created under App.svelte (Svelte throws when there is none). */
export function useExplorer(): Explorer {
  return getExplorer();
}
