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
}

/** Turns Cytoscape's pointer events on a new instance into GraphView's callbacks (relationship ids, not element ids). */
export function wireEvents(c: Core, container: HTMLElement, on: MapEvents): void {
  const idOf = (target: EventObject['target']) => (target.isNode() ? target.id() : (relationshipIdOf(target.id()) ?? target.id()));
  c.on('tap', (event: EventObject) => {
    const target = event.target;
    if (target === c) on.onSelect(null);
    else on.onSelect({ type: target.isNode() ? 'node' : 'edge', id: idOf(target) });
  });
  c.on('dbltap', 'node', (event: EventObject) => on.onToggleExpand(event.target.id()));
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
