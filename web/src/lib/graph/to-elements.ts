import type { ElementDefinition } from 'cytoscape';
import type { Basis, Entity, EntityKind, RelationshipType, Subgraph } from '../api/types.ts';
import { hasEnded, verb } from '../text/phrasing.ts';
import { groupLinkId, type GroupedMap } from '../state/grouping.ts';

/**
 * API data -> Cytoscape elements. Pure: the same subgraph and options always give the same elements, which
 * GraphView diffs against what it shows.
 */

export interface ElementOptions {
  /** Kinds to show; all when undefined. */
  kinds?: ReadonlySet<EntityKind>;
  /** Relationship types to show; all when undefined. */
  types?: ReadonlySet<RelationshipType>;
  hidden?: ReadonlySet<string>;
  pinned?: ReadonlySet<string>;
  expanded?: ReadonlySet<string>;
  /** Entity and relationship ids that answer a question; everything else is dimmed when it is not empty. */
  highlight?: ReadonlySet<string>;
  root?: string | null;
  /** Entities and relationships marked as added or removed by a "what changed" view. */
  marks?: ReadonlyMap<string, 'added' | 'removed'>;
  /** YYYY-MM-DD: entities and relationships that ended before it are drawn as ended. */
  today: string;
  /** On the grouped map or a view grouped by kind: group nodes get their counts as a second line, and the counted links are drawn. */
  grouping?: GroupedMap;
}

/** Relationship ids may look like entity ids; edges get their own prefix so element ids never collide. */
export const EDGE_PREFIX = 'rel:';
export const edgeElementId = (relationshipId: string) => `${EDGE_PREFIX}${relationshipId}`;
export const relationshipIdOf = (elementId: string) =>
  elementId.startsWith(EDGE_PREFIX) ? elementId.slice(EDGE_PREFIX.length) : null;

function year(iso: string | null): string {
  return iso ? iso.slice(0, 4) : '';
}

/** The node's label: its name, and its years when it no longer exists ("Monitor\n2004–2016"). */
export function nodeLabel(entity: Entity, today: string): string {
  if (!hasEnded(entity.validTo, today)) return entity.name;
  return `${entity.name}\n${year(entity.validFrom) || '…'}–${year(entity.validTo)}`;
}

export function toElements(graph: Subgraph, options: ElementOptions): ElementDefinition[] {
  const highlight = options.highlight ?? new Set<string>();
  const dimming = highlight.size > 0;
  const shown = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (options.hidden?.has(node.id)) continue;
    if (options.kinds && !options.kinds.has(node.kind)) continue;
    shown.add(node.id);
    const classes = [`kind-${node.kind}`];
    if (options.pinned?.has(node.id)) classes.push('pinned');
    if (options.expanded?.has(node.id)) classes.push('expanded');
    if (options.root === node.id) classes.push('root');
    if (hasEnded(node.validTo, options.today)) classes.push('ended');
    if (dimming) classes.push(highlight.has(node.id) ? 'answer' : 'faded');
    const nodeMark = options.marks?.get(node.id);
    if (nodeMark) classes.push(nodeMark);
    const group = options.grouping?.groups.get(node.id);
    if (group) classes.push('group');
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: group?.line ? `${node.name}\n${group.line}` : nodeLabel(node, options.today),
        name: node.name,
        kind: node.kind,
        ...(group ? { size: group.size } : {}),
      },
      classes: classes.join(' '),
    });
  }
  for (const link of options.grouping?.links ?? []) {
    if (!shown.has(link.from) || !shown.has(link.to)) continue;
    if (options.types && !options.types.has(link.type)) continue;
    const classes = [`type-${link.type}`, 'grouped'];
    // A link answers when both its ends do (a kind's node answers when one of its members does).
    if (dimming) classes.push(highlight.has(link.from) && highlight.has(link.to) ? 'answer' : 'faded');
    elements.push({
      group: 'edges',
      data: {
        id: groupLinkId(link),
        source: link.from,
        target: link.to,
        type: link.type,
        count: link.count,
        label: `${verb(link.type, 'forward', false)} ×${link.count.toLocaleString('en-GB')}`,
      },
      classes: classes.join(' '),
    });
  }
  for (const edge of graph.edges) {
    if (!shown.has(edge.from.id) || !shown.has(edge.to.id)) continue;
    if (options.types && !options.types.has(edge.type)) continue;
    const classes = [`type-${edge.type}`];
    if (hasEnded(edge.validTo, options.today)) classes.push('ended');
    if (dimming) classes.push(highlight.has(edge.id) ? 'answer' : 'faded');
    const edgeMark = options.marks?.get(edge.id);
    if (edgeMark) classes.push(edgeMark);
    elements.push({
      group: 'edges',
      data: {
        id: edgeElementId(edge.id),
        relationshipId: edge.id,
        source: edge.from.id,
        target: edge.to.id,
        type: edge.type,
        label: verb(edge.type, 'forward', hasEnded(edge.validTo, options.today)),
      },
      classes: classes.join(' '),
    });
  }
  return elements;
}

/** Counts of what a subgraph holds, by kind and by type, for the filters. */
export function countByKindAndType(graph: Subgraph): {
  kinds: Map<EntityKind, number>;
  types: Map<RelationshipType, number>;
  bases: Map<Basis, number>;
} {
  const kinds = new Map<EntityKind, number>();
  const types = new Map<RelationshipType, number>();
  const bases = new Map<Basis, number>();
  for (const n of graph.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  for (const e of graph.edges) {
    types.set(e.type, (types.get(e.type) ?? 0) + 1);
    bases.set(e.basis, (bases.get(e.basis) ?? 0) + 1);
  }
  return { kinds, types, bases };
}
