import type { Core } from 'cytoscape';
import type { Subgraph } from '../api/types.ts';

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

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function entitiesCsv(graph: Subgraph): string {
  return toCsv([
    ['id', 'name', 'kind', 'odsCode', 'validFrom', 'validTo'],
    ...graph.nodes.map((n) => [n.id, n.name, n.kind, n.odsCode, n.validFrom, n.validTo]),
  ]);
}

export function relationshipsCsv(graph: Subgraph): string {
  return toCsv([
    ['id', 'type', 'from', 'to', 'validFrom', 'validTo', 'confidence'],
    ...graph.edges.map((e) => [e.id, e.type, e.from.id, e.to.id, e.validFrom, e.validTo, e.confidence]),
  ]);
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The map as SVG: straight lines with arrowheads, nodes as circles in their colours, and their labels. */
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
    const dashed = e.style('line-style') === 'solid' ? '' : ' stroke-dasharray="6 4"';
    const angle = Math.atan2(t.y - s.y, t.x - s.x);
    const a1 = { x: t.x - 9 * Math.cos(angle - 0.4), y: t.y - 9 * Math.sin(angle - 0.4) };
    const a2 = { x: t.x - 9 * Math.cos(angle + 0.4), y: t.y - 9 * Math.sin(angle + 0.4) };
    const opacity = Number(e.style('opacity'));
    parts.push(
      `<g opacity="${opacity}"><line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${colour}" stroke-width="1.6"${dashed}/>` +
        `<polygon points="${t.x},${t.y} ${a1.x},${a1.y} ${a2.x},${a2.y}" fill="${colour}"/></g>`,
    );
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    const r = n.width() / 2;
    const colour = escapeXml(String(n.style('background-color')));
    const opacity = Number(n.style('opacity'));
    const lines = String(n.data('label') ?? n.data('name') ?? n.id()).split('\n');
    const text = lines
      .map((line, i) => `<tspan x="${p.x}" dy="${i === 0 ? 0 : 1.2}em">${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(
      `<g opacity="${opacity}"><title>${escapeXml(String(n.data('name') ?? n.id()))}</title>` +
        `<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="${colour}"/>` +
        `<text x="${p.x}" y="${p.y + r + 11}" font-size="9" text-anchor="middle" fill="${escapeXml(textColour)}">${text}</text></g>`,
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
