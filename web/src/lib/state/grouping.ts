import type { Entity, EntityKind, GroupedView, GroupLink, Subgraph } from '../api/types.ts';
import { formatDay, KIND_NOUNS } from '../text/phrasing.ts';

/**
 * The grouped map (GroupedView from the API) as the map and the list draw it: the groups and the entities
 * standing alone as nodes, each group with a line of counts ("7 ICBs · 40 trusts · 24 councils"), and the
 * links between them as counted edges. Pure.
 */

/** Group kinds, outermost first: a group's counts name these before its other members. */
const GROUP_KINDS: EntityKind[] = ['INTEGRATED_CARE_BOARD', 'STP', 'LOCAL_OFFICE'];

/** Area teams became local offices on 1 April 2015 (one kind in the graph, two names in life). */
const LOCAL_OFFICES_FROM = '2015-04-01';

/** Short nouns for a count on a map label, one and many ("trust", "trusts"; area teams before April 2015). */
export function shortNouns(kind: EntityKind, asOf: string | null): [string, string] {
  switch (kind) {
    case 'INTEGRATED_CARE_BOARD':
      return ['ICB', 'ICBs'];
    case 'STP':
      return ['STP', 'STPs'];
    case 'CCG':
      return ['CCG', 'CCGs'];
    case 'SUB_ICB_LOCATION':
      return ['sub-ICB location', 'sub-ICB locations'];
    case 'LOCAL_OFFICE':
      return asOf !== null && asOf < LOCAL_OFFICES_FROM ? ['area team', 'area teams'] : ['local office', 'local offices'];
    case 'TRUST':
      return ['trust', 'trusts'];
    case 'COUNCIL':
      return ['council', 'councils'];
    default:
      return [KIND_NOUNS[kind].one, KIND_NOUNS[kind].many];
  }
}

/** "7 ICBs · 40 trusts · 24 councils": group kinds first, then the rest by count; at most `max` parts. */
export function countsLine(counts: readonly { kind: EntityKind; count: number }[], asOf: string | null, max = 3): string {
  const rank = (kind: EntityKind) => {
    const i = GROUP_KINDS.indexOf(kind);
    return i === -1 ? GROUP_KINDS.length : i;
  };
  return [...counts]
    .filter((c) => c.count > 0)
    .sort((a, b) => rank(a.kind) - rank(b.kind) || b.count - a.count || a.kind.localeCompare(b.kind))
    .slice(0, max)
    .map((c) => kindCount(c.kind, c.count, asOf))
    .join(' · ');
}

/** "230 trusts", "1 area team": a count of one kind in the short nouns of the date. */
export function kindCount(kind: EntityKind, count: number, asOf: string | null): string {
  return `${count.toLocaleString('en-GB')} ${shortNouns(kind, asOf)[count === 1 ? 0 : 1]}`;
}

export interface GroupSummary {
  counts: { kind: EntityKind; count: number }[];
  size: number;
  /** The counts as the map label's second line; empty when the name says them (a kind's node, kind-fold.ts). */
  line: string;
}

/** Edge ids of counted links; they never collide with relationship ids (which hold no "|"). */
export const GROUP_LINK_PREFIX = 'group-link:';
export const groupLinkId = (link: GroupLink) => `${GROUP_LINK_PREFIX}${link.from}|${link.type}|${link.to}`;

export interface GroupedMap {
  /**
   * The groups' entities and the entities standing alone, with the relationships between entities standing
   * alone (none on the grouped map, where the links stand for them all).
   */
  graph: Subgraph;
  groups: ReadonlyMap<string, GroupSummary>;
  links: readonly GroupLink[];
}

export function groupedMap(view: GroupedView, asOf: string | null): GroupedMap {
  const groups = new Map<string, GroupSummary>(
    view.groups.map((g) => [g.entity.id, { counts: g.counts, size: g.size, line: countsLine(g.counts, asOf) }]),
  );
  const nodes: Entity[] = [...view.groups.map((g) => g.entity), ...view.loose];
  const shown = new Set(nodes.map((n) => n.id));
  return { graph: { nodes, edges: [] }, groups, links: view.links.filter((l) => shown.has(l.from) && shown.has(l.to)) };
}

/** The title of a level of the grouped map, for the view's heading and the history. */
export function groupedTitle(view: GroupedView, asOf: string | null): string {
  const when = asOf ? ` on ${formatDay(asOf)}` : ' today';
  if (!view.within) return `England${when}: national bodies and NHS England's regions`;
  return `${view.within.name}${when}`;
}

/** What a counted link says in words: "42 oversight links from NHS England to members of North West". */
export function describeLink(link: GroupLink, names: (id: string) => string): string {
  const many = link.count === 1 ? 'relationship' : 'relationships';
  return `${link.count.toLocaleString('en-GB')} ${link.type.toLowerCase().replaceAll('_', ' ')} ${many} from ${names(link.from)} to ${names(link.to)}`;
}
