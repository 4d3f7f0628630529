/**
 * Canvas or WebGL, by the size of the view. Measured with `npm run bench:renderer` (web/bench/renderer.ts);
 * see the numbers in docs/renderer.md. WebGL only pays off on large views, and Cytoscape's WebGL mode is still
 * marked experimental, so small views stay on the canvas renderer.
 */
export type RendererKind = 'canvas' | 'webgl';

export const WEBGL_FROM_ELEMENTS = 1500;

export function chooseRenderer(elementCount: number, webglAvailable: boolean, forced?: RendererKind | null): RendererKind {
  if (forced === 'canvas') return 'canvas';
  if (forced === 'webgl') return webglAvailable ? 'webgl' : 'canvas';
  return webglAvailable && elementCount >= WEBGL_FROM_ELEMENTS ? 'webgl' : 'canvas';
}

/** Whether this browser can give Cytoscape a WebGL2 context. */
export function detectWebgl2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
