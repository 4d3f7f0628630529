import type { Core } from 'cytoscape';
import type { LayoutName } from './layouts.ts';
import type { RendererKind } from './renderer.ts';
import { relationshipIdOf } from './to-elements.ts';

/**
 * A read-only look at the map for tests and the screenshot scripts: where each node is on the page and how it
 * is drawn. GraphView puts it on `window.explorerMap.snapshot()`; tests/helpers/browser.ts (MapSnapshot) reads it.
 */
export function mapSnapshot(
  c: Core,
  container: HTMLElement,
  state: { renderer: RendererKind; layout: LayoutName | null; layoutState: 'idle' | 'running' },
) {
  const box = container.getBoundingClientRect();
  return {
    ...state,
    zoom: c.zoom(),
    // The viewport is sliding or zooming (a fit, or the slide clear of the detail panel): positions will change.
    moving: c.animated(),
    nodes: c.nodes().map((n) => ({
      id: n.id(),
      name: String(n.data('name')),
      kind: String(n.data('kind')),
      x: box.left + n.renderedPosition().x,
      y: box.top + n.renderedPosition().y,
      modelX: n.position().x,
      modelY: n.position().y,
      selected: n.selected(),
      locked: n.locked(),
      covered: !document.elementFromPoint(box.left + n.renderedPosition().x, box.top + n.renderedPosition().y)?.closest('.map'),
      classes: n.classes(),
      color: String(n.style('background-color')),
      shape: String(n.style('shape')),
    })),
    edges: c.edges().map((e) => ({
      id: relationshipIdOf(e.id()),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type')),
      // A counted link's count (a grouped map); null for a relationship.
      count: typeof e.data('count') === 'number' ? (e.data('count') as number) : null,
      x: box.left + e.renderedMidpoint().x,
      y: box.top + e.renderedMidpoint().y,
      selected: e.selected(),
      classes: e.classes(),
      color: String(e.style('line-color')),
      lineStyle: String(e.style('line-style')),
      arrow: String(e.style('target-arrow-shape')),
    })),
  };
}

/**
 * The cheap part of the snapshot, for polling a large map without copying every node. On an overview, `nodes` and
 * `edges` count the view (all painted) and `overview.window` the entities Cytoscape draws one by one.
 */
export function mapState(
  c: Core,
  state: { renderer: RendererKind; layout: LayoutName | null; layoutState: 'idle' | 'running' },
  overview: { nodes: number; edges: number; window: number } | null = null,
) {
  return { ...state, nodes: overview?.nodes ?? c.nodes().length, edges: overview?.edges ?? c.edges().length, zoom: c.zoom(), overview };
}

/**
 * A point of the map (page coordinates) with no node under it, where a drag pans; null when none was found.
 * `free` says whether a point (model coordinates) is clear of what is painted beside Cytoscape (an overview's dots).
 */
export function emptyPoint(c: Core, container: HTMLElement, free: (at: { x: number; y: number }) => boolean = () => true): { x: number; y: number } | null {
  const box = container.getBoundingClientRect();
  const boxes = c.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
  for (let i = 0; i < 400; i++) {
    const x = box.width * (0.2 + 0.6 * ((i * 0.618) % 1));
    const y = box.height * (0.2 + 0.6 * ((i * 0.382) % 1));
    if (boxes.some((b) => x >= b.x1 - 8 && x <= b.x2 + 8 && y >= b.y1 - 8 && y <= b.y2 + 8)) continue;
    if (!free({ x: (x - c.pan().x) / c.zoom(), y: (y - c.pan().y) / c.zoom() })) continue;
    // Not under a panel, the hint or the toolbar either.
    if (container.contains(document.elementFromPoint(box.left + x, box.top + y))) return { x: box.left + x, y: box.top + y };
  }
  return null;
}
