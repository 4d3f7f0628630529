import type { Db } from './run.ts';

/** Long enough to spare repeated snapshots (the map, play through the years); short enough to see other loads. */
export const SNAPSHOT_TTL_MS = 30_000;

/**
 * A small cache of snapshot answers (the whole graph on a date, 2.5 s of Cypher at 10k entities), keyed by date,
 * kinds and types. Every write the server makes goes through watch(), which clears it; writes by other processes
 * (npm run seed, import:ods) are seen once an entry is ttlMs old. Concurrent requests for the same key share one
 * query; a failed query is not kept. An entry is dropped once it is ttlMs old, asked for again or not, so an idle
 * server holds none. A ttlMs of 0 switches it off.
 */
export class SnapshotCache {
  readonly #entries = new Map<string, { at: number; value: Promise<unknown> }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  #sweep: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { ttlMs: number; maxEntries?: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 8;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The answer for `key` (any JSON: which question, and its arguments; lists in it are compared sorted), loaded
   * once per ttlMs.
   */
  get<T>(key: Record<string, unknown>, load: () => Promise<T>): Promise<T> {
    if (this.#ttlMs <= 0) return load();
    const k = JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => [name, Array.isArray(v) ? [...v].sort() : v]));
    const now = this.#now();
    const hit = this.#entries.get(k);
    if (hit && now - hit.at < this.#ttlMs) return hit.value as Promise<T>;
    const value = load();
    this.#entries.delete(k);
    this.#entries.set(k, { at: now, value });
    // The oldest entries go first: a 100k snapshot is large.
    for (const old of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(old);
    }
    value.catch(() => {
      if (this.#entries.get(k)?.value === value) this.#entries.delete(k);
    });
    this.#sweepLater();
    return value;
  }

  /** How many answers it holds now. */
  get size(): number {
    return this.#entries.size;
  }

  /** Drops the oldest entry when it expires, then waits for the next one (the map keeps them oldest first). */
  #sweepLater(): void {
    const oldest = this.#entries.values().next().value;
    if (this.#sweep !== undefined || !oldest) return;
    this.#sweep = setTimeout(() => {
      this.#sweep = undefined;
      const now = this.#now();
      for (const [k, entry] of this.#entries) {
        if (now - entry.at < this.#ttlMs) break;
        this.#entries.delete(k);
      }
      this.#sweepLater();
    }, Math.max(0, oldest.at + this.#ttlMs - this.#now()));
    // An idle process is not kept alive by its cache.
    this.#sweep.unref?.();
  }

  clear(): void {
    this.#entries.clear();
  }

  /** The same gateway, clearing the cache after every write, whether it succeeded or not. */
  watch(db: Db): Db {
    return {
      read: (cypher, params) => db.read(cypher, params),
      ...(db.stream ? { stream: db.stream.bind(db) } : {}),
      write: async (cypher, params) => {
        try {
          return await db.write(cypher, params);
        } finally {
          this.clear();
        }
      },
      writeAll: async (statements, options) => {
        try {
          return await db.writeAll(statements, options);
        } finally {
          this.clear();
        }
      },
    };
  }
}
