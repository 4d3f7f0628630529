import type { Basis, Entity, EntityKind, Relationship, RelationshipType, Subgraph } from '../api/types.ts';
import type { GroupedMap } from './grouping.ts';

/**
 * What the map shows, as an immutable value: every change makes a new View, so undo and redo are a list of
 * them. Pure functions only; the Explorer state class calls them and keeps the history.
 */
export interface View {
  nodes: ReadonlyMap<string, Entity>;
  edges: ReadonlyMap<string, Relationship>;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  /** Entities whose neighbours were expanded (double-click or Enter toggles). */
  expanded: ReadonlySet<string>;
  /** Entities and relationships that answer the current question; the rest of the map is dimmed. */
  highlight: ReadonlySet<string>;
  /** The entity the view is about, if any. */
  root: string | null;
  /** What the view shows, in words ("Around NHS England"). */
  title: string;
  /**
   * For a path answer: each entity's distance from the start, so the hierarchical layout can draw the chains
   * as rows from start to end whatever way their relationships point.
   */
  ranks: ReadonlyMap<string, number> | null;
  /** In a "what changed" view: which entities and relationships were added and which removed. */
  marks?: ReadonlyMap<string, 'added' | 'removed'>;
  /** On the grouped map: which nodes are groups (with their counts) and the counted links between them. */
  grouping?: GroupedMap;
}

export const EMPTY_VIEW: View = {
  nodes: new Map(),
  edges: new Map(),
  hidden: new Set(),
  pinned: new Set(),
  expanded: new Set(),
  highlight: new Set(),
  root: null,
  title: '',
  ranks: null,
};


/**
 * A new view of the subgraph. Pinned entities of the previous view stay (with the relationships among the
 * entities kept), so pinning is how a person carries something from one view to the next.
 */
export function viewOf(
  subgraph: Subgraph,
  options: {
    title: string;
    root?: string | null;
    previous?: View;
    highlight?: Iterable<string>;
    expanded?: Iterable<string>;
    ranks?: ReadonlyMap<string, number> | null;
    grouping?: GroupedMap;
  },
): View {
  const nodes = new Map<string, Entity>();
  const edges = new Map<string, Relationship>();
  const previous = options.previous;
  if (previous) {
    for (const id of previous.pinned) {
      const node = previous.nodes.get(id);
      if (node) nodes.set(id, node);
    }
  }
  for (const node of subgraph.nodes) nodes.set(node.id, node);
  for (const edge of subgraph.edges) {
    if (nodes.has(edge.from.id) && nodes.has(edge.to.id)) edges.set(edge.id, edge);
  }
  // Relationships of the old view come along only between pinned entities, so an answer shows just itself.
  for (const edge of previous ? previous.edges.values() : []) {
    if (previous?.pinned.has(edge.from.id) && previous.pinned.has(edge.to.id) && !edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return {
    nodes,
    edges,
    hidden: new Set(),
    pinned: new Set(previous ? [...previous.pinned].filter((id) => nodes.has(id)) : []),
    expanded: new Set(options.expanded ?? (options.root ? [options.root] : [])),
    highlight: new Set(options.highlight ?? []),
    root: options.root ?? null,
    title: options.title,
    ranks: options.ranks ?? null,
    ...(options.grouping ? { grouping: options.grouping } : {}),
  };
}

/** Adds the (already capped) neighbourhood of `id` to the view and marks it expanded. */
export function expand(view: View, id: string, subgraph: Subgraph): View {
  const nodes = new Map(view.nodes);
  for (const node of subgraph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map(view.edges);
  for (const edge of subgraph.edges) {
    if (nodes.has(edge.from.id) && nodes.has(edge.to.id)) edges.set(edge.id, edge);
  }
  const hidden = new Set(view.hidden);
  for (const node of subgraph.nodes) hidden.delete(node.id);
  return { ...view, nodes, edges, hidden, expanded: new Set([...view.expanded, id]), ranks: null };
}

/**
 * Removes the neighbours of `id` that hang only on it: not pinned, not the view's root, not themselves
 * expanded, and with no other visible relationship.
 */
export function collapse(view: View, id: string): View {
  const neighbours = new Set<string>();
  for (const edge of view.edges.values()) {
    if (edge.from.id === id) neighbours.add(edge.to.id);
    if (edge.to.id === id) neighbours.add(edge.from.id);
  }
  const removable = new Set<string>();
  for (const n of neighbours) {
    if (n === id || n === view.root || view.pinned.has(n) || view.expanded.has(n)) continue;
    const elsewhere = [...view.edges.values()].some(
      (e) => (e.from.id === n && e.to.id !== id) || (e.to.id === n && e.from.id !== id),
    );
    if (!elsewhere) removable.add(n);
  }
  const nodes = new Map([...view.nodes].filter(([nid]) => !removable.has(nid)));
  const edges = new Map([...view.edges].filter(([, e]) => nodes.has(e.from.id) && nodes.has(e.to.id)));
  const expanded = new Set(view.expanded);
  expanded.delete(id);
  const hidden = new Set([...view.hidden].filter((h) => nodes.has(h)));
  return { ...view, nodes, edges, expanded, hidden };
}

export function hide(view: View, id: string): View {
  if (!view.nodes.has(id) || view.hidden.has(id)) return view;
  const pinned = new Set(view.pinned);
  pinned.delete(id);
  return { ...view, hidden: new Set([...view.hidden, id]), pinned };
}

export function showHidden(view: View): View {
  return view.hidden.size === 0 ? view : { ...view, hidden: new Set() };
}

export function togglePin(view: View, id: string): View {
  if (!view.nodes.has(id)) return view;
  const pinned = new Set(view.pinned);
  if (pinned.has(id)) pinned.delete(id);
  else pinned.add(id);
  return { ...view, pinned };
}

/** The view as a plain subgraph (hidden entities left out). */
export function visibleSubgraph(view: View): Subgraph {
  const nodes = [...view.nodes.values()].filter((n) => !view.hidden.has(n.id));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = [...view.edges.values()].filter((e) => shown.has(e.from.id) && shown.has(e.to.id));
  return { nodes, edges };
}

/** What the filters leave off the map: kinds of entity, types of relationship and ways of knowing. */
export interface Hidden {
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTypes: ReadonlySet<RelationshipType>;
  hiddenBases: ReadonlySet<Basis>;
}

/** The visible subgraph with the filters applied: what is actually drawn (a relationship needs both its ends). */
export function drawnSubgraph(visible: Subgraph, hidden: Hidden): Subgraph {
  const nodes = visible.nodes.filter((n) => !hidden.hiddenKinds.has(n.kind));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = visible.edges.filter(
    (e) => !hidden.hiddenTypes.has(e.type) && !hidden.hiddenBases.has(e.basis) && ids.has(e.from.id) && ids.has(e.to.id),
  );
  return { nodes, edges };
}
