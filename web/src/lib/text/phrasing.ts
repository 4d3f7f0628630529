import type { Basis, Confidence, Entity, EntityKind, Relationship, RelationshipType, Source } from '../api/types.ts';

/**
 * How relationships read in plain English, both ways round, with their dates. Pure: the date "today" is passed
 * in, so a relationship that ended reads in the past tense ("oversaw") and one that goes on in the present.
 */

interface Verbs {
  /** from -> to, while it holds: "NHS England oversees the regime". */
  forward: string;
  /** to <- from, while it holds: "the regime is overseen by NHS England". */
  backward: string;
  forwardPast: string;
  backwardPast: string;
}

export const VERBS: Record<RelationshipType, Verbs> = {
  OVERSEES: { forward: 'oversees', backward: 'is overseen by', forwardPast: 'oversaw', backwardPast: 'was overseen by' },
  FUNDS: { forward: 'funds', backward: 'is funded by', forwardPast: 'funded', backwardPast: 'was funded by' },
  REGULATES: { forward: 'regulates', backward: 'is regulated by', forwardPast: 'regulated', backwardPast: 'was regulated by' },
  COMMISSIONS: { forward: 'commissions', backward: 'is commissioned by', forwardPast: 'commissioned', backwardPast: 'was commissioned by' },
  PART_OF: { forward: 'is part of', backward: 'includes', forwardPast: 'was part of', backwardPast: 'included' },
  MEMBER_OF: { forward: 'is a member of', backward: 'has as a member', forwardPast: 'was a member of', backwardPast: 'had as a member' },
  PARTNER_IN: { forward: 'is a partner in', backward: 'has as a partner', forwardPast: 'was a partner in', backwardPast: 'had as a partner' },
  LEADS: { forward: 'leads', backward: 'is led by', forwardPast: 'led', backwardPast: 'was led by' },
  COVERS: { forward: 'covers', backward: 'is covered by', forwardPast: 'covered', backwardPast: 'was covered by' },
  INVESTIGATES: { forward: 'investigates', backward: 'is investigated by', forwardPast: 'investigated', backwardPast: 'was investigated by' },
  MERGED_INTO: { forward: 'merged into', backward: 'absorbed', forwardPast: 'merged into', backwardPast: 'absorbed' },
  SUCCEEDED_BY: { forward: 'was succeeded by', backward: 'succeeded', forwardPast: 'was succeeded by', backwardPast: 'succeeded' },
  SUPPORTS: { forward: 'supports', backward: 'is supported by', forwardPast: 'supported', backwardPast: 'was supported by' },
  INTERVENES_IN: {
    forward: 'intervenes in',
    backward: 'is subject to intervention by',
    forwardPast: 'intervened in',
    backwardPast: 'was subject to intervention by',
  },
};

/** Short names for the legend and filters. */
export const TYPE_LABELS: Record<RelationshipType, string> = {
  OVERSEES: 'Oversees',
  FUNDS: 'Funds',
  REGULATES: 'Regulates',
  COMMISSIONS: 'Commissions',
  PART_OF: 'Part of',
  MEMBER_OF: 'Member of',
  PARTNER_IN: 'Partner in',
  LEADS: 'Leads',
  COVERS: 'Covers',
  INVESTIGATES: 'Investigates',
  MERGED_INTO: 'Merged into',
  SUCCEEDED_BY: 'Succeeded by',
  SUPPORTS: 'Supports',
  INTERVENES_IN: 'Intervenes in',
};

export const KIND_LABELS: Record<EntityKind, string> = {
  GOVERNMENT_DEPARTMENT: 'Government department',
  NATIONAL_BODY: 'National body',
  REGULATOR: 'Regulator',
  REGION: 'Region',
  LOCAL_OFFICE: 'Area team or local office',
  TRUST: 'NHS trust',
  CCG: 'Clinical commissioning group',
  SUB_ICB_LOCATION: 'Sub-ICB location',
  STP: 'Sustainability and transformation partnership',
  INTEGRATED_CARE_BOARD: 'Integrated care board',
  PARTNERSHIP: 'Partnership',
  COUNCIL: 'Council',
  PROGRAMME: 'Programme',
  PLAN: 'Plan',
  WORKSTREAM: 'Workstream',
  GROUP: 'Group or board',
  PERSON: 'Person',
  AREA: 'Area',
  SITE: 'Site',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  CONFIRMED: 'Confirmed by an official source',
  REPORTED: 'Reported by a secondary source',
  UNVERIFIED: 'Unverified: inferred, or a single weak source',
};

/** Kinds as nouns inside a sentence, one and many: "an NHS trust", "44 STPs". */
export const KIND_NOUNS: Record<EntityKind, { one: string; many: string }> = {
  GOVERNMENT_DEPARTMENT: { one: 'government department', many: 'government departments' },
  NATIONAL_BODY: { one: 'national body', many: 'national bodies' },
  REGULATOR: { one: 'regulator', many: 'regulators' },
  REGION: { one: 'NHS England region', many: 'NHS England regions' },
  LOCAL_OFFICE: { one: 'area team or local office', many: 'area teams and local offices' },
  TRUST: { one: 'NHS trust', many: 'NHS trusts' },
  CCG: { one: 'clinical commissioning group', many: 'clinical commissioning groups' },
  SUB_ICB_LOCATION: { one: 'sub-ICB location', many: 'sub-ICB locations' },
  STP: { one: 'STP', many: 'STPs' },
  INTEGRATED_CARE_BOARD: { one: 'integrated care board', many: 'integrated care boards' },
  PARTNERSHIP: { one: 'partnership', many: 'partnerships' },
  COUNCIL: { one: 'council', many: 'councils' },
  PROGRAMME: { one: 'programme', many: 'programmes' },
  PLAN: { one: 'plan', many: 'plans' },
  WORKSTREAM: { one: 'workstream', many: 'workstreams' },
  GROUP: { one: 'group or board', many: 'groups and boards' },
  PERSON: { one: 'person', many: 'people' },
  AREA: { one: 'area', many: 'areas' },
  SITE: { one: 'site', many: 'sites' },
};

/** How a relationship is known, in a few words (the detail panel says more). */
export const BASIS_LABELS: Record<Basis, string> = {
  QUOTED: 'Quoted',
  RECORDED: 'Register',
  DERIVED: 'By rule',
  CITED: 'Cited',
};

/** The same, as a sentence for the detail panel. */
export const BASIS_SENTENCES: Record<Basis, string> = {
  QUOTED: 'A sentence of its source states it.',
  RECORDED: 'A row of an NHS register states it.',
  DERIVED: 'A rule gives it for every organisation of its kind; no source names this one.',
  CITED: 'Its source is cited, but no sentence stating it is at hand.',
};

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "4 June 2015". */
export function formatDay(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}`;
}

/**
 * A date as precise as the data probably was. The seed stores "2015-09" as 2015-09-01 when it starts a period
 * and as 2015-09-30 when it ends one, so a first (or last) day of a month reads as the month, and 1 January
 * (or 31 December) as the year.
 */
export function formatDate(iso: string, end: 'start' | 'end'): string {
  const p = parts(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  if (end === 'start' && d === 1) return m === 1 ? `${y}` : `${MONTHS[m - 1]} ${y}`;
  if (end === 'end' && d === lastDayOfMonth(y, m)) return m === 12 ? `${y}` : `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "since September 2015", "from April 2016 to June 2022", "until March 2021", or "" with no dates. */
export function period(validFrom: string | null, validTo: string | null): string {
  if (validFrom && validTo) return `from ${formatDate(validFrom, 'start')} to ${formatDate(validTo, 'end')}`;
  if (validFrom) return `since ${formatDate(validFrom, 'start')}`;
  if (validTo) return `until ${formatDate(validTo, 'end')}`;
  return '';
}

/** Whether something dated validTo had ended before `today` (YYYY-MM-DD). */
export function hasEnded(validTo: string | null, today: string): boolean {
  return validTo !== null && validTo < today;
}

/** The verb for a relationship read from one end: forward from its `from` entity, backward from its `to`. */
export function verb(type: RelationshipType, way: 'forward' | 'backward', ended = false): string {
  const v = VERBS[type];
  if (ended) return way === 'forward' ? v.forwardPast : v.backwardPast;
  return way === 'forward' ? v.forward : v.backward;
}

/** Group headings in the detail panel: "Oversees", "Is overseen by". */
export function heading(type: RelationshipType, way: 'forward' | 'backward'): string {
  const text = verb(type, way);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Named = Pick<Entity, 'id' | 'name'>;

/**
 * A note short enough to read as part of the sentence, such as a role ("chief executive"); longer notes are
 * commentary on the sources and are shown beside the sentence instead.
 */
export function isShortNote(note: string | null): note is string {
  return note !== null && note.length <= 40 && !/[();]/.test(note);
}

export interface SentenceOptions {
  /** Today, YYYY-MM-DD: relationships that ended before it read in the past tense. */
  today: string;
  /** Read the relationship from its `to` end ("X is overseen by Y") instead of its `from` end. */
  from?: 'from' | 'to';
}

/**
 * One relationship as a sentence: "NHS England oversees Mid and South Essex Success Regime since September
 * 2015." With `from: 'to'`: "Mid and South Essex Success Regime is overseen by NHS England since September 2015."
 * The note, when there is one, follows in brackets: "Clare Panniker leads Southend ... (chief executive)".
 */
export function sentence(
  rel: Pick<Relationship, 'type' | 'validFrom' | 'validTo' | 'note'>,
  fromEntity: Named,
  toEntity: Named,
  options: SentenceOptions,
): string {
  const ended = hasEnded(rel.validTo, options.today);
  const backward = options.from === 'to';
  const subject = backward ? toEntity.name : fromEntity.name;
  const object = backward ? fromEntity.name : toEntity.name;
  const words = [subject, verb(rel.type, backward ? 'backward' : 'forward', ended), object];
  const when = period(rel.validFrom, rel.validTo);
  if (isShortNote(rel.note)) words.push(`(${rel.note})`);
  if (when) words.push(when);
  return `${words.join(' ')}.`;
}

/**
 * A publication date as stored (YYYY-MM-DD, YYYY-MM or YYYY): "4 June 2015", "June 2015", "2015". A partial
 * date loaded as the first of its month or year reads as that month or year, as in formatDate.
 */
export function formatPublished(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, 'start');
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return value;
}

/** "NHS England (Publisher), 4 June 2015" style citation line, without the quote. */
export function citation(source: Source): string {
  const bits = [source.title];
  if (source.publisher) bits.push(source.publisher);
  if (source.published) bits.push(formatPublished(source.published));
  return bits.join(', ');
}

/** Names joined as a person would: "A", "A and B", "A, B and C". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Today as YYYY-MM-DD in the person's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
