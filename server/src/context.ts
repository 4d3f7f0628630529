import DataLoader from 'dataloader';
import type { Db } from './db/run.ts';
import { SnapshotCache } from './db/snapshot-cache.ts';
import { findEntitiesWithSources } from './db/entities.ts';
import { findRules, findSources } from './db/sources.ts';
import type { Entity, Rule, SourceDocument } from './domain/model.ts';
import type { Auth } from './security.ts';

/**
 * What every resolver gets: the database gateway and two per-request batch loaders, so that the entities at the
 * ends of many relationships, and the sources of many facts, cost one query each rather than one per item.
 */
export interface Context {
  db: Db;
  /** Who is asking, from the Authorization header; only mutations look at it. */
  auth?: Auth;
  entities: DataLoader<string, Entity | null>;
  /**
   * The entities this request has already read, by id, so that an edge's ends resolve without a promise: ~140
   * ends of a neighbourhood each awaited through the loader made graphql-js complete every list asynchronously.
   */
  known: Map<string, Entity>;
  sources: DataLoader<string, SourceDocument | null>;
  rules: DataLoader<string, Rule | null>;
  /** Snapshot answers, shared by every request of one app. */
  snapshots: SnapshotCache;
  /** The most entities, and relationships, one `graph` answer may hold. */
  snapshotCap: number;
}

/** `graph` answers of up to this many entities and relationships each (the national graph fits whole). */
export const SNAPSHOT_CAP = 10_000;

function byId<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const map = new Map(items.map((i) => [i.id, i]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createContext(db: Db, snapshots = new SnapshotCache({ ttlMs: 0 }), snapshotCap = SNAPSHOT_CAP): Context {
  const known = new Map<string, Entity>();
  const sources = new DataLoader<string, SourceDocument | null>(async (ids) => byId(ids, await findSources(db, ids)));
  const entities = new DataLoader<string, Entity | null>(async (ids) => {
    // An entity comes with the documents it cites, so its `sources` field costs no further round trip.
    const found = await findEntitiesWithSources(db, ids);
    for (const s of found.sources) sources.prime(s.id, s);
    for (const e of found.entities) known.set(e.id, e);
    return byId(ids, found.entities);
  });
  const rules = new DataLoader<string, Rule | null>(async (ids) => byId(ids, await findRules(db, ids)));
  return { db, entities, known, sources, rules, snapshots, snapshotCap };
}

/** Remembers entities a query already returned, so resolving an edge's ends needs no further query. */
export function prime(context: Context, entities: Entity[]): void {
  for (const e of entities) {
    context.known.set(e.id, e);
    context.entities.prime(e.id, e);
  }
}

/** Forgets an entity this request read (it has just been written), so that it is read again. */
export function forget(context: Context, id: string): void {
  context.known.delete(id);
  context.entities.clear(id);
}

/** Remembers source documents a query already returned, so resolving citations needs no further query. */
export function primeSources(context: Context, sources: SourceDocument[]): void {
  for (const s of sources) context.sources.prime(s.id, s);
}
