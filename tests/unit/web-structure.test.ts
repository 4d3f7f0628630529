import { describe, expect, it } from 'vitest';
import { chartTo, linePoints, shapeChart, summary, tableRows, xOf, yOf, type Box, type TimelinePoint } from '../../web/src/lib/state/structure.ts';

const points: TimelinePoint[] = [
  { asOf: '2013-04-01', entities: [{ kind: 'TRUST', count: 246 }, { kind: 'CCG', count: 211 }, { kind: 'COUNCIL', count: 149 }] },
  { asOf: '2017-04-01', entities: [{ kind: 'TRUST', count: 234 }, { kind: 'CCG', count: 207 }, { kind: 'STP', count: 44 }] },
  { asOf: '2023-04-01', entities: [{ kind: 'TRUST', count: 211 }, { kind: 'SUB_ICB_LOCATION', count: 106 }, { kind: 'INTEGRATED_CARE_BOARD', count: 42 }] },
];
const box: Box = { width: 300, height: 160, left: 30, right: 10, top: 10, bottom: 20 };

describe('the structure chart', () => {
  it('keeps the NHS kinds, in a fixed order, zero where a kind had none, and a round top', () => {
    const chart = shapeChart(points);
    expect(chart.dates).toEqual(['2013-04-01', '2017-04-01', '2023-04-01']);
    expect(chart.series.map((s) => [s.kind, s.values])).toEqual([
      ['TRUST', [246, 234, 211]],
      ['CCG', [211, 207, 0]],
      ['SUB_ICB_LOCATION', [0, 0, 106]],
      ['STP', [0, 44, 0]],
      ['INTEGRATED_CARE_BOARD', [0, 0, 42]],
    ]);
    expect(chart.max).toBe(250);
    expect(shapeChart([{ asOf: '2013-04-01', entities: [{ kind: 'TRUST', count: 3 }] }]).max).toBe(10);
  });

  it('places dates by time and counts by height inside the box', () => {
    const chart = shapeChart(points);
    expect(xOf('2013-04-01', chart, box)).toBe(30);
    expect(xOf('2023-04-01', chart, box)).toBe(290);
    // 2018-04-01 is 1,826 of the 3,652 days between the first and last points.
    expect(xOf('2018-04-01', chart, box)).toBe(160);
    expect(xOf('2012-06-01', chart, box)).toBeNull();
    expect(xOf('2024-06-01', chart, box)).toBeNull();
    expect(yOf(250, chart, box)).toBe(10);
    expect(yOf(0, chart, box)).toBe(140);
    expect(linePoints(chart.series[0]!, chart, box)).toBe('30,12.1 134,18.3 290,30.3');
  });

  it('gives a table row a year and a one-sentence summary', () => {
    const chart = shapeChart(points);
    expect(tableRows(chart)).toEqual([
      { year: '2013', counts: [246, 211, 0, 0, 0] },
      { year: '2017', counts: [234, 207, 0, 44, 0] },
      { year: '2023', counts: [211, 0, 106, 0, 42] },
    ]);
    expect(summary(chart)).toBe(
      'Organisations in being each 1 April, 2013 to 2023: NHS trusts 246 to 211; CCGs 211 to 0; Sub-ICB locations 0 to 106; STPs 0 to 0; ICBs 0 to 42.',
    );
    expect(summary(shapeChart([]))).toBe('No counts yet.');
  });

  it('ends on the last 1 April', () => {
    expect(chartTo('2026-11-22')).toBe('2026-04-01');
    expect(chartTo('2026-03-31')).toBe('2025-04-01');
    expect(chartTo('2026-04-01')).toBe('2026-04-01');
  });
});
