import { DAYS } from './geography.ts';
import { type Cite, type Registry, titleCase } from './model.ts';
import { ODS_QUOTED, type Sheets } from './read.ts';

/**
 * Clinical commissioning groups (April 2013 to June 2022) and sub-ICB locations (from July 2022). The 2025 eccg
 * holds every CCG since 2013 with its open and close dates; the 106 codes still open there became sub-ICB
 * locations on 1 July 2022: the same ODS codes, renamed, and a different kind of organisation (part of an ICB),
 * so each is two entities, the CCG until 30 June 2022 and the location from 1 July 2022. Commissioning hubs and
 * the 2024 "sub-ICB reporting entities" are not organisations in their own right and are left out.
 */

const SUB_ICB = /RO319/;

export function buildCommissioners(sheets: Sheets, registry: Registry): void {
  const master = sheets.eccg2025;
  const c = master.cells;
  const names = ccgNames(sheets);
  for (const row of master.rows) {
    const code = c.code(row, 1);
    if (!code) continue;
    const subType = c.text(row, 14);
    const location = SUB_ICB.test(subType);
    if (subType !== '' && !location) continue;
    const open = c.date(row, 11);
    const close = c.date(row, 12);
    const cite = master.cite(row, ODS_QUOTED);
    const known = names.get(code) ?? [];
    const ccgName = known[0]?.name ?? titleCase(c.text(row, 2));
    if (open === null || open <= DAYS.ccgsEnd) {
      registry.add({
        family: 'CCG', code, name: ccgName, from: open, to: location ? DAYS.ccgsEnd : close,
        aliases: new Set([...known.slice(1).map((k) => k.name), ...known.flatMap((k) => (k.ons ? [k.ons] : []))]),
        cites: [...(location ? [] : [cite]), ...dedupe(known.map((k) => k.cite))],
        what: 'a clinical commissioning group',
        ...(location ? { dateNote: 'Ended on 30 June 2022, when CCGs were abolished; its code went on as a sub-ICB location.' } : {}),
      });
    }
    if (location) {
      const name = titleCase(c.text(row, 2)).replace(/\s+/g, ' ');
      registry.add({
        family: 'SUB_ICB_LOCATION', code, name, from: DAYS.icbStart, to: close,
        aliases: new Set([`${ccgName} area`]), cites: [cite], what: 'a sub-ICB location',
        dateNote: 'From 1 July 2022, when the CCG whose code it kept was abolished.',
      });
    }
  }
}

interface NameSeen {
  name: string;
  ons: string | null;
  cite: Cite;
}

/**
 * The names each CCG code had, newest first: ONS 2021 and 2020, then ODS 2018 and 2016, then ONS 2013 (whose
 * names lack the "CCG").
 */
function ccgNames(sheets: Sheets): Map<string, NameSeen[]> {
  const names = new Map<string, NameSeen[]>();
  const add = (code: string | null, raw: string, ons: string | null, cite: Cite) => {
    if (!code || !raw) return;
    const name = titleCase(raw.replace(/\s+/g, ' '));
    const list = names.get(code) ?? [];
    const existing = list.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      if (!existing.ons && ons) existing.ons = ons;
    } else {
      list.push({ name, ons, cite });
    }
    names.set(code, list);
  };
  const s21 = sheets.stp2021;
  for (const row of s21.rows) add(s21.cells.code(row, 'CCG21CDH'), s21.cells.text(row, 'CCG21NM'), s21.cells.text(row, 'CCG21CD') || null, s21.cite(row, ['CCG21CD', 'CCG21CDH', 'CCG21NM']));
  const s20 = sheets.ccg2020;
  for (const row of s20.rows) add(s20.cells.code(row, 'CCG20CDH'), s20.cells.text(row, 'CCG20NM'), s20.cells.text(row, 'CCG20CD') || null, s20.cite(row, ['CCG20CD', 'CCG20CDH', 'CCG20NM']));
  for (const sheet of [sheets.eccg2018, sheets.eccg2016]) {
    for (const row of sheet.rows) {
      if (sheet.cells.text(row, 14) !== 'C') continue;
      add(sheet.cells.code(row, 1), sheet.cells.text(row, 2), null, sheet.cite(row, ODS_QUOTED));
    }
  }
  const s13 = sheets.ccg2013;
  for (const row of s13.rows) {
    const raw = s13.cells.text(row, 'CCG13NM');
    add(s13.cells.code(row, 'CCG13CDH'), /\bCCG$/i.test(raw) ? raw : `${raw} CCG`, s13.cells.text(row, 'CCG13CD') || null, s13.cite(row, ['CCG13CD', 'CCG13CDH', 'CCG13NM']));
  }
  return names;
}

function dedupe(cites: Cite[]): Cite[] {
  const seen = new Set<string>();
  return cites.filter((c) => (seen.has(c.source) ? false : (seen.add(c.source), true)));
}
