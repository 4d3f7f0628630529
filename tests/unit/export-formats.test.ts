import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toCsv, toGraphml, toJson, type Snapshot } from '../../server/src/export/formats.ts';
import type { Entity, Relationship } from '../../server/src/domain/model.ts';

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  name,
  kind: 'NATIONAL_BODY',
  aliases: [],
  description: null,
  odsCode: null,
  validFrom: null,
  validTo: null,
  citations: [],
  ...extra,
});

const edge: Relationship = {
  id: 'a:OVERSEES:b',
  type: 'OVERSEES',
  fromId: 'a',
  toId: 'b',
  validFrom: '2016-04-01',
  validTo: null,
  note: 'says "hello" & <waves>',
  confidence: 'CONFIRMED',
  basis: 'QUOTED',
  ruleId: null,
  premises: [],
  citations: [{ sourceId: 'doc', quote: 'A oversees B, "formally".' }],
};

const snapshot: Snapshot = {
  asOf: '2016-06-01',
  nodes: [entity('a', 'Body A', { aliases: ['BA', 'A&B'] }), entity('b', 'Body <B>', { kind: 'TRUST', odsCode: 'RAJ' })],
  edges: [edge],
  sources: new Map([['doc', { id: 'doc', title: 'The document', url: 'https://example.org/doc', publisher: 'Pub', published: '2016-01-01', reference: null }]]),
};

describe('exports', () => {
  it('JSON carries nodes, edges and their quoted sources', () => {
    const data = JSON.parse(toJson(snapshot));
    expect(data.counts).toEqual({ nodes: 2, edges: 1 });
    expect(data.edges[0]).toMatchObject({ from: 'a', to: 'b', type: 'OVERSEES', sources: [{ title: 'The document', quote: 'A oversees B, "formally".' }] });
  });

  it('CSV is two tables in the shape Gephi imports', () => {
    const { nodes, edges } = toCsv(snapshot);
    const nodeRows = parse(nodes, { columns: true }) as Record<string, string>[];
    const edgeRows = parse(edges, { columns: true }) as Record<string, string>[];
    expect(nodeRows.map((r) => [r.Id, r.Label, r.aliases])).toEqual([
      ['a', 'Body A', 'BA; A&B'],
      ['b', 'Body <B>', ''],
    ]);
    expect(edgeRows[0]).toMatchObject({ Source: 'a', Target: 'b', Type: 'Directed', Label: 'OVERSEES', quotes: 'A oversees B, "formally".' });
  });

  it('CSV defuses what a spreadsheet would run as a formula', () => {
    const risky = { ...snapshot, nodes: [{ ...snapshot.nodes[0]!, name: '=HYPERLINK("x")', description: '+1', odsCode: '@A' }] };
    const [row] = parse(toCsv(risky).nodes, { columns: true }) as Record<string, string>[];
    expect([row!.Label, row!.description, row!.odsCode]).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'@A"]);
  });

  it('GraphML is well-formed, escaped XML with declared keys', () => {
    const text = toGraphml(snapshot);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain('<key id="n_name" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<data key="n_name">Body &lt;B&gt;</data>');
    expect(text).toContain('<data key="e_note">says &quot;hello&quot; &amp; &lt;waves&gt;</data>');
    expect(text).toContain('<edge id="a:OVERSEES:b" source="a" target="b">');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    expect(doc.graphml.graph.node).toHaveLength(2);
    expect(doc.graphml.graph['@_edgedefault']).toBe('directed');
  });
});
