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
    loading = (async () => {
      const cytoscape = await loadCytoscape();
      const module = extension === 'dagre' ? await import('cytoscape-dagre') : await import('cytoscape-fcose');
      cytoscape.use(module.default);
    })();
    extensions.set(extension, loading);
  }
  await loading;
}
