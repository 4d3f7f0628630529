import { ENTITY_KINDS, type Entity, type RelationshipType, type Subgraph } from './model.ts';

/**
 * How strongly a relationship type says "this is how they are connected", strongest first: command, regulation
 * and money before belonging, and history last. The one order every ranking uses (path routes, the neighbours a
 * limit keeps, the detail panel's groups).
 */
export const TYPE_STRENGTH: readonly RelationshipType[] = [
  'OVERSEES', 'REGULATES', 'FUNDS', 'COMMISSIONS', 'INTERVENES_IN', 'INVESTIGATES', 'LEADS', 'PART_OF',
  'MEMBER_OF', 'PARTNER_IN', 'SUPPORTS', 'COVERS', 'MERGED_INTO', 'SUCCEEDED_BY',
];

/** A type's place in TYPE_STRENGTH (0 is strongest). */
export function strengthOf(type: RelationshipType): number {
  return TYPE_STRENGTH.indexOf(type);
}

export interface Ranked {
  subgraph: Subgraph;
  /** Neighbours the limit left out. */
  leftOut: number;
  /** Neighbours there were to choose from (not excluded). */
  total: number;
}

/**
 * Keeps at most `limit` neighbours of `centre`, leaving out `exclude` (what the map already shows): ranked by the
 * strongest relationship that brings each (TYPE_STRENGTH); within one type the kinds take turns (an ICB, a trust,
 * a CCG, then the next of each), so a hub such as NHS England shows a sample of everything it oversees rather
 * than the first 25 trusts by name; and by name within a kind. Relationships are kept when both ends are (an
 * excluded entity counts as kept: it is on the map).
 */
export function rankNeighbours(
  subgraph: Subgraph,
  centre: string,
  options: { limit: number; exclude?: ReadonlySet<string> },
): Ranked {
  const exclude = options.exclude ?? new Set<string>();
  const rank = new Map<string, number>();
  for (const edge of subgraph.edges) {
    const other = edge.fromId === centre ? edge.toId : edge.toId === centre ? edge.fromId : null;
    if (!other || other === centre) continue;
    rank.set(other, Math.min(rank.get(other) ?? 99, strengthOf(edge.type)));
  }
  const fresh = subgraph.nodes.filter((n) => n.id !== centre && !exclude.has(n.id));
  fresh.sort(byRankKindName(rank));
  const turn = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const n of fresh) {
    const key = `${rank.get(n.id) ?? 99}:${n.kind}`;
    turn.set(n.id, seen.get(key) ?? 0);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  fresh.sort(
    (a, b) =>
      (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99) ||
      turn.get(a.id)! - turn.get(b.id)! ||
      ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) ||
      a.name.localeCompare(b.name),
  );
  const kept = new Set(fresh.slice(0, options.limit).map((n) => n.id));
  kept.add(centre);
  const present = (id: string) => kept.has(id) || exclude.has(id);
  return {
    subgraph: {
      nodes: subgraph.nodes.filter((n) => kept.has(n.id)),
      edges: subgraph.edges.filter((e) => present(e.fromId) && present(e.toId)),
      collapsed: (subgraph.collapsed ?? []).filter((h) => kept.has(h.id)),
    },
    leftOut: Math.max(0, fresh.length - options.limit),
    total: fresh.length,
  };
}

function byRankKindName(rank: Map<string, number>) {
  return (a: Entity, b: Entity) =>
    (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);
}
