import { SHAPE_CLIP, type NodeShape } from '../graph/vocabulary.ts';

/**
 * The map as an SVG document, from plain marks: what the export draws for a relationship and an entity, read from
 * Cytoscape (export.ts) or, for an overview, from the view's own data (overview-export.ts), so both write the same
 * file for the same element.
 */

export interface EdgeMark {
  /** Where the line starts and where its arrowhead's tip is (model coordinates). */
  s: { x: number; y: number };
  t: { x: number; y: number };
  colour: string;
  /** Cytoscape's line-style: solid, dashed or dotted. */
  lineStyle: string;
  width: number;
  opacity: number;
}

export interface NodeMark {
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  colour: string;
  border: string;
  borderWidth: number;
  opacity: number;
  /** The entity's name (the tooltip), and its label on the map (lines split on \n). */
  title: string;
  label: string;
}

export const escapeXml = (text: string) =>
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

function edgeSvg({ s, t, colour: c, lineStyle, width, opacity }: EdgeMark): string {
  const colour = escapeXml(c);
  const angle = Math.atan2(t.y - s.y, t.x - s.x);
  const head = 6 + 1.5 * width;
  const a1 = { x: t.x - head * Math.cos(angle - 0.4), y: t.y - head * Math.sin(angle - 0.4) };
  const a2 = { x: t.x - head * Math.cos(angle + 0.4), y: t.y - head * Math.sin(angle + 0.4) };
  return (
    `<g opacity="${opacity}"><line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" stroke="${colour}" stroke-width="${width}"${DASHES[lineStyle] ?? ''}/>` +
    `<polygon points="${num(t.x)},${num(t.y)} ${num(a1.x)},${num(a1.y)} ${num(a2.x)},${num(a2.y)}" fill="${colour}"/></g>`
  );
}

function nodeSvg(n: NodeMark, textColour: string): string {
  const text = n.label
    .split('\n')
    .map((line, i) => `<tspan x="${num(n.x)}" dy="${i === 0 ? 0 : 1.2}em">${escapeXml(line)}</tspan>`)
    .join('');
  const stroke = n.borderWidth > 0 ? ` stroke="${escapeXml(n.border)}" stroke-width="${n.borderWidth}"` : '';
  return (
    `<g opacity="${n.opacity}"><title>${escapeXml(n.title)}</title>` +
    shapeSvg(n.shape, n.x, n.y, n.w, n.h, `fill="${escapeXml(n.colour)}"${stroke}`) +
    `<text x="${num(n.x)}" y="${num(n.y + n.h / 2 + 11)}" font-size="9" text-anchor="middle" fill="${escapeXml(textColour)}">${text}</text></g>`
  );
}

/** The SVG of `box` (model coordinates) and a 40-unit margin: lines with arrowheads first, then shapes and labels. */
export function svgDocument(
  box: { x1: number; y1: number; w: number; h: number },
  marks: { edges: Iterable<EdgeMark>; nodes: Iterable<NodeMark> },
  colours: { background: string; text: string },
): string {
  const pad = 40;
  const x0 = box.x1 - pad;
  const y0 = box.y1 - pad;
  const w = Math.max(1, box.w + 2 * pad);
  const h = Math.max(1, box.h + 2 * pad);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${w}" height="${h}" font-family="sans-serif">`);
  parts.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="${escapeXml(colours.background)}"/>`);
  for (const e of marks.edges) parts.push(edgeSvg(e));
  for (const n of marks.nodes) parts.push(nodeSvg(n, colours.text));
  parts.push('</svg>');
  return parts.join('\n');
}
