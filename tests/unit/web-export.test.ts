import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../../web/src/lib/api/types.ts';
import { csvField, entitiesCsv, relationshipsCsv } from '../../web/src/lib/export/export.ts';

const graph: Subgraph = {
  nodes: [
    { id: 'dhsc', name: 'Department of Health and Social Care', kind: 'GOVERNMENT_DEPARTMENT', aliases: [], description: null, odsCode: null, validFrom: null, validTo: null },
    { id: 'RAJ', name: 'Mid and South Essex NHS Foundation Trust, "MSE"', kind: 'TRUST', aliases: [], description: null, odsCode: 'RAJ', validFrom: '2020-04-01', validTo: null },
  ],
  edges: [
    { id: 'r1', type: 'OVERSEES', from: { id: 'dhsc' }, to: { id: 'RAJ' }, validFrom: '2020-04-01', validTo: null, note: null, confidence: 'CONFIRMED', sources: [] },
  ],
};

describe('CSV export', () => {
  it('quotes fields with commas, quotes or line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe('');
  });

  it('writes one row per entity and per relationship, with a header', () => {
    expect(entitiesCsv(graph)).toBe(
      'id,name,kind,odsCode,validFrom,validTo\r\n' +
        'dhsc,Department of Health and Social Care,GOVERNMENT_DEPARTMENT,,,\r\n' +
        'RAJ,"Mid and South Essex NHS Foundation Trust, ""MSE""",TRUST,RAJ,2020-04-01,\r\n',
    );
    expect(relationshipsCsv(graph)).toBe('id,type,from,to,validFrom,validTo,confidence\r\nr1,OVERSEES,dhsc,RAJ,2020-04-01,,CONFIRMED\r\n');
  });
});
