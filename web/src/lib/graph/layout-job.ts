import type { Core, EdgeSingular, ElementDefinition } from 'cytoscape';
import { DRAFT_FROM, rankedEnds, type LayoutName } from './layouts.ts';
import type { Position } from './layout-plan.ts';
import { KIND_LOOK } from './vocabulary.ts';

/**
 * Large maps are laid out in a Web Worker (layout-worker.ts), so the page stays responsive while thousands of
 * nodes find their places: the map gets the positions back and puts the nodes there in one step. From this many
 * nodes a layout leaves the page's own thread; below it, the layout runs in place and can animate.
 */
export const OFF_THREAD_FROM = DRAFT_FROM;

export function layoutsOffThread(nodeCount: number): boolean {
  return nodeCount >= OFF_THREAD_FROM;
}

/** What the worker is sent: plain data only (no functions, no Cytoscape objects). */
export interface LayoutJob {
  id: number;
  name: LayoutName;
  incremental: boolean;
  /** Node ids, with their layout box and where they are now (x, y) in parallel arrays. */
  ids: string[];
  /** Per node: width, height, x, y. */
  boxes: Float64Array;
  /** Edges as pairs of indexes into `ids`, as the layout ranks them (rankedEnds: upward edges turned round). */
  edges: Uint32Array;
  /** Nodes that keep their place (pinned or dragged), by index. */
  fixed: number[];
  /** Each node's kind (data `kind`), for the layout of the largest maps (see layout-worker.ts). */
  kinds: string[];
}

export interface LayoutAnswer {
  id: number;
  /** x, y per node, in the order of the job's ids; or the layout's error. */
  positions?: Float64Array;
  error?: string;
}

/**
 * A counted link between two groups of one kind (two regions, two ICBs on the grouped map) stands for
 * relationships between their members, not between the groups: the hierarchy does not rank one group above the
 * other by it, so sibling groups share a row below what holds them.
 */
function joinsSiblings(e: EdgeSingular): boolean {
  const s = e.source();
  const t = e.target();
  return e.hasClass('grouped') && s.hasClass('group') && t.hasClass('group') && s.data('kind') === t.data('kind');
}

/**
 * The job for the nodes and edges on `c`, with each node's box as the named layout measures it, and each edge's
 * ends in the order the layout ranks them (for the hierarchy, without the links between sibling groups).
 */
export function layoutJob(c: Core, id: number, name: LayoutName, incremental: boolean, fixed: ReadonlySet<string>, includeLabels: boolean): LayoutJob {
  const nodes = c.nodes();
  const ids = nodes.map((n) => n.id());
  const index = new Map(ids.map((nodeId, i) => [nodeId, i]));
  const boxes = new Float64Array(ids.length * 4);
  nodes.forEach((n, i) => {
    const box = n.layoutDimensions({ nodeDimensionsIncludeLabels: includeLabels });
    const at = n.position();
    boxes.set([box.w, box.h, at.x, at.y], i * 4);
  });
  const pairs: number[] = [];
  c.edges().forEach((e) => {
    if (name === 'hierarchical' && joinsSiblings(e)) return;
    const s = index.get(e.source().id());
    const t = index.get(e.target().id());
    if (s !== undefined && t !== undefined && s !== t) pairs.push(...rankedEnds(name, String(e.data('type')), s, t));
  });
  const fixedIndexes = ids.flatMap((nodeId, i) => (fixed.has(nodeId) ? [i] : []));
  return { id, name, incremental, ids, boxes, edges: Uint32Array.from(pairs), fixed: fixedIndexes, kinds: nodes.map((n) => String(n.data('kind') ?? '')) };
}

/** Label text is about this wide a character at the map's 12 px (Inter), and wraps at 140 px (style.ts). */
const CHAR_PX = 6.5;
const LABEL_WRAP_PX = 140;
const LINE_PX = 15;

/**
 * A node's box as a layout would measure it on the map, from its definition alone: its kind's size and border,
 * and, for layouts that count labels, an estimate of its label (Cytoscape's own measure needs the node drawn).
 */
export function estimatedBox(def: ElementDefinition, includeLabels: boolean): { w: number; h: number } {
  const size = (KIND_LOOK[def.data.kind as keyof typeof KIND_LOOK]?.size ?? 30) + 4;
  if (!includeLabels) return { w: size, h: size };
  const lines = String(def.data.label ?? '').split('\n');
  const widest = Math.min(LABEL_WRAP_PX, Math.max(...lines.map((l) => l.length * CHAR_PX)));
  const rows = lines.reduce((n, l) => n + Math.max(1, Math.ceil((l.length * CHAR_PX) / LABEL_WRAP_PX)), 0);
  return { w: Math.max(size, widest), h: size + 5 + rows * LINE_PX };
}

/**
 * The job for elements not yet on the map (a view laid out before it is drawn): as layoutJob would make it from
 * the drawn map, with boxes from estimatedBox and every node starting at the origin (a fresh layout places them).
 */
export function layoutJobFromElements(elements: readonly ElementDefinition[], id: number, name: LayoutName, includeLabels: boolean): LayoutJob {
  const nodes = elements.filter((e) => e.group === 'nodes');
  const ids = nodes.map((n) => String(n.data.id));
  const index = new Map(ids.map((nodeId, i) => [nodeId, i]));
  const boxes = new Float64Array(ids.length * 4);
  nodes.forEach((n, i) => {
    const box = estimatedBox(n, includeLabels);
    boxes.set([box.w, box.h, 0, 0], i * 4);
  });
  const pairs: number[] = [];
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = index.get(String(e.data.source));
    const t = index.get(String(e.data.target));
    if (s !== undefined && t !== undefined && s !== t) pairs.push(...rankedEnds(name, String(e.data.type), s, t));
  }
  return { id, name, incremental: false, ids, boxes, edges: Uint32Array.from(pairs), fixed: [], kinds: nodes.map((n) => String(n.data.kind ?? '')) };
}

let worker: Worker | null = null;
const waiting = new Map<number, { resolve: (p: Map<string, Position>) => void; reject: (e: Error) => void; ids: string[] }>();

/** A layout's answer (x, y of each node in the job's order) keyed by node id, as a preset layout reads it. */
export function positionsById(ids: readonly string[], at: Float64Array): Map<string, Position> {
  return new Map(ids.map((id, i) => [id, { x: at[i * 2]!, y: at[i * 2 + 1]! }]));
}

/** Starts the worker (fetching and parsing its script) ahead of the first large layout. */
export function warmLayoutWorker(): void {
  theWorker();
}

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'map-layout' });
  w.onmessage = (event: MessageEvent<LayoutAnswer>) => {
    const { id, positions, error } = event.data;
    const job = waiting.get(id);
    if (!job) return;
    waiting.delete(id);
    if (!positions) return job.reject(new Error(error ?? 'the layout worker gave no positions'));
    job.resolve(positionsById(job.ids, positions));
  };
  w.onerror = (event) => {
    // A worker that fails to start fails every job waiting on it; the next job starts a new one.
    for (const job of waiting.values()) job.reject(new Error(event.message || 'the layout worker failed'));
    waiting.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** Positions for every node of the job, computed off the page's thread. */
export function layOutOffThread(job: LayoutJob): Promise<Map<string, Position>> {
  return new Promise((resolve, reject) => {
    waiting.set(job.id, { resolve, reject, ids: job.ids });
    theWorker().postMessage(job, [job.boxes.buffer, job.edges.buffer]);
  });
}
