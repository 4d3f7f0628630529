import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { RelationshipType } from '../api/types.ts';

/** The three layouts as named option objects. Extensions they need are loaded on first use (see load.ts). */

export type LayoutName = 'hierarchical' | 'force' | 'concentric';

export const LAYOUT_NAMES: LayoutName[] = ['hierarchical', 'force', 'concentric'];

export const LAYOUT_LABELS: Record<LayoutName, { label: string; hint: string }> = {
  hierarchical: { label: 'Hierarchy', hint: 'Top-down: who oversees, funds or leads whom' },
  force: { label: 'Network', hint: 'Force-directed: related entities close together' },
  concentric: { label: 'Rings', hint: 'The most connected entities in the middle' },
};

/** Which Cytoscape extension a layout needs, if any. */
export const LAYOUT_EXTENSION: Record<LayoutName, 'dagre' | 'fcose' | null> = {
  hierarchical: 'dagre',
  force: 'fcose',
  concentric: null,
};

/**
 * Relationships that point from a member to what it belongs to ("is part of", "is a member of", "is a partner
 * in"). Every other type points from the one above to the one below (oversees, funds, covers), so the hierarchy
 * ranks these the other way round: a region or an ICB sits above its members, as in an org chart.
 */
export const RANKED_UPWARD: ReadonlySet<RelationshipType> = new Set(['PART_OF', 'MEMBER_OF', 'PARTNER_IN']);

/** The ends of an edge as the named layout ranks them, [upper, lower] for the hierarchy. */
export function rankedEnds<T>(layout: LayoutName, type: string, source: T, target: T): [T, T] {
  return layout === 'hierarchical' && RANKED_UPWARD.has(type as RelationshipType) ? [target, source] : [source, target];
}

/**
 * Positions for entities with a rank (steps from the start of a path): one row per rank, top to bottom, the
 * row centred. Pure, so the drawing of a path answer is the same every time.
 */
export function rankedPositions(
  ranks: ReadonlyMap<string, number>,
  ids: string[],
  spacing = { x: 230, y: 150 },
): Map<string, { x: number; y: number }> {
  const rows = new Map<number, string[]>();
  for (const id of ids) {
    const rank = ranks.get(id);
    if (rank === undefined) continue;
    rows.set(rank, [...(rows.get(rank) ?? []), id]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const [rank, row] of rows) {
    row.sort();
    row.forEach((id, i) => positions.set(id, { x: (i - (row.length - 1) / 2) * spacing.x, y: rank * spacing.y }));
  }
  return positions;
}

// GraphView fits the result itself, into the part of the map the detail panel leaves free.
const common = { fit: false, padding: 48, animationDuration: 350, animationEasing: 'ease-out' as const };

/**
 * Hierarchical uses dagre rather than the built-in breadthfirst: dagre ranks a DAG by its edges, so an
 * overseer that reaches an entity both directly and through an intermediary still sits above both, and it
 * orders each rank to cut crossings. breadthfirst ranks by distance from chosen roots, which turns such
 * edges upward and needs the roots picked by hand.
 */
/**
 * From this many entities a force layout is drafted (a spectral step alone: pivotDraft in the layout worker, or
 * fcose's draft where nodes are held in place) rather than refined: the refinement costs seconds for a picture
 * that the large-view look shows without labels.
 */
export const DRAFT_FROM = 900;

export function layoutOptions(
  name: LayoutName,
  context: {
    animate: boolean;
    incremental: boolean;
    fixed: { nodeId: string; position: { x: number; y: number } }[];
    /** How many entities the map holds. */
    size?: number;
  },
): LayoutOptions {
  const large = (context.size ?? 0) >= DRAFT_FROM;
  switch (name) {
    case 'hierarchical':
      return {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 36,
        rankSep: 90,
        edgeSep: 12,
        ranker: 'network-simplex',
        nodeDimensionsIncludeLabels: true,
        animate: context.animate,
        ...common,
      } as LayoutOptions;
    case 'force':
      return {
        name: 'fcose',
        quality: large ? 'draft' : 'proof',
        // Starting from where nodes are keeps the picture a person has built up: only newcomers move far.
        randomize: large || !context.incremental,
        nodeDimensionsIncludeLabels: !large,
        idealEdgeLength: 120,
        nodeRepulsion: 9000,
        nodeSeparation: 90,
        gravity: 0.3,
        numIter: 2500,
        fixedNodeConstraint: context.fixed.length > 0 ? context.fixed : undefined,
        animate: context.animate,
        ...common,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 36,
        nodeDimensionsIncludeLabels: true,
        animate: context.animate,
        ...common,
      } as LayoutOptions;
  }
}
