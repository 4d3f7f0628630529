import type { ElementDefinition, Position } from 'cytoscape';

/**
 * What GraphView changes when new elements arrive: pure, on ids and element definitions, so it is tested
 * without a browser. GraphView applies the result to Cytoscape in one batch.
 */

export interface ElementDiff {
  /** Ids on the map that the new elements no longer hold. */
  remove: string[];
  /** Elements on the map that stay: their data and classes are set again. */
  update: ElementDefinition[];
  /** Elements not on the map yet, in the order they came. */
  add: ElementDefinition[];
}

/** Compares the ids on the map with the elements wanted there (one per id: a later one replaces an earlier one). */
export function diffElements(present: Iterable<string>, wanted: readonly ElementDefinition[]): ElementDiff {
  const byId = new Map(wanted.map((e) => [String(e.data.id), e]));
  const here = new Set(present);
  const remove = [...here].filter((id) => !byId.has(id));
  const update: ElementDefinition[] = [];
  const add: ElementDefinition[] = [];
  for (const [id, def] of byId) (here.has(id) ? update : add).push(def);
  return { remove, update, add };
}

/** How far from a neighbour a new node starts. */
export const START_DISTANCE = 80;

/**
 * Where each new node starts: where this layout last had it; else next to the other end of its first
 * relationship, when that end is on the map already (at START_DISTANCE, at an angle from `random`); else
 * around the middle of the map.
 */
export function startPositions(
  added: readonly ElementDefinition[],
  all: readonly ElementDefinition[],
  context: {
    /** Where the layout being shown last put each node. */
    cached?: ReadonlyMap<string, Position>;
    /** Where a node is on the map now, or null when it is not there. */
    positionOf: (id: string) => Position | null;
    centre: Position;
    /** 0 to 1, like Math.random. */
    random?: () => number;
  },
): Map<string, Position> {
  const random = context.random ?? Math.random;
  const firstNeighbour = new Map<string, string>();
  for (const e of all) {
    if (e.group !== 'edges') continue;
    const source = String(e.data.source);
    const target = String(e.data.target);
    if (!firstNeighbour.has(source)) firstNeighbour.set(source, target);
    if (!firstNeighbour.has(target)) firstNeighbour.set(target, source);
  }
  const positions = new Map<string, Position>();
  for (const def of added) {
    if (def.group !== 'nodes') continue;
    const id = String(def.data.id);
    const known = context.cached?.get(id);
    if (known) {
      positions.set(id, { ...known });
      continue;
    }
    const other = firstNeighbour.get(id);
    const base = (other !== undefined ? context.positionOf(other) : null) ?? context.centre;
    const angle = random() * Math.PI * 2;
    positions.set(id, { x: base.x + Math.cos(angle) * START_DISTANCE, y: base.y + Math.sin(angle) * START_DISTANCE });
  }
  return positions;
}
