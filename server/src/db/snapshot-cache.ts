import type { Db } from './run.ts';

/** Long enough to spare repeated snapshots (the map, play through the years); short enough to see other loads. */
export const SNAPSHOT_TTL_MS = 30_000;

/** How many small answers kept past ttlMs (see `keep`) it holds at most: the grouped maps a few people opened. */
const KEPT_MAX = 32;

interface Entry {
  at: number;
  value: Promise<unknown>;
  /**
   * Only on a kept answer (small, asked with `keep`): the store's version read before the answer was loaded. Such
   * an entry stays past ttlMs and is checked against the version then.
   */
  version?: Promise<unknown>;
  /** A check of the version under way: requests that arrive together share it. */
  checking?: Promise<unknown>;
}

/**
 * A small cache of snapshot answers (the whole graph on a date, 2.5 s of Cypher at 10k entities), keyed by date,
 * kinds and types. Every write the server makes goes through watch(), which clears it; writes by other processes
 * (npm run seed, import:ods) are seen once an entry is ttlMs old. Concurrent requests for the same key share one
 * query; a failed query is not kept. A large answer is dropped once it is ttlMs old, asked for again or not, so an
 * idle server holds none of them.
 *
 * A small answer asked with `keep` (a grouped map: a few kilobytes) stays past ttlMs. Asked for again after that,
 * it is checked against `version` (one read of a number every write transaction bumps, db/counts.ts) and loaded
 * again only when the store changed since. The first screen after an idle spell was the grouped statement run
 * afresh (about 250 ms on this machine); the check is a few ms.
 */
export class SnapshotCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #version: (() => Promise<unknown>) | null;
  #sweep: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { ttlMs: number; maxEntries?: number; now?: () => number; version?: () => Promise<unknown> }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries ?? 8;
    this.#now = options.now ?? Date.now;
    this.#version = options.version ?? null;
  }

  /**
   * The answer for `key` (any JSON: which question, and its arguments; lists in it are compared sorted), loaded
   * once per ttlMs; with `keep`, kept while the store's version stays the same.
   */
  get<T>(key: Record<string, unknown>, load: () => Promise<T>, options: { keep?: boolean } = {}): Promise<T> {
    if (this.#ttlMs <= 0) return load();
    const k = JSON.stringify(Object.entries(key).sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => [name, Array.isArray(v) ? [...v].sort() : v]));
    const now = this.#now();
    const hit = this.#entries.get(k);
    if (hit && now - hit.at < this.#ttlMs) return hit.value as Promise<T>;
    if (hit?.version) return this.#revalidate(k, hit, load);
    return this.#load(k, load, options.keep ?? false);
  }

  #load<T>(k: string, load: () => Promise<T>, keep: boolean): Promise<T> {
    // Read before the answer, so a write committed in between is seen as a change at the next check.
    // A failed read counts as a change: the next check loads again.
    const version = keep && this.#version ? this.#version().catch(() => Symbol('unknown version')) : undefined;
    const value = (version ? version.then(load) : load()) as Promise<T>;
    const entry: Entry = { at: this.#now(), value, ...(version ? { version } : {}) };
    this.#entries.delete(k);
    this.#entries.set(k, entry);
    this.#trim();
    value.catch(() => {
      if (this.#entries.get(k) === entry) this.#entries.delete(k);
    });
    this.#sweepLater();
    return value;
  }

  /** A kept answer past ttlMs: the same while the store's version is, else loaded again. */
  #revalidate<T>(k: string, entry: Entry, load: () => Promise<T>): Promise<T> {
    entry.checking ??= Promise.all([entry.version, this.#version!()]).then(
      ([was, is]) => {
        if (this.#entries.get(k) !== entry) return this.#entries.get(k)?.value ?? this.#load(k, load, true);
        if (was !== is) return this.#load(k, load, true);
        entry.at = this.#now();
        // The youngest again: the map keeps entries oldest first.
        this.#entries.delete(k);
        this.#entries.set(k, entry);
        return entry.value;
      },
      () => this.#load(k, load, true),
    ).finally(() => delete entry.checking);
    return entry.checking as Promise<T>;
  }

  /** The oldest large entries go first past maxEntries (a 100k snapshot is large), kept ones past KEPT_MAX. */
  #trim(): void {
    let large = 0;
    let kept = 0;
    for (const e of this.#entries.values()) e.version ? kept++ : large++;
    for (const [old, e] of this.#entries) {
      if (large <= this.#maxEntries && kept <= KEPT_MAX) break;
      if (e.version && kept > KEPT_MAX) {
        this.#entries.delete(old);
        kept--;
      } else if (!e.version && large > this.#maxEntries) {
        this.#entries.delete(old);
        large--;
      }
    }
  }

  /** How many answers it holds now. */
  get size(): number {
    return this.#entries.size;
  }

  /** Drops the large entries as they expire, then waits for the next one (the map keeps them oldest first). */
  #sweepLater(): void {
    if (this.#sweep !== undefined) return;
    let oldest: Entry | undefined;
    for (const e of this.#entries.values()) {
      if (!e.version) {
        oldest = e;
        break;
      }
    }
    if (!oldest) return;
    this.#sweep = setTimeout(() => {
      this.#sweep = undefined;
      const now = this.#now();
      for (const [k, entry] of this.#entries) {
        if (entry.version) continue;
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
