/// <reference lib="webworker" />
import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutAnswer, LayoutJob } from './layout-job.ts';
import { kindDiscs, spreadOut } from './large-layout.ts';
import { layoutOptions } from './layouts.ts';

/**
 * The map's layout worker: a headless Cytoscape with the same layouts and options as the page (layouts.ts),
 * each node the size the page measured (labels included where the layout counts them). The largest maps get
 * the kind discs of large-layout.ts instead, and a force draft is spread out to the room its nodes need. It
 * answers each job with the positions, in the job's order of ids.
 */
cytoscape.use(fcose);
cytoscape.use(dagre);

/** From this many nodes even the force draft costs seconds (11 s at 20,000 here): kind discs instead. */
export const DISCS_FROM = 6000;

function layOut(job: LayoutJob): Float64Array {
  const n = job.ids.length;
  const box = (i: number) => ({ w: job.boxes[i * 4]!, h: job.boxes[i * 4 + 1]! });
  if (n >= DISCS_FROM && job.fixed.length === 0) return kindDiscs(job.kinds, job.edges, Array.from({ length: n }, (_, i) => box(i)));
  const elements: ElementDefinition[] = job.ids.map((id, i) => ({
    group: 'nodes',
    data: { id, w: job.boxes[i * 4]!, h: job.boxes[i * 4 + 1]! },
    position: { x: job.boxes[i * 4 + 2]!, y: job.boxes[i * 4 + 3]! },
  }));
  for (let e = 0; e < job.edges.length; e += 2) {
    elements.push({ group: 'edges', data: { id: `e${e}`, source: job.ids[job.edges[e]!]!, target: job.ids[job.edges[e + 1]!]! } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', label: '' } }],
  });
  const fixed = job.fixed.map((i) => ({ nodeId: job.ids[i]!, position: { x: job.boxes[i * 4 + 2]!, y: job.boxes[i * 4 + 3]! } }));
  for (const { nodeId } of fixed) cy.getElementById(nodeId).lock();
  const options = layoutOptions(job.name, { animate: false, incremental: job.incremental, fixed, size: n });
  // The page measured the boxes (labels and all): here every node is just its box.
  cy.layout({ ...options, nodeDimensionsIncludeLabels: false } as never).run();
  const out = new Float64Array(n * 2);
  job.ids.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    out[i * 2] = p.x;
    out[i * 2 + 1] = p.y;
  });
  cy.destroy();
  // fcose's draft (its spectral step alone) packs a thousand nodes into a few hundred pixels.
  const draft = job.name === 'force' && (options as { quality?: string }).quality === 'draft' && fixed.length === 0;
  return draft ? spreadOut(out, Array.from({ length: n }, (_, i) => box(i))) : out;
}

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  try {
    const positions = layOut(job);
    const answer: LayoutAnswer = { id: job.id, positions };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer, [positions.buffer]);
  } catch (error) {
    const answer: LayoutAnswer = { id: job.id, error: (error as Error).message };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer);
  }
};
