import type cytoscapeType from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { LayoutJob } from './layout-job.ts';
import { kindDiscs, pivotDraft } from './large-layout.ts';
import { DRAFT_FROM, layoutOptions } from './layouts.ts';
import { OVERVIEW_FROM } from './overview.ts';

/**
 * From this many nodes even the force draft costs seconds (11 s at 20,000, 6 s at 4,901 in the worker, load
 * average 5 to 7): kind discs instead, whose dots are read by kind and hub. Below it (the national graph's 1,104,
 * an overview too) the draft (pivotDraft, large-layout.ts) keeps the network's shape, and a picture an export
 * can encode: with discs, lines between them cross the whole image, and its PNG took 55 s to encode instead of
 * 2.3 s.
 */
export const DISCS_FROM = 2 * OVERVIEW_FROM;

/**
 * Runs a layout job (layout-job.ts) on a headless Cytoscape built from the job alone: each node the box the page
 * measured, each edge the pair of ends the job gives (for the hierarchy, upward edges turned round). The layout
 * worker runs it for large maps; the page runs it for the hierarchy, so both rank the same edges the same way.
 * Returns x, y per node in the job's order of ids. `cytoscape` must have the job's layout registered.
 */
export function layOutHeadless(cytoscape: typeof cytoscapeType, job: LayoutJob): Float64Array {
  const boxes = job.ids.map((_, i) => ({ w: job.boxes[i * 4]!, h: job.boxes[i * 4 + 1]! }));
  // A large force layout with nothing held in place is computed here, without Cytoscape.
  if (job.name === 'force' && job.fixed.length === 0) {
    if (job.ids.length >= DISCS_FROM) return kindDiscs(job.kinds, job.edges, boxes);
    if (job.ids.length >= DRAFT_FROM) return pivotDraft(job.ids.length, job.edges, boxes);
  }
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
  const options = layoutOptions(job.name, { animate: false, incremental: job.incremental, fixed, size: job.ids.length });
  // The page measured the boxes (labels and all): here every node is just its box.
  cy.layout({ ...options, nodeDimensionsIncludeLabels: false } as never).run();
  const out = new Float64Array(job.ids.length * 2);
  job.ids.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    out[i * 2] = p.x;
    out[i * 2 + 1] = p.y;
  });
  cy.destroy();
  return out;
}
