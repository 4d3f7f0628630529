import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../../web/src/lib/api/types.ts';
import { XMLValidator } from 'fast-xml-parser';
import { csvField, entitiesCsv, relationshipsCsv, shapeSvg } from '../../web/src/lib/export/export.ts';
import { KIND_LOOK } from '../../web/src/lib/graph/vocabulary.ts';

const graph: Subgraph = {
  nodes: [
    { id: 'dhsc', name: 'Department of Health and Social Care', kind: 'GOVERNMENT_DEPARTMENT', aliases: [], description: null, odsCode: null, validFrom: null, validTo: null },
    { id: 'RAJ', name: 'Mid and South Essex NHS Foundation Trust, "MSE"', kind: 'TRUST', aliases: [], description: null, odsCode: 'RAJ', validFrom: '2020-04-01', validTo: null },
  ],
  edges: [
    { id: 'r1', type: 'OVERSEES', from: { id: 'dhsc' }, to: { id: 'RAJ' }, validFrom: '2020-04-01', validTo: null, note: null, confidence: 'CONFIRMED', basis: 'CITED', rule: null, sourceCount: 0 },
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
    expect(relationshipsCsv(graph)).toBe('id,type,from,to,validFrom,validTo,confidence,basis,rule\r\nr1,OVERSEES,dhsc,RAJ,2020-04-01,,CONFIRMED,CITED,\r\n');
  });
});

describe('SVG node shapes', () => {
  it('scales the legend polygon of a shape into the node box', () => {
    expect(shapeSvg('diamond', 100, 50, 40, 20, 'fill="red"')).toBe('<polygon points="100,40 120,50 100,60 80,50" fill="red"/>');
  });

  it('draws rounded boxes as rects, circles as ellipses, and an unknown shape as an ellipse', () => {
    expect(shapeSvg('round-rectangle', 0, 0, 100, 50, 'fill="blue"')).toBe('<rect x="-50" y="-21" width="100" height="42" rx="11.76" fill="blue"/>');
    expect(shapeSvg('rectangle', 0, 0, 10, 10, '')).toMatch(/^<rect x="-5" y="-4" width="10" height="8" rx="0"/);
    expect(shapeSvg('ellipse', 5, 5, 10, 6, '')).toBe('<ellipse cx="5" cy="5" rx="5" ry="3" />');
    expect(shapeSvg('no-such-shape', 5, 5, 10, 6, '')).toMatch(/^<ellipse /);
  });

  it('gives every kind of entity an element that parses', () => {
    for (const [kind, look] of Object.entries(KIND_LOOK)) {
      const element = shapeSvg(look.shape, 0, 0, look.size, look.size, `data-kind="${kind}"`);
      expect(XMLValidator.validate(`<svg>${element}</svg>`), kind).toBe(true);
      expect(element).not.toContain('NaN');
    }
  });
});
