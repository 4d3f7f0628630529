import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotCache } from '../../server/src/db/snapshot-cache.ts';
import type { Db } from '../../server/src/db/run.ts';
import type { Subgraph } from '../../server/src/domain/model.ts';

/** A cache on a clock the test moves, and a loader that counts its calls. */
function setup(ttlMs = 1000, maxEntries?: number) {
  let now = 0;
  const cache = new SnapshotCache({ ttlMs, maxEntries, now: () => now });
  let loads = 0;
  const load = async (): Promise<Subgraph> => ({ nodes: [], edges: [], collapsed: [{ id: `load-${++loads}`, relationships: 0 }] });
  const answerOf = async (p: Promise<Subgraph>) => (await p).collapsed![0]!.id;
  return { cache, load, answerOf, advance: (ms: number) => (now += ms), loads: () => loads };
}
const key = (asOf: string | null, kinds: string[] | null = null, types: string[] | null = null) => ({ asOf, kinds, types });

describe('the snapshot cache', () => {
  it('answers the same date, kinds and types from one query until it is ttl old', async () => {
    const t = setup(1000);
    expect(await t.answerOf(t.cache.get(key('2016-06-01', ['TRUST', 'CCG']), t.load))).toBe('load-1');
    t.advance(999);
    expect(await t.answerOf(t.cache.get(key('2016-06-01', ['CCG', 'TRUST']), t.load))).toBe('load-1');
    expect(await t.answerOf(t.cache.get(key('2016-06-01'), t.load))).toBe('load-2');
    expect(await t.answerOf(t.cache.get(key('2017-06-01', ['TRUST', 'CCG']), t.load))).toBe('load-3');
    t.advance(1);
    expect(await t.answerOf(t.cache.get(key('2016-06-01', ['TRUST', 'CCG']), t.load))).toBe('load-4');
  });

  it('shares one query between requests that arrive together', async () => {
    const t = setup();
    const [a, b] = [t.cache.get(key(null), t.load), t.cache.get(key(null), t.load)];
    expect([await t.answerOf(a), await t.answerOf(b)]).toEqual(['load-1', 'load-1']);
    expect(t.loads()).toBe(1);
  });

  it('is cleared by every write through the gateway it watches, even a failed one', async () => {
    const t = setup();
    const inner: Db = {
      read: async () => [],
      write: async () => [],
      writeAll: async (statements) => {
        if (statements.length === 0) throw new Error('refused');
        return [];
      },
    };
    const db = t.cache.watch(inner);
    await t.cache.get(key(null), t.load);
    await db.write('CREATE (:X)');
    expect(await t.answerOf(t.cache.get(key(null), t.load))).toBe('load-2');
    await db.writeAll([{ cypher: 'CREATE (:X)' }]);
    expect(await t.answerOf(t.cache.get(key(null), t.load))).toBe('load-3');
    await expect(db.writeAll([])).rejects.toThrow('refused');
    expect(await t.answerOf(t.cache.get(key(null), t.load))).toBe('load-4');
    await db.read('MATCH (n) RETURN n');
    expect(await t.answerOf(t.cache.get(key(null), t.load))).toBe('load-4');
  });

  it('keeps no failed answer', async () => {
    const t = setup();
    await expect(t.cache.get(key(null), () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect(await t.answerOf(t.cache.get(key(null), t.load))).toBe('load-1');
  });

  it('keeps at most maxEntries answers, dropping the oldest', async () => {
    const t = setup(1000, 2);
    for (const d of ['2014-01-01', '2015-01-01', '2016-01-01']) await t.cache.get(key(d), t.load);
    expect(await t.answerOf(t.cache.get(key('2016-01-01'), t.load))).toBe('load-3');
    expect(await t.answerOf(t.cache.get(key('2014-01-01'), t.load))).toBe('load-4');
  });

  it('with a ttl of 0 always asks', async () => {
    const t = setup(0);
    await t.cache.get(key(null), t.load);
    expect(await t.answerOf(t.cache.get(key(null), t.load))).toBe('load-2');
  });

  describe('on a clock that runs by itself (fake timers)', () => {
    afterEach(() => void vi.useRealTimers());

    it('drops each answer once it is ttl old, with no request asking for it', async () => {
      vi.useFakeTimers({ now: 1_000_000 });
      const cache = new SnapshotCache({ ttlMs: 30_000 });
      let loads = 0;
      const load = async (): Promise<Subgraph> => ({ nodes: [], edges: [], collapsed: [{ id: `load-${++loads}`, relationships: 0 }] });
      await cache.get(key('2014-01-01'), load);
      vi.advanceTimersByTime(10_000);
      await cache.get(key('2015-01-01'), load);
      expect(cache.size).toBe(2);
      vi.advanceTimersByTime(19_999);
      expect(cache.size).toBe(2);
      // The first is 30 s old now, the second 20 s.
      vi.advanceTimersByTime(1);
      expect(cache.size).toBe(1);
      vi.advanceTimersByTime(9_999);
      expect(cache.size).toBe(1);
      vi.advanceTimersByTime(1);
      expect(cache.size).toBe(0);
      // Asked again, it loads again (nothing was kept).
      expect((await cache.get(key('2014-01-01'), load)).collapsed![0]!.id).toBe('load-3');
      expect(cache.size).toBe(1);
    });
  });
});

describe('the snapshot cache, for small answers it keeps', () => {
  /** A cache whose store version the test sets, counting the version reads and the loads. */
  function kept(ttlMs = 1000) {
    let now = 0;
    let version: number | null = 1;
    let versionReads = 0;
    const cache = new SnapshotCache({ ttlMs, now: () => now, version: async () => (versionReads++, version) });
    let loads = 0;
    const load = async () => `load-${++loads}`;
    return {
      cache, load,
      get: (k: Record<string, unknown>, keep = true) => cache.get(k, load, { keep }),
      advance: (ms: number) => (now += ms),
      write: () => (version = (version ?? 0) + 1),
      loads: () => loads,
      versionReads: () => versionReads,
    };
  }

  it('keeps a kept answer past ttl while the store version is the same, and loads it again once it changed', async () => {
    const t = kept(1000);
    expect(await t.get(key('2023-01-01'))).toBe('load-1');
    t.advance(5000);
    expect(await t.get(key('2023-01-01'))).toBe('load-1');
    expect(t.versionReads()).toBe(2);
    // Checked again only once ttl has passed since the last check.
    t.advance(999);
    expect(await t.get(key('2023-01-01'))).toBe('load-1');
    expect(t.versionReads()).toBe(2);
    t.advance(1);
    t.write();
    expect(await t.get(key('2023-01-01'))).toBe('load-2');
    expect(t.loads()).toBe(2);
  });

  it('does not keep answers asked without keep past ttl, whatever the version', async () => {
    const t = kept(1000);
    expect(await t.get(key('2023-01-01'), false)).toBe('load-1');
    t.advance(1000);
    expect(await t.get(key('2023-01-01'), false)).toBe('load-2');
    expect(t.versionReads()).toBe(0);
  });

  it('shares one version check between requests that arrive together', async () => {
    const t = kept(1000);
    await t.get(key(null));
    t.advance(2000);
    const answers = await Promise.all([t.get(key(null)), t.get(key(null)), t.get(key(null))]);
    expect(answers).toEqual(['load-1', 'load-1', 'load-1']);
    expect(t.versionReads()).toBe(2);
  });

  it('loads again when the version cannot be read', async () => {
    let now = 0;
    let fail = false;
    let loads = 0;
    const cache = new SnapshotCache({ ttlMs: 1000, now: () => now, version: async () => { if (fail) throw new Error('Neo4j away'); return 7; } });
    const load = async () => `load-${++loads}`;
    expect(await cache.get(key(null), load, { keep: true })).toBe('load-1');
    now += 2000;
    fail = true;
    expect(await cache.get(key(null), load, { keep: true })).toBe('load-2');
  });

  it('is cleared by a write through the gateway it watches, kept answers too', async () => {
    const t = kept(1000);
    const inner: Db = { read: async () => [], write: async () => [], writeAll: async () => [] };
    await t.get(key(null));
    await t.cache.watch(inner).write('CREATE ()');
    expect(t.cache.size).toBe(0);
    expect(await t.get(key(null))).toBe('load-2');
  });
});
