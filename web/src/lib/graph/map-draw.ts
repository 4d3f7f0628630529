import type { Core, ElementDefinition } from 'cytoscape';
import { layoutsOffThread, warmLayoutWorker } from './layout-job.ts';
import type { LayoutName } from './layouts.ts';
import { pushElements, type FadeCount } from './map-elements.ts';
import type { MapLayout } from './map-layout.svelte.ts';
import type { MapOverview } from './map-overview.svelte.ts';

/**
 * Brings the map GraphView owns to new elements, one of three ways: a view of thousands of entities as an overview
 * (laid out from its data, painted whole, Cytoscape given the window); a large view drawn afresh by the force
 * layout (which measures no labels) laid out before it is drawn, so its nodes go on once, where they belong,
 * instead of being drawn in a heap and moved; anything else pushed and then laid out as layout-plan.ts decides.
 */
export async function drawElements(
  c: Core,
  next: ElementDefinition[],
  view: { name: LayoutName; bump: number; nodeCount: number; overview: boolean },
  parts: {
    mapLayout: MapLayout;
    overview: MapOverview;
    reducedMotion: boolean;
    fades: FadeCount;
    /** Pinned nodes locked, the selection and keyboard focus marked, once new elements are on. */
    afterElements: (c: Core) => void;
  },
): Promise<void> {
  const { mapLayout, overview } = parts;
  const { name, bump } = view;
  if (layoutsOffThread(view.nodeCount)) warmLayoutWorker();
  if (view.overview) {
    const laid = await mapLayout.layOutBefore(next, name, bump);
    if (!laid || c.destroyed()) return;
    overview.show(c, next, laid.positions, laid.fresh || !overview.active);
    mapLayout.settle(c, false);
    return;
  }
  if (overview.active) overview.clear(c);
  const fresh = name === 'force' && layoutsOffThread(view.nodeCount) && !next.some((e) => c.hasElementWithId(String(e.data.id)));
  const laid = fresh ? await mapLayout.layOutBefore(next, name, bump) : undefined;
  if (laid === null) return;
  const added = await pushElements(c, next, { cached: () => laid?.positions ?? mapLayout.positions.get(name), reducedMotion: parts.reducedMotion, fades: parts.fades });
  if (added === null) return;
  parts.afterElements(c);
  if (laid) mapLayout.settle(c);
  else await mapLayout.update(c, name, bump, added);
}
