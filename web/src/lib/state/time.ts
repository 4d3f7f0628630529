import type { Changes, Entity, Relationship, Subgraph } from '../api/types.ts';
import { formatDate, KIND_NOUNS, listOf, sentence, verb } from '../text/phrasing.ts';

/**
 * Time travel, pure: the range of the date control, the years the play button steps through, and a
 * `changes` answer turned into something to draw (a subgraph with each entity and relationship marked added
 * or removed) and to read (sentences).
 */

/** The first year the date control offers: the Health and Social Care Act 2012 reorganisation. */
export const FIRST_YEAR = 2012;

export type Mark = 'added' | 'removed';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real YYYY-MM-DD date between 1 January FIRST_YEAR and `today`, or null. */
export function validDate(value: string, today: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== value) return null;
  if (value < `${FIRST_YEAR}-01-01` || value > today) return null;
  return value;
}

/**
 * The dates the play button shows: the same day of the year in each year from `start`'s year to today's
 * (today itself in the last year when that day is still to come). Starting at today begins again at FIRST_YEAR.
 */
export function playDates(start: string, today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  const from = start >= today ? FIRST_YEAR : Number(start.slice(0, 4));
  const monthDay = start >= today ? '-07-01' : start.slice(4);
  const dates: string[] = [];
  for (let y = Math.max(FIRST_YEAR, from); y <= thisYear; y++) {
    const day = `${y}${monthDay}`;
    // 29 February falls back to the 28th in other years.
    const real = validDate(day, '9999-12-31') ?? `${y}${monthDay.slice(0, 4)}28`;
    dates.push(real > today ? today : real);
  }
  return [...new Set(dates)];
}

export interface ChangeView {
  subgraph: Subgraph;
  marks: Map<string, Mark>;
  added: string[];
  removed: string[];
  /** Mergers and successions that took effect between the dates, as sentences, in date order. */
  successions: string[];
}

function entitySentence(entity: Entity, mark: Mark): string {
  const kind = KIND_NOUNS[entity.kind].one;
  const when =
    mark === 'added'
      ? entity.validFrom ? `, from ${formatDate(entity.validFrom, 'start')}` : ''
      : entity.validTo ? `, until ${formatDate(entity.validTo, 'end')}` : '';
  return `${entity.name} (${kind}) ${mark === 'added' ? 'appears' : 'goes'}${when}.`;
}

/** More than this many of one kind, or from one entity, read as one line ("44 STPs appear: A, B, C and 41 more."). */
export const GROUP_FROM = 4;

/** Names as a short list: the first three, then how many more. */
function sample(names: string[]): string {
  return names.length <= 3 ? listOf(names) : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** Entities that appeared (or went) as sentences, one line per kind where a kind has many. */
function entityLines(entities: Entity[], mark: Mark): string[] {
  const byKind = new Map<Entity['kind'], Entity[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  return [...byKind.values()].flatMap((group) => {
    if (group.length < GROUP_FROM) return group.map((e) => entitySentence(e, mark));
    return [`${group.length} ${KIND_NOUNS[group[0]!.kind].many} ${mark === 'added' ? 'appear' : 'go'}: ${sample(group.map((e) => e.name))}.`];
  });
}

/** Relationships as sentences, one line for each entity with many of one type ("NHS Improvement oversees 238: ..."). */
function relationshipLines(rels: Changes['added']['edges'], today: string): string[] {
  const byFrom = new Map<string, Changes['added']['edges']>();
  for (const r of rels) byFrom.set(`${r.type}|${r.from.id}`, [...(byFrom.get(`${r.type}|${r.from.id}`) ?? []), r]);
  return [...byFrom.values()].flatMap((group) => {
    if (group.length < GROUP_FROM) return group.map((r) => sentence(r, r.from, r.to, { today }));
    const first = group[0]!;
    return [`${first.from.name} ${verb(first.type, 'forward')} ${group.length} more: ${sample(group.map((r) => r.to.name))}.`];
  });
}

/**
 * A `changes` answer as a map and as sentences. Entities at either end of a changed relationship are drawn
 * too (unmarked when they did not change themselves), so every changed relationship has both its ends.
 */
export function changeView(changes: Changes, today: string): ChangeView {
  const nodes = new Map<string, Entity>();
  const edges = new Map<string, Relationship>();
  const marks = new Map<string, Mark>();
  const text: Record<Mark, string[]> = { added: [], removed: [] };
  for (const mark of ['added', 'removed'] as const) {
    const side = changes[mark];
    const entities = [...side.nodes].sort((a, b) => a.name.localeCompare(b.name));
    for (const entity of entities) {
      nodes.set(entity.id, entity);
      marks.set(entity.id, mark);
    }
    text[mark].push(...entityLines(entities, mark));
    const rels = [...side.edges].sort((a, b) => a.from.name.localeCompare(b.from.name) || a.to.name.localeCompare(b.to.name));
    for (const rel of rels) {
      for (const end of [rel.from, rel.to]) if (!nodes.has(end.id)) nodes.set(end.id, end);
      edges.set(rel.id, { ...rel, from: { id: rel.from.id }, to: { id: rel.to.id } });
      marks.set(rel.id, mark);
    }
    text[mark].push(...relationshipLines(rels, today));
  }
  // A merger joins what went to what came: drawn between them, listed on its own.
  const successions: string[] = [];
  for (const rel of changes.successions) {
    for (const end of [rel.from, rel.to]) if (!nodes.has(end.id)) nodes.set(end.id, end);
    edges.set(rel.id, { ...rel, from: { id: rel.from.id }, to: { id: rel.to.id } });
    marks.set(rel.id, 'added');
    successions.push(sentence(rel, rel.from, rel.to, { today }));
  }
  return {
    subgraph: { nodes: [...nodes.values()], edges: [...edges.values()] },
    marks,
    added: text.added,
    removed: text.removed,
    successions,
  };
}

/** Whether something dated validFrom..validTo (either end open) was in force on day; all ISO dates. */
export function inForceOn(validFrom: string | null, validTo: string | null, day: string): boolean {
  return (validFrom === null || validFrom <= day) && (validTo === null || validTo >= day);
}
