import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';

/**
 * How the map draws a big view. Measured with `npm run bench` (bench/web, headless Chromium without a GPU):
 * with the full look (a label with a background box under every node, curved edges with arrowheads), a
 * 5,000-node map took over 5 s to appear and seconds per frame to pan. From this many elements (nodes plus
 * edges) the map switches to a lighter look that keeps every node's kind colour and shape: straight
 * (haystack) edges without arrowheads, labels only once they would be readable (12 px on screen, so they
 * appear as you zoom in), no label boxes, and a viewport texture so panning and zooming move a picture
 * instead of redrawing every element. Selection, hover and focus styles still apply.
 */
export const LARGE_VIEW_FROM = 1500;

export function isLargeView(elementCount: number): boolean {
  return elementCount >= LARGE_VIEW_FROM;
}

/** Options Cytoscape only reads when it is created, so a view crossing the threshold recreates the map. */
export const LARGE_VIEW_OPTIONS: Partial<CytoscapeOptions> = {
  textureOnViewport: true,
  hideEdgesOnViewport: false,
  motionBlur: false,
  pixelRatio: 1,
};

/** Appended after the full stylesheet, so these win over the base node and edge rules they name. */
export function largeViewStyle(): StylesheetJson {
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': 12, 'text-background-opacity': 0, 'transition-duration': 0 } },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'min-zoomed-font-size': 12, 'text-background-opacity': 0 },
    },
  ] as unknown as StylesheetJson;
}
