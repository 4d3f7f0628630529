import type { CouncilIndex } from './councils.ts';
import type { Cite, Family, Link, Org, Registry } from './model.ts';
import { dayBefore } from '../../server/src/domain/dates.ts';
import { handOverDay } from '../../server/src/domain/succession.ts';
import { clip } from './periods.ts';
import type { Sheets } from './read.ts';

/**
 * Partners of STPs (2019) and ICBs (2023), each trust's principal ICB for finance (2023), and the mergers and
 * successions of trusts, CCGs, STPs, ICBs and councils.
 */

export function buildPartners(sheets: Sheets, registry: Registry, councils: CouncilIndex): Link[] {
  const links: Link[] = [];
  const link = (member: Org | undefined, group: Org | undefined, cite: Cite, note: string, confidence: Link['confidence'], type: Link['type'] = 'PARTNER_IN') => {
    if (!member || !group) return;
    const life = clip(group.from, group.to, member);
    if (!life) return;
    const [from, to] = type === 'FUNDS' ? [group, member] : [member, group];
    links.push({ from: from.key, type, to: to.key, validFrom: life.from, validTo: life.to, note, confidence, basis: 'recorded', cites: [cite] });
  };
  for (const sheet of [sheets.stpPartners, sheets.closedStps]) {
    let stpCode = '';
    for (const row of sheet.rows) {
      stpCode = sheet.cells.text(row, 'ODS STP Code') || stpCode;
      const stp = registry.at('STP', stpCode, null);
      const day = sheet.snapshot;
      const trust = sheet.cells.text(row, 'ODS Trust Code');
      if (trust) {
        link(registry.at('TRUST', trust, day) ?? registry.at('TRUST', trust, null), stp, sheet.cite(row, ['ODS STP Code', 'ODS Trust Code']),
          'trust partner named in the STP partner mapping of April 2019; dated by the lives of the two, which the register does not state', 'unverified');
      }
      const la = sheet.cells.text(row, 'ODS LA Code');
      if (la) {
        link(councils.atCode(la, day), stp, sheet.cite(row, ['ODS STP Code', 'LA', 'ODS LA Code']),
          'council partner named in the STP partner mapping of April 2019; dated by the lives of the two, which the register does not state', 'unverified');
      }
    }
  }
  const ip = sheets.icbPartners;
  let icbCode = '';
  for (const row of ip.rows) {
    icbCode = ip.cells.text(row, 'ODS ICB Code') || icbCode;
    const icb = registry.at('INTEGRATED_CARE_BOARD', icbCode, ip.snapshot);
    const trust = ip.cells.text(row, 'ODS Trust Code');
    if (trust) {
      link(registry.at('TRUST', trust, ip.snapshot), icb, ip.cite(row, ['ODS ICB Code', 'NHS Trusts', 'ODS Trust Code']),
        'trust partner in the ICB\u2019s constitution (ICB partner mapping, 2023)', 'confirmed');
    }
    const la = ip.cells.text(row, 'ODS LA Code');
    if (la) {
      link(councils.atCode(la, ip.snapshot), icb, ip.cite(row, ['ODS ICB Code', 'Local Authority', 'ODS LA Code']),
        'council partner in the ICB\u2019s constitution (ICB partner mapping, 2023)', 'confirmed');
    }
  }
  const fin = sheets.icbFinance;
  for (const row of fin.rows) {
    const icb = registry.at('INTEGRATED_CARE_BOARD', fin.cells.text(row, 'ODS ICB Code'), fin.snapshot);
    link(registry.at('TRUST', fin.cells.text(row, 'ODS Trust Code'), fin.snapshot), icb, fin.cite(row, ['ODS ICB Code', 'ICB Name', 'NHS Trusts', 'ODS Trust Code']),
      'principal ICB for finance: NHS England counts the trust\u2019s finances in this ICB\u2019s system (ICB financial apportionment, August 2023); dated by the lives of the two', 'unverified', 'FUNDS');
  }
  return dedupeLinks(links);
}

/** The same pair named on two rows (or in two sheets) is one relationship with both rows cited. */
function dedupeLinks(links: Link[]): Link[] {
  const byKey = new Map<string, Link>();
  for (const l of links) {
    const key = `${l.from}|${l.type}|${l.to}|${l.validFrom}`;
    const existing = byKey.get(key);
    if (existing) existing.cites.push(...l.cites.filter((c) => !existing.cites.some((e) => e.source === c.source && e.line === c.line)));
    else byKey.set(key, l);
  }
  return [...byKey.values()];
}

const SUCCESSION_FAMILIES: Family[] = ['TRUST', 'CCG', 'STP', 'INTEGRATED_CARE_BOARD'];

/**
 * ODS successions between organisations in the graph: a predecessor MERGED_INTO its successor when the successor
 * takes over more than one organisation that day or already existed (an acquisition), else SUCCEEDED_BY.
 */
export function buildSuccessions(sheets: Sheets, registry: Registry): Link[] {
  const c = sheets.successions.cells;
  const found: { from: Org; to: Org; day: string; cite: Cite }[] = [];
  for (const row of sheets.successions.rows) {
    const day = c.date(row, 4);
    if (!day) continue;
    const before = dayBefore(day);
    for (const family of SUCCESSION_FAMILIES) {
      const from = registry.at(family, c.text(row, 1), before);
      const to = registry.at(family, c.text(row, 2), day);
      if (from && to && from !== to) found.push({ from, to, day, cite: sheets.successions.cite(row, [1, 2, 4]) });
    }
  }
  const intake = new Map<string, number>();
  for (const f of found) intake.set(`${f.to.key}@${f.day}`, (intake.get(`${f.to.key}@${f.day}`) ?? 0) + 1);
  return found.map((f) => {
    const acquisition = f.to.from !== null && f.to.from < f.day;
    const merger = acquisition || (intake.get(`${f.to.key}@${f.day}`) ?? 0) > 1;
    return {
      from: f.from.key, type: merger ? 'MERGED_INTO' : 'SUCCEEDED_BY', to: f.to.key, validFrom: f.day, validTo: null,
      note: merger ? (acquisition ? 'taken over (ODS successions)' : 'merged (ODS successions)') : 'succeeded (ODS successions)',
      confidence: 'confirmed', basis: 'recorded', cites: [f.cite],
    } satisfies Link;
  });
}

/** Councils replaced in the reorganisations of 2019 to 2023 (mySociety's replaced-by column). */
export function buildCouncilSuccessions(sheets: Sheets, registry: Registry): Link[] {
  const sheet = sheets.councils;
  const pairs: { old: Org; next: Org; day: string; cite: Cite }[] = [];
  for (const row of sheet.rows) {
    const replacedBy = sheet.cells.text(row, 'replaced-by');
    const old = registry.eras('COUNCIL', sheet.cells.text(row, 'local-authority-code')).at(-1);
    if (!replacedBy || !old?.to) continue;
    const day = handOverDay(old.to);
    for (const code of replacedBy.split(',').map((s) => s.trim())) {
      const next = registry.at('COUNCIL', code, day);
      if (next) pairs.push({ old, next, day, cite: sheet.cite(row, ['local-authority-code', 'official-name', 'end-date', 'replaced-by']) });
    }
  }
  const intake = new Map<string, number>();
  for (const p of pairs) intake.set(p.next.key, (intake.get(p.next.key) ?? 0) + 1);
  return pairs.map((p) => ({
    from: p.old.key, type: (intake.get(p.next.key) ?? 0) > 1 ? 'MERGED_INTO' : 'SUCCEEDED_BY', to: p.next.key,
    validFrom: p.day, validTo: null, note: 'replaced in a local government reorganisation (mySociety)',
    confidence: 'reported', basis: 'recorded', cites: [p.cite],
  }));
}
