/**
 * Canvas or WebGL, by the size of the view and the kind of WebGL there is. Measured with
 * `npm run bench:renderer` (numbers in web/bench/README.md): on a machine without a GPU, where WebGL runs in
 * software (SwiftShader, llvmpipe), WebGL drew fewer frames than canvas at every size from 100 to 4,000
 * nodes, and took two to three times as long to draw the first frame. WebGL can only pay off with a real
 * GPU on large views, and Cytoscape's WebGL mode is still marked experimental, so it is used only then.
 */
export type RendererKind = 'canvas' | 'webgl';

/** What WebGL2 this browser offers: none, a software rasteriser, or a GPU. */
export type WebglSupport = 'none' | 'software' | 'hardware';

/** Elements (nodes plus edges) from which a GPU-backed WebGL renderer is chosen. */
export const WEBGL_FROM_ELEMENTS = 3000;

/**
 * `support` may be a function: it is asked only when the answer depends on it (a large view, or WebGL forced), so a
 * small map never pays for creating a WebGL context (about 30 ms of the first screen on a machine without a GPU).
 */
export function chooseRenderer(elementCount: number, support: WebglSupport | (() => WebglSupport), forced?: RendererKind | null): RendererKind {
  const ask = () => (typeof support === 'function' ? support() : support);
  if (forced === 'canvas') return 'canvas';
  if (forced === 'webgl') return ask() === 'none' ? 'canvas' : 'webgl';
  return elementCount >= WEBGL_FROM_ELEMENTS && ask() === 'hardware' ? 'webgl' : 'canvas';
}

/** Whether a renderer name is a software rasteriser rather than a GPU. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** Asks the browser for a WebGL2 context and what draws it. */
export function detectWebgl(): WebglSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return isSoftwareRenderer(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

let detected: WebglSupport | null = null;

/** detectWebgl, asked once per page (and 'none' outside a browser). */
export function webglSupport(): WebglSupport {
  return (detected ??= typeof document !== 'undefined' ? detectWebgl() : 'none');
}
