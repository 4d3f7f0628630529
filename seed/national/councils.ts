import { DAYS } from './geography.ts';
import type { Org, Registry } from './model.ts';
import { dayBefore } from '../../server/src/domain/dates.ts';
import type { Sheets } from './read.ts';

/**
 * England's upper-tier councils (counties, unitaries, metropolitan districts, London boroughs and the City of
 * London) since April 2013, from mySociety's table of current and former authorities, with the reorganisations
 * of 2019 to 2023. The NHS workbooks name councils by ODS local-authority code, and no file here maps those codes
 * to the GSS codes mySociety uses, so codes are matched on names: the ODS name with its "council", "borough"
 * and such words taken out, against mySociety's short name and alternative names, among the councils in office
 * on the day the ODS file reflects.
 */

const UPPER_TIER: Record<string, string> = {
  CTY: 'a county council',
  UA: 'a unitary authority',
  MD: 'a metropolitan district council',
  LBO: 'a London borough council',
  CC: 'the City of London Corporation',
};

/** The council in office on a day, by the loose form of its name. */
export class CouncilIndex {
  private readonly byKey = new Map<string, Org[]>();
  /** ODS local-authority code -> the (mySociety) codes of the councils that held it. */
  readonly byOdsCode = new Map<string, string[]>();

  constructor(private readonly registry: Registry) {}

  add(org: Org, names: string[]): void {
    for (const name of names) {
      const key = councilKey(name);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(org)) list.push(org);
      this.byKey.set(key, list);
    }
  }

  find(name: string, day: string): Org | undefined {
    return (this.byKey.get(councilKey(name)) ?? []).find((o) => (o.from === null || o.from <= day) && (o.to === null || o.to >= day));
  }

  assignCode(code: string, org: Org): void {
    const list = this.byOdsCode.get(code) ?? [];
    if (!list.includes(org.code)) list.push(org.code);
    this.byOdsCode.set(code, list);
    org.odsCode ??= code;
  }

  /** The council that held an ODS local-authority code on a day (looked up afresh: curated.ts may re-cut eras). */
  atCode(code: string, day: string): Org | undefined {
    for (const council of this.byOdsCode.get(code) ?? []) {
      const org = this.registry.at('COUNCIL', council, day);
      if (org) return org;
    }
    return undefined;
  }
}

/** "NEWCASTLE-UPON-TYNE CITY COUNCIL" and "Newcastle upon Tyne" both -> "newcastle upon tyne". */
export function councilKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\(unitary\)/g, ' ')
    .replace(/[-,.'’]/g, ' ')
    .replace(/\b(corporation of the|council of the|london borough of|royal borough of|city of|metropolitan|metropolitian|borough|district|county|city|council|ua)\b/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildCouncils(sheets: Sheets, registry: Registry): CouncilIndex {
  const sheet = sheets.councils;
  const c = sheet.cells;
  const index = new CouncilIndex(registry);
  // mySociety dates some abolitions by the successor's first day (2021-04-01, 2023-04-01) and others by the last
  // day (2019-03-31): an end that is a successor's start is taken as the day before.
  const starts = new Map(sheet.rows.map((r) => [c.text(r, 'local-authority-code'), c.text(r, 'start-date')]));
  for (const row of sheet.rows) {
    if (c.text(row, 'nation') !== 'England') continue;
    const type = c.text(row, 'local-authority-type');
    const what = UPPER_TIER[type];
    if (!what) continue;
    const recordedEnd = c.date(row, 'end-date');
    const successors = c.text(row, 'replaced-by').split(',').map((s) => s.trim()).filter(Boolean);
    const end = recordedEnd && successors.some((s) => starts.get(s) === recordedEnd) ? dayBefore(recordedEnd) : recordedEnd;
    if (end !== null && end < DAYS.reformsOf2013) continue;
    // Start dates before April 2013 are left out: the councils were there before this graph's period, and the
    // table's earliest dates (June 2005) are where its register begins, not when the councils did.
    const recordedStart = c.date(row, 'start-date');
    const start = recordedStart !== null && recordedStart >= DAYS.reformsOf2013 ? recordedStart : null;
    const name = c.name(row, 'official-name');
    const code = c.text(row, 'local-authority-code');
    if (!name || !code) continue;
    const nice = c.text(row, 'nice-name');
    const gss = c.text(row, 'gss-code');
    const org = registry.add({
      family: 'COUNCIL', code, name, from: start, to: end,
      aliases: new Set([nice, gss].filter((a) => a && a !== name)),
      cites: [sheet.cite(row, ['local-authority-code', 'official-name', 'gss-code', 'start-date', 'end-date', 'replaced-by', 'local-authority-type'])],
      what, odsCode: null,
    });
    const alt = c.text(row, 'alt-names').split(',').map((a) => a.trim()).filter(Boolean);
    index.add(org, [name, nice, ...alt]);
  }
  assignOdsCodes(sheets, index);
  return index;
}

/** Gives each council the ODS local-authority code the NHS workbooks use for it, matched on name and date. */
function assignOdsCodes(sheets: Sheets, index: CouncilIndex): void {
  const sightings: { code: string; name: string; day: string }[] = [];
  const las = sheets.localAuthorities;
  for (const row of las.rows) {
    sightings.push({ code: las.cells.text(row, 'Code'), name: las.cells.text(row, 'LA Name'), day: las.snapshot });
  }
  for (const [sheet, codeColumn, nameColumn] of [
    [sheets.stpPartners, 'ODS LA Code', 'LA'],
    [sheets.closedStps, 'ODS LA Code', 'LA'],
    [sheets.icbPartners, 'ODS LA Code', 'Local Authority'],
  ] as const) {
    for (const row of sheet.rows) {
      sightings.push({ code: sheet.cells.text(row, codeColumn), name: sheet.cells.text(row, nameColumn), day: sheet.snapshot });
    }
  }
  for (const s of sightings) {
    if (!s.code || !s.name) continue;
    const council = index.find(s.name, s.day);
    if (council) index.assignCode(s.code, council);
  }
}
