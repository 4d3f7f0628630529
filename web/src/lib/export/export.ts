import type { Core, StylesheetJson } from 'cytoscape';
import type { Subgraph } from '../api/types.ts';
import { toCsv } from '../../../../server/src/domain/csv.ts';
import { loadCytoscape } from '../graph/load.ts';
import { overviewSvg, pngScale, svgToPng, type OverviewSource } from './overview-export.ts';
import { svgDocument, type EdgeMark, type NodeMark } from './svg.ts';

/**
 * Exports of the current map: PNG (Cytoscape's own, at twice the size), SVG (built here from the drawn
 * positions, colours and labels) and CSV of its entities and relationships. Loaded only when asked for. A view
 * drawn as an overview is exported whole from its own data (overview-export.ts).
 */

export type ExportFormat = 'png' | 'svg' | 'entities-csv' | 'relationships-csv';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export { shapeSvg } from './svg.ts';

/** The one formula-safe CSV writer is the server's domain/csv.ts; the explorer's downloads use it too. */
export { csvField } from '../../../../server/src/domain/csv.ts';

export function entitiesCsv(graph: Subgraph): string {
  return toCsv([
    ['id', 'name', 'kind', 'odsCode', 'validFrom', 'validTo'],
    ...graph.nodes.map((n) => [n.id, n.name, n.kind, n.odsCode, n.validFrom, n.validTo]),
  ]);
}

export function relationshipsCsv(graph: Subgraph): string {
  return toCsv([
    ['id', 'type', 'from', 'to', 'validFrom', 'validTo', 'confidence', 'basis', 'rule'],
    ...graph.edges.map((e) => [e.id, e.type, e.from.id, e.to.id, e.validFrom, e.validTo, e.confidence, e.basis, e.rule?.id ?? null]),
  ]);
}

/** The map as SVG: lines in each type's colour, width and dash with arrowheads, nodes in their kind's shape and colour, and their labels. */
export function toSvg(cy: Core, background: string, textColour: string): string {
  const edges = cy.edges().map((e): EdgeMark => ({
    s: e.sourceEndpoint(),
    t: e.targetEndpoint(),
    colour: String(e.style('line-color')),
    lineStyle: String(e.style('line-style')),
    width: parseFloat(String(e.style('width'))) || 1.6,
    opacity: Number(e.style('opacity')),
  }));
  const nodes = cy.nodes().map((n): NodeMark => ({
    ...n.position(),
    w: n.width(),
    h: n.height(),
    shape: String(n.style('shape')),
    colour: String(n.style('background-color')),
    border: String(n.style('border-color')),
    borderWidth: parseFloat(String(n.style('border-width'))) || 0,
    opacity: Number(n.style('opacity')),
    title: String(n.data('name') ?? n.id()),
    label: String(n.data('label') ?? n.data('name') ?? n.id()),
  }));
  return svgDocument(cy.elements().boundingBox(), { edges, nodes }, { background, text: textColour });
}

/** A view drawn as an overview: Cytoscape holds only what is in view, so the images come from its data. */
export interface OverviewExport {
  source: OverviewSource;
  /** The map's stylesheet, for drawing each element as the map does. */
  stylesheet: StylesheetJson;
}

export async function exportMap(cy: Core, graph: Subgraph, format: ExportFormat, name: string, overview: OverviewExport | null = null): Promise<void> {
  const styles = getComputedStyle(document.documentElement);
  const background = styles.getPropertyValue('--canvas').trim() || '#ffffff';
  const text = styles.getPropertyValue('--text').trim() || '#000000';
  const whole = overview && (format === 'png' || format === 'svg') ? overviewSvg(await loadCytoscape(), overview.source, overview.stylesheet, { background, text }) : null;
  switch (format) {
    case 'png': {
      const blob = whole
        ? await svgToPng(whole.svg, whole.width, whole.height, pngScale(whole.width, whole.height))
        : ((await cy.png({ output: 'blob-promise', scale: 2, full: true, bg: background })) as Blob);
      save(blob, `${name}.png`);
      break;
    }
    case 'svg':
      save(new Blob([whole ? whole.svg : toSvg(cy, background, text)], { type: 'image/svg+xml' }), `${name}.svg`);
      break;
    case 'entities-csv':
      save(new Blob([entitiesCsv(graph)], { type: 'text/csv' }), `${name}-entities.csv`);
      break;
    case 'relationships-csv':
      save(new Blob([relationshipsCsv(graph)], { type: 'text/csv' }), `${name}-relationships.csv`);
      break;
  }
}
