import { randomUUID } from 'node:crypto';
import type { Db } from './run.ts';
import { cypher, dateParam, intParam } from './cypher.ts';
import { toEntity, toRelationship, type EdgeRow, type EntityRow } from './mapping.ts';
import type { Entity, Relationship } from '../domain/model.ts';

/** Reads and audit records for edits through the API; the writes themselves go through dataset/write.ts. */

const ENTITY = cypher(`MATCH (e:Entity {id: $id}) RETURN ENTITY(e) AS node`);
export async function readEntity(db: Db, id: string): Promise<Entity | null> {
  const [row] = await db.read<{ node: EntityRow }>(ENTITY, { id });
  return row ? toEntity(row.node) : null;
}

const RELATIONSHIP = cypher(`MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id RETURN EDGE(r) AS edge`);
export async function readRelationship(db: Db, id: string): Promise<Relationship | null> {
  const [row] = await db.read<{ edge: EdgeRow }>(RELATIONSHIP, { id });
  return row ? toRelationship(row.edge) : null;
}

/** Relationships of an entity dated outside a proposed lifetime (they would no longer fit it). */
const OUTSIDE = `
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WHERE ($from IS NOT NULL AND r.validFrom IS NOT NULL AND r.validFrom < $from)
   OR ($to IS NOT NULL AND r.validTo IS NOT NULL AND r.validTo > $to)
   OR ($to IS NOT NULL AND r.validFrom IS NOT NULL AND r.validFrom > $to AND NOT (type(r) IN ['SUCCEEDED_BY', 'MERGED_INTO']))
RETURN r.id AS id ORDER BY id LIMIT 10`;
export async function listRelationshipsOutside(db: Db, id: string, from: string | null, to: string | null): Promise<string[]> {
  const rows = await db.read<{ id: string }>(OUTSIDE, { id, from: dateParam(from), to: dateParam(to) });
  return rows.map((r) => r.id);
}

const END = cypher(`
MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id
SET r.validTo = $validTo`);

export function endRelationshipStatement(id: string, validTo: string) {
  return { cypher: END, params: { id, validTo: dateParam(validTo) } };
}

const RECORD = `
CREATE (:Change {id: $id, at: datetime(), actor: $actor, action: $action, targetId: $targetId, before: $before, after: $after})`;

/** The audit record of an accepted edit, written in the edit's own transaction. */
export function changeStatement(change: { actor: string; action: string; targetId: string; before: unknown; after: unknown }) {
  return {
    cypher: RECORD,
    params: {
      id: randomUUID(),
      actor: change.actor,
      action: change.action,
      targetId: change.targetId,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: JSON.stringify(change.after),
    },
  };
}

export interface ChangeRecord {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetId: string;
  before: string | null;
  after: string;
}

const LOG = `
MATCH (c:Change)
RETURN c {.id, at: toString(c.at), .actor, .action, .targetId, .before, .after} AS change
ORDER BY c.at DESC
LIMIT $limit`;
export async function listChangeLog(db: Db, limit: number): Promise<ChangeRecord[]> {
  const rows = await db.read<{ change: ChangeRecord }>(LOG, { limit: intParam(limit) });
  return rows.map((r) => r.change);
}
