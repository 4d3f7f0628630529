import { describe, expect, it } from 'vitest';
import { expandPartialDate, isIsoDate, isValidOn } from '../../server/src/domain/dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2016-04-01')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2016-13-01')).toBe(false);
    expect(isIsoDate('2016-4-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('reads partial dates as the start or end of the period', () => {
    expect(expandPartialDate('2016', 'start')).toBe('2016-01-01');
    expect(expandPartialDate('2016', 'end')).toBe('2016-12-31');
    expect(expandPartialDate('2016-02', 'end')).toBe('2016-02-29');
    expect(expandPartialDate('2015-09', 'start')).toBe('2015-09-01');
    expect(expandPartialDate('2015-09-14', 'end')).toBe('2015-09-14');
    expect(expandPartialDate('2015-13', 'start')).toBeNull();
    expect(expandPartialDate('soon', 'start')).toBeNull();
  });

  it('treats open ends as unbounded and no date as always', () => {
    const nhsi = { validFrom: '2016-04-01', validTo: '2022-06-30' };
    expect(isValidOn(nhsi, '2015-06-01')).toBe(false);
    expect(isValidOn(nhsi, '2016-04-01')).toBe(true);
    expect(isValidOn(nhsi, '2022-06-30')).toBe(true);
    expect(isValidOn(nhsi, '2022-07-01')).toBe(false);
    expect(isValidOn({ validFrom: null, validTo: null }, '1990-01-01')).toBe(true);
    expect(isValidOn(nhsi, null)).toBe(true);
  });
});
