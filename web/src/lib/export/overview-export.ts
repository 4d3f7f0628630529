import type cytoscapeType from 'cytoscape';
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { OverviewData } from '../graph/overview.ts';
import { svgDocument, type EdgeMark, type NodeMark } from './svg.ts';

/**
 * The export of a view drawn as an overview (graph/overview.ts): Cytoscape holds only the entities in view, or
 * none, so the file is written from the view's own data, every entity and relationship at its place, each drawn
 * as the map's stylesheet draws it (the same marks export.ts reads from Cytoscape). The PNG is that SVG drawn
 * on a canvas, at twice the size like the other PNGs, less when that would pass MAX_PNG_PIXELS.
 */

/** What the overview hands over: its data (positions as they are now) and the element definitions it was made from. */
export interface OverviewSource {
  data: OverviewData;
  nodeDefs: ReadonlyMap<string, ElementDefinition>;
  edgeDefs: readonly ElementDefinition[];
}

/** A PNG at most this big (pixels): 8,000 x 6,000, 192 MB of canvas; Chromium refuses a canvas far past it. */
export const MAX_PNG_PIXELS = 48_000_000;
/** The label's font size in the SVG (svg.ts), and about the width of one of its characters, for the bounds. */
const FONT = 9;
const CHAR_WIDTH = 0.6 * FONT;

type Style = { style(name: string): unknown; width(): number; height(): number };

/**
 * Each element's computed style, read from a headless Cytoscape holding one element per distinct set of classes
 * (a few dozen) instead of the whole view (a headless copy of 20,000 entities and 52,000 relationships took 2 s
 * to style).
 */
function styleSamples(cytoscape: typeof cytoscapeType, source: OverviewSource, stylesheet: StylesheetJson) {
  const key = (def: ElementDefinition) => `${def.group}|${(def.classes ?? '').toString()}`;
  const samples = new Map<string, ElementDefinition>();
  const defs = [...source.nodeDefs.values(), ...source.edgeDefs];
  const ends: ElementDefinition[] = [{ group: 'nodes', data: { id: '~s' } }, { group: 'nodes', data: { id: '~t' } }];
  for (const def of defs) {
    if (samples.has(key(def))) continue;
    const id = `~${samples.size}`;
    const data = def.group === 'edges' ? { ...def.data, id, source: '~s', target: '~t' } : { ...def.data, id };
    samples.set(key(def), { group: def.group, data, classes: def.classes });
  }
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...ends, ...samples.values()], style: stylesheet });
  return {
    of: (def: ElementDefinition) => cy.getElementById(String(samples.get(key(def))!.data.id)) as unknown as Style,
    destroy: () => cy.destroy(),
  };
}

/** Every entity and relationship of the overview as SVG marks, and the box they and their labels fill. */
export function overviewMarks(cytoscape: typeof cytoscapeType, source: OverviewSource, stylesheet: StylesheetJson) {
  const { data } = source;
  const styles = styleSamples(cytoscape, source, stylesheet);
  const nodes: NodeMark[] = [];
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  data.ids.forEach((id, i) => {
    const def = source.nodeDefs.get(id)!;
    const s = styles.of(def);
    const name = String(def.data.name ?? id);
    const mark: NodeMark = {
      x: data.positions[i * 2]!, y: data.positions[i * 2 + 1]!, w: s.width(), h: s.height(),
      shape: String(s.style('shape')), colour: String(s.style('background-color')), border: String(s.style('border-color')),
      borderWidth: parseFloat(String(s.style('border-width'))) || 0, opacity: Number(s.style('opacity')),
      title: name, label: String(def.data.label ?? name),
    };
    nodes.push(mark);
    const lines = mark.label.split('\n');
    const half = Math.max(mark.w / 2, (Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH) / 2);
    x1 = Math.min(x1, mark.x - half); x2 = Math.max(x2, mark.x + half);
    y1 = Math.min(y1, mark.y - mark.h / 2); y2 = Math.max(y2, mark.y + mark.h / 2 + 11 + lines.length * 1.2 * FONT);
  });
  const edges: EdgeMark[] = [];
  for (const def of source.edgeDefs) {
    const a = data.index.get(String(def.data.source));
    const b = data.index.get(String(def.data.target));
    if (a === undefined || b === undefined) continue;
    const s = styles.of(def);
    edges.push({
      ...between(nodes[a]!, nodes[b]!),
      colour: String(s.style('line-color')), lineStyle: String(s.style('line-style')),
      width: parseFloat(String(s.style('width'))) || 1.6, opacity: Number(s.style('opacity')),
    });
  }
  styles.destroy();
  const box = nodes.length === 0 ? { x1: 0, y1: 0, w: 0, h: 0 } : { x1, y1, w: x2 - x1, h: y2 - y1 };
  return { box, nodes, edges };
}

/** A straight line from the edge of one entity to the edge of the other (their inner circles), centre to centre when they overlap. */
function between(from: NodeMark, to: NodeMark): Pick<EdgeMark, 's' | 't'> {
  const dx = to.x - from.x, dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const r1 = Math.min(from.w, from.h) / 2, r2 = Math.min(to.w, to.h) / 2;
  if (length <= r1 + r2) return { s: { x: from.x, y: from.y }, t: { x: to.x, y: to.y } };
  return { s: { x: from.x + (dx / length) * r1, y: from.y + (dy / length) * r1 }, t: { x: to.x - (dx / length) * r2, y: to.y - (dy / length) * r2 } };
}

/** The overview as an SVG document, and its size (user units). */
export function overviewSvg(cytoscape: typeof cytoscapeType, source: OverviewSource, stylesheet: StylesheetJson, colours: { background: string; text: string }) {
  const { box, nodes, edges } = overviewMarks(cytoscape, source, stylesheet);
  return { svg: svgDocument(box, { nodes, edges }, colours), width: Math.max(1, box.w + 80), height: Math.max(1, box.h + 80) };
}

/** The scale a PNG of `width` x `height` units is drawn at: 2, or less to stay within MAX_PNG_PIXELS. */
export function pngScale(width: number, height: number): number {
  return Math.min(2, Math.sqrt(MAX_PNG_PIXELS / (width * height)));
}

/** Draws an SVG document on a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
