import type { EntityKind, RelationshipType } from '../../server/src/domain/model.ts';
import { clip, type Lifetime } from './periods.ts';

/** What the national import builds before it becomes seed-file entries: organisations, their eras and links. */

/** A register row cited for a fact: the register's source id, the row's line, and the row as it reads. */
export interface Cite {
  source: string;
  file: string;
  line: number;
  text: string;
}

/** The kinds of organisation the registers hold; each keeps its own ODS code space. */
export type Family = Extract<
  EntityKind,
  'TRUST' | 'CCG' | 'SUB_ICB_LOCATION' | 'STP' | 'INTEGRATED_CARE_BOARD' | 'REGION' | 'LOCAL_OFFICE' | 'COUNCIL'
>;

/** One organisation under one name: an ODS code may be held by several in turn (see eras in trusts.ts). */
export interface Org {
  key: string;
  family: Family;
  code: string;
  name: string;
  from: string | null;
  to: string | null;
  aliases: Set<string>;
  cites: Cite[];
  /** Plain facts for the description: "an NHS foundation trust", "a county council"... */
  what: string;
  /** Where the dates come from, when a rule rather than a register gives them. */
  dateNote?: string;
  /** The entity's ODS code when it is not `code` (a council's ODS local-authority code); null for none. */
  odsCode?: string | null;
  /** The names the registers showed, with the day each reflects (trusts: for their status on a date). */
  seen?: { date: string; name: string; cite: Cite }[];
}

/** A relationship the registers give, between organisations (by key) or curated entities (by id). */
export interface Link {
  from: string;
  type: RelationshipType;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  confidence: 'confirmed' | 'reported' | 'unverified';
  basis: 'recorded' | 'derived';
  cites: Cite[];
  rule?: string;
  premises?: string[];
}

/** Every organisation, findable by family and code, and by the era alive on a date. */
export class Registry {
  private readonly byCode = new Map<string, Org[]>();
  readonly all: Org[] = [];

  add(org: Omit<Org, 'key'>): Org {
    const full: Org = { ...org, key: `${org.family}:${org.code}:${org.from ?? ''}` };
    const list = this.byCode.get(`${org.family}:${org.code}`) ?? [];
    list.push(full);
    list.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    this.byCode.set(`${org.family}:${org.code}`, list);
    this.all.push(full);
    return full;
  }

  /** Replaces the eras of one code (curated.ts: where the curated files split or name them). */
  replace(family: Family, code: string, eras: Omit<Org, 'key'>[]): Org[] {
    const old = new Set(this.eras(family, code));
    for (let i = this.all.length - 1; i >= 0; i--) if (old.has(this.all[i]!)) this.all.splice(i, 1);
    this.byCode.delete(`${family}:${code}`);
    return eras.map((e) => this.add(e));
  }

  eras(family: Family, code: string): Org[] {
    return this.byCode.get(`${family}:${code}`) ?? [];
  }

  has(family: Family, code: string): boolean {
    return this.byCode.has(`${family}:${code}`);
  }

  /** The era holding the code on the date; with no date, the latest. */
  at(family: Family, code: string, date: string | null): Org | undefined {
    const eras = this.eras(family, code);
    if (date === null) return eras[eras.length - 1];
    return eras.find((o) => (o.from === null || o.from <= date) && (o.to === null || o.to >= date));
  }

  /** The eras of the code that overlap [from, to], each with the part that overlaps. */
  overlapping(family: Family, code: string, life: Lifetime): { org: Org; life: Lifetime }[] {
    return this.eras(family, code).flatMap((org) => {
      const part = clip(life.from, life.to, org);
      return part ? [{ org, life: part }] : [];
    });
  }

  /** The life of a code across all its eras (a group that was renamed is still one group to its members). */
  lifeOf(family: Family, code: string): Lifetime {
    const eras = this.eras(family, code);
    if (eras.length === 0) return { from: null, to: null };
    return { from: eras[0]!.from, to: eras[eras.length - 1]!.to };
  }
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'with', 'upon', 'by', 'under', 'le', 'de']);
const UPPER_WORDS = new Set(['NHS', 'CCG', 'ICB', 'ICS', 'STP', 'UK', 'GP', 'CIC', 'LLP', 'II', 'III', 'IV', 'PCT', 'UCLH', 'CSU', 'UA', 'A&E']);

/** "SOUTHEND-ON-SEA NHS TRUST" -> "Southend-on-Sea NHS Trust"; "KING'S COLLEGE" -> "King's College". */
export function titleCase(upper: string): string {
  return upper
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const bare = word.replace(/[^A-Z0-9&]/gi, '');
      if (UPPER_WORDS.has(bare.toUpperCase())) return word.toUpperCase();
      return word
        .toLowerCase()
        .split('-')
        .map((part, j) => ((i > 0 || j > 0) && SMALL_WORDS.has(part) ? part : part.replace(/^([^a-z]*)([a-z])/, (_, pre: string, c: string) => pre + c.toUpperCase())))
        .join('-');
    })
    .join(' ');
}

/** A readable id from a name: "NHS Leeds CCG" -> "nhs-leeds-ccg". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Names compared loosely: case, "&" and "and", punctuation and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
  return slug(a) === slug(b);
}
