import DataLoader from 'dataloader';
import type { Db } from './db/run.ts';
import { findEntities } from './db/entities.ts';
import { findSources } from './db/sources.ts';
import type { Entity, SourceDocument } from './domain/model.ts';
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
  sources: DataLoader<string, SourceDocument | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const map = new Map(items.map((i) => [i.id, i]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createContext(db: Db): Context {
  return {
    db,
    entities: new DataLoader(async (ids) => byId(ids, await findEntities(db, ids))),
    sources: new DataLoader(async (ids) => byId(ids, await findSources(db, ids))),
  };
}

/** Remembers entities a query already returned, so resolving an edge's ends needs no further query. */
export function prime(context: Context, entities: Entity[]): void {
  for (const e of entities) context.entities.prime(e.id, e);
}
