import { DAYS } from './geography.ts';
import { type Cite, type Family, type Link, type Registry, sameName } from './model.ts';
import { clip, type Lifetime, membershipRuns, type Observation } from './periods.ts';
import { ODS_QUOTED, type Sheet, type Sheets } from './read.ts';

/**
 * Who belonged to which region, area team or local office, STP or ICB, and when: each series is built from the
 * snapshots of its own period (never from the 2025 files' closed records, which the ODS re-parents to the 2024
 * structure), then turned into dated runs (periods.ts), then cut to the eras of the member and the group.
 */

interface Series {
  member: Family;
  group: Family;
  /** What the membership is, for the relationship's note. */
  note: string;
  /** The era in which this kind of membership existed. */
  bounds: Lifetime;
  observations: Map<string, Observation<Cite>[]>;
}

export class Memberships {
  readonly links: Link[] = [];
  /** Group codes a snapshot named that no register here describes (Q99, Y99 and the like are not counted). */
  readonly unresolved = new Map<string, Set<string>>();

  constructor(private readonly registry: Registry) {}

  series(member: Family, group: Family, note: string, bounds: Lifetime): Series {
    return { member, group, note, bounds, observations: new Map() };
  }

  observe(series: Series, memberCode: string | null, groupCode: string | null, date: string, cite: Cite): void {
    if (!memberCode || !this.registry.has(series.member, memberCode)) return;
    let group = groupCode && /^[YQ]99$/.test(groupCode) ? null : groupCode;
    if (group !== null && !this.registry.has(series.group, group)) {
      const list = this.unresolved.get(series.group) ?? new Set<string>();
      list.add(group);
      this.unresolved.set(series.group, list);
      group = null;
    }
    const list = series.observations.get(memberCode) ?? [];
    list.push({ date, group, cite });
    series.observations.set(memberCode, list);
  }

  /** Turns a series into PART_OF links between eras. */
  finish(series: Series): void {
    for (const [code, observations] of series.observations) {
      const bounds = clip(series.bounds.from, series.bounds.to, this.registry.lifeOf(series.member, code));
      if (!bounds) continue;
      const runs = membershipRuns(observations, bounds, (g) => this.registry.lifeOf(series.group, g));
      for (const run of runs) {
        for (const m of this.registry.overlapping(series.member, code, run)) {
          for (const g of this.registry.overlapping(series.group, run.group, m.life)) {
            this.links.push({
              from: m.org.key, type: 'PART_OF', to: g.org.key, validFrom: g.life.from, validTo: g.life.to,
              note: `${series.note}${run.inferred ? '; the day it changed is not recorded (the snapshots either side differ)' : ''}`,
              confidence: run.inferred ? 'unverified' : 'confirmed', basis: 'recorded', cites: run.cites,
            });
          }
        }
      }
    }
  }
}

/** A region by its name or a former one (a curated region keeps its own name; the register's becomes an alias). */
function namedAs(org: { name: string; aliases: Set<string> }, name: string): boolean {
  return sameName(org.name, name) || [...org.aliases].some((a) => sameName(a, name));
}

/** "North East and Yorkshire (Y63)" -> "Y63". */
function codeInBrackets(text: string): string | null {
  return /\(([A-Z0-9]{3})\)\s*$/.exec(text)?.[1] ?? null;
}

export function buildMemberships(sheets: Sheets, registry: Registry): Memberships {
  const m = new Memberships(registry);
  trusts(sheets, m);
  ccgs(sheets, registry, m);
  groups(sheets, registry, m);
  return m;
}

/** A row of a headerless ODS file counts for its own period only while the organisation is open in it. */
function openRow(sheet: Sheet, row: Sheet['rows'][number]): boolean {
  return sheet.cells.text(row, 12) === '';
}

function trusts(sheets: Sheets, m: Memberships): void {
  const region = m.series('TRUST', 'REGION', 'ODS national grouping (NHS England region)', { from: null, to: null });
  const office = m.series('TRUST', 'LOCAL_OFFICE', 'ODS high level health geography (NHS England local office)', { from: '2015-04-01', to: DAYS.localOfficesEnd });
  const stp = m.series('TRUST', 'STP', 'ODS high level health geography (STP)', { from: '2020-04-01', to: DAYS.ccgsEnd });
  const icb = m.series('TRUST', 'INTEGRATED_CARE_BOARD', 'ODS high level health geography (ICB)', { from: DAYS.icbStart, to: null });
  for (const name of ['etr2016', 'etr2020', 'etr2021', 'etr2022', 'etr2023', 'ect2023', 'etr2025'] as const) {
    const sheet = sheets[name];
    for (const row of sheet.rows) {
      if (!openRow(sheet, row)) continue;
      const code = sheet.cells.text(row, 1);
      const cite = sheet.cite(row, ODS_QUOTED);
      m.observe(region, code, sheet.cells.text(row, 3) || null, sheet.snapshot, cite);
      const hlhg = sheet.cells.text(row, 4) || null;
      const series = sheet.snapshot < '2020-04-01' ? office : sheet.snapshot < DAYS.icbStart ? stp : icb;
      m.observe(series, code, hlhg, sheet.snapshot, cite);
    }
  }
  for (const s of [region, office, stp, icb]) m.finish(s);
}

function ccgs(sheets: Sheets, registry: Registry, m: Memberships): void {
  const region = m.series('CCG', 'REGION', 'NHS England region the CCG belonged to', { from: null, to: null });
  const office = m.series('CCG', 'LOCAL_OFFICE', 'NHS England area team (to 2015) or local office (2015 to 2020) the CCG belonged to', {
    from: DAYS.reformsOf2013, to: DAYS.localOfficesEnd,
  });
  const stp = m.series('CCG', 'STP', 'STP the CCG belonged to', { from: DAYS.stpStart, to: DAYS.ccgsEnd });

  // 2013: ONS codes only; area teams join through the E39 <-> ODS table, regions through their names.
  const ccgByOns = new Map(sheets.ccg2013.rows.map((r) => [sheets.ccg2013.cells.text(r, 'CCG13CD'), sheets.ccg2013.cells.text(r, 'CCG13CDH')]));
  const teamByOns = new Map(sheets.areaTeams.rows.map((r) => [sheets.areaTeams.cells.text(r, 'ons_code'), sheets.areaTeams.cells.text(r, 'hscic_code')]));
  const regions = registry.all.filter((o) => o.family === 'REGION');
  const l13 = sheets.ccgLookup2013;
  for (const row of l13.rows) {
    const code = ccgByOns.get(l13.cells.text(row, 'CCG13CD')) ?? null;
    const cite = l13.cite(row, ['CCG13CD', 'CCG13NM', 'NHSAT13CD', 'NHSAT13NM', 'NHSCR13CD', 'NHSCR13NM']);
    m.observe(office, code, teamByOns.get(l13.cells.text(row, 'NHSAT13CD')) ?? null, l13.snapshot, cite);
    const regionName = `NHS England ${l13.cells.text(row, 'NHSCR13NM')}`;
    const match = regions.find((o) => namedAs(o, regionName) && (o.from ?? '') <= l13.snapshot);
    m.observe(region, code, match?.code ?? null, l13.snapshot, cite);
  }
  for (const sheet of [sheets.eccg2016, sheets.eccg2018]) {
    for (const row of sheet.rows) {
      if (sheet.cells.text(row, 14) !== 'C') continue;
      const code = sheet.cells.text(row, 1);
      const cite = sheet.cite(row, ODS_QUOTED);
      // A closed row keeps the groups it had when it closed: it is a snapshot of that day.
      const day = closeDay(sheet, row) ?? sheet.snapshot;
      m.observe(region, code, sheet.cells.text(row, 3) || null, day, cite);
      m.observe(office, code, sheet.cells.text(row, 4) || null, day, cite);
    }
  }
  for (const [sheet, officeColumn] of [[sheets.preApr2020, 'Region (Local Office) Code'], [sheets.postApr2020, null]] as const) {
    for (const row of sheet.rows) {
      const code = sheet.cells.text(row, 'CCG Code');
      const cite = sheet.cite(row, ['CCG Code', 'CCG Name', 'STP Code', ...(officeColumn ? [officeColumn] : []), 'Region Code']);
      m.observe(region, code, sheet.cells.text(row, 'Region Code') || null, sheet.snapshot, cite);
      m.observe(stp, code, sheet.cells.text(row, 'STP Code') || null, sheet.snapshot, cite);
      if (officeColumn) m.observe(office, code, sheet.cells.text(row, officeColumn) || null, sheet.snapshot, cite);
    }
  }
  const s21 = sheets.stp2021;
  for (const row of s21.rows) {
    const code = s21.cells.text(row, 'CCG21CDH');
    const cite = s21.cite(row, ['CCG21CDH', 'CCG21NM', 'STP21CDH', 'STP21NM', 'NHSER21CDH', 'NHSER21NM']);
    m.observe(region, code, s21.cells.text(row, 'NHSER21CDH') || null, s21.snapshot, cite);
    m.observe(stp, code, s21.cells.text(row, 'STP21CDH') || null, s21.snapshot, cite);
  }
  for (const sheet of [sheets.stpPartners, sheets.closedStps]) {
    let current = '';
    for (const row of sheet.rows) {
      current = sheet.cells.text(row, 'ODS STP Code') || current;
      const code = sheet.cells.text(row, 'ODS CCG Code');
      if (code) m.observe(stp, code, current, sheet.snapshot, sheet.cite(row, ['ODS STP Code', 'CCG', 'ODS CCG Code']));
    }
  }
  for (const s of [region, office, stp]) m.finish(s);
}

function closeDay(sheet: Sheet, row: Sheet['rows'][number]): string | null {
  const close = sheet.cells.text(row, 12);
  return close.length === 8 ? `${close.slice(0, 4)}-${close.slice(4, 6)}-${close.slice(6)}` : null;
}

function groups(sheets: Sheets, registry: Registry, m: Memberships): void {
  const subIcb = m.series('SUB_ICB_LOCATION', 'INTEGRATED_CARE_BOARD', 'the ICB the sub-ICB location is part of', { from: DAYS.icbStart, to: null });
  const i23 = sheets.icb2023;
  for (const row of i23.rows) {
    m.observe(subIcb, i23.cells.text(row, 'SICBL23CDH'), i23.cells.text(row, 'ICB23CDH'), i23.snapshot, i23.cite(row, ['SICBL23CDH', 'SICBL23NM', 'ICB23CDH', 'ICB23NM']));
  }
  for (const sheet of [sheets.eccg2023, sheets.eccg2025]) {
    for (const row of sheet.rows) {
      if (!openRow(sheet, row)) continue;
      m.observe(subIcb, sheet.cells.text(row, 1), sheet.cells.text(row, 4) || null, sheet.snapshot, sheet.cite(row, ODS_QUOTED));
    }
  }
  m.finish(subIcb);

  const stpRegion = m.series('STP', 'REGION', 'NHS England region of the STP', { from: null, to: null });
  for (const sheet of [sheets.stpPartners, sheets.closedStps]) {
    const regionColumn = sheet === sheets.stpPartners ? 'NHS England Region' : 'Region';
    for (const row of sheet.rows) {
      const stp = sheet.cells.text(row, 'ODS STP Code');
      const region = codeInBrackets(sheet.cells.text(row, regionColumn));
      if (stp && sheet.cells.text(row, 'STP Name')) m.observe(stpRegion, stp, region, sheet.snapshot, sheet.cite(row, ['ODS STP Code', 'STP Name', regionColumn]));
    }
  }
  const onePerStp = new Set<string>();
  for (const sheet of [sheets.preApr2020, sheets.postApr2020]) {
    for (const row of sheet.rows) {
      const stp = sheet.cells.text(row, 'STP Code');
      if (onePerStp.has(`${sheet.name}:${stp}`)) continue;
      onePerStp.add(`${sheet.name}:${stp}`);
      m.observe(stpRegion, stp, sheet.cells.text(row, 'Region Code'), sheet.snapshot, sheet.cite(row, ['STP Code', 'STP Name', 'Region Code', 'Region Name']));
    }
  }
  const s21 = sheets.stp2021;
  for (const row of s21.rows) {
    const stp = s21.cells.text(row, 'STP21CDH');
    if (onePerStp.has(`stp2021:${stp}`)) continue;
    onePerStp.add(`stp2021:${stp}`);
    m.observe(stpRegion, stp, s21.cells.text(row, 'NHSER21CDH'), s21.snapshot, s21.cite(row, ['STP21CDH', 'STP21NM', 'NHSER21CDH', 'NHSER21NM']));
  }
  m.finish(stpRegion);

  const icbRegion = m.series('INTEGRATED_CARE_BOARD', 'REGION', 'NHS England region of the ICB', { from: null, to: null });
  for (const row of i23.rows) {
    const icb = i23.cells.text(row, 'ICB23CDH');
    if (onePerStp.has(`icb2023:${icb}`)) continue;
    onePerStp.add(`icb2023:${icb}`);
    m.observe(icbRegion, icb, i23.cells.text(row, 'NHSER23CDH'), i23.snapshot, i23.cite(row, ['ICB23CDH', 'ICB23NM', 'NHSER23CDH', 'NHSER23NM']));
  }
  const ip = sheets.icbPartners;
  for (const row of ip.rows) {
    const icb = ip.cells.text(row, 'ODS ICB Code');
    if (!icb || onePerStp.has(`icbPartners:${icb}`)) continue;
    onePerStp.add(`icbPartners:${icb}`);
    m.observe(icbRegion, icb, codeInBrackets(ip.cells.text(row, 'NHS England Region')), ip.snapshot, ip.cite(row, ['ODS ICB Code', 'ICB Name', 'NHS England Region']));
  }
  m.finish(icbRegion);

  const officeRegion = m.series('LOCAL_OFFICE', 'REGION', 'NHS England region of the area team or local office', { from: null, to: null });
  for (const sheet of [sheets.eauth2017, sheets.eauth2018]) {
    for (const row of sheet.rows) {
      const code = sheet.cells.text(row, 1);
      if (/^Q\d\d$/.test(code)) m.observe(officeRegion, code, sheet.cells.text(row, 3) || null, closeDay(sheet, row) ?? sheet.snapshot, sheet.cite(row, ODS_QUOTED));
    }
  }
  const pre = sheets.preApr2020;
  for (const row of pre.rows) {
    const office = pre.cells.text(row, 'Region (Local Office) Code');
    if (onePerStp.has(`pre-office:${office}`)) continue;
    onePerStp.add(`pre-office:${office}`);
    m.observe(officeRegion, office, pre.cells.text(row, 'Region Code'), pre.snapshot, pre.cite(row, ['Region (Local Office) Code', 'Region (Local Office) Name', 'Region Code']));
  }
  // 2013: each area team's region, through its CCGs' rows of the ONS lookup.
  const teamByOns = new Map(sheets.areaTeams.rows.map((r) => [sheets.areaTeams.cells.text(r, 'ons_code'), sheets.areaTeams.cells.text(r, 'hscic_code')]));
  const regions = registry.all.filter((o) => o.family === 'REGION');
  const l13 = sheets.ccgLookup2013;
  for (const row of l13.rows) {
    const team = teamByOns.get(l13.cells.text(row, 'NHSAT13CD'));
    if (!team || onePerStp.has(`at:${team}`)) continue;
    onePerStp.add(`at:${team}`);
    const regionName = `NHS England ${l13.cells.text(row, 'NHSCR13NM')}`;
    const region = regions.find((o) => namedAs(o, regionName));
    m.observe(officeRegion, team, region?.code ?? null, l13.snapshot, l13.cite(row, ['NHSAT13CD', 'NHSAT13NM', 'NHSCR13CD', 'NHSCR13NM']));
  }
  m.finish(officeRegion);
}
