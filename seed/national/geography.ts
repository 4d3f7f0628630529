import { dayBefore } from '../../server/src/domain/dates.ts';
import { ODS_QUOTED, type Sheets } from './read.ts';
import { type Cite, type Registry, titleCase } from './model.ts';

/**
 * NHS England's own geography and the partnerships: regions (the four commissioning regions of 2013, six from
 * April 2018, seven from April 2019), area teams (2013-15) and local offices (2015-20), STPs (2016 to June 2022)
 * and ICBs (from July 2022). Where no register dates an organisation, the date comes from a named event and the
 * organisation says so (`dateNote`).
 */

export const DAYS = {
  /** CCGs, area teams and the NHS England of the 2012 Act took up their work. */
  reformsOf2013: '2013-04-01',
  areaTeamsEnd: '2015-03-31',
  /** STP footprints were published in March 2016. */
  stpStart: '2016-03-01',
  /** The seven regions: first seen in the STP partner mapping of April 2019; the November 2018 files have six. */
  sevenRegions: '2019-04-01',
  localOfficesEnd: '2020-03-31',
  ccgsEnd: '2022-06-30',
  icbStart: '2022-07-01',
} as const;

const REGION_NAME_WORDS = / COMMISSIONING REGION$/;

export function buildGeography(sheets: Sheets, registry: Registry): void {
  buildRegions(sheets, registry);
  buildLocalOffices(sheets, registry);
  buildStps(sheets, registry);
  buildIcbs(sheets, registry);
}

function buildRegions(sheets: Sheets, registry: Registry): void {
  const seen = new Map<string, { name: string; from: string | null; to: string | null; cites: Cite[] }>();
  for (const sheet of [sheets.eauth2017, sheets.eauth2018]) {
    const c = sheet.cells;
    for (const row of sheet.rows) {
      const code = c.text(row, 1); // the file also holds one-letter government office regions
      if (!/^Y5\d$/.test(code)) continue;
      const entry = {
        name: c.name(row, 2) ?? code,
        from: c.date(row, 11),
        to: c.date(row, 12),
        cites: [...(seen.get(code)?.cites ?? []), sheet.cite(row, ODS_QUOTED)],
      };
      seen.set(code, entry); // the later file wins
    }
  }
  // The seven regions of 2019 have no eauth record here: their names come from the ONS and ODS lookups.
  const sevenNames = new Map<string, { name: string; ons: Set<string>; cites: Cite[] }>();
  const note = (code: string, name: string, ons: string | null, cite: Cite) => {
    const entry = sevenNames.get(code) ?? { name, ons: new Set<string>(), cites: [] };
    if (ons) entry.ons.add(ons);
    if (entry.cites.length < 2) entry.cites.push(cite);
    sevenNames.set(code, entry);
  };
  for (const row of sheets.stp2021.rows) {
    const c = sheets.stp2021.cells;
    const code = c.code(row, 'NHSER21CDH');
    if (code) note(code, c.text(row, 'NHSER21NM'), c.text(row, 'NHSER21CD') || null, sheets.stp2021.cite(row, ['NHSER21CD', 'NHSER21CDH', 'NHSER21NM']));
  }
  for (const row of sheets.icb2023.rows) {
    const c = sheets.icb2023.cells;
    const code = c.code(row, 'NHSER23CDH');
    if (code) note(code, c.text(row, 'NHSER23NM'), c.text(row, 'NHSER23CD') || null, sheets.icb2023.cite(row, ['NHSER23CD', 'NHSER23CDH', 'NHSER23NM']));
  }
  for (const [code, r] of seen) {
    const short = titleCase(r.name.replace(REGION_NAME_WORDS, ''));
    const seven = sevenNames.get(code);
    let to = r.to;
    let dateNote: string | undefined;
    if (to === null && !seven) {
      // Y54 and Y55 have no close date here, but the 2019 files already use the seven regions.
      to = '2019-03-31';
      dateNote = 'The ODS file of November 2018 gives no close date; the region is not used from April 2019, when the seven regions are.';
    }
    registry.add({
      family: 'REGION', code, name: `NHS England ${short}`, from: r.from, to,
      aliases: new Set([`${short} commissioning region`, ...(seven ? [...seven.ons] : [])]),
      cites: r.cites, what: 'an NHS England commissioning region', ...(dateNote ? { dateNote } : {}),
    });
  }
  for (const [code, r] of sevenNames) {
    if (seen.has(code)) continue;
    registry.add({
      family: 'REGION', code, name: `NHS England ${r.name}`, from: DAYS.sevenRegions, to: null,
      aliases: new Set([`${r.name} region`, ...r.ons]), cites: r.cites, what: 'one of NHS England\u2019s seven regions',
      dateNote: 'No ODS record dates the seven regions here; they are first seen in the STP partner mapping of April 2019 and dated from 1 April 2019.',
    });
  }
}

function buildLocalOffices(sheets: Sheets, registry: Registry): void {
  const offices = new Map<string, { name: string; names: Set<string>; from: string | null; to: string | null; cites: Cite[] }>();
  for (const sheet of [sheets.eauth2017, sheets.eauth2018]) {
    const c = sheet.cells;
    for (const row of sheet.rows) {
      const code = c.text(row, 1);
      if (!/^Q\d\d$/.test(code)) continue;
      const name = titleCase(c.name(row, 2) ?? code);
      const before = offices.get(code);
      offices.set(code, {
        name,
        names: new Set([...(before?.names ?? []), name]),
        from: c.date(row, 11),
        to: c.date(row, 12),
        cites: [...(before?.cites ?? []), sheet.cite(row, ODS_QUOTED)],
      });
    }
  }
  const replacedIn2020 = new Set(
    sheets.stpImplementation.rows.map((r) => sheets.stpImplementation.cells.text(r, 'Legacy Region (Local Office) Code')),
  );
  const areaTeams = new Map<string, { name: string; ons: string; cite: Cite }>();
  for (const row of sheets.areaTeams.rows) {
    const c = sheets.areaTeams.cells;
    const code = c.code(row, 'hscic_code');
    const name = c.name(row, 'name');
    if (code && name) areaTeams.set(code, { name, ons: c.text(row, 'ons_code'), cite: sheets.areaTeams.cite(row, ['ons_code', 'hscic_code', 'name']) });
  }
  for (const [code, team] of areaTeams) {
    const office = offices.get(code);
    if (office) continue; // Wessex and London went on as local offices: one organisation each, below.
    registry.add({
      family: 'LOCAL_OFFICE', code, name: `NHS England ${team.name} area team`, from: DAYS.reformsOf2013, to: DAYS.areaTeamsEnd,
      aliases: new Set([`${team.name} area team`, team.ons]), cites: [team.cite], what: 'one of NHS England\u2019s area teams of 2013 to 2015',
      dateNote: 'Area teams are dated from the ONS list of April 2013 to 31 March 2015, the day before the local offices opened (ODS eauth).',
    });
  }
  for (const [code, office] of offices) {
    const team = areaTeams.get(code);
    let to = office.to;
    let dateNote: string | undefined;
    if (to === null && replacedIn2020.has(code)) {
      to = DAYS.localOfficesEnd;
      dateNote = 'Closed on 31 March 2020: the ODS April 2020 reconfiguration replaced the local offices by STPs.';
    }
    const aliases = new Set([...office.names].filter((n) => n !== office.name));
    if (team) aliases.add(`NHS England ${team.name} area team`).add(team.ons);
    registry.add({
      family: 'LOCAL_OFFICE', code, name: `${office.name} local office`, from: office.from, to, aliases,
      cites: [...office.cites, ...(team ? [team.cite] : [])],
      what: team ? 'an NHS England area team (from 2013) and then local office (from 2015)' : 'one of NHS England\u2019s local offices of 2015 to 2020',
      ...(dateNote ? { dateNote } : {}),
    });
  }
}

function buildStps(sheets: Sheets, registry: Registry): void {
  const stps = new Map<string, { names: string[]; ons: Set<string>; cites: Cite[] }>();
  const see = (code: string | null, name: string, ons: string, cite: Cite) => {
    if (!code || name === '') return;
    const entry = stps.get(code) ?? { names: [], ons: new Set<string>(), cites: [] };
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!entry.names.includes(clean)) entry.names.push(clean);
    if (ons) entry.ons.add(ons);
    if (entry.cites.length < 3 && !entry.cites.some((c) => c.source === cite.source)) entry.cites.push(cite);
    stps.set(code, entry);
  };
  // Preferred name first: the April 2020 mapping's, then 2019/20, then the partner mapping and ONS.
  for (const [sheet, code, name, ons] of [
    [sheets.postApr2020, 'STP Code', 'STP Name', ''],
    [sheets.preApr2020, 'STP Code', 'STP Name', ''],
    [sheets.stpPartners, 'ODS STP Code', 'STP Name', 'ONS STP Code'],
    [sheets.closedStps, 'ODS STP Code', 'STP Name', 'ONS STP Code'],
    [sheets.stp2021, 'STP21CDH', 'STP21NM', 'STP21CD'],
    [sheets.stpNames2021, 'STP21CDH', 'STP21NM', ''],
  ] as const) {
    for (const row of sheet.rows) {
      const c = sheet.cells;
      if (c.text(row, name) === '') continue; // partner sheets name the STP on a block's first row only
      see(c.code(row, code), c.text(row, name), ons ? c.text(row, ons) : '', sheet.cite(row, [code, name, ...(ons ? [ons] : [])]));
    }
  }
  const merged = mergersIn2018(sheets);
  for (const [code, s] of stps) {
    const name = s.names[0]!;
    const closed = merged.closed.get(code);
    const from = merged.opened.get(code) ?? DAYS.stpStart;
    registry.add({
      family: 'STP', code, name: /\bSTP\b/.test(name) ? name : `${name} STP`, from, to: closed ?? DAYS.ccgsEnd,
      aliases: new Set([...s.names.slice(1), ...s.ons]), cites: s.cites,
      what: 'a sustainability and transformation partnership (later an integrated care system)',
      dateNote: closed
        ? 'Merged into another STP code in 2018 (ODS successions).'
        : merged.opened.has(code)
          ? 'Opened in 2018 when three STP codes merged (ODS successions); ended on 30 June 2022, when ICBs took over.'
          : 'Dated from the STP footprints of March 2016 to 30 June 2022, when integrated care boards took over.',
    });
  }
}

/** The STP codes that closed, and the one that opened, in the 2018 merger in the North East (ODS succ). */
function mergersIn2018(sheets: Sheets): { closed: Map<string, string>; opened: Map<string, string> } {
  const closedCodes = new Set(sheets.closedStps.rows.map((r) => sheets.closedStps.cells.text(r, 'ODS STP Code')).filter(Boolean));
  const closed = new Map<string, string>();
  const opened = new Map<string, string>();
  const c = sheets.successions.cells;
  for (const row of sheets.successions.rows) {
    const from = c.text(row, 1);
    if (!closedCodes.has(from)) continue;
    const day = c.date(row, 4);
    if (!day) continue;
    closed.set(from, dayBefore(day));
    opened.set(c.text(row, 2), day);
  }
  return { closed, opened };
}


function buildIcbs(sheets: Sheets, registry: Registry): void {
  const icbs = new Map<string, { names: string[]; ons: Set<string>; cites: Cite[] }>();
  const see = (code: string | null, name: string, ons: string, cite: Cite) => {
    if (!code || !name) return;
    const entry = icbs.get(code) ?? { names: [], ons: new Set<string>(), cites: [] };
    const clean = titleCase(name.replace(/\s+/g, ' '));
    if (!entry.names.some((n) => n.toLowerCase() === clean.toLowerCase())) entry.names.push(clean);
    if (ons) entry.ons.add(ons);
    if (!entry.cites.some((c) => c.source === cite.source)) entry.cites.push(cite);
    icbs.set(code, entry);
  };
  for (const [sheet, code, name, ons] of [
    [sheets.icb2023, 'ICB23CDH', 'ICB23NM', 'ICB23CD'],
    [sheets.icb2024, 'ICB24CDH', 'ICB24NM', 'ICB24CD'],
    [sheets.icbPartners, 'ODS ICB Code', 'ICB Name', 'ONS ICB Boundary Code'],
  ] as const) {
    for (const row of sheet.rows) {
      const c = sheet.cells;
      see(c.code(row, code, false), c.text(row, name), c.text(row, ons), sheet.cite(row, [code, name, ons]));
    }
  }
  // The mergers of 1 April 2026 (ODS succ): the ICBs named there as predecessors close the day before, and the
  // new codes open that day. No file here names the new ICBs.
  const ended = new Map<string, { day: string; cite: Cite }>();
  const created = new Map<string, { day: string; from: Set<string>; cites: Cite[] }>();
  const c = sheets.successions.cells;
  for (const row of sheets.successions.rows) {
    const from = c.text(row, 1);
    const to = c.text(row, 2);
    const day = c.date(row, 4);
    if (!day || !icbs.has(from) || day < DAYS.icbStart) continue;
    const cite = sheets.successions.cite(row, [1, 2, 4]);
    ended.set(from, { day, cite });
    if (!icbs.has(to)) {
      const entry = created.get(to) ?? { day, from: new Set<string>(), cites: [] };
      entry.from.add(from);
      entry.cites.push(cite);
      created.set(to, entry);
    }
  }
  for (const [code, icb] of icbs) {
    const end = ended.get(code);
    registry.add({
      family: 'INTEGRATED_CARE_BOARD', code, name: icb.names[0]!, from: DAYS.icbStart, to: end ? dayBefore(end.day) : null,
      aliases: new Set([...icb.names.slice(1), ...icb.ons, icb.names[0]!.replace(/ Integrated Care Board$/, ' ICB')]),
      cites: [...icb.cites, ...(end ? [end.cite] : [])], what: 'an integrated care board',
      dateNote: end
        ? 'From 1 July 2022, when ICBs were established, to the day before the merger recorded in ODS successions.'
        : 'From 1 July 2022, when ICBs were established.',
    });
  }
  for (const [code, icb] of created) {
    registry.add({
      family: 'INTEGRATED_CARE_BOARD', code, name: `Integrated care board ${code}`, from: icb.day, to: null,
      aliases: new Set([`ICB ${code}`]), cites: icb.cites,
      what: 'an integrated care board formed by the mergers of April 2026 (no register here gives its name)',
      dateNote: 'Opened on the day ODS successions record the merger.',
    });
  }
}
