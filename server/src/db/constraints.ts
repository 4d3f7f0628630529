import { KIND_LABEL, RELATIONSHIP_TYPES } from '../domain/model.ts';
import type { Db } from './run.ts';

/**
 * Constraints and indexes, created idempotently before any write. Names and types come from the allowlist in
 * domain/model.ts. Schema statements cannot share a transaction with data writes, so they run on their own.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT rule_id IF NOT EXISTS FOR (r:Rule) REQUIRE r.id IS UNIQUE',
  // One (:CountState) for the kept counts (db/counts.ts): writes MERGE it, and only a constraint makes that safe.
  'CREATE CONSTRAINT count_state_id IF NOT EXISTS FOR (s:CountState) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)',
  'CREATE INDEX entity_ods IF NOT EXISTS FOR (e:Entity) ON (e.odsCode)',
  'CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.odsCode, e.description]',
  ...RELATIONSHIP_TYPES.map(
    (type) => 'CREATE CONSTRAINT rel_' + type.toLowerCase() + '_id IF NOT EXISTS FOR ()-[r:' + type + ']-() REQUIRE r.id IS UNIQUE',
  ),
];

/** Every kind label, for removing a stale one when an entity's kind changes. */
export const ALL_KIND_LABELS: readonly string[] = Object.values(KIND_LABEL);

/**
 * How long schema changes may take: waiting for indexes to come online (up to 60 s by its own bound) would be cut
 * by the 5 s query timeout, and a busy machine can take longer than that.
 */
const SCHEMA_TIMEOUT_MS = 90_000;

/** Creates the constraints and indexes (idempotent), then waits until the indexes are online. */
export async function ensureSchema(db: Db): Promise<void> {
  // One transaction each: Neo4j does not mix schema changes with other work in a transaction.
  for (const statement of SCHEMA_STATEMENTS) await db.writeAll([{ cypher: statement }], { timeoutMs: SCHEMA_TIMEOUT_MS });
  await db.writeAll([{ cypher: 'CALL db.awaitIndexes(60)' }], { timeoutMs: SCHEMA_TIMEOUT_MS });
}
