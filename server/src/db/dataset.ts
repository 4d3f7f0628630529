import type { EntityKind, RelationshipType } from '../domain/model.ts';
import { KIND_LABEL, RELATIONSHIP_TYPES } from '../domain/model.ts';
import { ALL_KIND_LABELS } from './constraints.ts';
import type { Db } from './run.ts';

/**
 * The write path's Cypher: the upserts every load and edit writes with (seed files, the national registers, ODS
 * extracts, edits through the API, the bench), the prune after a full load, and the reads the checks need of what
 * is stored. server/src/dataset/write.ts puts them into transactions.
 */

export const UPSERT_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

export const UPSERT_RULES = `
UNWIND $rows AS row
MERGE (r:Rule {id: row.id})
SET r += row.props`;

/** One statement for each kind: MERGE cannot take a label as a parameter, so labels come from the allowlist. */
const UPSERT_ENTITIES = new Map<EntityKind, string>(
  (Object.entries(KIND_LABEL) as [EntityKind, string][]).map(([kind, label]) => [
    kind,
    'UNWIND $rows AS row\nMERGE (e:Entity {id: row.id})\nON CREATE SET e.origin = $origin\nSET e += row.props\nREMOVE e:' +
      ALL_KIND_LABELS.join(':') +
      '\nSET e:' +
      label,
  ]),
);

/** One statement for each relationship type, for the same reason. */
const UPSERT_RELATIONSHIPS = new Map<RelationshipType, string>(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    'UNWIND $rows AS row\nMATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})\nMERGE (a)-[r:' +
      type +
      ' {id: row.id}]->(b)\nON CREATE SET r.origin = $origin\nSET r += row.props',
  ]),
);

/** The upsert of entities of one kind ($rows of {id, props}; $origin). */
export function upsertEntitiesStatement(kind: EntityKind): string {
  return UPSERT_ENTITIES.get(kind)!;
}

/** The upsert of relationships of one type ($rows of {id, from, to, props}; $origin). */
export function upsertRelationshipsStatement(type: RelationshipType): string {
  return UPSERT_RELATIONSHIPS.get(type)!;
}

/**
 * With every file loaded, what an earlier load wrote but the files no longer hold (a relationship whose dates,
 * and so id, changed; an entity taken out) is removed. Only what came from seed files: ODS imports and API
 * edits are left alone. The ids come as maps, so a key is found in constant time.
 */
export const PRUNE = `
CALL {
  MATCH ()-[r]->() WHERE r.origin = 'seed' AND $relationshipIds[r.id] IS NULL
  DELETE r RETURN count(r) AS relationships
}
CALL {
  MATCH (e:Entity) WHERE e.origin = 'seed' AND $entityIds[e.id] IS NULL
  DETACH DELETE e RETURN count(e) AS entities
}
CALL {
  MATCH (r:Rule) WHERE $ruleIds[r.id] IS NULL
  DELETE r RETURN count(r) AS rules
}
RETURN relationships, entities, rules`;

export interface StoredIds {
  entities: { id: string; name: string; odsCode: string | null; validFrom: string | null; validTo: string | null }[];
  sources: string[];
  rules: string[];
}

const READ_STORED_IDS = `
CALL { MATCH (e:Entity) RETURN collect(e {.id, .name, .odsCode, .validFrom, .validTo}) AS entities }
CALL { MATCH (s:Source) RETURN collect(s.id) AS sources }
CALL { MATCH (r:Rule) RETURN collect(r.id) AS rules }
RETURN entities, sources, rules`;

/** Every stored entity's id, name, ODS code and dates, and every source and rule id. */
export async function readStoredIds(db: Db): Promise<StoredIds> {
  const [row] = await db.read<StoredIds>(READ_STORED_IDS);
  return row ?? { entities: [], sources: [], rules: [] };
}

const COUNT_GRAPH = `
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities, relationships, sources`;

export async function countGraph(db: Db): Promise<{ entities: number; relationships: number; sources: number }> {
  const [row] = await db.read<{ entities: number; relationships: number; sources: number }>(COUNT_GRAPH);
  return row ?? { entities: 0, relationships: 0, sources: 0 };
}

export type StoredRecord = Record<string, unknown> & {
  id: string;
  kind: string;
  odsCode: string;
  validFrom: string | null;
  validTo: string | null;
};
export type StoredLink = { id: string; type: string; fromId: string; toId: string; toKind: string; props: Record<string, unknown> };

const FIND_BY_ODS_CODE = `
CALL { MATCH (e:Entity) WHERE e.odsCode IN $codes RETURN collect(e {.*}) AS holders }
CALL { MATCH (g:Entity) WHERE g.odsCode IN $groupings AND g.kind IN $groupKinds RETURN collect(g {.*}) AS groups }
CALL {
  MATCH (e:Entity)-[r:PART_OF]->(g:Entity) WHERE e.odsCode IN $codes AND g.kind IN $groupKinds
  RETURN collect({id: r.id, type: type(r), fromId: e.id, toId: g.id, toKind: g.kind, props: properties(r)}) AS links
}
RETURN holders, groups, links`;

/**
 * What an ODS import matches its rows to: the entities holding the codes, the groups (of `groupKinds`) holding
 * the grouping codes, and the holders' memberships of such groups.
 */
export async function findByOdsCode(
  db: Db,
  codes: string[],
  groupings: string[],
  groupKinds: string[],
): Promise<{ holders: StoredRecord[]; groups: StoredRecord[]; links: StoredLink[] }> {
  const [row] = await db.read<{ holders: StoredRecord[]; groups: StoredRecord[]; links: StoredLink[] }>(FIND_BY_ODS_CODE, {
    codes,
    groupings,
    groupKinds,
  });
  return row ?? { holders: [], groups: [], links: [] };
}
