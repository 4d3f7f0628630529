import fc from 'fast-check';
import { buildSchema as buildSdl, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationCost, TOTAL_COUNT_COST } from '../../server/src/cost.ts';
import { decodeCursor, encodeCursor } from '../../server/src/domain/cursor.ts';
import { timelineDates } from '../../server/src/domain/steps.ts';
import { formulaSafe } from '../../server/src/export/formats.ts';
import { SCHEMA_PATH } from '../../server/src/schema.ts';

describe('cursors', () => {
  it('round-trip every id, and are base64url of the tagged key', () => {
    expect(encodeCursor('r', 'nhs-england:OVERSEES:RR8@2022-07-01')).toBe(Buffer.from('r:nhs-england:OVERSEES:RR8@2022-07-01').toString('base64url'));
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9:@._-]{0,80}$/), fc.constantFrom('r' as const, 'e' as const), (id, tag) => {
        expect(decodeCursor(tag, encodeCursor(tag, id))).toBe(id);
      }),
    );
  });

  it("refuse garbage, another list's cursor and keys that are not ids", () => {
    expect(decodeCursor('r', encodeCursor('e', 'RR8'))).toBeNull();
    expect(decodeCursor('r', '')).toBeNull();
    expect(decodeCursor('r', 'not a cursor')).toBeNull();
    expect(decodeCursor('r', 'cjo')).toBeNull(); // "r:" with no key
    expect(decodeCursor('r', Buffer.from("r:x' OR 1=1").toString('base64url'))).toBeNull();
    expect(decodeCursor('r', `${encodeCursor('r', 'RR8')}A`)).toBeNull();
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      const key = decodeCursor('e', text);
      expect(key === null || encodeCursor('e', key) === text).toBe(true);
    }));
  });
});

describe('timeline dates', () => {
  it('step by year and by month, keeping to the last day of a short month', () => {
    expect(timelineDates('2013-04-01', '2016-03-31', 'YEAR')).toEqual(['2013-04-01', '2014-04-01', '2015-04-01']);
    expect(timelineDates('2016-01-31', '2016-04-30', 'MONTH')).toEqual(['2016-01-31', '2016-02-29', '2016-03-31', '2016-04-30']);
    expect(timelineDates('2020-05-01', '2020-05-01', 'MONTH')).toEqual(['2020-05-01']);
  });

  it('give null past the cap on points', () => {
    expect(timelineDates('2010-01-01', '2026-08-01', 'MONTH')).toHaveLength(200);
    expect(timelineDates('2010-01-01', '2026-09-01', 'MONTH')).toBeNull();
  });
});

describe('the cost of an operation', () => {
  const schema = buildSdl(readFileSync(SCHEMA_PATH, 'utf8'));
  const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), null, variables);

  it('weighs a page by its first, literal, variable or default, and totalCount flat', () => {
    const item = 'edges { node { id type from { id } to { id } } }';
    // An item: edges 2 + node (2 + id 1 + type 1 + from 3 + to 3) = 12.
    expect(cost(`{ relationships(first: 10) { ${item} } }`)).toBe(2 + 10 * 12);
    expect(cost(`query($n: Int) { relationships(first: $n) { ${item} } }`, { n: 400 })).toBe(2 + 400 * 12);
    expect(cost(`{ relationships { ${item} } }`)).toBe(2 + 100 * 12);
    expect(cost('{ relationships(first: 1) { totalCount } }')).toBe(2 + 1.5 * TOTAL_COUNT_COST);
  });

  it('leaves a first the resolver will refuse to the resolver', () => {
    expect(cost('{ entities(first: 100000) { edges { node { id } } } }')).toBe(2 + 1 * (2 + 3));
  });

  it('counts other fields as graphql-armor does (1.5 a level), fragments included', () => {
    expect(cost('{ entity(id: "x") { id name } }')).toBe(2 + 1.5 * 2);
    expect(cost('{ entity(id: "x") { ...F } } fragment F on Entity { id name }')).toBe(2 + 1.5 * (1.5 * 2));
  });
});

describe('CSV cells', () => {
  it('start with a quote mark where a spreadsheet would see a formula', () => {
    expect(['=SUM(A1)', '+1', '-2', '@x', '\tx', '\rx', 'plain', '2016-04-01', ''].map(formulaSafe)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      "'\tx",
      "'\rx",
      'plain',
      '2016-04-01',
      '',
    ]);
  });
});
