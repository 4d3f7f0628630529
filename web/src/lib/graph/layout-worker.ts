/// <reference lib="webworker" />
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutAnswer, LayoutJob } from './layout-job.ts';
import { layOutHeadless } from './layout-headless.ts';

/**
 * The map's layout worker: a headless Cytoscape with the same layouts and options as the page (layouts.ts,
 * layout-headless.ts), each node the size the page measured (labels included where the layout counts them). It
 * answers each job with the positions, in the job's order of ids.
 */
cytoscape.use(fcose);
cytoscape.use(dagre);

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  let answer: LayoutAnswer;
  try {
    const positions = layOutHeadless(cytoscape, job);
    answer = { id: job.id, positions };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer, [positions.buffer]);
  } catch (error) {
    answer = { id: job.id, error: (error as Error).message };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer);
  }
};
