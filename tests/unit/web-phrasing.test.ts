import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../web/src/lib/api/types.ts';
import {
  citation,
  formatDate,
  formatPublished,
  heading,
  isShortNote,
  listOf,
  period,
  sentence,
  verb,
  VERBS,
} from '../../web/src/lib/text/phrasing.ts';
import { RELATIONSHIP_TYPES } from '../../web/src/lib/api/types.ts';

const today = '2025-01-15';
const nhse = { id: 'nhs-england', name: 'NHS England' };
const regime = { id: 'mse', name: 'Mid and South Essex Success Regime' };

function rel(overrides: Partial<Relationship> = {}): Relationship {
  return {
    id: 'r1',
    type: 'OVERSEES',
    from: { id: nhse.id },
    to: { id: regime.id },
    validFrom: null,
    validTo: null,
    note: null,
    confidence: 'CONFIRMED',
    basis: 'CITED',
    rule: null,
    sourceCount: 0,
    ...overrides,
  };
}

describe('dates', () => {
  it('reads a first-of-month start and an end-of-month end as the month', () => {
    expect(formatDate('2015-09-01', 'start')).toBe('September 2015');
    expect(formatDate('2022-06-30', 'end')).toBe('June 2022');
    expect(formatDate('2016-02-29', 'end')).toBe('February 2016');
  });

  it('reads 1 January and 31 December as the year, and other days in full', () => {
    expect(formatDate('2016-01-01', 'start')).toBe('2016');
    expect(formatDate('2017-12-31', 'end')).toBe('2017');
    expect(formatDate('2015-06-03', 'start')).toBe('3 June 2015');
    expect(formatDate('2016-02-28', 'end')).toBe('28 February 2016');
  });

  it('phrases periods with one, both or neither end', () => {
    expect(period('2015-09-01', null)).toBe('since September 2015');
    expect(period('2016-04-01', '2022-06-30')).toBe('from April 2016 to June 2022');
    expect(period(null, '2021-03-31')).toBe('until March 2021');
    expect(period(null, null)).toBe('');
  });

  it('formats publication dates of any precision', () => {
    expect(formatPublished('2015-06-04')).toBe('4 June 2015');
    expect(formatPublished('2016-03')).toBe('March 2016');
    expect(formatPublished('2016')).toBe('2016');
    expect(formatPublished('2016-01-01')).toBe('2016');
    expect(formatPublished('2016-03-01')).toBe('March 2016');
  });
});

describe('relationships both ways', () => {
  it('has a forward and a backward verb for every type', () => {
    for (const type of RELATIONSHIP_TYPES) {
      expect(VERBS[type].forward).not.toBe('');
      expect(VERBS[type].backward).not.toBe(VERBS[type].forward);
    }
  });

  it('pairs the verbs as a person would say them', () => {
    expect([verb('OVERSEES', 'forward'), verb('OVERSEES', 'backward')]).toEqual(['oversees', 'is overseen by']);
    expect([verb('FUNDS', 'forward'), verb('FUNDS', 'backward')]).toEqual(['funds', 'is funded by']);
    expect([verb('PART_OF', 'forward'), verb('PART_OF', 'backward')]).toEqual(['is part of', 'includes']);
    expect([verb('LEADS', 'forward'), verb('LEADS', 'backward')]).toEqual(['leads', 'is led by']);
    expect([verb('MERGED_INTO', 'forward'), verb('MERGED_INTO', 'backward')]).toEqual(['merged into', 'absorbed']);
    expect([verb('SUCCEEDED_BY', 'forward'), verb('SUCCEEDED_BY', 'backward')]).toEqual(['was succeeded by', 'succeeded']);
    expect(heading('OVERSEES', 'backward')).toBe('Is overseen by');
  });

  it('writes a sentence from either end, with the period', () => {
    const r = rel({ validFrom: '2015-09-01' });
    expect(sentence(r, nhse, regime, { today })).toBe('NHS England oversees Mid and South Essex Success Regime since September 2015.');
    expect(sentence(r, nhse, regime, { today, from: 'to' })).toBe(
      'Mid and South Essex Success Regime is overseen by NHS England since September 2015.',
    );
  });

  it('uses the past tense once a relationship has ended', () => {
    const r = rel({ validFrom: '2016-04-01', validTo: '2022-06-30' });
    expect(sentence(r, { id: 'nhsi', name: 'NHS Improvement' }, regime, { today })).toBe(
      'NHS Improvement oversaw Mid and South Essex Success Regime from April 2016 to June 2022.',
    );
    expect(sentence(r, { id: 'nhsi', name: 'NHS Improvement' }, regime, { today: '2020-01-01' })).toContain(' oversees ');
  });

  it('keeps a short note such as a role in the sentence and leaves commentary out', () => {
    const lead = rel({ type: 'LEADS', note: 'chief executive' });
    expect(sentence(lead, { id: 'p', name: 'Clare Panniker' }, { id: 't', name: 'Southend' }, { today })).toBe(
      'Clare Panniker leads Southend (chief executive).',
    );
    expect(isShortNote('the seed document (2016) gives no start; inferred')).toBe(false);
    const long = rel({ note: 'the seed document (2016) gives no start; the start is inferred' });
    expect(sentence(long, nhse, regime, { today })).toBe('NHS England oversees Mid and South Essex Success Regime.');
  });

  it('cites a source by title, publisher and date, and lists names naturally', () => {
    expect(
      citation({ id: 's', title: 'What is the Success Regime', publisher: 'MSE', published: '2016', url: null, reference: null, quote: null }),
    ).toBe('What is the Success Regime, MSE, 2016');
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B'])).toBe('A and B');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
