import type { Link, Registry } from './model.ts';
import { dayBefore, isValidOn } from '../../server/src/domain/dates.ts';

/**
 * Regions the registers do not give, by the two rules of rules.ts that place a group in the region its parts
 * were in: an STP before April 2019 (`stps-in-their-ccgs-region`) and an ICB formed by a merger
 * (`merged-icbs-in-their-predecessors-region`).
 */

/** Links grouped by a key of each. */
function index(links: Link[], by: (l: Link) => string): Map<string, Link[]> {
  const map = new Map<string, Link[]>();
  for (const l of links) map.set(by(l), [...(map.get(by(l)) ?? []), l]);
  return map;
}

/**
 * STPs' regions before the registers give them (April 2019): the region all of an STP's CCGs were in, month by
 * month (the regions changed on the first of a month: April 2018, April 2019).
 */
export function buildStpRegions(registry: Registry, memberships: Link[]): Link[] {
  const partOf = (from: string, to: string) => memberships.filter((l) => l.type === 'PART_OF' && l.from.startsWith(from) && l.to.startsWith(to));
  const stpMembers = index(partOf('CCG:', 'STP:'), (l) => l.to);
  const ccgRegions = index(partOf('CCG:', 'REGION:'), (l) => l.from);
  const recorded = memberships.filter((l) => l.type === 'PART_OF' && l.from.startsWith('STP:') && l.to.startsWith('REGION:'));
  const names = new Map(registry.all.map((o) => [o.key, o.name]));
  const links: Link[] = [];
  for (const stp of registry.all.filter((o) => o.family === 'STP' && o.from)) {
    const firstRecorded = recorded.filter((l) => l.from === stp.key).map((l) => l.validFrom ?? '').sort()[0];
    const until = [stp.to, firstRecorded ? dayBefore(firstRecorded) : null].filter((d): d is string => d !== null).sort()[0] ?? null;
    let run: { region: string; from: string; premise: string } | null = null;
    const close = (end: string) => {
      if (!run) return;
      links.push({
        from: stp.key, type: 'PART_OF', to: run.region, validFrom: run.from, validTo: end, note: 'the region of its CCGs (by rule)',
        confidence: 'unverified', basis: 'derived', cites: [], rule: 'stps-in-their-ccgs-region', premises: [run.premise],
      });
      run = null;
    };
    for (let day = stp.from!; until === null || day <= until; day = firstOfNextMonth(day)) {
      const members = (stpMembers.get(stp.key) ?? []).filter((l) => isValidOn(l, day)).map((l) => l.from);
      const regions = new Set(members.map((ccg) => (ccgRegions.get(ccg) ?? []).find((l) => isValidOn(l, day))?.to ?? null));
      const region = members.length > 0 && regions.size === 1 ? [...regions][0]! : null;
      if (run && run.region !== region) close(dayBefore(day));
      if (region && !run) {
        run = { region, from: day, premise: `On ${day}, all ${members.length} of its CCGs belonged to ${names.get(region) ?? region} (ODS and ONS registers).` };
      }
      if (until === null && day > '2030-01-01') break;
    }
    if (until) close(until);
  }
  return links;
}

function firstOfNextMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The region of an ICB that no register places in one (the six formed on 1 April 2026): the region every ICB it was
 * formed from belonged to the day before, from its first day, by rule. None when they were in different regions.
 */
export function buildMergedIcbRegions(registry: Registry, memberships: Link[], successions: Link[]): Link[] {
  const icbRegion = (l: Link) => l.type === 'PART_OF' && l.from.startsWith('INTEGRATED_CARE_BOARD:') && l.to.startsWith('REGION:');
  const placed = new Set(memberships.filter(icbRegion).map((l) => l.from));
  const regionOn = (icb: string, day: string) => memberships.find((l) => icbRegion(l) && l.from === icb && isValidOn(l, day))?.to ?? null;
  const names = new Map(registry.all.map((o) => [o.key, o.name]));
  const formedFrom = index(
    successions.filter((l) => l.from.startsWith('INTEGRATED_CARE_BOARD:') && l.to.startsWith('INTEGRATED_CARE_BOARD:') && !placed.has(l.to) && l.validFrom),
    (l) => l.to,
  );
  const links: Link[] = [];
  for (const [icb, incoming] of formedFrom) {
    const day = incoming.map((l) => l.validFrom!).sort()[0]!;
    const before = dayBefore(day);
    const regions = new Set(incoming.map((l) => regionOn(l.from, before)));
    const [region] = regions;
    if (regions.size !== 1 || !region) continue;
    const predecessors = incoming.map((l) => names.get(l.from) ?? l.from).sort();
    links.push({
      from: icb, type: 'PART_OF', to: region, validFrom: day, validTo: registry.all.find((o) => o.key === icb)?.to ?? null,
      note: 'the region of the ICBs it was formed from (by rule)', confidence: 'unverified', basis: 'derived', cites: [],
      rule: 'merged-icbs-in-their-predecessors-region',
      premises: [`On ${before}, all ${incoming.length} of the ICBs it was formed from (${predecessors.join(', ')}) belonged to ${names.get(region) ?? region} (ODS and ONS registers).`],
    });
  }
  return links;
}
