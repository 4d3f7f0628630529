import fc from 'fast-check';
import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../server/src/errors.ts';
import { DateScalar } from '../../server/src/resolvers/types/Date.ts';
import { decodeView, DEFAULT_VIEW, encodeView } from '../../web/src/lib/state/url-state.ts';
import { invalidIsoDate, validIsoDate } from '../helpers/date-arbitraries.ts';

/** Dates through the two pure layers: the view's link (url-state.ts) and the API's Date scalar. */

describe('a valid date', () => {
  it('round-trips through the link, as the as-of date and as both ends of a comparison', () => {
    fc.assert(
      fc.property(validIsoDate, validIsoDate, (d, e) => {
        const view = { ...DEFAULT_VIEW, asOf: d, opened: { kind: 'changes' as const, from: d, to: e } };
        expect(decodeView(`#${encodeView(view)}`)).toEqual({ view, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through the Date scalar, as a variable and as a literal', () => {
    fc.assert(
      fc.property(validIsoDate, (d) => {
        expect(DateScalar.parseValue(d)).toBe(d);
        expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: d }, {})).toBe(d);
        expect(DateScalar.serialize(d)).toBe(d);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an invalid date', () => {
  it('is refused by the Date scalar with BAD_USER_INPUT saying how dates are written', () => {
    fc.assert(
      fc.property(invalidIsoDate, (bad) => {
        for (const parse of [() => DateScalar.parseValue(bad), () => DateScalar.parseLiteral({ kind: Kind.STRING, value: bad }, {})]) {
          const error = (() => {
            try {
              parse();
            } catch (e) {
              return e;
            }
            return null;
          })();
          expect(error, bad).toBeInstanceOf(BadUserInputError);
          expect((error as BadUserInputError).extensions.code).toBe('BAD_USER_INPUT');
          expect((error as BadUserInputError).message).toMatch(/^Dates are written YYYY-MM-DD/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('that is not even shaped like one is dropped from a link, and named as the problem', () => {
    const misshapen = invalidIsoDate.filter((s) => s !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(s));
    fc.assert(
      fc.property(misshapen, (bad) => {
        expect(decodeView(`asOf=${encodeURIComponent(bad)}`)).toEqual({ view: DEFAULT_VIEW, problems: [`"${bad}" is not a date.`] });
      }),
      { numRuns: 300 },
    );
    // An empty asOf is no date at all: all of history, as without it.
    expect(decodeView('asOf=')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });
});
