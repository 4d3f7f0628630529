import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Db } from '../server/src/db/run.ts';
import { dateParam } from '../server/src/db/cypher.ts';
import { isIsoDate } from '../server/src/domain/dates.ts';
import { KIND_LABEL } from '../server/src/domain/model.ts';
import { ALL_KIND_LABELS } from './constraints.ts';
import { type Problem, SeedValidationError } from './validate.ts';

/**
 * NHS Organisation Data Service extracts: etr.csv (NHS trusts) and eccg.csv (CCGs; sub-ICB locations after July
 * 2022). No header row, 27 columns, dates YYYYMMDD. Columns used (1-based): 1 code, 2 name (upper case),
 * 3 national grouping (NHS England region), 4 high level health geography (STP, later ICB), 11 open date,
 * 12 close date, 14 organisation sub-type ("C" for a CCG).
 */

export type OdsKind = 'trust' | 'ccg';
const KIND_OF: Record<OdsKind, 'TRUST' | 'CCG'> = { trust: 'TRUST', ccg: 'CCG' };
const COLUMNS = 27;
const COLUMN_NAMES: Record<number, string> = {
  1: 'Organisation Code',
  2: 'Name',
  3: 'National Grouping',
  4: 'High Level Health Geography',
  11: 'Open Date',
  12: 'Close Date',
};

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
      field: column === null ? '' : `column ${column}${COLUMN_NAMES[column] ? ` (${COLUMN_NAMES[column]})` : ''}`,
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

const FIND_BY_ODS = `MATCH (e:Entity) WHERE e.odsCode IN $codes RETURN e.odsCode AS code, e.id AS id`;

function upsertEntities(kind: 'TRUST' | 'CCG'): string {
  // Labels come from the allowlist in domain/model.ts, never from the file.
  return (
    'UNWIND $rows AS row\n' +
    'MERGE (e:Entity {odsCode: row.code})\n' +
    'ON CREATE SET e.id = row.code, e.name = row.name, e.kind = $kind, e.aliases = [], e.description = row.description,\n' +
    '  e.validFrom = row.open, e.validTo = row.close, e.sourceIds = [], e.quotes = []\n' +
    // Curated dates win; ODS fills them in where the seed data had none.
    'SET e.validFrom = coalesce(e.validFrom, row.open),\n' +
    '  e.validTo = CASE WHEN e.validTo IS NULL THEN row.close ELSE e.validTo END,\n' +
    '  e.odsName = row.name,\n' +
    '  e.aliases = CASE WHEN row.name = e.name OR row.name IN e.aliases THEN e.aliases ELSE e.aliases + row.name END,\n' +
    '  e.quotes = CASE WHEN $sourceId IN e.sourceIds THEN e.quotes ELSE coalesce(e.quotes, []) + row.quote END,\n' +
    '  e.sourceIds = CASE WHEN $sourceId IN e.sourceIds THEN e.sourceIds ELSE coalesce(e.sourceIds, []) + $sourceId END\n' +
    'WITH e WHERE e.kind = $kind\n' +
    'REMOVE e:' +
    ALL_KIND_LABELS.join(':') +
    '\nSET e:' +
    KIND_LABEL[kind]
  );
}

/** A grouping becomes PART_OF, dated to the part of the row's life that falls inside both organisations' lives. */
const UPSERT_LINKS = `
UNWIND $links AS link
MATCH (e:Entity {odsCode: link.code}), (g:Entity {odsCode: link.group})
WITH e, g, link,
  CASE WHEN g.validFrom IS NOT NULL AND g.validFrom > e.validFrom THEN g.validFrom ELSE e.validFrom END AS from,
  CASE WHEN e.validTo IS NULL THEN g.validTo WHEN g.validTo IS NULL OR e.validTo < g.validTo THEN e.validTo ELSE g.validTo END AS to
WHERE to IS NULL OR from IS NULL OR from <= to
MERGE (e)-[r:PART_OF {id: e.id + ':PART_OF:' + g.id + ':ods'}]->(g)
SET r.validFrom = from, r.validTo = to, r.note = link.note, r.confidence = 'confirmed',
  r.sourceIds = [$sourceId], r.quotes = [link.quote]
RETURN count(r) AS links`;

const UPSERT_SOURCE = `
MERGE (s:Source {id: $source.id})
SET s += $source`;

export interface OdsImportResult {
  rows: number;
  created: number;
  updated: number;
  links: number;
  unmatchedGroupings: string[];
}

/** Writes an ODS extract in one transaction: merged by ODS code, so a second import changes nothing. */
export async function importOds(
  db: Db,
  file: string,
  parsed: { kind: OdsKind; rows: OdsRow[] },
  log: (line: string) => void,
): Promise<OdsImportResult> {
  const kind = KIND_OF[parsed.kind];
  const base = path.basename(file);
  const sourceId = `ods-${base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const groupings = [...new Set(parsed.rows.flatMap((r) => [r.region, r.geography]).filter((c): c is string => !!c && !NOT_AN_ORGANISATION.has(c)))];
  const codes = parsed.rows.map((r) => r.code);
  const known = await db.read<{ code: string; id: string }>(FIND_BY_ODS, { codes: [...codes, ...groupings] });
  const knownCodes = new Set(known.map((k) => k.code));
  const rowCodes = new Set(codes);
  const matchedGroupings = groupings.filter((g) => knownCodes.has(g) || rowCodes.has(g));
  const unmatchedGroupings = groupings.filter((g) => !knownCodes.has(g) && !rowCodes.has(g)).sort();

  const what = parsed.kind === 'trust' ? 'An NHS trust' : 'A clinical commissioning group (CCG)';
  const rows = parsed.rows.map((r) => ({
    code: r.code,
    name: r.name,
    open: dateParam(r.open),
    close: dateParam(r.close),
    quote: `${r.code},${r.name.toUpperCase()} (open ${r.open}${r.close ? `, closed ${r.close}` : ''})`,
    description: `${what} listed in the NHS Organisation Data Service as ${r.code}, opened ${r.open}${r.close ? ` and closed ${r.close}` : ''}.`,
  }));
  const links = parsed.rows.flatMap((r) =>
    (
      [
        [r.region, 'ODS national grouping (NHS England region)'],
        [r.geography, 'ODS high level health geography (STP, later ICB)'],
      ] as const
    )
      .filter(([g]) => g && matchedGroupings.includes(g) && g !== r.code)
      .map(([g, note]) => ({ code: r.code, group: g, note, quote: `${r.code}: ${note} ${g}` })),
  );
  log(`Writing ${rows.length} ${parsed.kind === 'trust' ? 'trusts' : 'CCGs'} and up to ${links.length} grouping links in one transaction...`);
  const [, , linked] = await db.writeAll([
    {
      cypher: UPSERT_SOURCE,
      params: {
        source: {
          id: sourceId,
          title: `NHS Organisation Data Service extract ${base}`,
          publisher: 'NHS England Organisation Data Service',
          url: 'https://digital.nhs.uk/services/organisation-data-service/data-downloads',
          published: null,
        },
      },
    },
    { cypher: upsertEntities(kind), params: { rows, kind, sourceId } },
    { cypher: UPSERT_LINKS, params: { links, sourceId } },
  ]);
  const created = codes.filter((c) => !knownCodes.has(c)).length;
  // Links whose dates do not overlap (a CCG that closed before its ICB opened) are not written.
  const written = Number(linked?.[0]?.links ?? 0);
  return { rows: rows.length, created, updated: rows.length - created, links: written, unmatchedGroupings };
}
