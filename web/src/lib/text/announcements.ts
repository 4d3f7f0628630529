import type { Entity } from '../api/types.ts';
import { formatDay, KIND_LABELS } from './phrasing.ts';

/**
 * What the live region says, in short sentences: pure, so the wording is tested without a browser. A screen
 * reader reads each one whole, so they lead with what matters and leave out what the page already says.
 */

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "National body" -> "national body", but "NHS trust" stays as it is: an acronym keeps its capitals. */
function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "NHS England, national body, 12 relationships on the map, expanded." */
export function describeEntity(entity: Pick<Entity, 'name' | 'kind'>, relationships: number, expanded: boolean): string {
  const kind = inSentence(KIND_LABELS[entity.kind]);
  return `${entity.name}, ${kind}, ${count(relationships, 'relationship', 'relationships')} on the map${expanded ? ', expanded' : ''}.`;
}

/** "Map shows 34 entities and 51 relationships as of 1 April 2017." */
export function describeMap(nodes: number, edges: number, asOf: string | null): string {
  const when = asOf ? ` as of ${formatDay(asOf)}` : '';
  if (nodes === 0) return `Map is empty${when}.`;
  return `Map shows ${count(nodes, 'entity', 'entities')} and ${count(edges, 'relationship', 'relationships')}${when}.`;
}

/** How two sets of ids differ. */
export function difference(before: ReadonlySet<string>, after: ReadonlySet<string>): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const id of after) if (!before.has(id)) added++;
  for (const id of before) if (!after.has(id)) removed++;
  return { added, removed };
}

/** "3 added, 2 removed", "3 added", or "" when nothing changed. */
export function describeDifference(change: { added: number; removed: number }): string {
  const parts: string[] = [];
  if (change.added > 0) parts.push(`${change.added} added`);
  if (change.removed > 0) parts.push(`${change.removed} removed`);
  return parts.join(', ');
}

export interface MapState {
  /** Entity and relationship ids on the map. */
  ids: ReadonlySet<string>;
  nodes: number;
  edges: number;
  asOf: string | null;
  /** What the view is about ("Around NHS England"). */
  title: string;
  expanded: ReadonlySet<string>;
}

/**
 * What to say when the map changes from `before` to `after`: a new view is summed up; the same view on another
 * date, after an expansion or a filter, also says how many entities and relationships came and went.
 * `name` turns an id into a name, for "Expanded NHS England".
 */
export function describeMapChange(before: MapState | null, after: MapState, name: (id: string) => string): string {
  const summary = describeMap(after.nodes, after.edges, after.asOf);
  if (!before || before.title !== after.title || before.ids.size === 0) return summary;
  const grown = [...after.expanded].filter((id) => !before.expanded.has(id));
  const shrunk = [...before.expanded].filter((id) => !after.expanded.has(id));
  const change = describeDifference(difference(before.ids, after.ids));
  const lead =
    grown.length === 1 ? `Expanded ${name(grown[0]!)}` : shrunk.length === 1 && grown.length === 0 ? `Collapsed ${name(shrunk[0]!)}` : '';
  const what = [lead, change].filter(Boolean).join(': ');
  if (!what && before.asOf === after.asOf) return before.nodes === after.nodes && before.edges === after.edges ? '' : summary;
  return what ? `${what}. ${summary}` : summary;
}
