// Over 300 lines on purpose: one generator whose steps share the lives, ids and random stream it builds as it goes.
import type { SeedEntity, SeedRelationship, SeedSource } from '../../server/src/dataset/schema.ts';
import { relationshipId, type EntityKind, type RelationshipType } from '../../server/src/domain/model.ts';
import { handOverDay, isSuccession } from '../../server/src/domain/succession.ts';

/**
 * An NHS-shaped synthetic graph of about `size` entities with about three relationships each, in the seed-file
 * shape, so it goes through our own loader. Deterministic: the same size and seed give the same graph.
 *
 * The shape follows the English NHS: a department and national bodies at the top, seven regions, integrated care
 * boards (from July 2022) that succeeded clinical commissioning groups (April 2013 to June 2022), partnerships
 * (STPs, then ICSs), trusts with their hospital sites, GP practices in primary care networks, councils and areas,
 * people who lead and sit on boards, and programmes with their plans and workstreams. The schema has no
 * GP-practice kind, so practices are SITEs with an ODS code. Every relationship is dated inside the lives of
 * both its ends and cites one or two sources with a quoted sentence, as the real seed data does.
 */

export interface Dataset {
  sources: SeedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

/** Ids the benchmark asks about, chosen from the generated graph. */
export interface Probes {
  /** Entities of every kind, drawn uniformly: what a person might open. */
  entities: string[];
  /** Trusts, CCGs and ICBs: the entities with chains of oversight above them. */
  overseen: string[];
  /** Pairs for path queries: two different entities drawn uniformly. */
  pairs: [string, string][];
  /** What a person types into search: the first word or two of real names. */
  searches: string[];
  /** A date inside the life of most of the graph, for the as-of snapshot. */
  asOf: string;
}

type Life = { from: string | null; to: string | null };

/** Kinds and their share of everything beyond the fixed national layer. */
const SHARES: [string, number][] = [
  ['practice', 0.33],
  ['person', 0.3],
  ['site', 0.12],
  ['trust', 0.04],
  ['ccg', 0.03],
  ['icb', 0.01],
  ['partnership', 0.01],
  ['pcn', 0.04],
  ['programme', 0.02],
  ['plan', 0.015],
  ['workstream', 0.015],
  ['council', 0.02],
  ['area', 0.03],
];

const PREFIXES = [
  'Ash', 'Brad', 'Chel', 'Dun', 'East', 'Fair', 'Glen', 'Hart', 'Ivy', 'Kings', 'Lang', 'Marl', 'Nor', 'Oak', 'Pen',
  'Queens', 'Red', 'Stan', 'Thorn', 'Up', 'Wal', 'West', 'York', 'Bex', 'Crow', 'Derw', 'Elm', 'Fern', 'Gold', 'Holm',
  'Kirk', 'Lyn', 'Mill', 'New', 'Over', 'Pit', 'Rother', 'Shep', 'Tam', 'Win',
];
const SUFFIXES = [
  'ford', 'bury', 'ton', 'ham', 'field', 'ley', 'worth', 'wick', 'stead', 'mouth', 'bridge', 'dale', 'hurst', 'by',
  'minster', 'combe', 'borough', 'well', 'gate', 'more', 'thorpe', 'den', 'cliffe', 'haven', 'holme', 'port', 'shaw',
  'stow', 'wood', 'leigh',
];
const QUALIFIERS = [
  '', ' Vale', ' Moor', ' Heath', ' Green', ' Cross', ' Park', ' Downs', ' Marsh', ' Hill', ' Common', ' End',
  ' Bank', ' Chase', ' Fields', ' Grange', ' Heights', ' Lea', ' Meadows', ' Rise', ' Sands', ' Water', ' Wold',
  ' Abbey', ' Bay', ' Brook', ' Forest', ' Hollow', ' Lakes', ' Ridge',
];
const FIRST = [
  'Amara', 'Ben', 'Chloe', 'David', 'Eleanor', 'Farid', 'Grace', 'Harjit', 'Imogen', 'James', 'Kofi', 'Lucy',
  'Mohammed', 'Niamh', 'Owen', 'Priya', 'Rachel', 'Sanjay', 'Tom', 'Uma', 'Victoria', 'William', 'Yusuf', 'Zoe',
  'Adele', 'Bridget', 'Callum', 'Deborah', 'Edward', 'Fiona', 'Gareth', 'Helen', 'Ian', 'Julia', 'Kevin', 'Laura',
];
const LAST = [
  'Adams', 'Begum', 'Clarke', 'Davies', 'Evans', 'Fletcher', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis',
  'Morris', 'Nolan', 'Okafor', 'Patel', 'Quinn', 'Roberts', 'Singh', 'Taylor', 'Usman', 'Vaughan', 'Walker', 'Young',
  'Ahmed', 'Barker', 'Chapman', 'Dixon', 'Ellis', 'Foster', 'Gill', 'Harris', 'Irwin', 'Jackson', 'Kaur', 'Lloyd',
  'Mason', 'Nash', 'Owens', 'Price', 'Reid', 'Shaw', 'Turner', 'Wood',
];
const INITIALS = 'ABCDEFGHJKLMNPRSTW'.split('');
const REGIONS = ['London', 'South East', 'South West', 'Midlands', 'East of England', 'North West', 'North East and Yorkshire'];
const ROLES = ['chief executive', 'chair', 'medical director', 'director of finance', 'chief nurse', 'senior responsible officer'];
const PUBLISHERS = ['NHS England', 'Care Quality Commission', 'Health Service Journal', 'Department of Health and Social Care', 'the trust', 'the integrated care board'];

/** A small, fast, seedable generator (mulberry32): the graph must be the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function generateNhsGraph(size: number, seed = 20150604): { data: Dataset; probes: Probes } {
  const rnd = random(seed + size);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const day = (fromYear: number, toYear: number) =>
    `${int(fromYear, toYear)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

  const sources: SeedSource[] = [];
  const entities: SeedEntity[] = [];
  const relationships: SeedRelationship[] = [];
  const lives = new Map<string, Life>();
  const names = new Set<string>();
  const relIds = new Set<string>();

  // Sources: about one for every ten entities, each a dated document from a plausible publisher.
  const sourceCount = Math.max(20, Math.round(size / 10));
  for (let i = 0; i < sourceCount; i++) {
    const published = day(2010, 2023);
    sources.push({
      id: `src-${i}`,
      title: `${pick(['Board papers', 'Annual report', 'Oversight letter', 'Inspection report', 'Press release', 'Strategy'])} ${i}`,
      url: `https://example.org/documents/${i}`,
      publisher: pick(PUBLISHERS),
      published,
    });
  }
  const cite = (what: string) => {
    const count = rnd() < 0.25 ? 2 : 1;
    return Array.from({ length: count }, () => ({
      source: `src-${int(0, sourceCount - 1)}`,
      quote: `The document records that ${what}.`,
    }));
  };

  // Unique place names: prefix + suffix + qualifier gives 36,000; a number keeps going past that.
  let placeCounter = 0;
  const place = () => {
    for (;;) {
      const n = placeCounter++;
      const base = PREFIXES[n % PREFIXES.length]! + SUFFIXES[Math.floor(n / PREFIXES.length) % SUFFIXES.length]!;
      const q = QUALIFIERS[Math.floor(n / (PREFIXES.length * SUFFIXES.length)) % QUALIFIERS.length]!;
      const round = Math.floor(n / (PREFIXES.length * SUFFIXES.length * QUALIFIERS.length));
      return `${base}${q}${round > 0 ? ` ${round + 1}` : ''}`;
    }
  };
  let personCounter = 0;
  const personName = () => {
    const n = personCounter++;
    const first = FIRST[n % FIRST.length]!;
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
    const k = Math.floor(n / (FIRST.length * LAST.length));
    const middle = k === 0 ? '' : ` ${INITIALS[(k - 1) % INITIALS.length]!}.`;
    const round = Math.floor((k - 1) / INITIALS.length);
    return `${first}${middle} ${last}${k > 0 && round > 0 ? ` ${round + 1}` : ''}`;
  };

  let odsCounter = 0;
  const ods = (prefix: string) => `${prefix}${(odsCounter++).toString(36).toUpperCase().padStart(4, '0')}`;

  const add = (
    kind: EntityKind,
    name: string,
    description: string,
    extra: { id?: string; aliases?: string[]; odsCode?: string; validFrom?: string; validTo?: string } = {},
  ): string => {
    if (names.has(name.toLowerCase())) throw new Error(`generator made the name "${name}" twice`);
    names.add(name.toLowerCase());
    const id = extra.id ?? extra.odsCode ?? slug(name);
    entities.push({
      id,
      kind,
      name,
      aliases: extra.aliases ?? [],
      description,
      odsCode: extra.odsCode ?? null,
      validFrom: extra.validFrom ?? null,
      validTo: extra.validTo ?? null,
      sources: cite(`${name} exists`),
    });
    lives.set(id, { from: extra.validFrom ?? null, to: extra.validTo ?? null });
    return id;
  };

  /**
   * A relationship inside the lives of both ends (and the window asked for); left out when they never overlap.
   * A succession or merger is dated the day after the old body ended, as the loader expects.
   */
  const relate = (from: string, type: RelationshipType, to: string, window: Life = { from: null, to: null }, note?: string) => {
    const a = lives.get(from)!;
    const b = lives.get(to)!;
    const handOver = isSuccession(type) && a.to ? handOverDay(a.to) : null;
    const aEnd = handOver ?? a.to;
    const start = later(later(later(a.from, b.from), window.from), handOver);
    const end = earlier(earlier(aEnd, b.to), window.to);
    if (start && end && end < start) return;
    let id = relationshipId(from, type, to, start);
    if (relIds.has(id)) id = `${id}.${relIds.size}`;
    relIds.add(id);
    relationships.push({
      id,
      from,
      type,
      to,
      validFrom: start,
      validTo: end,
      note: note ?? null,
      confidence: pick(['confirmed', 'confirmed', 'reported', 'unverified']),
      sources: cite(`${from} ${type.toLowerCase().replace('_', ' ')} ${to}`),
    });
  };

  // The national layer, fixed.
  const dhsc = add('GOVERNMENT_DEPARTMENT', 'Department of Health and Social Care', 'The government department responsible for health and care.', { id: 'dhsc', aliases: ['DHSC', 'Department of Health'] });
  const nhse = add('NATIONAL_BODY', 'NHS England', 'The national body that leads the NHS in England.', { id: 'nhs-england', aliases: ['NHSE', 'NHS Commissioning Board'], odsCode: 'X24', validFrom: '2012-10-01' });
  const nhsi = add('NATIONAL_BODY', 'NHS Improvement', 'Oversaw trusts from April 2016 until it joined NHS England.', { id: 'nhs-improvement', aliases: ['NHSI'], validFrom: '2016-04-01', validTo: '2022-06-30' });
  const monitor = add('REGULATOR', 'Monitor', 'The sector regulator for foundation trusts.', { id: 'monitor', validFrom: '2004-01-05', validTo: '2016-03-31' });
  const tda = add('NATIONAL_BODY', 'NHS Trust Development Authority', 'Oversaw NHS trusts that were not foundation trusts.', { id: 'nhs-tda', aliases: ['TDA', 'NTDA'], validFrom: '2012-06-01', validTo: '2016-03-31' });
  const cqc = add('REGULATOR', 'Care Quality Commission', 'The independent regulator of health and adult social care.', { id: 'cqc', aliases: ['CQC'], validFrom: '2009-04-01' });
  const hee = add('NATIONAL_BODY', 'Health Education England', 'Led education and training for the health workforce.', { id: 'hee', aliases: ['HEE'], validFrom: '2012-06-28', validTo: '2023-03-31' });
  relate(dhsc, 'OVERSEES', nhse);
  relate(dhsc, 'FUNDS', nhse);
  relate(dhsc, 'OVERSEES', nhsi);
  relate(dhsc, 'OVERSEES', monitor);
  relate(dhsc, 'OVERSEES', tda);
  relate(dhsc, 'FUNDS', cqc);
  relate(dhsc, 'OVERSEES', hee);
  relate(monitor, 'SUCCEEDED_BY', nhsi);
  relate(tda, 'SUCCEEDED_BY', nhsi);
  relate(nhsi, 'MERGED_INTO', nhse);
  const regions = REGIONS.map((r) => {
    const id = add('REGION', `NHS England ${r}`, `The NHS England regional team for ${r}.`, { id: `region-${slug(r)}`, validFrom: '2013-04-01' });
    relate(nhse, 'OVERSEES', id);
    relate(id, 'PART_OF', nhse);
    return id;
  });

  const rest = Math.max(0, size - entities.length);
  const count = (k: string) => Math.max(1, Math.round(rest * SHARES.find(([name]) => name === k)![1]));

  // Partnerships (STPs from 2016, ICSs later), each in a region.
  const partnerships: string[] = [];
  for (let i = 0; i < count('partnership'); i++) {
    const p = place();
    const id = add('PARTNERSHIP', `${p} Health and Care Partnership`, `The sustainability and transformation partnership, later integrated care system, for ${p}.`, { validFrom: '2016-03-01', aliases: [`${p} STP`] });
    relate(regions[i % regions.length]!, 'SUPPORTS', id);
    partnerships.push(id);
  }
  // Integrated care boards, from July 2022: each in a region and a partnership.
  const icbs: string[] = [];
  const icbRegion = new Map<string, string>();
  for (let i = 0; i < count('icb'); i++) {
    const p = place();
    const region = regions[i % regions.length]!;
    const id = add('INTEGRATED_CARE_BOARD', `NHS ${p} Integrated Care Board`, `The integrated care board for ${p}.`, { odsCode: ods('Q'), validFrom: '2022-07-01', aliases: [`${p} ICB`] });
    relate(region, 'OVERSEES', id);
    relate(nhse, 'FUNDS', id);
    relate(id, 'MEMBER_OF', partnerships[i % partnerships.length]!);
    icbs.push(id);
    icbRegion.set(id, region);
  }
  // Clinical commissioning groups, April 2013 to June 2022, each succeeded by an ICB.
  const ccgs: string[] = [];
  const ccgIcb = new Map<string, string>();
  for (let i = 0; i < count('ccg'); i++) {
    const p = place();
    const icb = icbs[i % icbs.length]!;
    const id = add('CCG', `NHS ${p} CCG`, `The clinical commissioning group for ${p}.`, { odsCode: ods('0'), validFrom: '2013-04-01', validTo: '2022-06-30' });
    relate(icbRegion.get(icb)!, 'OVERSEES', id);
    relate(nhse, 'FUNDS', id);
    relate(id, 'SUCCEEDED_BY', icb);
    relate(id, 'MEMBER_OF', partnerships[i % partnerships.length]!, { from: '2016-03-01', to: null });
    ccgs.push(id);
    ccgIcb.set(id, icb);
  }
  // Trusts: some merged into another before the ICBs came.
  const trusts: string[] = [];
  const trustIcb = new Map<string, string>();
  for (let i = 0; i < count('trust'); i++) {
    const p = place();
    const ccg = ccgs[i % ccgs.length]!;
    const icb = ccgIcb.get(ccg)!;
    const closes = trusts.length > 0 && rnd() < 0.1;
    const validTo = closes ? day(2014, 2021) : undefined;
    const foundation = rnd() < 0.6;
    const id = add('TRUST', `${p} ${pick(['Hospitals', 'University Hospitals', 'Community Health', 'Mental Health', 'Healthcare'])} NHS ${foundation ? 'Foundation ' : ''}Trust`, `An NHS ${foundation ? 'foundation ' : ''}trust serving ${p}.`, {
      odsCode: ods('R'),
      validFrom: day(1991, 2012),
      ...(validTo ? { validTo } : {}),
    });
    relate(cqc, 'REGULATES', id);
    relate(nhsi, 'OVERSEES', id);
    relate(foundation ? monitor : tda, 'OVERSEES', id);
    relate(icb, 'OVERSEES', id);
    relate(ccg, 'COMMISSIONS', id);
    relate(icb, 'COMMISSIONS', id);
    relate(id, 'MEMBER_OF', partnerships[i % partnerships.length]!);
    if (closes) {
      const survivor = pick(trusts.filter((t) => !lives.get(t)!.to));
      if (survivor) relate(id, 'MERGED_INTO', survivor);
    }
    trusts.push(id);
    trustIcb.set(id, icb);
  }
  const openTrusts = trusts.filter((t) => !lives.get(t)!.to);
  // Hospital sites, each run by a trust (undated, like places in the seed data).
  const sites: string[] = [];
  for (let i = 0; i < count('site'); i++) {
    const trust = openTrusts[i % openTrusts.length]!;
    const id = add('SITE', `${place()} ${pick(['General Hospital', 'Community Hospital', 'Infirmary', 'Health Centre'])}`, 'A hospital site.', { odsCode: ods('S') });
    relate(id, 'PART_OF', trust);
    relate(cqc, 'REGULATES', id);
    sites.push(id);
  }
  // Primary care networks (from July 2019) and GP practices.
  const pcns: string[] = [];
  for (let i = 0; i < count('pcn'); i++) {
    const id = add('GROUP', `${place()} Primary Care Network`, 'A primary care network of neighbouring GP practices.', { odsCode: ods('U'), validFrom: '2019-07-01' });
    pcns.push(id);
  }
  const practices: string[] = [];
  for (let i = 0; i < count('practice'); i++) {
    const ccg = ccgs[i % ccgs.length]!;
    const id = add('SITE', `${place()} ${pick(['Medical Practice', 'Surgery', 'Health Centre Practice', 'Family Practice'])}`, 'A GP practice.', { odsCode: ods('P') });
    relate(id, 'MEMBER_OF', ccg);
    relate(ccgIcb.get(ccg)!, 'COMMISSIONS', id);
    relate(id, 'MEMBER_OF', pcns[i % pcns.length]!);
    practices.push(id);
  }
  // Councils and areas.
  const areas: string[] = [];
  for (let i = 0; i < count('area'); i++) {
    const id = add('AREA', `${place()} District`, 'A local government district.');
    relate(ccgs[i % ccgs.length]!, 'COVERS', id);
    relate(icbs[i % icbs.length]!, 'COVERS', id);
    areas.push(id);
  }
  for (let i = 0; i < count('council'); i++) {
    const id = add('COUNCIL', `${place()} Council`, 'A local council with social care and public health duties.');
    relate(id, 'PARTNER_IN', partnerships[i % partnerships.length]!);
    relate(id, 'COVERS', areas[i % areas.length]!);
  }
  // Programmes, their plans and workstreams.
  const programmes: string[] = [];
  for (let i = 0; i < count('programme'); i++) {
    const start = day(2014, 2020);
    const id = add('PROGRAMME', `${place()} ${pick(['Success Regime', 'Recovery Programme', 'Vanguard', 'Transformation Programme'])}`, 'A national or local improvement programme.', { validFrom: start, ...(rnd() < 0.5 ? { validTo: day(2021, 2023) } : {}) });
    relate(pick([nhse, nhsi, nhse]), 'LEADS', id);
    for (let k = 0; k < 3; k++) relate(id, pick(['SUPPORTS', 'INTERVENES_IN', 'SUPPORTS']), pick(trusts));
    programmes.push(id);
  }
  for (let i = 0; i < count('plan'); i++) {
    const partnership = partnerships[i % partnerships.length]!;
    const id = add('PLAN', `${place()} Five Year Plan`, 'A local plan for health and care services.', { validFrom: day(2016, 2019) });
    relate(partnership, 'LEADS', id);
    relate(id, 'PART_OF', pick(programmes));
  }
  const workstreams: string[] = [];
  for (let i = 0; i < count('workstream'); i++) {
    const id = add('WORKSTREAM', `${place()} ${pick(['Urgent Care', 'Elective Recovery', 'Workforce', 'Digital', 'Estates'])} Workstream`, 'A workstream of a programme.');
    relate(id, 'PART_OF', programmes[i % programmes.length]!);
    workstreams.push(id);
  }
  // People lead organisations (one or two posts in a career) and sit on groups.
  const led = [...trusts, ...ccgs, ...icbs, ...partnerships, ...programmes];
  const boards = [...pcns, ...workstreams];
  for (let i = 0; i < count('person'); i++) {
    const id = add('PERSON', personName(), 'A leader in the NHS.');
    const posts = rnd() < 0.5 ? 2 : 1;
    for (let k = 0; k < posts; k++) {
      const start = day(2012, 2022);
      relate(id, 'LEADS', pick(led), { from: start, to: rnd() < 0.5 ? day(Number(start.slice(0, 4)) + 1, 2024) : null }, pick(ROLES));
    }
    relate(id, 'MEMBER_OF', pick(boards));
  }

  const probes = chooseProbes(entities, [...trusts, ...ccgs, ...icbs], rnd);
  return { data: { sources, entities, relationships }, probes };
}

function chooseProbes(entities: SeedEntity[], overseen: string[], rnd: () => number): Probes {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const sample = <T>(items: readonly T[], n: number) => Array.from({ length: n }, () => pick(items));
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < 100 && tries < 10_000; tries++) {
    const a = pick(entities);
    const b = pick(entities);
    if (a.id !== b.id) pairs.push([a.id, b.id]);
  }
  // What people type: half the time one word of a name (many matches), half the time two (few).
  const searches = sample(entities, 200).map((e, i) => e.name.split(' ').slice(0, 1 + (i % 2)).join(' '));
  return { entities: sample(entities, 300).map((e) => e.id), overseen: sample(overseen, 200), pairs, searches, asOf: '2020-06-01' };
}
