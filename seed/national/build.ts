import { expandPartialDate } from '../../server/src/domain/dates.ts';
import { parseBuilt } from '../../server/src/dataset/check.ts';
import { relationshipId } from '../../server/src/domain/model.ts';
import type { Parsed } from '../../server/src/dataset/rows.ts';
import type { SeedEntity, SeedFile, SeedRelationship } from '../../server/src/dataset/schema.ts';
import { registerSources } from './catalogue.ts';
import { buildCommissioners } from './commissioners.ts';
import { buildCouncils } from './councils.ts';
import { type Disagreement, matchCurated } from './curated.ts';
import { describe } from './describe.ts';
import { buildGeography } from './geography.ts';
import { buildCouncilSuccessions, buildPartners, buildSuccessions } from './links.ts';
import { buildMemberships } from './memberships.ts';
import { type Cite, type Link, type Org, Registry, slug } from './model.ts';
import { readRegisters } from './read.ts';
import { buildDerived, buildHandovers, RULES } from './rules.ts';
import { buildMergedIcbRegions, buildStpRegions } from './group-regions.ts';
import { Problems } from './table.ts';
import { buildTrusts } from './trusts.ts';

/**
 * The national import: reads seed/registers, builds every organisation and relationship the registers give,
 * meets the curated files (curated.ts), and returns it as one more seed "file", checked by the same rules as the
 * curated ones (validate.ts). A bad register row is reported with its file, line and column, and nothing is
 * built; the curated files' entities are changed in place (aliases, register rows, missing dates).
 */

export interface NationalReport {
  disagreements: Disagreement[];
  /** Group codes a register named that no register describes, by kind. */
  unresolved: Record<string, string[]>;
}

export const NATIONAL_FILE = 'seed/registers (national import)';

export function buildNational(curated: Parsed[], options: { dir?: string } = {}): { parsed: Parsed; report: NationalReport } {
  const problems = new Problems();
  const sheets = readRegisters(problems, options.dir);
  problems.throwIfAny();

  const registry = new Registry();
  buildGeography(sheets, registry);
  buildTrusts(sheets, registry);
  buildCommissioners(sheets, registry);
  const councils = buildCouncils(sheets, registry);
  problems.throwIfAny();

  const curatedEntities = curated.flatMap((p) => p.data?.entities ?? []);
  const matches = matchCurated(curatedEntities, registry, councils);

  const memberships = buildMemberships(sheets, registry);
  const successions = buildSuccessions(sheets, registry);
  const links: Link[] = [
    ...memberships.links,
    ...buildPartners(sheets, registry, councils),
    ...successions,
    ...buildCouncilSuccessions(sheets, registry),
    ...buildDerived(registry),
    ...buildHandovers(registry, memberships.links),
    ...buildStpRegions(registry, memberships.links),
    ...buildMergedIcbRegions(registry, memberships.links, successions),
  ];
  problems.throwIfAny();

  const ids = entityIds(registry, matches.byKey, new Set(curatedEntities.map((e) => e.id)));
  const nameOf = (key: string) => registry.all.find((o) => o.key === key)?.name ?? key;
  const names = new Map(registry.all.map((o) => [o.key, o.name]));
  const lookup = (key: string) => names.get(key) ?? nameOf(key);

  const origin: { file: string; line: number | null }[] = [];
  const entities: SeedEntity[] = [];
  const entityOrigin: { file: string; line: number | null }[] = [];
  for (const org of registry.all) {
    const matched = matches.byKey.get(org.key);
    if (matched) {
      enrich(matched.entity, org);
      continue;
    }
    entities.push({
      id: ids.get(org.key)!,
      kind: org.family,
      name: org.name,
      aliases: [...org.aliases].filter((a) => a !== org.name),
      description: describe(org, links, lookup),
      odsCode: org.odsCode === undefined ? org.code : org.odsCode,
      validFrom: org.from,
      validTo: org.to,
      sources: citations(org.cites),
    });
    entityOrigin.push(where(org.cites[0]));
  }

  const curatedRelationships = curated.flatMap((p) => p.data?.relationships ?? []);
  const relationships = toRelationships(links, ids, curatedRelationships, origin);
  const data: SeedFile = { sources: registerSources(), rules: RULES, entities, relationships };
  const fileOf = (at: (string | number)[]) => {
    const [section, index] = at;
    const o = section === 'entities' ? entityOrigin[index as number] : section === 'relationships' ? origin[index as number] : undefined;
    return o?.file ?? NATIONAL_FILE;
  };
  const lineOf = (at: (string | number)[]) => {
    const [section, index] = at;
    const o = section === 'entities' ? entityOrigin[index as number] : section === 'relationships' ? origin[index as number] : undefined;
    return o?.line ?? null;
  };
  const parsed = parseBuilt(NATIONAL_FILE, data, { fileOf, lineOf });
  const unresolved = Object.fromEntries([...memberships.unresolved].map(([k, v]) => [k, [...v].sort()]));
  return { parsed, report: { disagreements: matches.disagreements, unresolved } };
}

function where(cite: Cite | undefined): { file: string; line: number | null } {
  return cite ? { file: `seed/registers/${cite.file}`, line: cite.line } : { file: NATIONAL_FILE, line: null };
}

function citations(cites: Cite[]): { source: string; quote: string }[] {
  const seen = new Set<string>();
  return cites.flatMap((c) => {
    const key = `${c.source}:${c.line}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ source: c.source, quote: c.text }];
  });
}

/**
 * Ids: the curated id where a curated entity is the organisation; otherwise the ODS code for the last
 * organisation to hold it (a sub-ICB location rather than the CCG before it, an ICB rather than its STP) and a
 * slug of the name for the earlier ones; councils, whose codes are not ODS codes, by name.
 */
function entityIds(registry: Registry, matched: Map<string, { entity: SeedEntity }>, taken: Set<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const latestByCode = new Map<string, Org>();
  for (const org of registry.all) {
    if (org.family === 'COUNCIL' || matched.has(org.key)) continue;
    const latest = latestByCode.get(org.code);
    if (!latest || (latest.to !== null && (org.to === null || org.to > latest.to))) latestByCode.set(org.code, org);
  }
  const used = new Set(taken);
  for (const org of registry.all) {
    const curated = matched.get(org.key);
    if (curated) {
      ids.set(org.key, curated.entity.id);
      continue;
    }
    let id = org.family !== 'COUNCIL' && latestByCode.get(org.code) === org && !used.has(org.code) ? org.code : slug(org.name);
    if (used.has(id)) id = `${id}-${org.code.toLowerCase()}`;
    used.add(id);
    ids.set(org.key, id);
  }
  return ids;
}

/** A curated entity that is a register organisation gains its rows, former names and missing dates. */
function enrich(entity: SeedEntity, org: Org): void {
  const aliases = new Set(entity.aliases);
  for (const a of org.aliases) if (a.toLowerCase() !== entity.name.toLowerCase()) aliases.add(a);
  entity.aliases = [...aliases];
  entity.validFrom ??= org.from;
  entity.validTo ??= org.to;
  if (org.odsCode && !entity.odsCode) entity.odsCode = org.odsCode;
  const known = new Set(entity.sources.map((s) => `${s.source}:${s.quote ?? ''}`));
  for (const c of citations(org.cites)) if (!known.has(`${c.source}:${c.quote}`)) entity.sources.push(c);
}

/**
 * Links -> relationships, by entity id. A link that repeats a curated relationship (the same ends and type, on
 * overlapping dates) is not written again: its register rows are added to the curated one instead.
 */
function toRelationships(
  links: Link[],
  ids: Map<string, string>,
  curated: SeedRelationship[],
  origin: { file: string; line: number | null }[],
): SeedRelationship[] {
  const curatedByEnds = new Map<string, SeedRelationship[]>();
  for (const r of curated) curatedByEnds.set(`${r.from}|${r.type}|${r.to}`, [...(curatedByEnds.get(`${r.from}|${r.type}|${r.to}`) ?? []), r]);
  const byId = new Map<string, { rel: SeedRelationship; origin: { file: string; line: number | null } }>();
  for (const link of links) {
    const from = ids.get(link.from) ?? link.from;
    const to = ids.get(link.to) ?? link.to;
    const same = (curatedByEnds.get(`${from}|${link.type}|${to}`) ?? []).find((r) => overlaps(r, link));
    if (same) {
      // The registers fill in dates the curated file leaves out, as they do for entities.
      if (same.validFrom == null && link.validFrom) same.validFrom = link.validFrom;
      if (same.validTo == null && link.validTo) same.validTo = link.validTo;
      if (link.basis === 'recorded') {
        for (const c of citations(link.cites)) if (!same.sources.some((s) => s.source === c.source && s.quote === c.quote)) same.sources.push(c);
        // A sentence of a document still says it best; otherwise the register row does.
        same.basis = same.sources.some((s) => s.quote && !REGISTER_IDS.has(s.source)) ? 'quoted' : 'recorded';
      }
      continue;
    }
    const id = relationshipId(from, link.type, to, link.validFrom ?? null);
    const existing = byId.get(id);
    if (existing) {
      for (const c of citations(link.cites)) if (!existing.rel.sources.some((s) => s.source === c.source && s.quote === c.quote)) existing.rel.sources.push(c);
      continue;
    }
    const rule = link.rule ? RULES.find((r) => r.id === link.rule) : undefined;
    byId.set(id, {
      rel: {
        id, from, type: link.type, to, validFrom: link.validFrom, validTo: link.validTo, note: link.note, confidence: link.confidence,
        basis: link.basis,
        sources: rule ? rule.sources.map((s) => ({ ...s })) : citations(link.cites),
        ...(link.rule ? { rule: link.rule, premises: link.premises ?? [] } : {}),
      },
      origin: where(link.cites[0]),
    });
  }
  const out: SeedRelationship[] = [];
  for (const { rel, origin: o } of byId.values()) {
    out.push(rel);
    origin.push(o);
  }
  return out;
}

/** Register sources are the national import's own; any other quoted source is a sentence of a document. */
const REGISTER_IDS = new Set(registerSources().map((s) => s.id));

function overlaps(r: SeedRelationship, link: Link): boolean {
  const from = r.validFrom ? expandPartialDate(String(r.validFrom), 'start') : null;
  const to = r.validTo ? expandPartialDate(String(r.validTo), 'end') : null;
  return (to === null || link.validFrom === null || link.validFrom <= to) && (link.validTo === null || from === null || from <= link.validTo);
}
