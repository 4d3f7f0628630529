import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseDocument, isMap, type Document } from 'yaml';
import { expandPartialDate } from '../server/src/domain/dates.ts';
import type { Basis, EntityKind, RelationshipType } from '../server/src/domain/model.ts';
import { SeedFileSchema, type SeedFile } from './schema.ts';

/**
 * Reads seed files and checks everything before anything is written: the shape of each entry, then the rules
 * across entries and files (unique ids, names and ODS codes, references that resolve, dates in order and inside
 * both ends' lifetimes). Problems name file, line, entry and field.
 */

export interface Problem {
  file: string;
  line: number | null;
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.entry}${p.field ? `, field "${p.field}"` : ''}: ${p.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed data; nothing was written:\n` +
        problems.slice(0, 50).map((p) => `  ${formatProblem(p)}`).join('\n') +
        (problems.length > 50 ? `\n  ...and ${problems.length - 50} more` : ''),
    );
    this.name = 'SeedValidationError';
  }
}

export interface SourceRow {
  id: string;
  props: { id: string; title: string; url: string | null; publisher: string | null; published: string | null; reference: string | null };
}
export interface EntityRow {
  id: string;
  kind: EntityKind;
  props: {
    id: string;
    name: string;
    kind: EntityKind;
    aliases: string[];
    description: string;
    odsCode: string | null;
    validFrom: string | null;
    validTo: string | null;
    sourceIds: string[];
    quotes: string[];
  };
}
export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: {
    id: string;
    validFrom: string | null;
    validTo: string | null;
    note: string | null;
    confidence: string;
    basis: Basis;
    rule: string | null;
    premises: string[];
    sourceIds: string[];
    quotes: string[];
  };
}
export interface RuleRow {
  id: string;
  props: { id: string; name: string; statement: string; sourceIds: string[]; quotes: string[] };
}
export interface Dataset {
  sources: SourceRow[];
  rules: RuleRow[];
  entities: EntityRow[];
  relationships: RelationshipRow[];
}

/** What already exists in the database, so a subset of files may refer to it. */
export interface Known {
  entities: Map<string, { validFrom: string | null; validTo: string | null }>;
  sourceIds: Set<string>;
  ruleIds?: Set<string>;
  /** Lower-cased name -> id of what is stored: another entity may not take it. */
  names?: Map<string, string>;
  /** ODS code -> the stored entities holding it and when: another may not hold it on the same dates. */
  odsCodes?: Map<string, Holder[]>;
}

/** An entity holding an ODS code from..to (either open). One code may pass from one entity to the next. */
export interface Holder {
  id: string;
  validFrom: string | null;
  validTo: string | null;
}

function overlaps(a: Holder, b: Holder): boolean {
  return (a.validTo === null || b.validFrom === null || b.validFrom <= a.validTo) &&
    (b.validTo === null || a.validFrom === null || a.validFrom <= b.validTo);
}

export interface Parsed {
  file: string;
  data: SeedFile | null;
  /** The line of the value at `at` (or of its nearest enclosing one); null when unknown. */
  lineOf(at: (string | number)[]): number | null;
  /** Where an entry came from when that is not `file` (data built from register rows names the row's file). */
  fileOf?(at: (string | number)[]): string;
}

/** Offsets where each line starts, for turning an offset into a 1-based line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const YAML_OPTIONS = { schema: 'core', prettyErrors: false, uniqueKeys: true } as const;

/**
 * Finds lines only when a problem needs one: the line index is built on first use, and for JSON the YAML
 * Document (JSON is YAML, so the same lookup works) is parsed only then. Most files have no problem and never
 * pay for either.
 */
function lineFinder(text: string, parsedDoc?: Document): Parsed['lineOf'] {
  let doc = parsedDoc;
  let starts: number[] | undefined;
  return (at) => {
    doc ??= parseDocument(text, YAML_OPTIONS);
    starts ??= lineStarts(text);
    for (let i = at.length; i >= 0; i--) {
      const node = doc.getIn(at.slice(0, i), true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return lineAt(starts, node.range[0]);
    }
    return null;
  };
}

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

async function parseFile(path: string, problems: Problem[]): Promise<Parsed | null> {
  const file = rel(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    problems.push({ file, line: null, entry: 'file', field: '', message: `cannot read: ${(error as Error).message}` });
    return null;
  }
  return path.endsWith('.json') ? parseJson(file, text, problems) : parseYaml(file, text, problems);
}

function parseYaml(file: string, text: string, problems: Problem[]): Parsed {
  // The core schema keeps 2016-04-01 a string (YAML 1.1 would make it a timestamp).
  const doc = parseDocument(text, YAML_OPTIONS);
  const parsed: Parsed = { file, data: null, lineOf: lineFinder(text, doc) };
  if (doc.errors.length > 0) {
    const starts = lineStarts(text);
    for (const e of doc.errors) {
      problems.push({ file, line: lineAt(starts, e.pos[0]), entry: 'file', field: '', message: `not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return parsed;
  }
  if (!isMap(doc.contents) && !(doc.contents === null)) {
    problems.push({ file, line: 1, entry: 'file', field: '', message: 'must be a mapping with sources, entities and relationships' });
    return parsed;
  }
  return checkShape(parsed, doc.toJS(), problems);
}

/** Bulk data (ODS extracts, generated graphs) comes as JSON: JSON.parse is many times faster than the YAML parser. */
function parseJson(file: string, text: string, problems: Problem[]): Parsed {
  const parsed: Parsed = { file, data: null, lineOf: lineFinder(text) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(lineStarts(text), Number(position[1])) : null;
    problems.push({ file, line, entry: 'file', field: '', message: `not valid JSON: ${message.split('\n')[0]}` });
    return parsed;
  }
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({ file, line: 1, entry: 'file', field: '', message: 'must be an object with sources, entities and relationships' });
    return parsed;
  }
  return checkShape(parsed, raw, problems);
}

/** Checks one file's entries against the schema; fills parsed.data when they pass. */
function checkShape(parsed: Parsed, raw: unknown, problems: Problem[]): Parsed {
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

/** Reads and checks the files; throws SeedValidationError listing every problem, or returns the dataset. */
export async function loadSeedFiles(files: string[], known?: Known): Promise<Dataset> {
  return validateParsed(await parseSeedFiles(files), known);
}

/** Reads the files and checks each one's shape; throws SeedValidationError listing every problem. */
export async function parseSeedFiles(files: string[]): Promise<Parsed[]> {
  const problems: Problem[] = [];
  const parsedFiles: Parsed[] = [];
  for (const file of files) {
    const parsed = await parseFile(file, problems);
    if (parsed?.data) parsedFiles.push(parsed);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return parsedFiles;
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
  const holders = new Map<string, { holder: Holder; p: Parsed; at: (string | number)[] }[]>();
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
      const id = r.id ?? `${r.from}:${r.type}:${r.to}${from ? `@${from}` : ''}`;
      claim(p, at, `relationship:${id}`, `relationship id "${id}"`);
      for (const end of ['from', 'to'] as const) {
        const life = lifetimes.get(r[end]);
        if (!life) {
          report(p, at, end, `unknown entity "${r[end]}"`);
          continue;
        }
        // A succession or merger is dated the day the successor takes over: the day after the old body ended.
        const lastDay = life.validTo && end === 'from' && SUCCESSIONS.has(r.type) ? nextDay(life.validTo) : life.validTo;
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

type Report = (p: Parsed, at: (string | number)[], field: string, message: string) => void;

/** No two entities may hold one ODS code on the same day (a code may pass from one to the next). */
function checkCodes(
  holders: Map<string, { holder: Holder; p: Parsed; at: (string | number)[] }[]>,
  known: Known | undefined,
  report: Report,
): void {
  for (const [code, list] of holders) {
    const inFiles = new Set(list.map((h) => h.holder.id));
    const stored = (known?.odsCodes?.get(code) ?? []).filter((h) => !inFiles.has(h.id));
    list.forEach((h, i) => {
      const clash =
        list.slice(0, i).find((o) => o.holder.id !== h.holder.id && overlaps(o.holder, h.holder))?.holder ??
        stored.find((o) => overlaps(o, h.holder));
      if (clash) report(h.p, h.at, 'odsCode', `${code} is already the ODS code of ${clash.id} on some of the same dates`);
    });
  }
}

/**
 * How a relationship is known, checked against what it cites: quoted needs a quote, recorded a register row (as
 * each citation's quote), derived a known rule and its premises; cited has no quote. Left out, it is quoted
 * when a citation has a quote, else cited.
 */
function checkBasis(
  r: SeedFile['relationships'][number],
  ruleIds: Set<string>,
  problem: (field: string, message: string) => void,
): Basis {
  const quoted = r.sources.some((c) => c.quote);
  const basis = (r.basis?.toUpperCase() as Basis | undefined) ?? (quoted ? 'QUOTED' : 'CITED');
  if (basis === 'QUOTED' && !quoted) problem('basis', 'quoted needs a source with a quote');
  if (basis === 'CITED' && quoted) problem('basis', 'cited means no quote is at hand, but a source has one: use quoted');
  if (basis === 'RECORDED' && !quoted) problem('basis', 'recorded needs a register row, as a source\'s quote');
  if (basis === 'DERIVED') {
    if (!r.rule) problem('rule', 'a derived relationship names its rule');
    else if (!ruleIds.has(r.rule)) problem('rule', `unknown rule "${r.rule}"`);
    if (!r.premises || r.premises.length === 0) problem('premises', 'a derived relationship lists the facts its rule was applied to');
  } else if (r.rule || r.premises) {
    problem('rule', 'only a derived relationship names a rule and premises');
  }
  return basis;
}

/** Relationships that record a hand-over, dated when the new body took over. */
const SUCCESSIONS = new Set<string>(['SUCCEEDED_BY', 'MERGED_INTO']);

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function rel(file: string): string {
  return relative(process.cwd(), file) || file;
}
