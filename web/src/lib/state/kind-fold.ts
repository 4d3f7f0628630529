import { ENTITY_KINDS, type Entity, type EntityKind, type GroupLink, type Relationship, type Subgraph } from '../api/types.ts';
import { KIND_NOUNS } from '../text/phrasing.ts';
import { groupLinkId, kindCount, type GroupedMap, type GroupSummary } from './grouping.ts';

/**
 * Grouping by kind ("Group by kind" in the toolbar), done in the client on what the map draws (so after the
 * date and the filters): each kind becomes one node ("230 trusts"), and the relationships between members of
 * different kinds become one counted link per (kind, type, kind). The result has the grouped map's shape
 * (grouping.ts), so the map, the detail panel and the list view draw it as they draw the grouped map. An open
 * kind shows its members; their relationships to kinds still folded go to those kinds' nodes, counted. Pure.
 */

/** Ids of kind nodes. Entity ids are letters, digits and hyphens (the seed's rule), so they never start so. */
export const KIND_GROUP_PREFIX = 'kind:';
export const kindGroupId = (kind: EntityKind) => `${KIND_GROUP_PREFIX}${kind}`;

/** The kind a kind node stands for, or null when `id` is no kind node. */
export function kindOfGroup(id: string): EntityKind | null {
  if (!id.startsWith(KIND_GROUP_PREFIX)) return null;
  const kind = id.slice(KIND_GROUP_PREFIX.length);
  return (ENTITY_KINDS as readonly string[]).includes(kind) ? (kind as EntityKind) : null;
}

/** The node standing for the `count` entities of one kind: an entity in shape, so every panel can show it. */
function kindNode(kind: EntityKind, count: number, asOf: string | null): Entity {
  return {
    id: kindGroupId(kind),
    name: kindCount(kind, count, asOf),
    kind,
    aliases: [],
    description: `Every ${KIND_NOUNS[kind].one} on the map, drawn as one. Open it to see them one by one.`,
    odsCode: null,
    validFrom: null,
    validTo: null,
  };
}

/**
 * `graph` (what the map draws) with every kind folded into one node except the kinds in `open`. A kind with
 * one entity on the map stays that entity: a group of one would only hide its name. Kind nodes come first (in
 * the order of ENTITY_KINDS), then the entities standing alone in the graph's order; relationships between
 * entities standing alone stay as they are; relationships inside one folded kind are not drawn; the counted
 * links are in the order of their ids.
 */
export function foldByKind(graph: Subgraph, open: ReadonlySet<EntityKind>, asOf: string | null): GroupedMap {
  const members = new Map<EntityKind, number>();
  for (const node of graph.nodes) members.set(node.kind, (members.get(node.kind) ?? 0) + 1);
  const folded = new Set(ENTITY_KINDS.filter((kind) => !open.has(kind) && (members.get(kind) ?? 0) > 1));

  const groups = new Map<string, GroupSummary>();
  const nodes: Entity[] = [];
  for (const kind of folded) {
    const count = members.get(kind)!;
    nodes.push(kindNode(kind, count, asOf));
    // The name already says the count: no second line.
    groups.set(kindGroupId(kind), { counts: [{ kind, count }], size: count, line: '' });
  }
  for (const node of graph.nodes) if (!folded.has(node.kind)) nodes.push(node);

  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const end = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && folded.has(kind) ? kindGroupId(kind) : id;
  };
  const edges: Relationship[] = [];
  const counted = new Map<string, GroupLink>();
  for (const edge of graph.edges) {
    const from = end(edge.from.id);
    const to = end(edge.to.id);
    if (from === edge.from.id && to === edge.to.id) edges.push(edge);
    else if (from !== to) {
      const link: GroupLink = { from, type: edge.type, to, count: 0 };
      const id = groupLinkId(link);
      const seen = counted.get(id) ?? link;
      seen.count++;
      counted.set(id, seen);
    }
  }
  const links = [...counted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, link]) => link);
  return { graph: { nodes, edges }, groups, links };
}

/** Ids that answer a question, on the folded map: a member folded away is answered by its kind's node. */
export function foldedHighlight(highlight: ReadonlySet<string>, graph: Subgraph, folded: GroupedMap): ReadonlySet<string> {
  if (highlight.size === 0) return highlight;
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const out = new Set<string>();
  for (const id of highlight) {
    const kind = kindOf.get(id);
    out.add(kind !== undefined && folded.groups.has(kindGroupId(kind)) ? kindGroupId(kind) : id);
  }
  return out;
}

/** What the map and the list view draw: the view after the filters, and how it is grouped, if it is. */
export interface DrawnMap {
  graph: Subgraph;
  /** The grouped map's own groups, or the kinds folded by "Group by kind"; null when nothing is grouped. */
  grouping: GroupedMap | null;
  highlight: ReadonlySet<string>;
}

/**
 * The map for `drawn` (the view after the filters): folded by kind when `open` is not null (the kinds opened),
 * except on the grouped map, which is grouped already.
 */
export function drawnMap(
  drawn: Subgraph,
  view: { grouping?: GroupedMap; highlight: ReadonlySet<string> },
  open: readonly EntityKind[] | null,
  asOf: string | null,
): DrawnMap {
  if (view.grouping || open === null) return { graph: drawn, grouping: view.grouping ?? null, highlight: view.highlight };
  const grouping = foldByKind(drawn, new Set(open), asOf);
  return { graph: grouping.graph, grouping, highlight: foldedHighlight(view.highlight, drawn, grouping) };
}
