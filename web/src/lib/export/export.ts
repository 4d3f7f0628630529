import type { Core } from 'cytoscape';
import type { Subgraph } from '../api/types.ts';
import { toCsv } from '../../../../server/src/domain/csv.ts';
import { SHAPE_CLIP, type NodeShape } from '../graph/vocabulary.ts';

/**
 * Exports of the current map: PNG (Cytoscape's own, at twice the size), SVG (built here from the drawn
 * positions, colours and labels) and CSV of its entities and relationships. Loaded only when asked for.
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

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const num = (value: number) => Number(value.toFixed(2));

/**
 * A node's shape as an SVG element in a w x h box centred on (cx, cy). The legend's clip-path polygons (one
 * source of truth for what each kind looks like) are scaled into the box; circles and rounded boxes become
 * ellipses and rects with rounded corners.
 */
export function shapeSvg(shape: string, cx: number, cy: number, w: number, h: number, attributes: string): string {
  const clip = SHAPE_CLIP[shape as NodeShape] ?? SHAPE_CLIP.ellipse;
  const left = cx - w / 2;
  const top = cy - h / 2;
  const polygon = /^polygon\((.*)\)$/.exec(clip);
  if (polygon) {
    const points = polygon[1]!.split(',').map((pair) => {
      const [x = '0', y = '0'] = pair.trim().split(/\s+/);
      return `${num(left + (parseFloat(x) / 100) * w)},${num(top + (parseFloat(y) / 100) * h)}`;
    });
    return `<polygon points="${points.join(' ')}" ${attributes}/>`;
  }
  // inset(top right bottom left [round r]): a rectangle, its corners rounded by the first radius.
  const inset = /^inset\(([^)]*?)(?:\s+round\s+([\d.]+)%.*)?\)$/.exec(clip);
  if (inset) {
    const [t = 0, r = 0, b = 0, l = 0] = inset[1]!.split(/\s+/).map((v) => parseFloat(v) || 0);
    const x = left + (l / 100) * w;
    const y = top + (t / 100) * h;
    const width = w * (1 - (l + r) / 100);
    const height = h * (1 - (t + b) / 100);
    const radius = inset[2] ? (parseFloat(inset[2]) / 100) * Math.min(width, height) : 0;
    return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${num(radius)}" ${attributes}/>`;
  }
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${attributes}/>`;
}

const DASHES: Record<string, string> = { dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="1.5 3" stroke-linecap="round"' };

/** The map as SVG: lines in each type's colour, width and dash with arrowheads, nodes in their kind's shape and colour, and their labels. */
export function toSvg(cy: Core, background: string, textColour: string): string {
  const box = cy.elements().boundingBox();
  const pad = 40;
  const x0 = box.x1 - pad;
  const y0 = box.y1 - pad;
  const w = Math.max(1, box.w + 2 * pad);
  const h = Math.max(1, box.h + 2 * pad);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${w}" height="${h}" font-family="sans-serif">`);
  parts.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="${escapeXml(background)}"/>`);
  cy.edges().forEach((e) => {
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const colour = escapeXml(String(e.style('line-color')));
    const dashed = DASHES[String(e.style('line-style'))] ?? '';
    const width = parseFloat(String(e.style('width'))) || 1.6;
    const angle = Math.atan2(t.y - s.y, t.x - s.x);
    const head = 6 + 1.5 * width;
    const a1 = { x: t.x - head * Math.cos(angle - 0.4), y: t.y - head * Math.sin(angle - 0.4) };
    const a2 = { x: t.x - head * Math.cos(angle + 0.4), y: t.y - head * Math.sin(angle + 0.4) };
    const opacity = Number(e.style('opacity'));
    parts.push(
      `<g opacity="${opacity}"><line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" stroke="${colour}" stroke-width="${width}"${dashed}/>` +
        `<polygon points="${num(t.x)},${num(t.y)} ${num(a1.x)},${num(a1.y)} ${num(a2.x)},${num(a2.y)}" fill="${colour}"/></g>`,
    );
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    const colour = escapeXml(String(n.style('background-color')));
    const border = escapeXml(String(n.style('border-color')));
    const borderWidth = parseFloat(String(n.style('border-width'))) || 0;
    const opacity = Number(n.style('opacity'));
    const lines = String(n.data('label') ?? n.data('name') ?? n.id()).split('\n');
    const text = lines
      .map((line, i) => `<tspan x="${num(p.x)}" dy="${i === 0 ? 0 : 1.2}em">${escapeXml(line)}</tspan>`)
      .join('');
    const stroke = borderWidth > 0 ? ` stroke="${border}" stroke-width="${borderWidth}"` : '';
    parts.push(
      `<g opacity="${opacity}"><title>${escapeXml(String(n.data('name') ?? n.id()))}</title>` +
        shapeSvg(String(n.style('shape')), p.x, p.y, n.width(), n.height(), `fill="${colour}"${stroke}`) +
        `<text x="${num(p.x)}" y="${num(p.y + n.height() / 2 + 11)}" font-size="9" text-anchor="middle" fill="${escapeXml(textColour)}">${text}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export async function exportMap(cy: Core, graph: Subgraph, format: ExportFormat, name: string): Promise<void> {
  const styles = getComputedStyle(document.documentElement);
  const background = styles.getPropertyValue('--canvas').trim() || '#ffffff';
  const text = styles.getPropertyValue('--text').trim() || '#000000';
  switch (format) {
    case 'png': {
      const blob = (await cy.png({ output: 'blob-promise', scale: 2, full: true, bg: background })) as Blob;
      save(blob, `${name}.png`);
      break;
    }
    case 'svg':
      save(new Blob([toSvg(cy, background, text)], { type: 'image/svg+xml' }), `${name}.svg`);
      break;
    case 'entities-csv':
      save(new Blob([entitiesCsv(graph)], { type: 'text/csv' }), `${name}-entities.csv`);
      break;
    case 'relationships-csv':
      save(new Blob([relationshipsCsv(graph)], { type: 'text/csv' }), `${name}-relationships.csv`);
      break;
  }
}
