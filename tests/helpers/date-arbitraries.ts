import fc from 'fast-check';

/**
 * Dates for property tests, made by construction (not by asking the code under test what is valid): real
 * calendar days YYYY-MM-DD from the year 1000 (the first the API takes) to 9999, and strings that are not one.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in each month, February by the Gregorian leap-year rule. */
export function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Any real calendar date, with the edges of months and of February in leap and other years well represented. */
export const validIsoDate: fc.Arbitrary<string> = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), pick: fc.oneof(fc.constant('last' as const), fc.integer({ min: 1, max: 31 })) })
  .map(({ year, month, pick }) => {
    const last = daysIn(year, month);
    const day = pick === 'last' ? last : Math.min(pick, last);
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  });

/** Strings that are not a real date written YYYY-MM-DD, each kind built to be wrong in one way. */
export const invalidIsoDate: fc.Arbitrary<string> = fc.oneof(
  // A day past the end of its month (2016-02-30, 2015-02-29, 2016-04-31) or day 00.
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), over: fc.integer({ min: 1, max: 68 }) }).map(
    ({ year, month, over }) => `${pad(year, 4)}-${pad(month)}-${pad(Math.min(99, daysIn(year, month) + over))}`,
  ),
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => `${pad(year, 4)}-${pad(month)}-00`),
  // A month that does not exist (2016-13-01, 2016-00-10).
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), day: fc.integer({ min: 1, max: 28 }) }).map(
    ({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
  ),
  // The right date in the wrong form: unpadded (2016-1-1), other separators, time or spaces added.
  fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 9 }), day: fc.integer({ min: 1, max: 9 }) }).chain(({ year, month, day }) =>
    fc.constantFrom(
      `${year}-${month}-${day}`,
      `${year}-${pad(month)}-${day}`,
      `${year}/${pad(month)}/${pad(day)}`,
      `${pad(day)}/${pad(month)}/${year}`,
      `${year}${pad(month)}${pad(day)}`,
      `${year}-${pad(month)}-${pad(day)}T00:00:00Z`,
      ` ${year}-${pad(month)}-${pad(day)}`,
      `${year}-${pad(month)}-${pad(day)} `,
    ),
  ),
  // Anything else that does not even have the shape, the empty string included.
  fc.string({ maxLength: 20 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
  fc.constantFrom('', '2016-02-30', '2016-13-01', '2016-1-1', '2015-02-29', 'yesterday', 'null', '0000-00-00'),
);

/** A day as an ISO date, counted from 2000-01-01 (so intervals can be made around a few hundred days). */
export function dayToIso(day: number): string {
  return new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
}
