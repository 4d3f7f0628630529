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

/** Pivots the draft measures distances from: enough for the picture's two main directions to settle. */
const PIVOTS = 50;
/** A step of one relationship in the draft, in pixels, as the force layout's ideal edge length (layouts.ts). */
const STEP_PX = 120;

/**
 * Distances in steps from `from` to every node (breadth first over `adjacency`); -1 where none leads.
 */
function stepsFrom(from: number, adjacency: readonly number[][], into: Int32Array): void {
  into.fill(-1);
  into[from] = 0;
  const queue = new Int32Array(into.length);
  let head = 0;
  let tail = 0;
  queue[tail++] = from;
  while (head < tail) {
    const node = queue[head++]!;
    for (const next of adjacency[node]!) {
      if (into[next] !== -1) continue;
      into[next] = into[node]! + 1;
      queue[tail++] = next;
    }
  }
}

/**
 * The force layout's draft for a large map, computed directly: pivot MDS (Brandes and Pich, "Eigensolver methods
 * for progressive multidimensional scaling of large data", 2006), the sampled spectral step fcose's draft runs
 * too. Each node's distances in steps to a few pivots (each the node farthest from those chosen before, the best
 * connected first) are double-centred, and the two main directions of that table, found by power iteration,
 * are the node's x and y. Linear in the size of the map: 30 to 140 ms for the national graph's 1,104 nodes and
 * 5,931 relationships, where fcose's draft took 1.6 to 2.7 s (its step that joins components walks every hub's
 * neighbours pair by pair). Nodes the pivots cannot tell apart (the leaves of one hub) are set round their
 * shared place; spreadOut then gives every node its room. Deterministic: the same map gets the same picture.
 */
export function pivotDraft(n: number, edges: Uint32Array, boxes: readonly Box[]): Float64Array {
  const out = new Float64Array(n * 2);
  if (n < 2) return out;
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s === t) continue;
    adjacency[s]!.push(t);
    adjacency[t]!.push(s);
  }
  const k = Math.min(PIVOTS, n);
  // Squared distances, node by pivot (n x k, row-major); where no path leads, one step past the farthest.
  const table = new Float64Array(n * k);
  const steps = new Int32Array(n);
  const nearest = new Float64Array(n).fill(Infinity);
  let pivot = 0;
  for (let i = 1; i < n; i++) if (adjacency[i]!.length > adjacency[pivot]!.length) pivot = i;
  for (let j = 0; j < k; j++) {
    stepsFrom(pivot, adjacency, steps);
    let farthest = 0;
    for (let i = 0; i < n; i++) farthest = Math.max(farthest, steps[i]!);
    for (let i = 0; i < n; i++) {
      const d = steps[i]! < 0 ? farthest + 1 : steps[i]!;
      table[i * k + j] = d * d;
      nearest[i] = Math.min(nearest[i]!, d);
    }
    nearest[pivot] = -1;
    let next = 0;
    for (let i = 1; i < n; i++) if (nearest[i]! > nearest[next]!) next = i;
    pivot = next;
  }
  // Double centring: minus half of (d^2 - row mean - column mean + grand mean).
  const rowMean = new Float64Array(n);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const v = table[i * k + j]!;
      rowMean[i]! += v / k;
      colMean[j]! += v / n;
      grand += v / (n * k);
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) table[i * k + j] = -0.5 * (table[i * k + j]! - rowMean[i]! - colMean[j]! + grand);
  // The two main directions of the k x k matrix CᵀC, by power iteration (the second kept clear of the first).
  const ctc = new Float64Array(k * k);
  for (let i = 0; i < n; i++) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) ctc[a * k + b]! += table[i * k + a]! * table[i * k + b]!;
  const directions: Float64Array[] = [];
  for (let d = 0; d < 2; d++) {
    let v = Float64Array.from({ length: k }, (_, i) => ((i * 7919 + d * 104729) % 1000) / 1000 - 0.5);
    for (let iteration = 0; iteration < 100; iteration++) {
      const next = new Float64Array(k);
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) next[a]! += ctc[a * k + b]! * v[b]!;
      for (const u of directions) {
        const dot = next.reduce((sum, x, i) => sum + x * u[i]!, 0);
        for (let i = 0; i < k; i++) next[i]! -= dot * u[i]!;
      }
      const norm = Math.hypot(...next) || 1;
      v = next.map((x) => x / norm);
    }
    directions.push(v);
  }
  // Coordinates: the table projected on each direction, over the square root of its length (as classical MDS
  // weighs each axis), then scaled so that a relationship is STEP_PX long on average.
  for (let d = 0; d < 2; d++) {
    const u = directions[d]!;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      let x = 0;
      for (let j = 0; j < k; j++) x += table[i * k + j]! * u[j]!;
      out[i * 2 + d] = x;
      sumSq += x * x;
    }
    const weight = sumSq > 0 ? 1 / Math.sqrt(Math.sqrt(sumSq)) : 0;
    for (let i = 0; i < n; i++) out[i * 2 + d]! *= weight;
  }
  let length = 0;
  for (let e = 0; e < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    length += Math.hypot(out[s * 2]! - out[t * 2]!, out[s * 2 + 1]! - out[t * 2 + 1]!);
  }
  const mean = edges.length > 0 ? length / (edges.length / 2) : 0;
  if (mean > 0) for (let i = 0; i < out.length; i++) out[i]! *= STEP_PX / mean;
  return spreadOut(setApart(out, boxes), boxes);
}

/** Nodes given the same place are set round it on a sunflower spiral, a node's room apart. */
function setApart(positions: Float64Array, boxes: readonly Box[]): Float64Array {
  const shared = new Map<string, number>();
  for (let i = 0; i < boxes.length; i++) {
    const key = `${Math.round(positions[i * 2]!)},${Math.round(positions[i * 2 + 1]!)}`;
    const k = shared.get(key) ?? 0;
    shared.set(key, k + 1);
    if (k === 0) continue;
    const r = Math.sqrt(ROOM(boxes[i]!)) * 0.5 * Math.sqrt(k);
    positions[i * 2]! += r * Math.cos(k * GOLDEN_ANGLE);
    positions[i * 2 + 1]! += r * Math.sin(k * GOLDEN_ANGLE);
  }
  return positions;
}
