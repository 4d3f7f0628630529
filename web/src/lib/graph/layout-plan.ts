import { rankedPositions, type LayoutName } from './layouts.ts';

/**
 * When and how GraphView lays the map out: pure decisions and plain bookkeeping, so they are tested without a
 * browser. GraphView runs what they decide on Cytoscape.
 */

export interface Position {
  x: number;
  y: number;
}

/** Where each layout last put each node, so switching back restores the picture instead of redrawing it. */
export class LayoutPositions {
  #byLayout = new Map<LayoutName, Map<string, Position>>();

  get(name: LayoutName): ReadonlyMap<string, Position> | undefined {
    return this.#byLayout.get(name);
  }

  /** Keeps where every node is now under `name` (nodes not given keep what was kept for them). */
  remember(name: LayoutName, nodes: Iterable<readonly [string, Position]>): void {
    const map = this.#byLayout.get(name) ?? new Map<string, Position>();
    for (const [id, position] of nodes) map.set(id, { ...position });
    this.#byLayout.set(name, map);
  }

  /** A node dragged by hand under the layout shown: that layout has it there from now on. */
  moved(name: LayoutName | null, id: string, position: Position): void {
    if (name) this.#byLayout.get(name)?.set(id, { ...position });
  }
}

/** Positions from a link, a saved view or a story step: each is applied once, when its node is on the map. */
export class PendingPlacement {
  #pending = new Map<string, Position>();

  constructor(initial: Iterable<readonly [string, Position]> = []) {
    this.set(initial);
  }

  /** Replaces whatever was still waiting. */
  set(positions: Iterable<readonly [string, Position]>): void {
    this.#pending.clear();
    for (const [id, position] of positions) this.#pending.set(id, position);
  }

  /** The waiting positions of nodes on the map now, which stop waiting. */
  take(onMap: (id: string) => boolean): [string, Position][] {
    const ready = [...this.#pending].filter(([id]) => onMap(id));
    for (const [id] of ready) this.#pending.delete(id);
    return ready;
  }
}

export type LayoutPlan =
  /** No new nodes, same layout, no Re-arrange: the nodes stay where they are. */
  | { kind: 'unchanged' }
  /** The map is empty: there is nothing to lay out. */
  | { kind: 'empty' }
  /** Back to a layout already seen with no new nodes: put every node where it had them. */
  | { kind: 'restore'; positions: ReadonlyMap<string, Position> }
  /** A path answer in the hierarchy: a row per step from its start. */
  | { kind: 'ranked'; positions: ReadonlyMap<string, Position> }
  /** Run the layout itself (see `layoutRun`). */
  | { kind: 'run' };

export function planLayout(input: {
  name: LayoutName;
  /** The layout the map was last laid out with differs from `name`. */
  layoutChanged: boolean;
  /** Re-arrange was pressed since the last layout. */
  bumped: boolean;
  /** How many nodes the change added. */
  added: number;
  /** Every node on the map now. */
  nodeIds: readonly string[];
  /** Where `name` last put each node. */
  cached: ReadonlyMap<string, Position> | undefined;
  ranks: ReadonlyMap<string, number> | null;
}): LayoutPlan {
  const { name, layoutChanged, bumped, added, nodeIds, cached, ranks } = input;
  if (!layoutChanged && !bumped && added === 0) return { kind: 'unchanged' };
  if (nodeIds.length === 0) return { kind: 'empty' };
  if (layoutChanged && !bumped && added === 0 && cached && nodeIds.every((id) => cached.has(id))) return { kind: 'restore', positions: cached };
  if (name === 'hierarchical' && ranks && nodeIds.every((id) => ranks.has(id))) return { kind: 'ranked', positions: rankedPositions(ranks, [...nodeIds]) };
  return { kind: 'run' };
}

/** From this many entities a layout is not animated: the animation would cost more than it shows. */
export const ANIMATE_BELOW = 400;

/** A change that keeps at least this share of the map builds on the picture instead of drawing it afresh. */
export const KEEP_SHARE = 0.3;

/**
 * How the layout runs: incrementally (from where nodes are, holding pinned and dragged ones still) when most of
 * the map stays and nobody asked for a fresh start; afresh otherwise. It is animated only when some nodes were on
 * the map already: a new view's nodes wait at made-up places, and watching them fly from there shows nothing (the
 * grouped map of England took 0.35 s longer to settle for it).
 */
export function layoutRun(input: {
  layoutChanged: boolean;
  bumped: boolean;
  added: number;
  nodeIds: readonly string[];
  pinned: ReadonlySet<string>;
  /** Nodes the person dragged, or a link put. */
  placed: ReadonlySet<string>;
  reducedMotion: boolean;
}): { incremental: boolean; keep: string[]; animate: boolean } {
  const total = input.nodeIds.length;
  const incremental = !input.bumped && !input.layoutChanged && total - input.added >= KEEP_SHARE * total;
  const keep = incremental ? input.nodeIds.filter((id) => input.pinned.has(id) || input.placed.has(id)) : [];
  return { incremental, keep, animate: !input.reducedMotion && total < ANIMATE_BELOW && input.added < total };
}
