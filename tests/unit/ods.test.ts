import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind, normalCaseName, readOdsFile } from '../../seed/ods.ts';
import { SeedValidationError } from '../../server/src/dataset/problems.ts';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'ods', name);

describe('ODS names', () => {
  it.each([
    ['SOUTHEND UNIVERSITY HOSPITAL NHS FOUNDATION TRUST', 'Southend University Hospital NHS Foundation Trust'],
    ['NHS CASTLE POINT AND ROCHFORD CCG', 'NHS Castle Point and Rochford CCG'],
    ['SOUTHEND-ON-SEA BOROUGH COUNCIL', 'Southend-on-Sea Borough Council'],
    ["KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST", "King's College Hospital NHS Foundation Trust"],
    ['THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST', 'The Newcastle upon Tyne Hospitals NHS Foundation Trust'],
  ])('%s -> %s', (upper, expected) => {
    expect(normalCaseName(upper)).toBe(expected);
  });
});

describe('ODS files', () => {
  it('reads a valid extract: codes, names, dates, groupings', async () => {
    const { kind, rows } = await readOdsFile(fixture('etr-test.csv'));
    expect(kind).toBe('trust');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      line: 1,
      code: 'ZZ1',
      name: 'Test-on-Sea Hospital NHS Foundation Trust',
      region: 'Y61',
      geography: 'QH8',
      open: '2004-04-01',
      close: null,
    });
    expect(rows[1]).toMatchObject({ name: "St Peter's and King's NHS Trust", close: '2020-03-31', geography: null });
  });

  it('names file, line and column for every bad row', async () => {
    const error = await readOdsFile(fixture('etr-bad.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const lines = (error as Error).message.split('\n').slice(1).map((l) => l.trim());
    expect(lines).toEqual([
      expect.stringMatching(/^tests\/fixtures\/ods\/etr-bad\.csv:2: line 2, field "column 1 \(Organisation Code\)": "zz!" is not an ODS code/),
      expect.stringMatching(/^tests\/fixtures\/ods\/etr-bad\.csv:3: line 3, field "column 11 \(Open Date\)": "2004-04-01" is not a date written YYYYMMDD/),
      expect.stringMatching(/^tests\/fixtures\/ods\/etr-bad\.csv:4: line 4: has 3 columns; an ODS extract has 27/),
    ]);
  });

  it('tells trusts from CCGs by option, file name or sub-type column', () => {
    expect(detectKind('x.csv', undefined, 'ccg')).toBe('ccg');
    expect(detectKind('/data/eccg.csv', undefined)).toBe('ccg');
    expect(detectKind('/data/etr.csv', undefined)).toBe('trust');
    const row = Array(27).fill('');
    row[13] = 'C';
    expect(detectKind('/data/extract.csv', row)).toBe('ccg');
    expect(detectKind('/data/extract.csv', Array(27).fill(''))).toBeNull();
  });

  it('refuses an unknown --kind', async () => {
    await expect(readOdsFile(fixture('etr-test.csv'), 'hospital')).rejects.toThrow(/--kind.*must be trust or ccg/);
  });
});
