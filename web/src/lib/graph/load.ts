import type cytoscapeType from 'cytoscape';
import type { LayoutName } from './layouts.ts';
import { LAYOUT_EXTENSION } from './layouts.ts';

/**
 * Cytoscape and its layout extensions are loaded on demand, so the first paint (search, panels, hint) does not
 * wait for them and the initial bundle stays small.
 */

let core: Promise<typeof cytoscapeType> | null = null;
const extensions = new Map<string, Promise<void>>();

export function loadCytoscape(): Promise<typeof cytoscapeType> {
  core ??= import('cytoscape').then((m) => m.default);
  return core;
}

export async function loadLayout(name: LayoutName): Promise<void> {
  const extension = LAYOUT_EXTENSION[name];
  if (!extension) return;
  let loading = extensions.get(extension);
  if (!loading) {
    // The extension's file is fetched beside Cytoscape's, not after it: one round trip fewer before the first layout.
    const module = extension === 'dagre' ? import('cytoscape-dagre') : import('cytoscape-fcose');
    loading = Promise.all([loadCytoscape(), module]).then(([cytoscape, m]) => void cytoscape.use(m.default));
    extensions.set(extension, loading);
  }
  await loading;
}

/**
 * Starts fetching what the first map needs (Cytoscape and `layout`'s extension) before the page is built, so the
 * files arrive while the app mounts rather than after it. Failures are left to the map's own loading to report.
 */
export function preloadMap(layout: LayoutName, coreOnly = false): void {
  (coreOnly ? loadCytoscape() : loadLayout(layout)).catch(() => {});
}
