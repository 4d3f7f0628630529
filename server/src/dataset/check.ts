import { expandPartialDate } from '../domain/dates.ts';
import { relationshipId } from '../domain/model.ts';
import { lastDayAt } from '../domain/succession.ts';
import { type Problem, SeedValidationError } from './problems.ts';
import { checkBasis, checkCodes, type Claims } from './rules.ts';
import type { Dataset, Known, Parsed } from './rows.ts';
import { SeedFileSchema } from './schema.ts';

/**
 * The dataset checks, one set for every way data comes in (seed files, the national registers, ODS extracts,
 * edits through the API, the bench generator): the shape of each entry, then the rules across entries and files
 * (unique ids, names and ODS codes, references that resolve, dates in order and inside both ends' lifetimes, how
 * each relationship is known). Problems name file, line, entry and field. Reading files is seed/'s job.
 */

function entryName(data: unknown, at: (string | number)[]): string {
  const [section, index] = at;
  if (typeof section !== 'string' || typeof index !== 'number') return section ? String(section) : 'file';
  const entry = (data as Record<string, unknown[]> | null)?.[section]?.[index] as Record<string, unknown> | undefined;
  const label =
    section === 'relationships' && entry
      ? `${String(entry.from)} ${String(entry.type)} ${String(entry.to)}`
      : entry?.id !== undefined
        ? String(entry.id)
        : '';
  return `${section}[${index}]${label ? ` (${label})` : ''}`;
}

/** Checks one file's entries against the schema; fills parsed.data when they pass. */
export function checkShape(parsed: Parsed, raw: unknown, problems: Problem[]): Parsed {
  const result = SeedFileSchema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const field = at.slice(2).join('.');
      let message = issue.message;
      if (issue.code === 'unrecognized_keys') message = `unknown field(s) ${issue.keys.join(', ')}`;
      problems.push({ file: parsed.file, line: parsed.lineOf(at), entry: entryName(raw, at), field, message });
    }
    return parsed;
  }
  parsed.data = result.data;
  return parsed;
}

/**
 * Checks data that did not come from a file (an edit through the API) exactly as a seed file would be checked,
 * against what is already in the database. Problems name `name` as the file and have no line.
 */
export function validateData(name: string, data: unknown, known: Known): Dataset {
  const problems: Problem[] = [];
  const parsed = checkShape({ file: name, data: null, lineOf: () => null }, data, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return validateParsed([parsed], known);
}

/**
 * Checks data built in memory (the national registers) against the same schema as a file; `fileOf` names the
 * register file each entry came from and `lineOf` its row.
 */
export function parseBuilt(
  name: string,
  data: unknown,
  where: { fileOf: NonNullable<Parsed['fileOf']>; lineOf: Parsed['lineOf'] },
): Parsed {
  const problems: Problem[] = [];
  const parsed = checkShape({ file: name, data: null, ...where }, data, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return parsed;
}

/** The rules across entries and files, and the dataset to write. */
export function validateParsed(parsedFiles: Parsed[], known?: Known): Dataset {
  const problems: Problem[] = [];
  const dataset: Dataset = { sources: [], rules: [], entities: [], relationships: [] };
  // Where each id was first claimed; its line is looked up only if the id turns out to be used twice.
  const seen = new Map<string, { p: Parsed; at: (string | number)[] }>();
  const names = new Map<string, string>();
  const holders: Claims = new Map();
  const lifetimes = new Map(known?.entities ?? []);
  const sourceIds = new Set(known?.sourceIds ?? []);
  const ruleIds = new Set(known?.ruleIds ?? []);

  const report = (p: Parsed, at: (string | number)[], field: string, message: string) =>
    problems.push({
      file: p.fileOf?.(at) ?? p.file,
      line: p.lineOf(field ? [...at, field] : at),
      entry: entryName(p.data, at),
      field,
      message,
    });
  const claim = (p: Parsed, at: (string | number)[], key: string, what: string) => {
    const first = seen.get(key);
    if (first) report(p, at, 'id', `${what} is already used at ${first.p.file}:${first.p.lineOf(first.at) ?? '?'}`);
    else seen.set(key, { p, at });
  };
  const dates = (p: Parsed, at: (string | number)[], item: { validFrom?: string | null; validTo?: string | null }) => {
    const from = item.validFrom ? expandPartialDate(item.validFrom, 'start') : null;
    const to = item.validTo ? expandPartialDate(item.validTo, 'end') : null;
    if (item.validFrom && !from) report(p, at, 'validFrom', `"${item.validFrom}" is not a real date`);
    if (item.validTo && !to) report(p, at, 'validTo', `"${item.validTo}" is not a real date`);
    if (from && to && to < from) report(p, at, 'validTo', `${to} is before validFrom ${from}`);
    return { from, to };
  };

  // Pass 1: sources and entities, so that pass 2 can check references in any order across files.
  for (const p of parsedFiles) {
    const data = p.data!;
    data.sources.forEach((s, i) => {
      const at = ['sources', i];
      claim(p, at, `source:${s.id}`, `source id "${s.id}"`);
      sourceIds.add(s.id);
      const published = s.published ? expandPartialDate(s.published, 'start') : null;
      if (s.published && !published) report(p, at, 'published', `"${s.published}" is not a real date`);
      dataset.sources.push({
        id: s.id,
        props: { id: s.id, title: s.title, url: s.url ?? null, publisher: s.publisher ?? null, published, reference: s.reference ?? null },
      });
    });
    data.rules.forEach((r, i) => {
      const at = ['rules', i];
      claim(p, at, `rule:${r.id}`, `rule id "${r.id}"`);
      ruleIds.add(r.id);
      dataset.rules.push({
        id: r.id,
        props: {
          id: r.id,
          name: r.name,
          statement: r.statement,
          sourceIds: r.sources.map((c) => c.source),
          quotes: r.sources.map((c) => c.quote ?? ''),
        },
      });
    });
    data.entities.forEach((e, i) => {
      const at = ['entities', i];
      claim(p, at, `entity:${e.id}`, `entity id "${e.id}"`);
      const nameKey = e.name.toLowerCase();
      const storedName = known?.names?.get(nameKey);
      if (names.has(nameKey)) report(p, at, 'name', `"${e.name}" is already the name of ${names.get(nameKey)}`);
      else if (storedName && storedName !== e.id) report(p, at, 'name', `"${e.name}" is already the name of ${storedName}`);
      else names.set(nameKey, e.id);
      const { from, to } = dates(p, at, e);
      if (e.odsCode) {
        const list = holders.get(e.odsCode) ?? [];
        list.push({ holder: { id: e.id, validFrom: from, validTo: to }, p, at });
        holders.set(e.odsCode, list);
      }
      lifetimes.set(e.id, { validFrom: from, validTo: to });
      dataset.entities.push({
        id: e.id,
        kind: e.kind,
        props: {
          id: e.id,
          name: e.name,
          kind: e.kind,
          aliases: e.aliases,
          description: e.description,
          odsCode: e.odsCode ?? null,
          validFrom: from,
          validTo: to,
          sourceIds: e.sources.map((c) => c.source),
          quotes: e.sources.map((c) => c.quote ?? ''),
        },
      });
    });
  }

  checkCodes(holders, known, report);

  // Pass 2: references and relationships.
  for (const p of parsedFiles) {
    const data = p.data!;
    data.rules.forEach((r, i) => {
      const at = ['rules', i];
      r.sources.forEach((c, j) => {
        if (!sourceIds.has(c.source)) report(p, [...at, 'sources', j], 'source', `unknown source "${c.source}"`);
      });
    });
    data.entities.forEach((e, i) =>
      e.sources.forEach((c, j) => {
        if (!sourceIds.has(c.source)) report(p, ['entities', i, 'sources', j], 'source', `unknown source "${c.source}"`);
      }),
    );
    data.relationships.forEach((r, i) => {
      const at = ['relationships', i];
      const { from, to } = dates(p, at, r);
      const id = r.id ?? relationshipId(r.from, r.type, r.to, from);
      claim(p, at, `relationship:${id}`, `relationship id "${id}"`);
      for (const end of ['from', 'to'] as const) {
        const life = lifetimes.get(r[end]);
        if (!life) {
          report(p, at, end, `unknown entity "${r[end]}"`);
          continue;
        }
        const lastDay = lastDayAt(r.type, end, life.validTo);
        if (from && life.validFrom && from < life.validFrom)
          report(p, at, 'validFrom', `${from} is before "${r[end]}" existed (from ${life.validFrom})`);
        if (to && lastDay && to > lastDay)
          report(p, at, 'validTo', `${to} is after "${r[end]}" ended (${life.validTo})`);
        if (from && lastDay && from > lastDay)
          report(p, at, 'validFrom', `${from} is after "${r[end]}" ended (${life.validTo})`);
      }
      if (r.from === r.to) report(p, at, 'to', 'a relationship cannot join an entity to itself');
      r.sources.forEach((c, j) => {
        if (!sourceIds.has(c.source)) report(p, [...at, 'sources', j], 'source', `unknown source "${c.source}"`);
      });
      const basis = checkBasis(r, ruleIds, (field, message) => report(p, at, field, message));
      dataset.relationships.push({
        id,
        type: r.type,
        from: r.from,
        to: r.to,
        props: {
          id,
          validFrom: from,
          validTo: to,
          note: r.note ?? null,
          confidence: r.confidence,
          basis,
          rule: r.rule ?? null,
          premises: r.premises ?? [],
          sourceIds: r.sources.map((c) => c.source),
          quotes: r.sources.map((c) => c.quote ?? ''),
        },
      });
    });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return dataset;
}
