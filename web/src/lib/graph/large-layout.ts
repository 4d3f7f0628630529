/**
 * Layouts for maps of thousands of nodes, pure and linear in the size of the map, so the layout worker answers
 * in well under a second where a force layout takes many (measured in `npm run bench`, the explorer phase).
 * Positions are x, y pairs in the order of the nodes given.
 */

export interface Box {
  w: number;
  h: number;
}

/** Room a node gets on a large map: its box plus a gap, squared. */
const ROOM = (b: Box) => (Math.max(b.w, b.h) + 24) ** 2;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Scales positions about their centre so that the nodes get the room they need (their boxes and a gap), keeping
 * their shape: fcose's draft places nodes well relative to each other but at a scale that ignores their size.
 * Never shrinks.
 */
export function spreadOut(positions: Float64Array, boxes: readonly Box[]): Float64Array {
  const n = boxes.length;
  if (n < 2) return positions;
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = positions[i * 2]!, y = positions[i * 2 + 1]!;
    x1 = Math.min(x1, x); x2 = Math.max(x2, x); y1 = Math.min(y1, y); y2 = Math.max(y2, y);
  }
  const area = Math.max(1, (x2 - x1) * (y2 - y1));
  const needed = boxes.reduce((sum, b) => sum + ROOM(b), 0);
  const scale = Math.max(1, Math.sqrt(needed / area));
  const cx = (x1 + x2) / 2, cy = (y1 + y2) / 2;
  const out = new Float64Array(positions.length);
  for (let i = 0; i < n; i++) {
    out[i * 2] = cx + (positions[i * 2]! - cx) * scale;
    out[i * 2 + 1] = cy + (positions[i * 2 + 1]! - cy) * scale;
  }
  return out;
}

/**
 * One disc per kind (the kinds with most nodes first, discs in rows), each a sunflower spiral with the most
 * connected nodes in the middle: a picture of how many of each kind there are and where the hubs are, the way
 * tools that cluster by a field show thousands of nodes. Deterministic: the same map gets the same picture.
 */
export function kindDiscs(kinds: readonly string[], edges: Uint32Array, boxes: readonly Box[]): Float64Array {
  const n = kinds.length;
  const degree = new Uint32Array(n);
  for (const i of edges) degree[i]! += 1;
  const byKind = new Map<string, number[]>();
  kinds.forEach((kind, i) => {
    const members = byKind.get(kind);
    if (members) members.push(i);
    else byKind.set(kind, [i]);
  });
  const groups = [...byKind.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const out = new Float64Array(n * 2);
  // Each disc's radius from the room its nodes need; discs are placed left to right in rows of similar width.
  const discs = groups.map(([, members]) => {
    members.sort((a, b) => degree[b]! - degree[a]! || a - b);
    const room = members.reduce((sum, i) => sum + ROOM(boxes[i]!), 0) / members.length;
    return { members, step: Math.sqrt(room / Math.PI), radius: Math.sqrt((room * members.length) / Math.PI) };
  });
  const total = discs.reduce((sum, d) => sum + (2 * d.radius) ** 2, 0);
  const rowWidth = Math.sqrt(total) * 1.6;
  let x = 0, y = 0, rowHeight = 0;
  for (const disc of discs) {
    const d = 2 * disc.radius;
    if (x > 0 && x + d > rowWidth) {
      x = 0;
      y += rowHeight + 120;
      rowHeight = 0;
    }
    const cx = x + disc.radius, cy = y + disc.radius;
    disc.members.forEach((node, k) => {
      const r = disc.step * Math.sqrt(k + 0.5);
      out[node * 2] = cx + r * Math.cos(k * GOLDEN_ANGLE);
      out[node * 2 + 1] = cy + r * Math.sin(k * GOLDEN_ANGLE);
    });
    x += d + 120;
    rowHeight = Math.max(rowHeight, d);
  }
  return out;
}
