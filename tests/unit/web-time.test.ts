import { describe, expect, it } from 'vitest';
import type { Changes, Entity } from '../../web/src/lib/api/types.ts';
import { changeView, inForceOn, playDates, validDate } from '../../web/src/lib/state/time.ts';

const entity = (id: string, name: string, validFrom: string | null = null, validTo: string | null = null): Entity => ({
  id,
  name,
  kind: 'NATIONAL_BODY',
  aliases: [],
  description: null,
  odsCode: null,
  validFrom,
  validTo,
});

describe('validDate', () => {
  it('takes real dates from 2012 to today and nothing else', () => {
    expect(validDate('2016-04-01', '2026-11-22')).toBe('2016-04-01');
    expect(validDate('2026-11-22', '2026-11-22')).toBe('2026-11-22');
    expect(validDate('2026-11-23', '2026-11-22')).toBeNull();
    expect(validDate('2011-12-31', '2026-11-22')).toBeNull();
    expect(validDate('2015-02-29', '2026-11-22')).toBeNull();
    expect(validDate('2016-02-29', '2026-11-22')).toBe('2016-02-29');
    expect(validDate('1 April 2016', '2026-11-22')).toBeNull();
  });
});

describe('playDates', () => {
  it('steps through the years on the same day, ending no later than today', () => {
    expect(playDates('2023-06-01', '2026-03-10')).toEqual(['2023-06-01', '2024-06-01', '2025-06-01', '2026-03-10']);
  });
  it('starts again from 2012 on 1 July when the map already shows today, and ends at today', () => {
    const dates = playDates('2026-03-10', '2026-03-10');
    expect(dates).toHaveLength(15);
    expect(dates[0]).toBe('2012-07-01');
    expect(dates.at(-2)).toBe('2025-07-01');
    expect(dates.at(-1)).toBe('2026-03-10');
  });
  it('keeps 29 February to the years that have one', () => {
    expect(playDates('2016-02-29', '2018-12-31')).toEqual(['2016-02-29', '2017-02-28', '2018-02-28']);
  });
});

describe('changeView', () => {
  const monitor = entity('monitor', 'Monitor', '2004-01-01', '2016-03-31');
  const nhsi = entity('nhs-improvement', 'NHS Improvement', '2016-04-01', '2022-06-30');
  const dh = entity('dhsc', 'Department of Health');
  const changes: Changes = {
    added: {
      nodes: [nhsi],
      edges: [
        { id: 'r1', type: 'OVERSEES', from: dh, to: nhsi, validFrom: '2016-04-01', validTo: '2022-06-30', note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, premises: [], sourceCount: 1 },
      ],
    },
    removed: { nodes: [monitor], edges: [] },
    successions: [
      { id: 'r2', type: 'MERGED_INTO', from: monitor, to: nhsi, validFrom: '2016-04-01', validTo: null, note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, premises: [], sourceCount: 1 },
    ],
  };

  it('marks what was added and removed, and draws both ends of every changed relationship', () => {
    const view = changeView(changes, '2026-11-22');
    expect(view.marks.get('nhs-improvement')).toBe('added');
    expect(view.marks.get('r1')).toBe('added');
    expect(view.marks.get('monitor')).toBe('removed');
    expect(view.marks.has('dhsc')).toBe(false);
    expect(view.subgraph.nodes.map((n) => n.id).sort()).toEqual(['dhsc', 'monitor', 'nhs-improvement']);
    expect(view.subgraph.edges).toEqual([
      expect.objectContaining({ id: 'r1', from: { id: 'dhsc' }, to: { id: 'nhs-improvement' } }),
      expect.objectContaining({ id: 'r2', from: { id: 'monitor' }, to: { id: 'nhs-improvement' } }),
    ]);
  });

  it('lists the changes as sentences', () => {
    const view = changeView(changes, '2026-11-22');
    expect(view.added[0]).toBe('NHS Improvement (national body) appears, from April 2016.');
    expect(view.added[1]).toMatch(/^Department of Health oversaw NHS Improvement/);
    expect(view.removed).toEqual(['Monitor (national body) goes, until March 2016.']);
    expect(view.successions).toEqual([expect.stringMatching(/^Monitor merged into NHS Improvement/)]);
  });
});

describe('inForceOn', () => {
  it('holds from the first day to the last, either end open', () => {
    expect(inForceOn('2016-04-01', null, '2016-04-01')).toBe(true);
    expect(inForceOn('2016-04-01', null, '2016-03-31')).toBe(false);
    expect(inForceOn(null, '2022-06-30', '2022-06-30')).toBe(true);
    expect(inForceOn(null, '2022-06-30', '2022-07-01')).toBe(false);
    expect(inForceOn(null, null, '1999-01-01')).toBe(true);
  });
});
