import type { RegisterName } from './catalogue.ts';
import { DAYS } from './geography.ts';
import { type Cite, type Registry, titleCase } from './model.ts';
import { dayBefore } from '../../server/src/domain/dates.ts';
import { ODS_QUOTED, type Sheets } from './read.ts';

/**
 * NHS trusts and care trusts open at any time since April 2013, from the ODS etr files (the 2025 one holds every
 * trust since 2006 with its open and close dates) and ect. One rule for renamings, applied to every trust: a
 * trust that changes its name on the day it takes another over (a succession in ODS succ between the two
 * snapshots that show the old and new names) becomes a new entity from that day, as the curated files and the
 * NHS's own announcements present those mergers; any other renaming keeps the entity, the former name an alias.
 */

/** The trust snapshots in date order; a closed trust's row in the 2025 file shows its last name. */
export const TRUST_SNAPSHOTS: RegisterName[] = ['etr2016', 'etr2020', 'etr2021', 'etr2022', 'etr2023', 'ect2023', 'etr2025'];

interface Seen {
  date: string;
  name: string;
  cite: Cite;
}

export function buildTrusts(sheets: Sheets, registry: Registry): void {
  const master = sheets.etr2025;
  const c = master.cells;
  const lives = new Map<string, { from: string | null; to: string | null; cite: Cite; care: boolean }>();
  for (const row of master.rows) {
    const code = c.code(row, 1);
    if (!code) continue;
    const open = c.date(row, 11);
    const close = c.date(row, 12);
    if (c.text(row, 3) === '' && c.text(row, 24) === 'W') continue; // the Welsh trusts
    if (close !== null && close < DAYS.reformsOf2013) continue;
    lives.set(code, { from: open, to: close, cite: master.cite(row, ODS_QUOTED), care: false });
  }
  // Care trusts: the 2023 ect file, and the 2019 partner mapping's list (which names one closed since).
  for (const row of sheets.ect2023.rows) {
    const code = sheets.ect2023.cells.code(row, 1);
    if (code && !lives.has(code)) {
      const s = sheets.ect2023.cells;
      lives.set(code, { from: s.date(row, 11), to: s.date(row, 12), cite: sheets.ect2023.cite(row, ODS_QUOTED), care: true });
    }
  }
  const succ = successionsInto(sheets);
  const closedBySucc = successionsOutOf(sheets);
  for (const row of sheets.careTrusts2019.rows) {
    const s = sheets.careTrusts2019.cells;
    const code = s.code(row, 'ORG CODE');
    if (!code || lives.has(code)) continue;
    const gone = closedBySucc.get(code);
    lives.set(code, { from: null, to: gone ? dayBefore(gone) : null, cite: sheets.careTrusts2019.cite(row, ['ORG CODE', 'ORG NAME']), care: true });
  }

  const names = namesSeen(sheets);
  for (const [code, life] of lives) {
    let to = life.to;
    const gone = closedBySucc.get(code);
    // A trust with a succession of its own after the last snapshot (the mergers of 2026) closes the day before.
    if (to === null && gone && gone > (life.from ?? '')) to = dayBefore(gone);
    const seen = (names.get(code) ?? []).filter((s) => to === null || s.date <= to || s.cite.source === 'ods-etr-2025');
    const eras = splitAtRenamingMergers(seen, succ.get(code) ?? [], life.from, to);
    const care = life.care || /CARE TRUST$/i.test(seen[seen.length - 1]?.name ?? '');
    for (const era of eras) {
      registry.add({
        family: 'TRUST', code, name: titleCase(era.name), from: era.from, to: era.to,
        aliases: new Set(era.others.map(titleCase)), cites: [life.cite, ...era.cites], seen: era.seen,
        what: care ? 'a care trust' : /FOUNDATION TRUST/i.test(era.name) ? 'an NHS foundation trust' : 'an NHS trust',
      });
    }
  }
}

/** Every name each trust code was seen under, in snapshot order. */
function namesSeen(sheets: Sheets): Map<string, Seen[]> {
  const names = new Map<string, Seen[]>();
  for (const name of TRUST_SNAPSHOTS) {
    const sheet = sheets[name];
    for (const row of sheet.rows) {
      const code = sheet.cells.text(row, 1);
      const trustName = sheet.cells.text(row, 2);
      if (!code || !trustName) continue;
      const close = sheet.cells.text(row, 12);
      // A closed trust's row shows the name it had when it closed.
      const date = close && close.length === 8 ? `${close.slice(0, 4)}-${close.slice(4, 6)}-${close.slice(6)}` : sheet.snapshot;
      const list = names.get(code) ?? [];
      list.push({ date: date < sheet.snapshot ? date : sheet.snapshot, name: trustName.toUpperCase(), cite: sheet.cite(row, ODS_QUOTED) });
      names.set(code, list);
    }
  }
  for (const list of names.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return names;
}

/** The days on which each code took another over (ODS succ: predecessor -> this code). */
function successionsInto(sheets: Sheets): Map<string, string[]> {
  const into = new Map<string, string[]>();
  const c = sheets.successions.cells;
  for (const row of sheets.successions.rows) {
    const day = c.date(row, 4);
    const to = c.text(row, 2);
    if (!day) continue;
    into.set(to, [...(into.get(to) ?? []), day]);
  }
  return into;
}

/** The day each code handed over to a successor (the first, if several). */
export function successionsOutOf(sheets: Sheets): Map<string, string> {
  const out = new Map<string, string>();
  const c = sheets.successions.cells;
  for (const row of sheets.successions.rows) {
    const day = c.date(row, 4);
    const from = c.text(row, 1);
    if (day && (!out.has(from) || day < out.get(from)!)) out.set(from, day);
  }
  return out;
}

interface Era {
  name: string;
  others: string[];
  from: string | null;
  to: string | null;
  cites: Cite[];
  seen: Seen[];
}

/** The eras of one trust code: a new one wherever the name changed across a succession into the code. */
export function splitAtRenamingMergers(seen: Seen[], mergerDays: string[], from: string | null, to: string | null): Era[] {
  if (seen.length === 0) return [];
  const eras: Era[] = [{ name: seen[0]!.name, others: [], from, to, cites: [seen[0]!.cite], seen: [seen[0]!] }];
  for (let i = 1; i < seen.length; i++) {
    const era = eras[eras.length - 1]!;
    const s = seen[i]!;
    if (s.name === era.name || era.others.includes(s.name)) {
      era.cites.push(s.cite);
      era.seen.push(s);
      continue;
    }
    const previous = seen[i - 1]!.date;
    const day = mergerDays.filter((d) => d > previous && d <= s.date).sort()[0];
    if (day && (from === null || day > from)) {
      era.to = dayBefore(day);
      eras.push({ name: s.name, others: [], from: day, to, cites: [s.cite], seen: [s] });
    } else {
      // A renaming nothing dates: the entity keeps the newest name, the older ones become aliases.
      era.others.push(era.name);
      era.name = s.name;
      era.cites.push(s.cite);
      era.seen.push(s);
    }
  }
  for (const era of eras) era.cites = dedupe(era.cites);
  return eras;
}

function dedupe(cites: Cite[]): Cite[] {
  const seen = new Set<string>();
  return cites.filter((c) => (seen.has(c.source) ? false : (seen.add(c.source), true)));
}
