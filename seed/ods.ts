import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseBuilt, validateParsed } from '../server/src/dataset/check.ts';
import { type Problem, SeedValidationError } from '../server/src/dataset/problems.ts';
import { readKnown, writeDataset } from '../server/src/dataset/write.ts';
import { findByOdsCode, type StoredLink, type StoredRecord } from '../server/src/db/dataset.ts';
import type { Db } from '../server/src/db/run.ts';
import { dayBefore, isIsoDate } from '../server/src/domain/dates.ts';
import { fileWord, toBasis } from '../server/src/domain/model.ts';
import { ODS_COLUMNS } from './national/table.ts';

/**
 * NHS Organisation Data Service extracts: etr.csv (NHS trusts) and eccg.csv (CCGs; sub-ICB locations after July
 * 2022). No header row, 27 columns, dates YYYYMMDD. Columns used (1-based): 1 code, 2 name (upper case),
 * 3 national grouping (NHS England region), 4 high level health geography (STP, later ICB), 11 open date,
 * 12 close date, 14 organisation sub-type ("C" for a CCG).
 */

export type OdsKind = 'trust' | 'ccg';
const COLUMNS = 27;

export interface OdsRow {
  line: number;
  code: string;
  name: string;
  region: string | null;
  geography: string | null;
  open: string;
  close: string | null;
}

const KEEP_UPPER = new Set(['NHS', 'CCG', 'ICB', 'UK', 'GP', 'STP', 'ICS', 'CIC', 'LLP', 'II', 'III', 'IV', 'A&E', 'PCT', 'UCLH', 'CSU']);
const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'with', 'upon', 'by', 'under', 'le']);

/** "SOUTHEND-ON-SEA NHS TRUST" -> "Southend-on-Sea NHS Trust"; "KING'S COLLEGE" -> "King's College". */
export function normalCaseName(upper: string): string {
  return upper
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const bare = word.replace(/[^A-Z0-9&]/gi, '');
      if (KEEP_UPPER.has(bare.toUpperCase())) return word.toUpperCase();
      return word
        .toLowerCase()
        .split('-')
        .map((part, j) => {
          if ((i > 0 || j > 0) && SMALL.has(part)) return part;
          return part.replace(/^([^a-z]*)([a-z])/, (_, pre: string, c: string) => pre + c.toUpperCase());
        })
        .join('-');
    })
    .join(' ');
}

function odsDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) ? iso : null;
}

/** Which kind of file this is: --kind, else the file's name (etr / eccg), else column 14. */
export function detectKind(file: string, firstRow: string[] | undefined, given?: string): OdsKind | null {
  if (given === 'trust' || given === 'ccg') return given;
  const base = path.basename(file).toLowerCase();
  if (base.startsWith('eccg')) return 'ccg';
  if (base.startsWith('etr')) return 'trust';
  if (firstRow?.[13] === 'C') return 'ccg';
  return null;
}

/** Parses and checks a whole file; every problem names the file, line and column, and nothing is written. */
export async function readOdsFile(file: string, kindOption?: string): Promise<{ kind: OdsKind; rows: OdsRow[] }> {
  const shown = path.relative(process.cwd(), file) || file;
  const problems: Problem[] = [];
  const problem = (line: number | null, column: number | null, message: string) =>
    problems.push({
      file: shown,
      line,
      entry: line === null ? 'file' : `line ${line}`,
      field: column === null ? '' : `column ${column}${ODS_COLUMNS[column] ? ` (${ODS_COLUMNS[column]})` : ''}`,
      message,
    });

  if (kindOption !== undefined && kindOption !== 'trust' && kindOption !== 'ccg') {
    throw new SeedValidationError([{ file: shown, line: null, entry: 'file', field: '--kind', message: 'must be trust or ccg' }]);
  }
  let records: string[][];
  try {
    records = parse(await readFile(file, 'utf8'), { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new SeedValidationError([{ file: shown, line: e.lines ?? null, entry: 'file', field: '', message: `not valid CSV: ${e.message}` }]);
  }
  const kind = detectKind(file, records[0], kindOption);
  if (!kind) problem(null, null, 'cannot tell whether this lists trusts or CCGs: add --kind trust or --kind ccg');
  if (records.length === 0) problem(null, null, 'has no rows');

  const rows: OdsRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((cells, index) => {
    const line = index + 1;
    if (cells.length !== COLUMNS) {
      problem(line, null, `has ${cells.length} columns; an ODS extract has ${COLUMNS} (is this the right file?)`);
      return;
    }
    const [code, upperName, region, geography] = cells as [string, string, string, string];
    if (!/^[A-Z0-9]{3,5}$/.test(code)) problem(line, 1, `"${code}" is not an ODS code (3 to 5 capitals or digits)`);
    else if (seen.has(code)) problem(line, 1, `${code} is already on line ${seen.get(code)}`);
    else seen.set(code, line);
    if (!upperName) problem(line, 2, 'is empty');
    const open = odsDate(cells[10]!);
    if (!open) problem(line, 11, `"${cells[10]}" is not a date written YYYYMMDD`);
    const close = cells[11] ? odsDate(cells[11]) : null;
    if (cells[11] && !close) problem(line, 12, `"${cells[11]}" is not a date written YYYYMMDD`);
    if (open && close && close < open) problem(line, 12, `${close} is before the open date ${open}`);
    for (const [column, value] of [[3, region], [4, geography]] as const) {
      if (value && !/^[A-Z0-9]{3}$/.test(value)) problem(line, column, `"${value}" is not a grouping code (3 capitals or digits)`);
    }
    if (open) {
      rows.push({
        line,
        code,
        name: normalCaseName(upperName),
        region: region || null,
        geography: geography || null,
        open,
        close,
      });
    }
  });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { kind: kind!, rows };
}

/** ODS placeholder groupings that name no organisation (a national commissioning hub, "not applicable"). */
const NOT_AN_ORGANISATION = new Set(['Y99', 'Q99', 'X99']);

/** The kinds a grouping code can name: NHS England regions, area teams and local offices, STPs and ICBs. */
const GROUP_KINDS = ['REGION', 'LOCAL_OFFICE', 'STP', 'INTEGRATED_CARE_BOARD'];

export interface OdsImportResult {
  rows: number;
  created: number;
  updated: number;
  links: number;
  unmatchedGroupings: string[];
}


/**
 * Imports an ODS extract (etr or eccg) of any date. Each row is matched to the entity that held its code on the
 * row's day (its close date, or the file's date while open); a code nobody holds becomes a new organisation.
 * The row is cited on the entity (RECORDED), a different name becomes an alias, missing dates are filled in.
 * An open row's groupings are memberships on the file's date: if the entity already belongs to that group then,
 * the row is added as a citation; if it belonged to another group of that kind, that membership ends the day
 * before and the new one starts on the file's date. Closed rows add no groupings: the ODS re-parents closed
 * records to its newest structure. Everything goes through the seed files' checks and is written in one
 * transaction; a second import of the same file changes nothing.
 */
export async function importOds(
  db: Db,
  file: string,
  parsed: { kind: OdsKind; rows: OdsRow[] },
  log: (line: string) => void,
  options: { asOf?: string } = {},
): Promise<OdsImportResult> {
  const base = path.basename(file);
  const shown = path.relative(process.cwd(), file) || file;
  const asOf = options.asOf ?? parsed.rows.reduce((latest, r) => [r.open, r.close ?? ''].reduce((a, b) => (b > a ? b : a), latest), '');
  const sourceId = `ods-${base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const kind = parsed.kind === 'trust' ? 'TRUST' : asOf >= '2022-07-01' ? 'SUB_ICB_LOCATION' : 'CCG';
  const groupings = [...new Set(parsed.rows.flatMap((r) => (r.close ? [] : [r.region, r.geography])).filter((c): c is string => !!c && !NOT_AN_ORGANISATION.has(c)))];
  const codes = parsed.rows.map((r) => r.code);
  const found = await findByOdsCode(db, codes, groupings, GROUP_KINDS);
  const holders = found.holders;
  const known = await readKnown(db);
  const heldOn = (list: StoredRecord[], code: string, day: string, kinds: string[]) =>
    list.find((h) => h.odsCode === code && kinds.includes(h.kind) && validOn(h, day));

  const entities: Record<string, unknown>[] = [];
  const relationships: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const relLines: number[] = [];
  const unmatched = new Set<string>();
  let created = 0;
  for (const row of parsed.rows) {
    const day = row.close ?? asOf;
    const quote = `line ${row.line}: ${row.code}, ${row.name.toUpperCase()}, ${[row.region, row.geography].filter(Boolean).join(', ')}, ${row.open.replace(/-/g, '')}${row.close ? `, closed ${row.close.replace(/-/g, '')}` : ''}`;
    const holder = heldOn(holders, row.code, day, [kind]);
    let id: string;
    if (holder) {
      id = holder.id;
      const aliases = new Set((holder.aliases as string[]) ?? []);
      if (row.name.toLowerCase() !== String(holder.name).toLowerCase()) aliases.add(row.name);
      const cites = citationsOf(holder).filter((c) => !(c.source === sourceId));
      entities.push({
        id, kind: holder.kind, name: holder.name, aliases: [...aliases], description: holder.description ?? `${what(kind)} (ODS code ${row.code}).`,
        odsCode: row.code, validFrom: holder.validFrom ?? row.open, validTo: holder.validTo ?? row.close ?? null,
        sources: [...cites, { source: sourceId, quote }],
      });
    } else {
      created++;
      id = known.entities.has(row.code) ? `${row.code}-${kind.toLowerCase().replace(/_/g, '-')}` : row.code;
      entities.push({
        id, kind, name: row.name, description: `${what(kind)} listed in the NHS Organisation Data Service as ${row.code}, opened ${row.open}${row.close ? ` and closed ${row.close}` : ''}.`,
        odsCode: row.code, validFrom: row.open, validTo: row.close, sources: [{ source: sourceId, quote }],
      });
    }
    lines.push(row.line);
    if (row.close) continue;
    for (const [code, note] of [
      [row.region, 'ODS national grouping (NHS England region)'],
      [row.geography, 'ODS high level health geography'],
    ] as const) {
      if (!code || NOT_AN_ORGANISATION.has(code) || code === row.code) continue;
      const group = heldOn(found.groups, code, asOf, GROUP_KINDS);
      if (!group) {
        unmatched.add(code);
        continue;
      }
      const mine = found.links.filter((l) => l.fromId === id && l.toKind === group.kind && validOn(l.props, asOf));
      const same = mine.find((l) => l.toId === group.id);
      if (same) {
        relationships.push(withCitation(same, sourceId, quote));
      } else {
        for (const old of mine) relationships.push({ ...relationshipOf(old), validTo: dayBefore(asOf), note: `${String(old.props.note ?? '')}; ended by ${base} of ${asOf}` });
        const from = holder ? asOf : [row.open, group.validFrom ?? ''].sort().at(-1)!;
        relationships.push({
          from: id, type: 'PART_OF', to: group.id, validFrom: from, note: `${note}, in ${base}`,
          confidence: holder ? 'confirmed' : 'unverified', basis: 'recorded', sources: [{ source: sourceId, quote }],
        });
      }
      relLines.push(row.line);
    }
  }
  const data = {
    sources: [{ id: sourceId, title: `NHS Organisation Data Service extract ${base}`, publisher: 'NHS England Organisation Data Service', url: 'https://digital.nhs.uk/services/organisation-data-service/data-downloads', published: asOf }],
    entities,
    relationships,
  };
  const checked = validateParsed(
    [parseBuilt(shown, data, { fileOf: () => shown, lineOf: ([section, i]) => (section === 'entities' ? lines[i as number] : section === 'relationships' ? relLines[i as number] : null) ?? null })],
    known,
  );
  log(`Writing ${entities.length} ${parsed.kind === 'trust' ? 'trusts' : 'CCGs or sub-ICB locations'} and ${relationships.length} memberships in one transaction...`);
  await writeDataset(db, checked, { origin: 'ods' });
  return { rows: parsed.rows.length, created, updated: parsed.rows.length - created, links: relationships.filter((r) => !r.validTo).length, unmatchedGroupings: [...unmatched].sort() };
}

function what(kind: string): string {
  return kind === 'TRUST' ? 'An NHS trust' : kind === 'CCG' ? 'A clinical commissioning group (CCG)' : 'A sub-ICB location';
}

function validOn(props: Record<string, unknown>, day: string): boolean {
  const from = props.validFrom as string | null;
  const to = props.validTo as string | null;
  return (from === null || from === undefined || from <= day) && (to === null || to === undefined || to >= day);
}

function citationsOf(props: Record<string, unknown>): { source: string; quote?: string }[] {
  const ids = (props.sourceIds as string[]) ?? [];
  const quotes = (props.quotes as string[]) ?? [];
  return ids.map((source, i) => (quotes[i] ? { source, quote: quotes[i]! } : { source }));
}

function relationshipOf(l: StoredLink): Record<string, unknown> {
  const p = l.props;
  return {
    id: l.id, from: l.fromId, type: l.type, to: l.toId, validFrom: p.validFrom ?? null, validTo: p.validTo ?? null, note: p.note ?? null,
    confidence: p.confidence, basis: fileWord(toBasis(p.basis as string | undefined) ?? 'RECORDED'), sources: citationsOf(p),
    ...(p.rule ? { rule: p.rule, premises: p.premises } : {}),
  };
}

function withCitation(l: StoredLink, source: string, quote: string): Record<string, unknown> {
  const r = relationshipOf(l);
  const sources = (r.sources as { source: string }[]).filter((c) => c.source !== source);
  return { ...r, sources: [...sources, { source, quote }] };
}
