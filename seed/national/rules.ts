import type { SeedRule } from '../../server/src/dataset/schema.ts';
import { DAYS } from './geography.ts';
import type { Link, Org, Registry } from './model.ts';
import { clip, type Lifetime } from './periods.ts';

/**
 * Oversight and regulation that the law sets for a whole class of organisation, applied to every member of the
 * class as DERIVED relationships. Each names its rule and cites the rule's sources; its premises say which
 * register facts put the organisation in the class. None is confirmed: no source states it for that
 * organisation. They are "reported" when the premises come from a register of the same period, "unverified"
 * when a premise is read from another period (a trust's foundation status in 2013-16 from its 2016/17 name).
 */

export const RULES: SeedRule[] = [
  {
    id: 'monitor-regulated-foundation-trusts',
    name: 'Monitor regulated and oversaw NHS foundation trusts (2013 to 2016)',
    statement:
      'Monitor, the independent regulator of NHS foundation trusts, regulated and oversaw every NHS foundation trust. Applied from 1 April 2013 (the ' +
      'reforms of the Health and Social Care Act 2012, where this graph starts) to 31 March 2016; from 1 April 2016 Monitor worked as part of NHS Improvement.',
    sources: [{ source: 'navigator-nhs-improvement' }],
  },
  {
    id: 'tda-oversaw-nhs-trusts',
    name: 'The NHS TDA oversaw NHS trusts that were not foundation trusts (2013 to 2016)',
    statement:
      'The NHS Trust Development Authority oversaw every NHS trust that was not a foundation trust from 1 April 2013 to 31 March 2016, when NHS Improvement took the function over.',
    sources: [{ source: 'navigator-three-new-arms-length-bodies' }, { source: 'navigator-nhs-improvement' }],
  },
  {
    id: 'nhsi-oversaw-trusts',
    name: 'NHS Improvement oversaw NHS trusts and foundation trusts (2016 to 2022)',
    statement: 'NHS Improvement oversaw every NHS trust and NHS foundation trust from 1 April 2016 to 30 June 2022.',
    sources: [{ source: 'docslib-tda-annual-report-2018-19' }, { source: 'navigator-nhs-improvement' }],
  },
  {
    id: 'nhse-oversees-trusts',
    name: 'NHS England oversees NHS trusts and foundation trusts (from July 2022)',
    statement:
      'The Health and Care Act 2022 abolished Monitor and the NHS TDA and gave their functions to NHS England, which oversees every NHS trust and NHS foundation trust from 1 July 2022.',
    sources: [{ source: 'crimeline-health-and-care-act-2022-sch4' }, { source: 'nhsproviders-health-and-care-act-2022' }],
  },
  {
    id: 'nhse-oversaw-ccgs',
    name: 'NHS England oversaw clinical commissioning groups (2013 to 2022)',
    statement: 'NHS England oversaw every clinical commissioning group, from 1 April 2013 until CCGs were abolished on 30 June 2022.',
    sources: [{ source: 'navigator-structural-changes-2012-act' }],
  },
  {
    id: 'nhse-funded-ccgs',
    name: 'NHS England funded clinical commissioning groups (2013 to 2022)',
    statement: 'NHS England allocated the funding of every clinical commissioning group, from 1 April 2013 to 30 June 2022.',
    sources: [{ source: 'navigator-structural-changes-2012-act' }],
  },
  {
    id: 'nhse-oversees-icbs',
    name: 'NHS England oversees integrated care boards (from July 2022)',
    statement: 'NHS England agrees each integrated care board\u2019s constitution and holds it to account, from 1 July 2022.',
    sources: [{ source: 'england-south-east-legislative-proposals' }],
  },
  {
    id: 'cqc-regulates-providers',
    name: 'The CQC regulates every provider of health and adult social care',
    statement: 'The Care Quality Commission registers, inspects and regulates every provider of health and adult social care in England, NHS trusts among them, from 1 April 2009.',
    sources: [{ source: 'navigator-health-and-social-care-act-2008' }],
  },
  {
    id: 'regions-of-nhs-england',
    name: 'NHS England\u2019s regions are part of NHS England',
    statement: 'NHS England\u2019s commissioning regions, and from April 2019 its seven regions, are parts of NHS England, listed in the ODS as its regions.',
    sources: [{ source: 'ods-eauth-2018-11' }, { source: 'piglix-nhs-commissioning-board' }],
  },
  {
    id: 'ccgs-succeeded-by-icbs',
    name: 'Each CCG was succeeded by the ICB that took over its area (1 July 2022)',
    statement:
      'On 1 July 2022 CCGs were abolished and integrated care boards took over their functions; each CCG open on 30 June 2022 was succeeded by the ICB whose sub-ICB location kept its ODS code.',
    sources: [{ source: 'legislation-si-2022-634' }, { source: 'england-south-east-legislative-proposals' }],
  },
  {
    id: 'stps-succeeded-by-icbs',
    name: 'Each STP was succeeded by the ICB that kept its ODS code (1 July 2022)',
    statement: 'On 1 July 2022 each STP\u2019s integrated care board took over, keeping the STP\u2019s ODS code.',
    sources: [{ source: 'ods-organisation-data-catalogue' }, { source: 'legislation-si-2022-634' }],
  },
  {
    id: 'stps-in-their-ccgs-region',
    name: 'An STP belonged to the region its CCGs belonged to',
    statement:
      'No register here gives an STP\u2019s NHS England region before April 2019; while it has none recorded, an STP is taken to belong to the region all its CCGs belonged to on the first of each month.',
    sources: [{ source: 'ods-eccg-2016-02' }, { source: 'ods-eccg-2018-11' }, { source: 'ods-stp-partners-2019' }],
  },
  {
    id: 'merged-icbs-in-their-predecessors-region',
    name: 'An ICB formed by a merger belongs to the region its predecessors belonged to',
    statement:
      'No register here gives a region for the ICBs created on 1 April 2026; an ICB formed from others is taken to belong to the NHS England region all of them belonged to the day before.',
    sources: [{ source: 'ods-succ-2026' }, { source: 'ons-sub-icb-icb-region-2023' }],
  },
  {
    id: 'renamed-at-merger',
    name: 'A trust renamed when it takes another over is shown as a new entity',
    statement:
      'When an NHS trust takes another over and takes a new name the same day, this graph shows the renamed trust as a new entity from that day, succeeding the old one (the ODS code stays the same).',
    sources: [{ source: 'ods-succ-2026' }],
  },
];

const NATIONAL = {
  monitor: 'monitor',
  tda: 'nhs-trust-development-authority',
  nhsi: 'nhs-improvement',
  nhse: 'nhs-england',
  cqc: 'care-quality-commission',
};

const WINDOWS: Record<string, Lifetime> = {
  monitorTda: { from: DAYS.reformsOf2013, to: '2016-03-31' },
  nhsi: { from: '2016-04-01', to: DAYS.ccgsEnd },
  fromIcbs: { from: DAYS.icbStart, to: null },
  ccgs: { from: DAYS.reformsOf2013, to: DAYS.ccgsEnd },
  cqc: { from: '2009-04-01', to: null },
};

function existence(org: Org): string {
  const cite = org.cites[0];
  const dates = `${org.from ? `open from ${org.from}` : 'open'}${org.to ? ` to ${org.to}` : ''}`;
  return `${org.name} (${org.code}) was ${org.what}, ${dates}${cite ? ` (${sourceLine(cite)})` : ''}.`;
}

function sourceLine(cite: Org['cites'][number]): string {
  return `${cite.file}, ${cite.text.split(':')[0]}`;
}

/** Names of a trust, seen from the earliest snapshot on, for its foundation status in 2013-16. */
function foundationStatus(org: Org): { foundation: boolean; premise: string } {
  const first = org.seen?.[0];
  const name = first?.name ?? org.name;
  const foundation = /FOUNDATION TRUST/i.test(name);
  const when = first ? `${first.cite.file}, ${first.cite.text.split(':')[0]}, reflecting ${first.date}` : 'its name';
  return {
    foundation,
    premise: `It was named ${name} in ${when}: ${foundation ? 'a foundation trust' : 'not a foundation trust'}.`,
  };
}

export function buildDerived(registry: Registry): Link[] {
  const links: Link[] = [];
  const derive = (from: string, type: Link['type'], org: Org, window: Lifetime, rule: string, premises: string[], confidence: Link['confidence'], note: string) => {
    const life = clip(window.from, window.to, org);
    if (!life) return;
    links.push({ from, type, to: org.key, validFrom: life.from, validTo: life.to, note, confidence, basis: 'derived', cites: [], rule, premises });
  };
  for (const org of registry.all) {
    const exists = existence(org);
    if (org.family === 'TRUST') {
      const status = foundationStatus(org);
      if (status.foundation) {
        derive(NATIONAL.monitor, 'OVERSEES', org, WINDOWS.monitorTda!, 'monitor-regulated-foundation-trusts', [exists, status.premise],
          'unverified', 'regulated and oversaw it as an NHS foundation trust (by rule)');
      } else {
        derive(NATIONAL.tda, 'OVERSEES', org, WINDOWS.monitorTda!, 'tda-oversaw-nhs-trusts', [exists, status.premise],
          'unverified', 'oversaw it as an NHS trust (by rule)');
      }
      derive(NATIONAL.nhsi, 'OVERSEES', org, WINDOWS.nhsi!, 'nhsi-oversaw-trusts', [exists], 'unverified', 'oversaw it (by rule)');
      derive(NATIONAL.nhse, 'OVERSEES', org, WINDOWS.fromIcbs!, 'nhse-oversees-trusts', [exists], 'unverified', 'oversees it (by rule)');
      derive(NATIONAL.cqc, 'REGULATES', org, WINDOWS.cqc!, 'cqc-regulates-providers', [exists], 'unverified', 'registers, inspects and regulates it (by rule)');
    } else if (org.family === 'CCG') {
      derive(NATIONAL.nhse, 'OVERSEES', org, WINDOWS.ccgs!, 'nhse-oversaw-ccgs', [exists], 'unverified', 'oversaw it (by rule)');
      derive(NATIONAL.nhse, 'FUNDS', org, WINDOWS.ccgs!, 'nhse-funded-ccgs', [exists], 'unverified', 'allocated its funding (by rule)');
    } else if (org.family === 'INTEGRATED_CARE_BOARD') {
      derive(NATIONAL.nhse, 'OVERSEES', org, WINDOWS.fromIcbs!, 'nhse-oversees-icbs', [exists], 'unverified', 'agrees its constitution and holds it to account (by rule)');
    } else if (org.family === 'REGION') {
      links.push({
        from: org.key, type: 'PART_OF', to: NATIONAL.nhse, validFrom: org.from, validTo: org.to, note: 'one of NHS England\u2019s regions (by rule)',
        confidence: 'unverified', basis: 'derived', cites: [], rule: 'regions-of-nhs-england', premises: [exists],
      });
    }
  }
  return links;
}

/** CCGs and STPs to the ICBs of 1 July 2022, and trusts renamed at a merger to their new selves. */
export function buildHandovers(registry: Registry, memberships: Link[]): Link[] {
  const links: Link[] = [];
  const icbOf = new Map(
    memberships.filter((l) => l.validFrom === DAYS.icbStart && l.from.startsWith('SUB_ICB_LOCATION:') && l.to.startsWith('INTEGRATED_CARE_BOARD:')).map((l) => [l.from, l.to]),
  );
  const byKey = new Map(registry.all.map((o) => [o.key, o]));
  const lastDay = DAYS.ccgsEnd;
  for (const org of registry.all) {
    if (org.to !== lastDay) continue;
    if (org.family === 'CCG') {
      const location = registry.at('SUB_ICB_LOCATION', org.code, DAYS.icbStart);
      const icbKey = location ? icbOf.get(location.key) : undefined;
      const icb = icbKey ? byKey.get(icbKey) : undefined;
      if (!location || !icb) continue;
      links.push({
        from: org.key, type: 'SUCCEEDED_BY', to: icb.key, validFrom: DAYS.icbStart, validTo: null, note: 'its functions passed to the ICB on 1 July 2022 (by rule)',
        confidence: 'unverified', basis: 'derived', cites: [], rule: 'ccgs-succeeded-by-icbs',
        premises: [existence(org), `Its code ${org.code} went on as ${location.name}, part of ${icb.name} (${icb.code}).`],
      });
    } else if (org.family === 'STP') {
      const icb = registry.at('INTEGRATED_CARE_BOARD', org.code, DAYS.icbStart);
      if (!icb) continue;
      links.push({
        from: org.key, type: 'SUCCEEDED_BY', to: icb.key, validFrom: DAYS.icbStart, validTo: null, note: 'became the ICB with its code on 1 July 2022 (by rule)',
        confidence: 'unverified', basis: 'derived', cites: [], rule: 'stps-succeeded-by-icbs',
        premises: [existence(org), existence(icb)],
      });
    }
  }
  for (const org of registry.all) {
    if (org.family !== 'TRUST' || org.to === null) continue;
    const next = registry.eras('TRUST', org.code).find((o) => o.from !== null && o.from > org.to!);
    if (!next) continue;
    links.push({
      from: org.key, type: 'SUCCEEDED_BY', to: next.key, validFrom: next.from, validTo: null, note: `renamed ${next.name} when it took another trust over (by rule)`,
      confidence: 'unverified', basis: 'derived', cites: [], rule: 'renamed-at-merger',
      premises: [existence(org), existence(next)],
    });
  }
  return links;
}
