import { describe, expect, it } from 'vitest';
import type { ExplorerRow } from '../../bench/explorer/explorer.ts';
import { explorerTable, explorerTargets } from '../../bench/explorer/report.ts';

function row(entities: number, interactiveMs: number, reloads: ExplorerRow['reloads']): ExplorerRow {
  return {
    graph: 'generated', view: 'everything', entities, relationships: entities * 2, nodes: entities, edges: entities * 2, renderer: 'canvas',
    interactiveMs, dataMs: interactiveMs - 100, reloads, longTasks: { count: 1, totalMs: 80 }, panP50Ms: 16.7, panP95Ms: 20, zoomP95Ms: 20,
    frames: 100, loadProfile: null, panProfile: null, error: null,
  };
}

describe("the explorer phase's targets", () => {
  it('judges interactive on the view opened again, and gives the first open beside it', () => {
    const [target] = explorerTargets([row(5000, 2900, { interactiveMs: 1800, dataMs: 1500, runs: [1900, 1800, 1700] })]);
    expect(target!.target).toBe('explorer: Everything at 5,000 entities interactive within 2 s');
    expect(target!.met).toBe(true);
    expect(target!.value).toBe('1800 ms (5000 nodes; median of 3 opens on a running server; the first open after a start 2900 ms)');
  });

  it('is missed when the view opened again is slower than the limit, or could not be opened again', () => {
    expect(explorerTargets([row(5000, 1500, { interactiveMs: 2100, dataMs: 1900, runs: [2100, 2100, 2200] })])[0]!.met).toBe(false);
    const failed = explorerTargets([row(5000, 1500, null)])[0]!;
    expect(failed.met).toBe(false);
    expect(failed.value).toBe('opened again: failed; the first open after a start 1500 ms');
  });

  it('puts both opens in the table', () => {
    const table = explorerTable([row(20_000, 6900, { interactiveMs: 4200, dataMs: 3900, runs: [4300, 4200, 4100] })]);
    expect(table).toContain('| Everything at 20,000 entities | 20000 / 40000 | 6900 | 6800 | 1 (80 ms) | 4200 (4300, 4200, 4100) | 3900 | 16.7 / 20 | 20 |');
  });
});
