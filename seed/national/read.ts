import { REGISTERS, type RegisterName } from './catalogue.ts';
import type { Cite } from './model.ts';
import { Cells, Problems, readTable, type Row } from './table.ts';

/** Every register table, read once, with the columns each needs checked before anything is built from it. */

const HEADERLESS: RegisterName[] = ['etr2016', 'etr2020', 'etr2021', 'etr2022', 'etr2023', 'etr2025', 'ect2023', 'eccg2016', 'eccg2018', 'eccg2023', 'eccg2025', 'eauth2017', 'eauth2018', 'successions'];

const COLUMNS: Partial<Record<RegisterName, string[]>> = {
  ccg2013: ['CCG13CD', 'CCG13CDH', 'CCG13NM'],
  ccgLookup2013: ['CCG13CD', 'NHSAT13CD', 'NHSCR13CD', 'NHSCR13NM'],
  ccg2020: ['CCG20CDH', 'CCG20NM'],
  areaTeams: ['ons_code', 'hscic_code', 'name'],
  areaTeamNames: ['NHSAT13CD', 'NHSAT13NM'],
  stp2021: ['CCG21CDH', 'CCG21NM', 'STP21CD', 'STP21CDH', 'STP21NM', 'NHSER21CD', 'NHSER21CDH', 'NHSER21NM'],
  stpNames2021: ['STP21CDH', 'STP21NM'],
  icb2023: ['SICBL23CDH', 'SICBL23NM', 'ICB23CD', 'ICB23CDH', 'ICB23NM', 'NHSER23CD', 'NHSER23CDH', 'NHSER23NM'],
  icb2024: ['ICB24CD', 'ICB24CDH', 'ICB24NM'],
  preApr2020: ['CCG Code', 'CCG Name', 'STP Code', 'STP Name', 'Region (Local Office) Code', 'Region Code', 'Region Name'],
  postApr2020: ['CCG Code', 'CCG Name', 'STP Code', 'STP Name', 'Region Code', 'Region Name'],
  stpImplementation: ['Legacy Region (Local Office) Code', 'STP Code'],
  ccgMergers2020: ['Legacy (closing) CCG Code', 'New CCG Code'],
  stpPartners: ['NHS England Region', 'ODS STP Code', 'ONS STP Code', 'STP Name', 'ODS CCG Code', 'LA', 'ODS LA Code', 'Trusts', 'ODS Trust Code'],
  closedStps: ['Region', 'ODS STP Code', 'ONS STP Code', 'STP Name', 'ODS CCG Code', 'LA', 'ODS LA Code', 'ODS Trust Code'],
  localAuthorities: ['Code', 'LA Name', 'Sub Type Code'],
  careTrusts2019: ['ORG CODE', 'ORG NAME', 'NATIONAL GROUPING', 'HLHG'],
  icbPartners: ['NHS England Region', 'ODS ICB Code', 'ONS ICB Boundary Code', 'ICB Name', 'ODS Sub ICB Code', 'Local Authority', 'ODS LA Code', 'NHS Trusts', 'ODS Trust Code'],
  icbFinance: ['ODS ICB Code', 'ODS Trust Code'],
  councils: ['local-authority-code', 'official-name', 'nice-name', 'gss-code', 'start-date', 'end-date', 'replaced-by', 'nation', 'local-authority-type'],
};

/** A register's rows and cell readers, and a citation for any of its rows. */
export class Sheet {
  constructor(
    readonly name: RegisterName,
    readonly cells: Cells,
    readonly rows: Row[],
  ) {}

  get source(): string {
    return REGISTERS[this.name].id;
  }

  get snapshot(): string {
    return REGISTERS[this.name].snapshot;
  }

  get file(): string {
    return REGISTERS[this.name].file;
  }

  cite(row: Row, columns: (string | number)[]): Cite {
    return { source: this.source, file: this.file, line: row.line, text: this.cells.quote(row, columns) };
  }
}

export type Sheets = Record<RegisterName, Sheet>;

/** Reads every register (from seed/registers, or `dir`: a copy, for tests). */
export function readRegisters(problems: Problems, dir?: string): Sheets {
  const sheets = {} as Sheets;
  for (const name of Object.keys(REGISTERS) as RegisterName[]) {
    const register = REGISTERS[name];
    const headerless = HEADERLESS.includes(name);
    const table = readTable(register.file, problems, {
      header: !headerless,
      encoding: name === 'ccg2013' ? 'windows-1252' : 'utf-8',
      // The ODS standard files have 27 columns; the re-saved copies dropped the 3 empty ones at the end.
      columns: name === 'successions' ? 5 : headerless ? 24 : undefined,
      ...(dir ? { dir } : {}),
    });
    const cells = new Cells(table, problems);
    cells.require(...(COLUMNS[name] ?? []));
    sheets[name] = new Sheet(name, cells, table.rows);
  }
  return sheets;
}

/** The columns of a headerless ODS row worth quoting: code, name, national grouping, HLHG, open, close, sub-type. */
export const ODS_QUOTED = [1, 2, 3, 4, 11, 12, 14];
