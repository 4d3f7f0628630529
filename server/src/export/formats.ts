import { toCsv as csvRows } from '../domain/csv.ts';
import { fileWord, type Entity, type Relationship, type SourceDocument, type Subgraph } from '../domain/model.ts';

/**
 * Snapshot exports, pure: JSON for programs, CSV tables in the shape Gephi imports (Id/Label; Source/Target/
 * Type), and GraphML that Gephi and yEd open.
 */

export type ExportFormat = 'json' | 'csv' | 'graphml';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'graphml'];

export interface Snapshot extends Subgraph {
  asOf: string | null;
  sources: Map<string, SourceDocument>;
}

function citedSources(r: Relationship | Entity, sources: Map<string, SourceDocument>) {
  return r.citations.flatMap((c) => {
    const doc = sources.get(c.sourceId);
    return doc ? [{ ...doc, quote: c.quote }] : [];
  });
}

export function toJson(s: Snapshot): string {
  return JSON.stringify(
    {
      asOf: s.asOf,
      counts: { nodes: s.nodes.length, edges: s.edges.length },
      nodes: s.nodes.map(({ citations, ...e }) => ({ ...e, sources: citedSources({ ...e, citations }, s.sources) })),
      edges: s.edges.map(({ citations, fromId, toId, ...r }) => ({
        ...r,
        from: fromId,
        to: toId,
        sources: citedSources({ ...r, fromId, toId, citations }, s.sources),
      })),
    },
    null,
    2,
  );
}

export function toCsv(s: Snapshot): { nodes: string; edges: string } {
  const nodes = csvRows([
    ['Id', 'Label', 'kind', 'aliases', 'odsCode', 'validFrom', 'validTo', 'description'],
    ...s.nodes.map((e) => [e.id, e.name, e.kind, e.aliases.join('; '), e.odsCode, e.validFrom, e.validTo, e.description]),
  ]);
  const edges = csvRows([
    ['Source', 'Target', 'Type', 'Id', 'Label', 'validFrom', 'validTo', 'note', 'confidence', 'basis', 'rule', 'premises', 'sources', 'urls', 'quotes'],
    ...s.edges.map((r) => {
      const cited = citedSources(r, s.sources);
      return [
        r.fromId,
        r.toId,
        'Directed',
        r.id,
        r.type,
        r.validFrom,
        r.validTo,
        r.note,
        fileWord(r.confidence),
        fileWord(r.basis),
        r.ruleId,
        r.premises.join(' | '),
        cited.map((c) => c.title).join('; '),
        cited.map((c) => c.url ?? '').join('; '),
        cited.map((c) => c.quote ?? '').join(' | '),
      ];
    }),
  ]);
  return { nodes, edges };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
function xml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than escaped.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const NODE_KEYS = ['name', 'kind', 'aliases', 'odsCode', 'validFrom', 'validTo', 'description'] as const;
const EDGE_KEYS = ['type', 'validFrom', 'validTo', 'note', 'confidence', 'basis', 'rule', 'premises', 'sources', 'quotes'] as const;

export function toGraphml(s: Snapshot): string {
  const data = (key: string, value: string | null | undefined) =>
    value ? `\n      <data key="${key}">${xml(value)}</data>` : '';
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k === 'name' ? 'label' : k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k === 'type' ? 'label' : k}" attr.type="string"/>`),
  ];
  const nodes = s.nodes.map(
    (e) =>
      `    <node id="${xml(e.id)}">` +
      data('n_name', e.name) +
      data('n_kind', e.kind) +
      data('n_aliases', e.aliases.join('; ')) +
      data('n_odsCode', e.odsCode) +
      data('n_validFrom', e.validFrom) +
      data('n_validTo', e.validTo) +
      data('n_description', e.description) +
      '\n    </node>',
  );
  const edges = s.edges.map((r) => {
    const cited = citedSources(r, s.sources);
    return (
      `    <edge id="${xml(r.id)}" source="${xml(r.fromId)}" target="${xml(r.toId)}">` +
      data('e_type', r.type) +
      data('e_validFrom', r.validFrom) +
      data('e_validTo', r.validTo) +
      data('e_note', r.note) +
      data('e_confidence', fileWord(r.confidence)) +
      data('e_basis', fileWord(r.basis)) +
      data('e_rule', r.ruleId) +
      data('e_premises', r.premises.join(' | ')) +
      data('e_sources', cited.map((c) => c.title).join('; ')) +
      data('e_quotes', cited.map((c) => c.quote ?? '').filter(Boolean).join(' | ')) +
      '\n    </edge>'
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    `  <graph id="nhs-stakeholders${s.asOf ? `-${s.asOf}` : ''}" edgedefault="directed">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
