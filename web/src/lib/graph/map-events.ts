import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';
import type { Selection } from '../state/selection.svelte.ts';
import { relationshipIdOf } from './to-elements.ts';

export interface Hover {
  type: 'node' | 'edge';
  id: string;
  /** Pointer position inside the map, in CSS pixels. */
  x: number;
  y: number;
}

export interface MapEvents {
  onSelect: (selection: Selection) => void;
  onToggleExpand: (id: string) => void;
  onHover: (hover: Hover | null) => void;
  /** A node dragged by hand and let go, where it was let go (model coordinates). */
  onDragged: (id: string, position: Position) => void;
  /**
   * On an overview (map-overview.svelte.ts): the entity drawn under a point of the map where Cytoscape has no
   * element, so that hovering and clicking its dot work as on a node; a double-click on one zooms in there.
   */
  nodeAt?: (at: Position) => string | null;
}

/** Turns Cytoscape's pointer events on a new instance into GraphView's callbacks (relationship ids, not element ids). */
export function wireEvents(c: Core, container: HTMLElement, on: MapEvents): void {
  const idOf = (target: EventObject['target']) => (target.isNode() ? target.id() : (relationshipIdOf(target.id()) ?? target.id()));
  const dotAt = (event: EventObject) => (event.target === c ? (on.nodeAt?.(event.position) ?? null) : null);
  c.on('tap', (event: EventObject) => {
    const target = event.target;
    if (target !== c && target.isEdge()) on.onSelect({ type: 'edge', id: idOf(target) });
    else if (target === c && dotAt(event) === null) on.onSelect(null);
  });
  // An entity is selected once no second tap followed (Cytoscape's multiClickDebounceTime, 250 ms): its details
  // open over the right of the map, and the second press of a double-click on an entity there landed on them
  // instead (the entity was neither opened nor expanded, the panel's text was selected).
  c.on('onetap', (event: EventObject) => {
    const target = event.target;
    const id = target === c ? dotAt(event) : target.isNode() ? target.id() : null;
    if (id !== null) on.onSelect({ type: 'node', id });
  });
  // A double-click selects and expands (or opens) the entity, as Enter does from the keyboard.
  c.on('dbltap', 'node', (event: EventObject) => {
    on.onSelect({ type: 'node', id: event.target.id() });
    on.onToggleExpand(event.target.id());
  });
  if (on.nodeAt) wireDots(c, container, on, on.nodeAt);
  c.on('mouseover', 'node, edge', (event: EventObject) => {
    const target = event.target;
    target.addClass('hover');
    const p = event.renderedPosition ?? target.renderedPosition?.() ?? { x: 0, y: 0 };
    on.onHover({ type: target.isNode() ? 'node' : 'edge', id: idOf(target), x: p.x, y: p.y });
    container.style.cursor = 'pointer';
  });
  c.on('mouseout', 'node, edge', (event: EventObject) => {
    event.target.removeClass('hover');
    on.onHover(null);
    container.style.cursor = '';
  });
  c.on('pan zoom', () => on.onHover(null));
  // Cytoscape sends no mouseout when the pointer leaves the map straight from a node.
  container.addEventListener('mouseleave', () => {
    c.elements('.hover').removeClass('hover');
    on.onHover(null);
    container.style.cursor = '';
  });
  c.on('dragfree', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    on.onDragged(node.id(), { ...node.position() });
  });
}

/** Hover and double-click on an overview's dots, where Cytoscape has no element (see MapEvents.nodeAt). */
function wireDots(c: Core, container: HTMLElement, on: MapEvents, nodeAt: (at: Position) => string | null): void {
  let over: string | null = null;
  c.on('mousemove', (event: EventObject) => {
    if (event.target !== c) return;
    const dot = nodeAt(event.position);
    if (dot === over) return;
    over = dot;
    const p = event.renderedPosition ?? { x: 0, y: 0 };
    on.onHover(dot ? { type: 'node', id: dot, x: p.x, y: p.y } : null);
    container.style.cursor = dot ? 'pointer' : '';
  });
  c.on('pan zoom', () => (over = null));
  c.on('dbltap', (event: EventObject) => {
    if (event.target !== c || !nodeAt(event.position)) return;
    c.animate({ zoom: { level: Math.min(c.maxZoom(), c.zoom() * 3), position: event.position }, duration: 250 });
  });
}
