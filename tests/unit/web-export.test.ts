import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../../web/src/lib/api/types.ts';
import { XMLValidator } from 'fast-xml-parser';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { csvField, entitiesCsv, relationshipsCsv, shapeSvg } from '../../web/src/lib/export/export.ts';
import { MAX_PNG_PIXELS, overviewMarks, overviewSvg, pngScale } from '../../web/src/lib/export/overview-export.ts';
import { overviewData } from '../../web/src/lib/graph/overview.ts';
import { buildStylesheet } from '../../web/src/lib/graph/style.ts';
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

describe('the export of an overview', () => {
  const defs: ElementDefinition[] = [
    { group: 'nodes', data: { id: 'a', name: 'Alpha', label: 'Alpha', kind: 'TRUST' }, classes: 'kind-TRUST' },
    { group: 'nodes', data: { id: 'b', name: 'Beta <B>', label: 'Beta <B>\n2001–2019', kind: 'REGULATOR' }, classes: 'kind-REGULATOR ended' },
    { group: 'nodes', data: { id: 'c', name: 'Gamma', label: 'Gamma', kind: 'TRUST' }, classes: 'kind-TRUST' },
    { group: 'edges', data: { id: 'rel:1', source: 'b', target: 'a', type: 'REGULATES' }, classes: 'type-REGULATES' },
    { group: 'edges', data: { id: 'rel:2', source: 'a', target: 'c', type: 'PART_OF' }, classes: 'type-PART_OF ended' },
  ];
  const data = overviewData(defs, new Map([['a', { x: 0, y: 0 }], ['b', { x: 300, y: 0 }], ['c', { x: 0, y: 400 }]]));
  const source = { data, nodeDefs: new Map(defs.filter((d) => d.group === 'nodes').map((d) => [String(d.data.id), d])), edgeDefs: defs.filter((d) => d.group === 'edges') };

  it('draws every entity and relationship as the map’s stylesheet does, lines from the edge of one entity to the other', () => {
    const { nodes, edges, box } = overviewMarks(cytoscape, source, buildStylesheet('light'));
    expect(nodes.map((n) => [n.title, n.x, n.y, n.w, n.shape, n.colour])).toEqual([
      ['Alpha', 0, 0, KIND_LOOK.TRUST.size, 'ellipse', 'rgb(46,133,64)'],
      ['Beta <B>', 300, 0, KIND_LOOK.REGULATOR.size, 'diamond', 'rgb(194,70,43)'],
      ['Gamma', 0, 400, KIND_LOOK.TRUST.size, 'ellipse', 'rgb(46,133,64)'],
    ]);
    expect(nodes.map((n) => [n.border, n.borderWidth])).toEqual([['rgb(255,255,255)', 2], ['rgb(255,255,255)', 2], ['rgb(255,255,255)', 2]]);
    // b -> a: from b's edge (radius 22) to a's (17); an ended relationship is half as opaque.
    expect(edges.map((e) => [e.s, e.t, e.colour, e.lineStyle, e.opacity])).toEqual([
      [{ x: 300 - 22, y: 0 }, { x: 17, y: 0 }, 'rgb(194,70,43)', 'solid', 0.9],
      [{ x: 0, y: 17 }, { x: 0, y: 400 - 17 }, 'rgb(216,122,0)', 'dotted', 0.5],
    ]);
    // From Alpha's and Gamma's left edges to the end of Beta's longer label line (9 characters of about 5.4
    // units), from Beta's top to the foot of Gamma's one line of label.
    expect(box.x1).toBe(-17);
    expect(box.w).toBeCloseTo(300 + (9 * 5.4) / 2 + 17, 9);
    expect(box.y1).toBe(-22);
    expect(box.h).toBeCloseTo(22 + 400 + 17 + 11 + 1.2 * 9, 9);
  });

  it('writes them as the SVG export does: one titled group per entity, one line per relationship', () => {
    const { svg, width, height } = overviewSvg(cytoscape, source, buildStylesheet('light'), { background: '#fff', text: '#000' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual(['Alpha', 'Beta &lt;B&gt;', 'Gamma']);
    expect(svg.match(/<line /g)?.length).toBe(2);
    expect(svg).toContain('<tspan x="300" dy="1.2em">2001–2019</tspan>');
    expect(svg).toContain(`width="${width}" height="${height}"`);
  });

  it('draws the PNG at twice the size, less when that would pass the limit', () => {
    expect(pngScale(2000, 2000)).toBe(2);
    expect(pngScale(10_000, 10_000)).toBeCloseTo(Math.sqrt(MAX_PNG_PIXELS) / 10_000, 10);
    expect(Math.ceil(10_000 * pngScale(10_000, 10_000)) ** 2).toBeLessThanOrEqual(MAX_PNG_PIXELS + 2 * Math.sqrt(MAX_PNG_PIXELS) + 1);
  });
});
