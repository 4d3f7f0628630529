import { isSuccession } from '../../server/src/domain/succession.ts';
import type { Family, Link, Org } from './model.ts';

/**
 * A plain-language description of an organisation from its facts: what it is, its code and dates, the groups
 * it belonged to, what it took over and what took it over, its former names. Never empty.
 */

const WHAT_IT_IS: Record<Family, string> = {
  TRUST: 'NHS trusts run hospitals and mental health, community and ambulance services.',
  CCG: 'CCGs planned and paid for most local NHS services from April 2013 until integrated care boards replaced them in July 2022.',
  SUB_ICB_LOCATION: 'A sub-ICB location is the part of an integrated care board that covers a former CCG\u2019s area and kept its code; it is not a CCG.',
  STP: 'STPs brought the NHS and councils of an area together to plan its services; integrated care boards took over in July 2022.',
  INTEGRATED_CARE_BOARD: 'Integrated care boards plan and pay for NHS services for their area, from July 2022.',
  REGION: 'NHS England\u2019s regions oversee the NHS in their part of England.',
  LOCAL_OFFICE: 'Area teams (2013 to 2015) and local offices (2015 to 2020) were NHS England\u2019s local teams under its regions.',
  COUNCIL: 'Upper-tier councils are responsible for adult social care and public health in their area.',
};

const PARENT_ORDER: Family[] = ['INTEGRATED_CARE_BOARD', 'SUB_ICB_LOCATION', 'STP', 'LOCAL_OFFICE', 'REGION'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function years(from: string | null, to: string | null): string {
  if (from && to) return from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)} to ${to.slice(0, 4)}`;
  if (from) return `from ${from.slice(0, 4)}`;
  if (to) return `to ${to.slice(0, 4)}`;
  return '';
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function describe(org: Org, links: Link[], nameOf: (key: string) => string): string {
  const code = org.odsCode === undefined ? org.code : org.odsCode;
  const life =
    org.from && org.to ? `from ${longDate(org.from)} to ${longDate(org.to)}` : org.from ? `since ${longDate(org.from)}` : org.to ? `until ${longDate(org.to)}` : '';
  const parts = [`${capital(org.what)}${code ? ` (ODS code ${code})` : ''}${life ? `, ${life}` : ''}.`, WHAT_IT_IS[org.family]];

  const parents = links.filter((l) => l.from === org.key && l.type === 'PART_OF' && l.basis === 'recorded');
  const chains = PARENT_ORDER.flatMap((family) => {
    const mine = parents.filter((l) => l.to.startsWith(`${family}:`)).sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    if (mine.length === 0) return [];
    return [mine.map((l) => `${nameOf(l.to)}${years(l.validFrom, l.validTo) ? ` (${years(l.validFrom, l.validTo)})` : ''}`).join(', then ')];
  });
  if (chains.length > 0) parts.push(`Part of ${chains.join('; ')}.`);

  const inward = links.filter((l) => l.to === org.key && isSuccession(l.type));
  if (inward.length > 0) {
    const byDay = new Map<string, string[]>();
    for (const l of inward) byDay.set(l.validFrom ?? '', [...(byDay.get(l.validFrom ?? '') ?? []), nameOf(l.from)]);
    parts.push(
      [...byDay].map(([day, names]) => `${day ? `On ${longDate(day)} it` : 'It'} took over from ${listOf(names)}.`).join(' '),
    );
  }
  const outward = links.filter((l) => l.from === org.key && isSuccession(l.type));
  if (outward.length > 0) {
    const day = outward[0]!.validFrom;
    parts.push(`${day ? `On ${longDate(day)} it` : 'It'} ${outward[0]!.type === 'MERGED_INTO' ? 'merged into' : 'was succeeded by'} ${listOf(outward.map((l) => nameOf(l.to)))}.`);
  }
  const former = [...org.aliases].filter((a) => /[a-z]/.test(a) && a.length > 8);
  if (former.length > 0) parts.push(`Also known as ${listOf(former.slice(0, 4))}.`);
  if (org.dateNote) parts.push(org.dateNote);
  return parts.join(' ');
}

function listOf(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
