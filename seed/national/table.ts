import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../../server/src/domain/dates.ts';
import { type Problem, SeedValidationError } from '../../server/src/dataset/problems.ts';

/**
 * Reading the register files: CSV rows with their line numbers, and checks on each cell that name the file, the
 * line and the column. Problems are collected, so one run reports every bad row; nothing is written while there
 * is one.
 */

export const REGISTERS_DIR = fileURLToPath(new URL('../registers', import.meta.url));

/** One data row: the line it starts on (1-based, in the file as stored) and its cells. */
export interface Row {
  line: number;
  cells: string[];
}

export interface Table {
  /** Path inside seed/registers, as problems and citations name it. */
  file: string;
  header: string[] | null;
  rows: Row[];
}

export class Problems {
  readonly list: Problem[] = [];

  add(file: string, line: number | null, column: string | null, message: string): void {
    this.list.push({
      file: `seed/registers/${file}`,
      line,
      entry: line === null ? 'file' : `line ${line}`,
      field: column ?? '',
      message,
    });
  }

  /** Throws every problem found so far, if there is one. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new SeedValidationError(this.list);
  }
}

/**
 * Reads one register CSV. `header` says the first row names the columns; `encoding` is the file's own
 * (one ONS file is Windows-1252). Bare CR line endings and a UTF-8 BOM are handled by the parser.
 */
export function readTable(
  file: string,
  problems: Problems,
  options: { header: boolean; encoding?: 'utf-8' | 'windows-1252'; columns?: number; dir?: string } = { header: true },
): Table {
  let text: string;
  try {
    const bytes = readFileSync(path.join(options.dir ?? REGISTERS_DIR, file));
    text = new TextDecoder(options.encoding ?? 'utf-8').decode(bytes);
  } catch (error) {
    problems.add(file, null, null, `cannot read: ${(error as Error).message}`);
    return { file, header: null, rows: [] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    problems.add(file, e.lines ?? null, null, `not valid CSV: ${e.message}`);
    return { file, header: null, rows: [] };
  }
  let previousEnd = 0;
  const rows: Row[] = records.map(({ record, info }) => {
    const row = { line: previousEnd + 1, cells: record.map((c) => c.trim()) };
    previousEnd = info.lines;
    return row;
  });
  const header = options.header ? (rows.shift()?.cells ?? null) : null;
  if (options.columns !== undefined) {
    for (const row of rows) {
      if (row.cells.length < options.columns) {
        problems.add(file, row.line, null, `has ${row.cells.length} columns; this file has ${options.columns}`);
      }
    }
  }
  return { file, header, rows: rows.filter((r) => options.columns === undefined || r.cells.length >= options.columns) };
}

/** A cell read by column name (header files) or 1-based number (the headerless ODS files). */
export class Cells {
  private readonly index: Map<string, number>;

  constructor(
    readonly table: Table,
    private readonly problems: Problems,
  ) {
    this.index = new Map((table.header ?? []).map((name, i) => [name, i]));
    for (const [name] of this.index) if (name === '') this.index.delete(name);
  }

  /** Checks that the named columns exist; a missing one is a problem with the whole file. */
  require(...names: string[]): boolean {
    const missing = names.filter((n) => !this.index.has(n));
    for (const n of missing) this.problems.add(this.table.file, 1, `column "${n}"`, 'is missing from the header');
    return missing.length === 0;
  }

  text(row: Row, column: string | number): string {
    const i = typeof column === 'number' ? column - 1 : this.index.get(column);
    return i === undefined ? '' : (row.cells[i] ?? '');
  }

  /** An ODS code (2 to 6 capitals or digits), or null when the cell is empty; anything else is a problem. */
  code(row: Row, column: string | number, required = true): string | null {
    const value = this.text(row, column).toUpperCase();
    if (value === '') {
      if (required) this.fault(row, column, 'is empty; an ODS code is needed');
      return null;
    }
    if (!/^[A-Z0-9]{2,6}$/.test(value)) {
      this.fault(row, column, `"${value}" is not an ODS code (2 to 6 capitals or digits)`);
      return null;
    }
    return value;
  }

  /** A date written YYYYMMDD (ODS) or YYYY-MM-DD, as ISO; null when empty; anything else is a problem. */
  date(row: Row, column: string | number): string | null {
    const value = this.text(row, column);
    if (value === '') return null;
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
    const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
    if (!isIsoDate(iso)) {
      this.fault(row, column, `"${value}" is not a date (YYYYMMDD or YYYY-MM-DD)`);
      return null;
    }
    return iso;
  }

  /** A required non-empty text cell. */
  name(row: Row, column: string | number): string | null {
    const value = this.text(row, column);
    if (value === '') this.fault(row, column, 'is empty; a name is needed');
    return value === '' ? null : value;
  }

  fault(row: Row, column: string | number, message: string): void {
    const label = typeof column === 'number' ? `column ${column}${ODS_COLUMNS[column] ? ` (${ODS_COLUMNS[column]})` : ''}` : `column "${column}"`;
    this.problems.add(this.table.file, row.line, label, message);
  }

  /** The row as it reads in the file, for a citation: "line 57: RR8, LEEDS TEACHING HOSPITALS NHS TRUST, ...". */
  quote(row: Row, columns: (string | number)[]): string {
    const values = columns.map((c) => this.text(row, c)).filter((v) => v !== '');
    return `line ${row.line}: ${values.join(', ')}`;
  }
}

/** Names of the columns the headerless ODS files use (the ODS specification; see seed/registers/README.md). */
export const ODS_COLUMNS: Record<number, string> = {
  1: 'Organisation Code',
  2: 'Name',
  3: 'National Grouping',
  4: 'High Level Health Geography',
  11: 'Open Date',
  12: 'Close Date',
  14: 'Organisation Sub-Type',
};
