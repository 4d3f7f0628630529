import { describe, expect, it } from 'vitest';
import type { DetailedRelationship, Entity, EntityDetail } from '../../web/src/lib/api/types.ts';
import { historyOf } from '../../web/src/lib/text/history.ts';

const org = (id: string, name: string, kind: Entity['kind'], validFrom: string | null = null, validTo: string | null = null): Entity => ({
  id, name, kind, aliases: [], description: null, odsCode: null, validFrom, validTo,
});
const rel = (type: DetailedRelationship['type'], from: Entity, to: Entity, validFrom: string | null, validTo: string | null = null): DetailedRelationship => ({
  id: `${from.id}:${type}:${to.id}`, type, from, to, validFrom, validTo, note: null, confidence: 'CONFIRMED', basis: 'RECORDED', rule: null, sourceCount: 0, premises: [], sources: [],
});

describe('an organisation\u2019s history', () => {
  it('tells its opening, what it took over, its groups in each period and its closing, earliest first', () => {
    const raj = org('raj', 'Mid and South Essex NHS Foundation Trust', 'TRUST', '2020-04-01');
    const rdd = org('rdd', 'Basildon and Thurrock University Hospitals NHS Foundation Trust', 'TRUST', null, '2020-03-31');
    const stp = org('qh8-stp', 'Mid and South Essex STP', 'STP', '2016-03-01', '2022-06-30');
    const icb = org('qh8', 'NHS Mid and South Essex Integrated Care Board', 'INTEGRATED_CARE_BOARD', '2022-07-01');
    const site = org('site', 'Basildon University Hospital', 'SITE');
    const detail: EntityDetail = {
      ...raj,
      sources: [],
      relationships: [
        rel('PART_OF', raj, icb, '2022-07-01'),
        rel('MERGED_INTO', rdd, raj, '2020-04-01'),
        rel('PART_OF', raj, stp, '2020-04-01', '2022-06-30'),
        rel('PART_OF', site, raj, '2020-04-01'),
      ],
    };
    expect(historyOf(detail).map((l) => l.text)).toEqual([
      'April 2020: opened.',
      'April 2020: took over Basildon and Thurrock University Hospitals NHS Foundation Trust.',
      'From April 2020 to June 2022: part of Mid and South Essex STP (STP).',
      'Since July 2022: part of NHS Mid and South Essex Integrated Care Board (integrated care board).',
    ]);
  });
});
