import { toBasis, type Basis } from '../domain/model.ts';
import type { Holder, Known, Parsed } from './rows.ts';
import type { SeedFile } from './schema.ts';

/** Two rules of the dataset checks that need more than a line: ODS codes one holder a day, and each basis's needs. */

function overlaps(a: Holder, b: Holder): boolean {
  return (a.validTo === null || b.validFrom === null || b.validFrom <= a.validTo) &&
    (b.validTo === null || a.validFrom === null || a.validFrom <= b.validTo);
}

/** Who claims each ODS code in the data being checked, and where. */
export type Claims = Map<string, { holder: Holder; p: Parsed; at: (string | number)[] }[]>;

type Report = (p: Parsed, at: (string | number)[], field: string, message: string) => void;

/** No two entities may hold one ODS code on the same day (a code may pass from one to the next). */
export function checkCodes(
  holders: Claims,
  known: Known | undefined,
  report: Report,
): void {
  for (const [code, list] of holders) {
    const inFiles = new Set(list.map((h) => h.holder.id));
    const stored = (known?.odsCodes?.get(code) ?? []).filter((h) => !inFiles.has(h.id));
    list.forEach((h, i) => {
      const clash =
        list.slice(0, i).find((o) => o.holder.id !== h.holder.id && overlaps(o.holder, h.holder))?.holder ??
        stored.find((o) => overlaps(o, h.holder));
      if (clash) report(h.p, h.at, 'odsCode', `${code} is already the ODS code of ${clash.id} on some of the same dates`);
    });
  }
}

/**
 * How a relationship is known, checked against what it cites: quoted needs a quote, recorded a register row (as
 * each citation's quote), derived a known rule and its premises; cited has no quote. Left out, it is quoted
 * when a citation has a quote, else cited.
 */
export function checkBasis(
  r: SeedFile['relationships'][number],
  ruleIds: Set<string>,
  problem: (field: string, message: string) => void,
): Basis {
  const quoted = r.sources.some((c) => c.quote);
  const basis = toBasis(r.basis) ?? (quoted ? 'QUOTED' : 'CITED');
  if (basis === 'QUOTED' && !quoted) problem('basis', 'quoted needs a source with a quote');
  if (basis === 'CITED' && quoted) problem('basis', 'cited means no quote is at hand, but a source has one: use quoted');
  if (basis === 'RECORDED' && !quoted) problem('basis', 'recorded needs a register row, as a source\'s quote');
  if (basis === 'DERIVED') {
    if (!r.rule) problem('rule', 'a derived relationship names its rule');
    else if (!ruleIds.has(r.rule)) problem('rule', `unknown rule "${r.rule}"`);
    if (!r.premises || r.premises.length === 0) problem('premises', 'a derived relationship lists the facts its rule was applied to');
  } else if (r.rule || r.premises) {
    problem('rule', 'only a derived relationship names a rule and premises');
  }
  return basis;
}
