/**
 * Fitting the map into the part of its frame that is not covered: pure, on sizes and boxes, so it is tested
 * without a browser. GraphView reads the sizes from Cytoscape and applies the viewport.
 */

/**
 * Fitting a handful of entities would blow them up, so the zoom stops here: past it labels only get louder,
 * not clearer.
 */
export const MAX_FIT_ZOOM = 1.4;

/** The toolbar floats over the top of the map: it gets more room there. */
export const FIT_PADDING = { top: 72, bottom: 36, side: 40 };

/** The smallest width and height a fit works in, however much the detail panel covers. */
const MIN_AREA = 120;

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The zoom and pan that show all of `box` (model coordinates) in a map of `width` x `height` pixels, leaving
 * `insetRight` pixels on the right free (the detail panel), `insetTop` pixels at the top (the toolbar, which takes
 * two rows or more on a narrow map) and the padding round the rest.
 */
export function fitViewport(box: Box, map: { width: number; height: number; insetRight: number; insetTop?: number; minZoom: number }): Viewport {
  const pad = FIT_PADDING;
  const top = Math.max(pad.top, (map.insetTop ?? 0) + pad.bottom);
  const width = Math.max(MIN_AREA, map.width - map.insetRight);
  const height = Math.max(MIN_AREA, map.height - top - pad.bottom);
  const fitZoom = Math.min((width - 2 * pad.side) / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.max(map.minZoom, Math.min(MAX_FIT_ZOOM, fitZoom));
  return { zoom, pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: top + height / 2 - zoom * (box.y1 + box.h / 2) } };
}

/** Whether everything drawn (its box in rendered pixels) lay inside a map of this size: then a resize fits again. */
export function showedEverything(rendered: { x1: number; y1: number; x2: number; y2: number }, size: { width: number; height: number }): boolean {
  return rendered.x1 >= -1 && rendered.y1 >= -1 && rendered.x2 <= size.width + 1 && rendered.y2 <= size.height + 1;
}

/**
 * How far to pan left so an entity drawn at `x` is clear of a detail panel covering `inset` pixels on the
 * right of a map `width` pixels wide, or 0 when it is clear already.
 */
export function panClearOfInset(x: number, width: number, inset: number): number {
  const limit = width - inset - 40;
  return x > limit ? limit - x - 40 : 0;
}
