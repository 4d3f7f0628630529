import { describe, expect, it } from 'vitest';
import { councilKey } from '../../seed/national/councils.ts';
import { clip, membershipRuns, type Observation } from '../../seed/national/periods.ts';
import { splitAtRenamingMergers } from '../../seed/national/trusts.ts';

const cite = (n: number) => ({ source: 'test', file: 'test.csv', line: n, text: `line ${n}` });
const seen = (date: string, group: string | null, n: number): Observation<ReturnType<typeof cite>> => ({ date, group, cite: cite(n) });

const LIVES: Record<string, { from: string | null; to: string | null }> = {
  A: { from: '2012-10-01', to: '2018-03-31' },
  B: { from: '2018-04-01', to: null },
  C: { from: '2012-10-01', to: null },
  D: { from: '2012-10-01', to: null },
};
const lifeOf = (g: string) => LIVES[g]!;

describe('membership runs from snapshots', () => {
  it('holds a membership throughout between two snapshots that agree, and out to the bounds', () => {
    const runs = membershipRuns([seen('2016-01-01', 'C', 1), seen('2020-01-01', 'C', 2)], { from: '2013-04-01', to: '2022-06-30' }, lifeOf);
    expect(runs).toEqual([{ group: 'C', from: '2013-04-01', to: '2022-06-30', cites: [cite(1), cite(2)], inferred: false }]);
  });

  it('dates a change by the day the old group closed, when that falls between the snapshots', () => {
    const runs = membershipRuns([seen('2016-02-01', 'A', 1), seen('2018-11-01', 'B', 2)], { from: '2013-04-01', to: null }, lifeOf);
    expect(runs.map((r) => [r.group, r.from, r.to, r.inferred])).toEqual([
      ['A', '2013-04-01', '2018-03-31', false],
      ['B', '2018-04-01', null, false],
    ]);
  });

  it('dates an undated change on the later snapshot and marks both runs as inferred there', () => {
    const runs = membershipRuns([seen('2016-02-01', 'C', 1), seen('2018-11-01', 'D', 2)], { from: '2013-04-01', to: '2022-06-30' }, lifeOf);
    expect(runs.map((r) => [r.group, r.from, r.to, r.inferred])).toEqual([
      ['C', '2013-04-01', '2018-10-31', true],
      ['D', '2018-11-01', '2022-06-30', true],
    ]);
  });

  it('leaves out a period in no group, and clips each run to its group\u2019s life', () => {
    const runs = membershipRuns([seen('2014-01-01', null, 1), seen('2016-01-01', 'A', 2)], { from: '2013-04-01', to: '2020-03-31' }, lifeOf);
    expect(runs.map((r) => [r.group, r.from, r.to])).toEqual([['A', '2016-01-01', '2018-03-31']]);
  });

  it('clips to the part inside every life, or to nothing', () => {
    expect(clip('2013-04-01', null, { from: '2016-03-01', to: '2022-06-30' })).toEqual({ from: '2016-03-01', to: '2022-06-30' });
    expect(clip('2013-04-01', '2015-03-31', { from: '2016-03-01', to: null })).toBeNull();
  });
});

describe('trust eras: one rule for renamings', () => {
  const name = (date: string, n: string, i: number) => ({ date, name: n, cite: cite(i) });

  it('starts a new entity where the name changed across a succession into the code', () => {
    const eras = splitAtRenamingMergers(
      [name('2016-10-01', 'SOUTHEND UNIVERSITY HOSPITAL NHS FOUNDATION TRUST', 1), name('2020-07-01', 'MID AND SOUTH ESSEX NHS FOUNDATION TRUST', 2)],
      ['2020-04-01'],
      '1991-04-01',
      null,
    );
    expect(eras.map((e) => [e.name, e.from, e.to, e.others])).toEqual([
      ['SOUTHEND UNIVERSITY HOSPITAL NHS FOUNDATION TRUST', '1991-04-01', '2020-03-31', []],
      ['MID AND SOUTH ESSEX NHS FOUNDATION TRUST', '2020-04-01', null, []],
    ]);
  });

  it('keeps one entity, the former name an alias, where no succession dates the renaming', () => {
    const eras = splitAtRenamingMergers(
      [name('2016-10-01', 'PLYMOUTH HOSPITALS NHS TRUST', 1), name('2020-07-01', 'UNIVERSITY HOSPITALS PLYMOUTH NHS TRUST', 2)],
      ['2015-04-01'],
      '1993-11-01',
      null,
    );
    expect(eras.map((e) => [e.name, e.from, e.to, e.others])).toEqual([
      ['UNIVERSITY HOSPITALS PLYMOUTH NHS TRUST', '1993-11-01', null, ['PLYMOUTH HOSPITALS NHS TRUST']],
    ]);
  });
});

describe('council names, loosely', () => {
  it('matches the ODS workbooks\u2019 names to mySociety\u2019s', () => {
    expect(councilKey('NEWCASTLE-UPON-TYNE CITY COUNCIL')).toBe(councilKey('Newcastle upon Tyne'));
    expect(councilKey('REDCAR & CLEVELAND BOROUGH COUNCIL')).toBe(councilKey('Redcar and Cleveland'));
    expect(councilKey('DARLINGTON BOROUGH COUNCIL (UNITARY)')).toBe('darlington');
    expect(councilKey('London Borough of Tower Hamlets Council')).toBe('tower hamlets');
    expect(councilKey('ST HELENS METROPOLITAN BOROUGH COUNCIL')).toBe(councilKey('St. Helens'));
    expect(councilKey('North Yorkshire County Council')).toBe(councilKey('North Yorkshire Council'));
  });
});
