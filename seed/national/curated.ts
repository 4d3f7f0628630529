import { dayAfter, dayBefore, expandPartialDate } from '../../server/src/domain/dates.ts';
import type { EntityKind } from '../../server/src/domain/model.ts';
import type { SeedEntity } from '../../server/src/dataset/schema.ts';
import type { CouncilIndex } from './councils.ts';
import type { Family, Org, Registry } from './model.ts';

/**
 * Curated entities (seed/data) meet the registers here. A curated entity with an ODS code is the organisation
 * that held the code while the curated entity was in being: it keeps its id, name, description and facts, and
 * the registers add their rows, former names and any dates the curated file leaves out. Where curated files
 * split one code into two organisations (Southend University Hospital NHS FT, then Mid and South Essex NHS FT,
 * both RAJ), the registers' eras are cut at the same day, so nothing is duplicated. Where a curated date and a
 * register date differ, the curated one stands and the difference is listed.
 */

export interface Curated {
  entity: SeedEntity;
  from: string | null;
  to: string | null;
}

export interface Disagreement {
  id: string;
  field: 'validFrom' | 'validTo';
  curated: string;
  registers: string;
}

const FAMILY_OF: Partial<Record<EntityKind, Family>> = {
  TRUST: 'TRUST',
  CCG: 'CCG',
  SUB_ICB_LOCATION: 'SUB_ICB_LOCATION',
  STP: 'STP',
  INTEGRATED_CARE_BOARD: 'INTEGRATED_CARE_BOARD',
  REGION: 'REGION',
  LOCAL_OFFICE: 'LOCAL_OFFICE',
  COUNCIL: 'COUNCIL',
};

export interface Matches {
  /** Era key -> the curated entity that is that era. */
  byKey: Map<string, Curated>;
  disagreements: Disagreement[];
}

export function matchCurated(entities: SeedEntity[], registry: Registry, councils: CouncilIndex): Matches {
  const groups = new Map<string, { family: Family; code: string; curated: Curated[] }>();
  for (const entity of entities) {
    const family = FAMILY_OF[entity.kind];
    if (!family || !entity.odsCode) continue;
    const curated = {
      entity,
      from: entity.validFrom ? expandPartialDate(entity.validFrom, 'start') : null,
      to: entity.validTo ? expandPartialDate(entity.validTo, 'end') : null,
    };
    // Councils are known to the registers by mySociety code; the curated file gives the ODS one.
    const codes = family === 'COUNCIL' ? (councils.byOdsCode.get(entity.odsCode) ?? []) : [entity.odsCode];
    for (const code of new Set(codes)) {
      const key = `${family}:${code}`;
      const group = groups.get(key) ?? { family, code, curated: [] };
      group.curated.push(curated);
      groups.set(key, group);
    }
  }
  const matches: Matches = { byKey: new Map(), disagreements: [] };
  for (const { family, code, curated } of groups.values()) {
    const eras = registry.eras(family, code);
    if (eras.length === 0) continue;
    const relevant = curated.filter((c) => overlapsAny(c, eras));
    if (relevant.length === 0) continue;
    noteDisagreements(relevant, eras, matches.disagreements);
    const owned = resegment(eras, relevant);
    const added = registry.replace(family, code, owned.map((o) => o.era));
    added.forEach((org, i) => {
      const owner = owned[i]!.owner;
      if (owner) matches.byKey.set(org.key, owner);
    });
  }
  return matches;
}

function overlapsAny(c: Curated, eras: Org[]): boolean {
  return eras.some((e) => (c.to === null || e.from === null || e.from <= c.to) && (e.to === null || c.from === null || c.from <= e.to));
}

/** Cuts the register's eras of one code at every curated boundary, and gives each piece its owner. */
function resegment(eras: Org[], curated: Curated[]): { era: Omit<Org, 'key'>; owner: Curated | null }[] {
  const first = eras[0]!.from;
  const last = eras[eras.length - 1]!.to;
  const inside = (d: string) => (first === null || d > first) && (last === null || d <= last);
  const cuts = new Set<string>();
  for (const e of eras.slice(1)) if (e.from) cuts.add(e.from);
  for (const c of curated) {
    if (c.from && inside(c.from)) cuts.add(c.from);
    if (c.to && inside(dayAfter(c.to))) cuts.add(dayAfter(c.to));
  }
  const starts = [first, ...[...cuts].sort()];
  const pieces = starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next ? dayBefore(next) : last;
    const probe = start ?? end ?? '2013-04-01';
    const owner = curated.find((c) => (c.from === null || c.from <= probe) && (c.to === null || c.to >= probe)) ?? null;
    const era = eras.find((e) => (e.from === null || e.from <= probe) && (e.to === null || e.to >= probe)) ?? eras[0]!;
    return { start, end, owner, era };
  });
  // Consecutive pieces with one owner (a curated entity, or one register era) are one era.
  const merged: typeof pieces = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && (p.owner ? prev.owner === p.owner : !prev.owner && prev.era === p.era)) {
      prev.end = p.end;
      continue;
    }
    merged.push({ ...p });
  }
  return merged.map((p) => {
    const over = eras.filter((e) => (p.end === null || e.from === null || e.from <= p.end) && (e.to === null || p.start === null || p.start <= e.to));
    if (!p.owner) return { era: { ...p.era, from: p.start, to: p.end }, owner: null };
    const c = p.owner;
    const names = new Set(over.flatMap((e) => [e.name, ...e.aliases]));
    names.delete(c.entity.name);
    return {
      owner: c,
      era: {
        family: p.era.family,
        code: p.era.code,
        name: c.entity.name,
        from: c.from !== null && (p.start === null || c.from < p.start) ? c.from : p.start,
        to: c.to !== null && (p.end === null || c.to > p.end) ? c.to : p.end,
        aliases: names,
        cites: over.flatMap((e) => e.cites),
        what: p.era.what,
        seen: over.flatMap((e) => e.seen ?? []),
        ...(p.era.odsCode !== undefined ? { odsCode: p.era.odsCode } : {}),
      },
    };
  });
}

/** A curated start or end that matches no start or end the registers give for the code. */
function noteDisagreements(curated: Curated[], eras: Org[], out: Disagreement[]): void {
  const starts = new Set(eras.map((e) => e.from));
  const ends = new Set(eras.map((e) => e.to));
  for (const c of curated) {
    // A boundary between two curated entities of one code is the curated files' own split, not a disagreement.
    if (c.from !== null && !starts.has(c.from) && !curated.some((o) => o !== c && o.to && dayAfter(o.to) === c.from)) {
      out.push({ id: c.entity.id, field: 'validFrom', curated: c.from, registers: [...starts].filter(Boolean).join(', ') || 'none' });
    }
    if (c.to !== null && !ends.has(c.to) && !curated.some((o) => o !== c && o.from === dayAfter(c.to!))) {
      out.push({ id: c.entity.id, field: 'validTo', curated: c.to, registers: [...ends].map((e) => e ?? 'open').join(', ') });
    }
  }
}
