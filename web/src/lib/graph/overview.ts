import type { ElementDefinition } from 'cytoscape';
import type { EntityKind, RelationshipType } from '../api/types.ts';
import { KIND_LOOK } from './vocabulary.ts';
import type { Placed } from './keyboard.ts';
import type { Position } from './layout-plan.ts';

/**
 * The overview of a view of thousands of entities: what it draws and what is under the pointer, as plain data,
 * pure, so it is tested without a browser. With software rendering Cytoscape took 4 s to add and first draw
 * 20,000 bare nodes, and 43 s stroking the 52,002 dotted and dashed edges of the bench's generated graph of 19,601
 * entities; one canvas drew as many entities and edges in 0.13 s (probes at load average 7 to 10). So from
 * OVERVIEW_FROM entities the map paints the whole view itself (overview-painter.ts), and Cytoscape holds only what
 * is in view once that is few enough to read (WINDOW_NODES), with labels, selection and the keys.
 */

/**
 * From this many entities a view is drawn as an overview. The national graph's 1,104 entities and 5,931
 * relationships are one: drawn by Cytoscape whole they took 7 s to be interactive (2.3 s adding and styling the
 * elements, 1 s the first frame, 2 s the force layout in the worker); as an overview laid out by the pivot draft
 * (large-layout.ts), about 2 s.
 */
export const OVERVIEW_FROM = 1000;

/** Entities in view (with a margin) at most, for Cytoscape to draw them and their relationships in full. */
export const WINDOW_NODES = 600;

export interface OverviewData {
  ids: string[];
  index: ReadonlyMap<string, number>;
  kinds: EntityKind[];
  /** 1 for an entity or relationship drawn as ended (paler). */
  endedNodes: Uint8Array;
  /** Relationships as pairs of node indexes, and the type of each. */
  edges: Uint32Array;
  types: RelationshipType[];
  endedEdges: Uint8Array;
  /** x, y per node, in the order of `ids` (model coordinates). */
  positions: Float64Array;
}

const hasClass = (def: ElementDefinition, name: string) => (def.classes ?? '').toString().split(' ').includes(name);

/** The overview of the map's elements (to-elements.ts), with every node at `positions` (all of them must be there). */
export function overviewData(elements: readonly ElementDefinition[], positions: ReadonlyMap<string, Position>): OverviewData {
  const ids: string[] = [];
  const kinds: EntityKind[] = [];
  const ended: number[] = [];
  const pairs: number[] = [];
  const types: RelationshipType[] = [];
  const endedEdges: number[] = [];
  const index = new Map<string, number>();
  for (const def of elements) {
    if (def.group !== 'nodes') continue;
    index.set(String(def.data.id), ids.length);
    ids.push(String(def.data.id));
    kinds.push(def.data.kind as EntityKind);
    ended.push(hasClass(def, 'ended') ? 1 : 0);
  }
  for (const def of elements) {
    if (def.group !== 'edges') continue;
    const s = index.get(String(def.data.source));
    const t = index.get(String(def.data.target));
    if (s === undefined || t === undefined) continue;
    pairs.push(s, t);
    types.push(def.data.type as RelationshipType);
    endedEdges.push(hasClass(def, 'ended') ? 1 : 0);
  }
  const at = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id);
    if (!p) throw new RangeError(`overviewData: no position for ${id}`);
    at[i * 2] = p.x;
    at[i * 2 + 1] = p.y;
  });
  return {
    ids, index, kinds, endedNodes: Uint8Array.from(ended), edges: Uint32Array.from(pairs), types, endedEdges: Uint8Array.from(endedEdges), positions: at,
  };
}

/** The box holding every node (model coordinates), each node's own size included. */
export function overviewBounds(data: OverviewData): { x1: number; y1: number; w: number; h: number } {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  data.ids.forEach((_, i) => {
    const r = KIND_LOOK[data.kinds[i]!].size / 2;
    const x = data.positions[i * 2]!, y = data.positions[i * 2 + 1]!;
    x1 = Math.min(x1, x - r); x2 = Math.max(x2, x + r); y1 = Math.min(y1, y - r); y2 = Math.max(y2, y + r);
  });
  return data.ids.length === 0 ? { x1: 0, y1: 0, w: 0, h: 0 } : { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * Nodes by square cells of the plane, so that what lies in a box, or nearest a point, is found without looking at
 * every node (20,000 of them, on every move of the pointer).
 */
export class NodeGrid {
  readonly #cells = new Map<string, number[]>();
  readonly #size: number;

  constructor(private readonly positions: Float64Array, cellSize = 200) {
    this.#size = cellSize;
    for (let i = 0; i < positions.length / 2; i++) {
      const key = this.#key(positions[i * 2]!, positions[i * 2 + 1]!);
      const cell = this.#cells.get(key);
      if (cell) cell.push(i);
      else this.#cells.set(key, [i]);
    }
  }

  #key(x: number, y: number): string {
    return `${Math.floor(x / this.#size)},${Math.floor(y / this.#size)}`;
  }

  /** Node indexes inside the box (model coordinates), in index order; stops counting past `limit` (then more came). */
  within(box: { x1: number; y1: number; x2: number; y2: number }, limit = Infinity): number[] {
    const found: number[] = [];
    const [cx1, cy1] = [Math.floor(box.x1 / this.#size), Math.floor(box.y1 / this.#size)];
    const [cx2, cy2] = [Math.floor(box.x2 / this.#size), Math.floor(box.y2 / this.#size)];
    const cellsAcross = (cx2 - cx1 + 1) * (cy2 - cy1 + 1);
    const visit = (cell: number[]) => {
      for (const i of cell) {
        const x = this.positions[i * 2]!, y = this.positions[i * 2 + 1]!;
        if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2) found.push(i);
      }
    };
    // A box wider than the drawing (zoomed far out) has more cells than the grid: walk the grid instead.
    if (cellsAcross > this.#cells.size) for (const cell of this.#cells.values()) visit(cell);
    else {
      for (let cx = cx1; cx <= cx2 && found.length <= limit; cx++) {
        for (let cy = cy1; cy <= cy2 && found.length <= limit; cy++) {
          const cell = this.#cells.get(`${cx},${cy}`);
          if (cell) visit(cell);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** The node nearest the point within `radius` (model units), or -1. */
  nearest(x: number, y: number, radius: number): number {
    let best = -1;
    let bestDistance = radius * radius;
    for (const i of this.within({ x1: x - radius, y1: y - radius, x2: x + radius, y2: y + radius })) {
      const d = (this.positions[i * 2]! - x) ** 2 + (this.positions[i * 2 + 1]! - y) ** 2;
      if (d <= bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }
}

/**
 * What Cytoscape draws of an overview: the nodes in `box` (the view and a margin, model coordinates) when there
 * are at most WINDOW_NODES of them, with the relationships among them; nothing when there are more (the painter
 * shows them all, without labels). Element definitions come from `elements` as they are, positioned.
 */
export function windowElements(
  data: OverviewData,
  grid: NodeGrid,
  byId: ReadonlyMap<string, ElementDefinition>,
  edgeDefs: readonly ElementDefinition[],
  box: { x1: number; y1: number; x2: number; y2: number },
): ElementDefinition[] {
  const inside = grid.within(box, WINDOW_NODES);
  if (inside.length > WINDOW_NODES) return [];
  const shown = new Set(inside.map((i) => data.ids[i]!));
  const out: ElementDefinition[] = [];
  for (const i of inside) {
    const def = byId.get(data.ids[i]!);
    if (def) out.push({ ...def, position: { x: data.positions[i * 2]!, y: data.positions[i * 2 + 1]! } });
  }
  for (const def of edgeDefs) if (shown.has(String(def.data.source)) && shown.has(String(def.data.target))) out.push(def);
  return out;
}

/**
 * The overview's entities as the keyboard reads them (keyboard.ts): where each is now, which are joined to it,
 * and how many relationships each has, so the arrows move among all of them whatever Cytoscape draws.
 */
export class OverviewPlaces {
  /** Neighbour indexes by node index, built on first use. */
  #adjacent: number[][] | null = null;

  constructor(private readonly data: OverviewData, private readonly names: ReadonlyMap<string, string>) {}

  has(id: string): boolean {
    return this.data.index.has(id);
  }

  at(id: string): Placed | null {
    const i = this.data.index.get(id);
    return i === undefined ? null : this.#placed(i);
  }

  all(): Placed[] {
    return this.data.ids.map((_, i) => this.#placed(i));
  }

  neighbours(id: string): Placed[] {
    const i = this.data.index.get(id);
    return i === undefined ? [] : this.#adjacency()[i]!.map((j) => this.#placed(j));
  }

  /** Every entity with its name and number of relationships in the view, for where the focus starts. */
  starts(): { id: string; name: string; degree: number }[] {
    const adjacent = this.#adjacency();
    return this.data.ids.map((id, i) => ({ id, name: this.names.get(id) ?? id, degree: adjacent[i]!.length }));
  }

  #placed(i: number): Placed {
    return { id: this.data.ids[i]!, x: this.data.positions[i * 2]!, y: this.data.positions[i * 2 + 1]! };
  }

  #adjacency(): number[][] {
    if (this.#adjacent) return this.#adjacent;
    const adjacent: number[][] = this.data.ids.map(() => []);
    for (let e = 0; e < this.data.edges.length; e += 2) {
      adjacent[this.data.edges[e]!]!.push(this.data.edges[e + 1]!);
      adjacent[this.data.edges[e + 1]!]!.push(this.data.edges[e]!);
    }
    this.#adjacent = adjacent;
    return adjacent;
  }
}
