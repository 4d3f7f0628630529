import { stringify } from 'csv-stringify/sync';
import type { Entity, Relationship, SourceDocument, Subgraph } from '../domain/model.ts';

/**
 * Snapshot exports, pure and row by row, so that the streamed export (stream.ts) and a whole document agree:
 * NDJSON (one JSON object a line, an "end" line last) and JSON for programs, CSV tables in the shape Gephi
 * imports (Id/Label; Source/Target/Type), and GraphML that Gephi and yEd open.
 */

export type ExportFormat = 'ndjson' | 'json' | 'csv' | 'graphml';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['ndjson', 'json', 'csv', 'graphml'];
export type CsvTable = 'nodes' | 'edges';

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

/** A document cited, with the sentence of it that states the fact. */
export type CitedSource = SourceDocument & { quote: string | null };

/** A writer's pieces, in the order they are written: begin, nodes, between, edges, end. */
export interface ExportWriter {
  /** Which lists this format writes (a CSV table is one of them). */
  nodes: boolean;
  edges: boolean;
  begin(): string;
  node(e: Entity, sources: CitedSource[], index: number): string;
  between(): string;
  edge(r: Relationship, sources: CitedSource[], index: number): string;
  end(counts: { nodes: number; edges: number }): string;
}

/** The citations paired with their documents (a citation of a document not at hand is left out). */
export function cite(item: Entity | Relationship, documents: Map<string, SourceDocument>): CitedSource[] {
  return item.citations.flatMap((c) => {
    const doc = documents.get(c.sourceId);
    return doc ? [{ ...doc, quote: c.quote }] : [];
  });
}

const nodeJson = ({ citations: _, ...e }: Entity, sources: CitedSource[]) => ({ ...e, sources });
const edgeJson = ({ citations: _, fromId, toId, ...r }: Relationship, sources: CitedSource[]) => ({ ...r, from: fromId, to: toId, sources });

function ndjsonWriter(asOf: string | null): ExportWriter {
  return {
    nodes: true,
    edges: true,
    begin: () => '',
    node: (e, s) => `${JSON.stringify({ record: 'node', ...nodeJson(e, s) })}\n`,
    between: () => '',
    edge: (r, s) => `${JSON.stringify({ record: 'edge', ...edgeJson(r, s) })}\n`,
    // The last line says the export is complete: a stream cut short has none.
    end: (counts) => `${JSON.stringify({ record: 'end', asOf, counts })}\n`,
  };
}

function jsonWriter(asOf: string | null): ExportWriter {
  return {
    nodes: true,
    edges: true,
    begin: () => `{"asOf":${JSON.stringify(asOf)},"nodes":[\n`,
    node: (e, s, i) => `${i === 0 ? '' : ',\n'}${JSON.stringify(nodeJson(e, s))}`,
    between: () => '\n],"edges":[\n',
    edge: (r, s, i) => `${i === 0 ? '' : ',\n'}${JSON.stringify(edgeJson(r, s))}`,
    end: (counts) => `\n],"counts":${JSON.stringify(counts)}}\n`,
  };
}

/** A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return first) starts with ' instead. */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const csvRow = (cells: string[]) => stringify([cells.map(formulaSafe)]);
export const NODE_COLUMNS = ['Id', 'Label', 'kind', 'aliases', 'odsCode', 'validFrom', 'validTo', 'description'];
export const EDGE_COLUMNS = ['Source', 'Target', 'Type', 'Id', 'Label', 'validFrom', 'validTo', 'note', 'confidence', 'basis', 'rule', 'premises', 'sources', 'urls', 'quotes'];

function csvWriter(table: CsvTable): ExportWriter {
  return {
    nodes: table === 'nodes',
    edges: table === 'edges',
    begin: () => csvRow(table === 'nodes' ? NODE_COLUMNS : EDGE_COLUMNS),
    node: (e) => csvRow([e.id, e.name, e.kind, e.aliases.join('; '), e.odsCode ?? '', e.validFrom ?? '', e.validTo ?? '', e.description ?? '']),
    between: () => '',
    edge: (r, cited) =>
      csvRow([
        r.fromId,
        r.toId,
        'Directed',
        r.id,
        r.type,
        r.validFrom ?? '',
        r.validTo ?? '',
        r.note ?? '',
        r.confidence.toLowerCase(),
        r.basis.toLowerCase(),
        r.ruleId ?? '',
        r.premises.join(' | '),
        cited.map((c) => c.title).join('; '),
        cited.map((c) => c.url ?? '').join('; '),
        cited.map((c) => c.quote ?? '').join(' | '),
      ]),
    end: () => '',
  };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
function xml(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than escaped.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const NODE_KEYS = ['name', 'kind', 'aliases', 'odsCode', 'validFrom', 'validTo', 'description'] as const;
const EDGE_KEYS = ['type', 'validFrom', 'validTo', 'note', 'confidence', 'basis', 'rule', 'premises', 'sources', 'quotes'] as const;
const data = (key: string, value: string | null | undefined) => (value ? `\n      <data key="${key}">${xml(value)}</data>` : '');

function graphmlWriter(asOf: string | null): ExportWriter {
  return {
    nodes: true,
    edges: true,
    begin: () =>
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k === 'name' ? 'label' : k}" attr.type="string"/>`),
        ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k === 'type' ? 'label' : k}" attr.type="string"/>`),
        `  <graph id="nhs-stakeholders${asOf ? `-${asOf}` : ''}" edgedefault="directed">`,
        '',
      ].join('\n'),
    node: (e) =>
      `    <node id="${xml(e.id)}">` +
      data('n_name', e.name) +
      data('n_kind', e.kind) +
      data('n_aliases', e.aliases.join('; ')) +
      data('n_odsCode', e.odsCode) +
      data('n_validFrom', e.validFrom) +
      data('n_validTo', e.validTo) +
      data('n_description', e.description) +
      '\n    </node>\n',
    between: () => '',
    edge: (r, cited) =>
      `    <edge id="${xml(r.id)}" source="${xml(r.fromId)}" target="${xml(r.toId)}">` +
      data('e_type', r.type) +
      data('e_validFrom', r.validFrom) +
      data('e_validTo', r.validTo) +
      data('e_note', r.note) +
      data('e_confidence', r.confidence.toLowerCase()) +
      data('e_basis', r.basis.toLowerCase()) +
      data('e_rule', r.ruleId) +
      data('e_premises', r.premises.join(' | ')) +
      data('e_sources', cited.map((c) => c.title).join('; ')) +
      data('e_quotes', cited.map((c) => c.quote ?? '').filter(Boolean).join(' | ')) +
      '\n    </edge>\n',
    end: () => '  </graph>\n</graphml>\n',
  };
}

export function exportWriter(format: ExportFormat, options: { asOf: string | null; table?: CsvTable }): ExportWriter {
  switch (format) {
    case 'ndjson':
      return ndjsonWriter(options.asOf);
    case 'json':
      return jsonWriter(options.asOf);
    case 'csv':
      return csvWriter(options.table ?? 'edges');
    case 'graphml':
      return graphmlWriter(options.asOf);
  }
}

export interface Snapshot extends Subgraph {
  asOf: string | null;
  sources: Map<string, SourceDocument>;
}

/** A whole document from a snapshot in memory, through the same writer the stream uses. */
export function writeWhole(format: ExportFormat, s: Snapshot, table?: CsvTable): string {
  const w = exportWriter(format, { asOf: s.asOf, table });
  const nodes = w.nodes ? s.nodes : [];
  const edges = w.edges ? s.edges : [];
  return (
    w.begin() +
    nodes.map((e, i) => w.node(e, cite(e, s.sources), i)).join('') +
    w.between() +
    edges.map((r, i) => w.edge(r, cite(r, s.sources), i)).join('') +
    w.end({ nodes: nodes.length, edges: edges.length })
  );
}

export const toJson = (s: Snapshot): string => writeWhole('json', s);
export const toGraphml = (s: Snapshot): string => writeWhole('graphml', s);
export const toCsv = (s: Snapshot): { nodes: string; edges: string } => ({ nodes: writeWhole('csv', s, 'nodes'), edges: writeWhole('csv', s, 'edges') });
