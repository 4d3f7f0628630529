import cytoscape from 'cytoscape';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type Entity, type Relationship, type Subgraph } from '../../web/src/lib/api/types.ts';
import { LARGE_VIEW_OPTIONS, largeViewStyle } from '../../web/src/lib/graph/large-view.ts';
import { buildStylesheet } from '../../web/src/lib/graph/style.ts';
import { toElements } from '../../web/src/lib/graph/to-elements.ts';

/**
 * A page that draws a synthetic graph of N entities the way the explorer draws its map: elements made by the
 * app's own toElements(), the app's own stylesheet (buildStylesheet), the Cytoscape options GraphView.svelte
 * passes, and preset positions (no force layout runs on thousands of nodes). Query string: nodes=N,
 * renderer=canvas|webgl|canvas-large. It reports on window.mapBench when the map is interactive, and records
 * the time between animation frames while the harness pans and zooms with the mouse.
 *
 * canvas-large is what the explorer draws from LARGE_VIEW_FROM elements (web/src/lib/graph/large-view.ts): the
 * canvas renderer with the large-view look and options. canvas and webgl keep the full look at every size.
 */

interface MapBench {
  nodes: number;
  edges: number;
  renderer: string;
  webgl2: boolean;
  /** What draws WebGL here (SwiftShader when there is no GPU). */
  glRenderer: string | null;
  interactiveMs: number | null;
  /** When cytoscape() returned: elements made and styled, nothing drawn yet. */
  createdMs: number | null;
  error: string | null;
  frames: number[];
  recording: boolean;
}

const params = new URLSearchParams(location.search);
const n = Number(params.get('nodes') ?? 500);
const renderer = params.get('renderer') ?? 'canvas';
const bench: MapBench = { nodes: n, edges: 0, renderer, webgl2: false, glRenderer: null, interactiveMs: null, createdMs: null, error: null, frames: [], recording: false };
(window as unknown as { mapBench: MapBench }).mapBench = bench;

/** Deterministic: the same N gives the same graph, for every renderer. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N entities of every kind with NHS-like names, about 1.5 relationships each (a tree plus cross links). */
function syntheticGraph(count: number): { graph: Subgraph; positions: Map<string, { x: number; y: number }> } {
  const rnd = random(count);
  const nodes: Entity[] = [];
  const edges: Relationship[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  const side = Math.sqrt(count) * 110;
  for (let i = 0; i < count; i++) {
    const kind = ENTITY_KINDS[Math.floor(rnd() * ENTITY_KINDS.length)]!;
    const ended = rnd() < 0.15;
    nodes.push({
      id: `e${i}`,
      name: `Organisation ${i} ${['NHS Trust', 'ICB', 'CCG', 'Practice', 'Programme'][i % 5]}`,
      kind,
      aliases: [],
      description: null,
      odsCode: null,
      validFrom: '2013-04-01',
      validTo: ended ? '2019-03-31' : null,
    });
    positions.set(`e${i}`, { x: rnd() * side, y: rnd() * side });
  }
  const link = (a: number, b: number, k: number) =>
    edges.push({
      id: `r${k}`,
      type: RELATIONSHIP_TYPES[Math.floor(rnd() * RELATIONSHIP_TYPES.length)]!,
      from: { id: `e${a}` },
      to: { id: `e${b}` },
      validFrom: '2013-04-01',
      validTo: rnd() < 0.1 ? '2019-03-31' : null,
      note: null,
      confidence: 'CONFIRMED',
      basis: 'CITED',
      rule: null,
      sourceCount: 1,
    });
  for (let i = 1; i < count; i++) link(Math.floor(rnd() * i), i, i);
  for (let k = 0; k < Math.round(count / 2); k++) {
    const a = Math.floor(rnd() * count);
    const b = Math.floor(rnd() * count);
    if (a !== b) link(a, b, count + k);
  }
  return { graph: { nodes, edges }, positions };
}

function recordFrames() {
  let last = performance.now();
  const tick = (now: number) => {
    if (bench.recording) bench.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

try {
  const gl = document.createElement('canvas').getContext('webgl2');
  bench.webgl2 = gl !== null;
  if (gl) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    bench.glRenderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
  const { graph, positions } = syntheticGraph(n);
  const elements = toElements(graph, { today: '2026-01-01' }).map((e) =>
    e.group === 'nodes' ? { ...e, position: positions.get(String(e.data.id))! } : e,
  );
  bench.edges = graph.edges.length;
  const large = renderer === 'canvas-large';
  const style = [...(buildStylesheet('light') as unknown as object[]), ...(large ? (largeViewStyle() as unknown as object[]) : [])];
  // The options GraphView.svelte gives Cytoscape, plus the renderer asked for.
  const cy = cytoscape({
    container: document.getElementById('map'),
    style: style as never,
    elements,
    layout: { name: 'preset', fit: true, padding: 48 },
    minZoom: 0.08,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    ...(large ? LARGE_VIEW_OPTIONS : {}),
  } as never);
  bench.createdMs = performance.now();
  // Where a drag pans the map: a point with no node under it (a drag that starts on a node moves the node).
  (window as unknown as { emptyPoint: () => { x: number; y: number } | null }).emptyPoint = () => {
    const box = cy.container()!.getBoundingClientRect();
    for (let i = 0; i < 400; i++) {
      const x = box.width * (0.3 + 0.4 * ((i * 0.618) % 1));
      const y = box.height * (0.3 + 0.4 * ((i * 0.382) % 1));
      const hit = cy.nodes().some((node) => {
        const b = node.renderedBoundingBox({ includeLabels: true });
        return x >= b.x1 - 8 && x <= b.x2 + 8 && y >= b.y1 - 8 && y <= b.y2 + 8;
      });
      if (!hit) return { x: box.left + x, y: box.top + y };
    }
    return null;
  };
  recordFrames();
  // Cytoscape draws in its first animation frame after creation; the next frame means that one is out, and the
  // timer after it runs once the main thread is free to take input. (The WebGL renderer emits no 'render'.)
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.interactiveMs = performance.now();
      }, 0),
    ),
  );
  void cy;
} catch (error) {
  bench.error = (error as Error).message;
}
