import type { OverviewData } from './overview.ts';
import { KIND_LOOK, TYPE_LOOK } from './vocabulary.ts';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Edges are lines this faint, so that where they are thick the picture darkens instead of turning to a tangle. */
const EDGE_ALPHA = 0.28;
const ENDED_ALPHA = 0.45;
/**
 * At most this many relationships are stroked in one painting; past it an even sample of those in view is,
 * a little darker, so the picture keeps its density. Rasterising the lines is most of a painting's cost (0.3 s
 * for all 52,002 at 20,000 entities, load average 3): zoomed in, fewer are in view and all are drawn.
 */
export const EDGE_BUDGET = 12_000;

/**
 * Paints an overview (overview.ts) on a canvas under Cytoscape's: every relationship as a thin straight line in its
 * type's colour, every entity as a dot in its kind's colour (paler once ended), the selected one ringed; no labels.
 * One path per colour, so 70,000 elements are a few dozen canvas calls. While the map is dragged or zoomed the last
 * painting is moved and scaled (`move`); `paint` draws afresh once it stops.
 */
export class OverviewPainter {
  readonly canvas: HTMLCanvasElement;
  /** The last painting and the viewport it was painted at. */
  readonly #painted: HTMLCanvasElement;
  #at: Viewport | null = null;
  #data: OverviewData | null = null;
  #selected = -1;
  #focused = -1;

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'overview';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none' });
    container.prepend(this.canvas);
    this.#painted = document.createElement('canvas');
  }

  set(data: OverviewData | null): void {
    this.#data = data;
    this.#selected = -1;
    this.#focused = -1;
  }

  /** Rings the node with this index (-1 for none) at the next paint. */
  select(index: number): void {
    this.#selected = index;
  }

  /** Rings the node with the keyboard focus (-1 for none) at the next paint, as the map's focus ring looks. */
  focus(index: number): void {
    this.#focused = index;
  }

  /** Paints the whole overview at `viewport` on a map of `width` x `height` CSS pixels. */
  paint(viewport: Viewport, width: number, height: number): void {
    this.#size(this.#painted, width, height);
    const ctx = this.#painted.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (this.#data) {
      draw(ctx, this.#data, viewport, width, height, this.#selected);
      if (this.#focused >= 0) this.#ring(ctx, this.#data, viewport, this.#focused);
    }
    this.#at = { zoom: viewport.zoom, pan: { ...viewport.pan } };
    this.#show(viewport, width, height);
  }

  /** Moves and scales the last painting to `viewport` (cheap: one image), until the next `paint`. */
  move(viewport: Viewport, width: number, height: number): void {
    if (this.#at) this.#show(viewport, width, height);
  }

  destroy(): void {
    this.canvas.remove();
  }

  /** The keyboard focus: a band of the canvas colour inside a thick ring in the focus colour (style.ts's kbd-focus). */
  #ring(ctx: CanvasRenderingContext2D, data: OverviewData, { zoom, pan }: Viewport, i: number): void {
    const css = getComputedStyle(this.canvas);
    const x = data.positions[i * 2]! * zoom + pan.x;
    const y = data.positions[i * 2 + 1]! * zoom + pan.y;
    const r = Math.max(3, (KIND_LOOK[data.kinds[i]!].size / 2) * zoom);
    for (const [colour, width, radius] of [[css.getPropertyValue('--canvas').trim() || '#ffffff', 3, r + 2.5], [css.getPropertyValue('--focus').trim() || '#1d2433', 4, r + 6]] as const) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.arc(x, y, radius, 0, Math.PI * 2);
      ctx.stroke();
    }
  }

  #show(viewport: Viewport, width: number, height: number): void {
    this.#size(this.canvas, width, height);
    const at = this.#at!;
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const s = viewport.zoom / at.zoom;
    ctx.setTransform(s, 0, 0, s, viewport.pan.x - at.pan.x * s, viewport.pan.y - at.pan.y * s);
    ctx.drawImage(this.#painted, 0, 0);
  }

  #size(canvas: HTMLCanvasElement, width: number, height: number): void {
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
  }
}

function draw(ctx: CanvasRenderingContext2D, data: OverviewData, { zoom, pan }: Viewport, width: number, height: number, selected: number): void {
  const p = data.positions;
  const x = (i: number) => p[i * 2]! * zoom + pan.x;
  const y = (i: number) => p[i * 2 + 1]! * zoom + pan.y;
  // Relationships with an end in view (not those only passing through, which zoomed in would hatch the map),
  // grouped by type and whether ended.
  ctx.lineWidth = Math.max(0.5, Math.min(1, zoom));
  const inView = (px: number, py: number) => px >= 0 && px <= width && py >= 0 && py <= height;
  const lines = new Map<string, number[]>();
  for (let e = 0; e < data.types.length; e++) {
    const a = data.edges[e * 2]!, b = data.edges[e * 2 + 1]!;
    if (!inView(x(a), y(a)) && !inView(x(b), y(b))) continue;
    const key = `${data.types[e]}|${data.endedEdges[e]}`;
    const list = lines.get(key);
    if (list) list.push(e);
    else lines.set(key, [e]);
  }
  let shown = 0;
  for (const list of lines.values()) shown += list.length;
  const stride = Math.max(1, Math.ceil(shown / EDGE_BUDGET));
  for (const [key, list] of lines) {
    const [type, ended] = key.split('|') as [keyof typeof TYPE_LOOK, string];
    ctx.strokeStyle = TYPE_LOOK[type].color;
    ctx.globalAlpha = Math.min(0.6, EDGE_ALPHA * Math.sqrt(stride)) * (ended === '1' ? ENDED_ALPHA : 1);
    ctx.beginPath();
    for (let k = 0; k < list.length; k += stride) {
      const e = list[k]!;
      ctx.moveTo(x(data.edges[e * 2]!), y(data.edges[e * 2]!));
      ctx.lineTo(x(data.edges[e * 2 + 1]!), y(data.edges[e * 2 + 1]!));
    }
    ctx.stroke();
  }
  // Entities: a disc (a square once too small to tell) per kind and whether ended.
  const dots = new Map<string, number[]>();
  data.ids.forEach((_, i) => {
    const cx = x(i), cy = y(i);
    if (cx < -20 || cx > width + 20 || cy < -20 || cy > height + 20) return;
    const key = `${data.kinds[i]}|${data.endedNodes[i]}`;
    const list = dots.get(key);
    if (list) list.push(i);
    else dots.set(key, [i]);
  });
  for (const [key, list] of dots) {
    const [kind, ended] = key.split('|') as [keyof typeof KIND_LOOK, string];
    const r = Math.max(1.2, (KIND_LOOK[kind].size / 2) * zoom);
    ctx.fillStyle = KIND_LOOK[kind].color;
    ctx.globalAlpha = ended === '1' ? ENDED_ALPHA : 1;
    ctx.beginPath();
    for (const i of list) {
      if (r < 2.5) ctx.rect(x(i) - r, y(i) - r, 2 * r, 2 * r);
      else {
        ctx.moveTo(x(i) + r, y(i));
        ctx.arc(x(i), y(i), r, 0, Math.PI * 2);
      }
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  if (selected >= 0) {
    ctx.strokeStyle = '#ffb81c';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(x(selected), y(selected), Math.max(6, (KIND_LOOK[data.kinds[selected]!].size / 2) * zoom + 4), 0, Math.PI * 2);
    ctx.stroke();
  }
}
