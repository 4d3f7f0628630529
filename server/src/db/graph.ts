import type { Db } from './run.ts';
import { cypher, dateParam, inSlices, intParam } from './cypher.ts';
import { distinctById, toEntity, toMapEntity, toMapRelationship, toRelationship, type EdgeRow, type EntityRow, type MapEntityRow, type MapRelationshipRow } from './mapping.ts';
import type { Basis, CollapsedHub, Direction, EntityKind, MapEntity, MapRelationship, RelationshipType, Subgraph } from '../domain/model.ts';

type Row = {
  center: EntityRow | null;
  nodes: EntityRow[];
  edges: EdgeRow[];
  collapsed: CollapsedHub[];
};

/**
 * An entity with more relationships than this is a hub (NHS England, the CQC): the neighbourhood reaches it but
 * does not expand through it, or one hop next to a hub would bring back thousands of entities.
 */
export const HUB_LIMIT = 100;

/**
 * Variable-length bounds cannot be parameters, so there is one constant statement for each depth and direction
 * (12 in all), built once from fixed pieces (the depth is one of 1 to 4, the hop one of three patterns). Each hop is filtered while it is expanded (type, date, and not
 * onward from a hub other than the entity asked about); relationships are made distinct in Cypher, and the hubs
 * reached before the last hop are reported with their relationship count.
 */
const HOP: Record<Direction, string> = { OUT: '(a)-[r]->(b:Entity)', IN: '(a)<-[r]-(b:Entity)', BOTH: '(a)-[r]-(b:Entity)' };

/** The answer in rows of a few KB (cypher.ts, inSlices). */
const NEIGHBOURHOOD_ROWS = inSlices({ nodes: 5, edges: 8, collapsed: 50 }, ['center']);

function neighbourhoodStatement(direction: Direction, depth: number): string {
  return cypher(`
MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c) (${HOP[direction]}
  WHERE (a = c OR COUNT { (a)--() } <= $hubLimit) AND ($types IS NULL OR type(r) IN $types)
    AND ($bases IS NULL OR r.basis IN $bases) AND VALID(r) AND VALID(b)
){1,${depth}}
WHERE VALID(c)
WITH c, collect(p) AS ps
EDGES_OF(ps)
CALL {
  WITH c, ps
  UNWIND ps AS p
  WITH c, last(nodes(p)) AS o, min(length(p)) AS hops
  WITH o, CASE WHEN o <> c AND hops < ${depth} THEN COUNT { (o)--() } ELSE 0 END AS degree
  RETURN collect(ENTITY(o)) AS nodes,
    collect(CASE WHEN degree > $hubLimit THEN {id: o.id, relationships: degree} END) AS collapsed
}
WITH ENTITY(c) AS center, nodes, edges, collapsed
${NEIGHBOURHOOD_ROWS.cypher}`);
}

const NEIGHBOURHOOD = new Map<string, string>();
for (const depth of [1, 2, 3, 4]) {
  for (const direction of Object.keys(HOP) as Direction[]) {
    NEIGHBOURHOOD.set(`${direction}:${depth}`, neighbourhoodStatement(direction, depth));
  }
}

/** The entity and what lies within `depth` hops of it; null when the entity does not exist. */
export async function listNeighbourhood(
  db: Db,
  args: {
    id: string;
    depth: number;
    direction: Direction;
    types: RelationshipType[] | null;
    bases?: Basis[] | null;
    asOf: string | null;
  },
): Promise<Subgraph | null> {
  const statement = NEIGHBOURHOOD.get(`${args.direction}:${args.depth}`);
  if (!statement) throw new RangeError(`no neighbourhood statement for ${args.direction}:${args.depth}`);
  const row = NEIGHBOURHOOD_ROWS.join(await db.read<Row>(statement, {
    id: args.id,
    types: args.types,
    bases: args.bases ?? null,
    asOf: dateParam(args.asOf),
    hubLimit: intParam(HUB_LIMIT),
  }));
  if (!row?.center) return null;
  return {
    nodes: distinctById([toEntity(row.center), ...row.nodes.map(toEntity)]),
    edges: row.edges.map(toRelationship),
    collapsed: row.collapsed,
  };
}

/** What a snapshot holds: the entities and relationships of the kinds and types, valid on $asOf (shared by both shapes). */
const SNAPSHOT_ENTITIES = `
  MATCH (e:Entity)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND VALID(e)
    AND ($asOf IS NULL OR e.validFrom IS NOT NULL OR e.validTo IS NOT NULL OR EXISTS {
      (e)-[r]-(o:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
        AND ($kinds IS NULL OR o.kind IN $kinds) AND VALID(r) AND VALID(o)
    })
  WITH e LIMIT $limit`;
const SNAPSHOT_RELATIONSHIPS = `
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
    AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
    AND VALID(r) AND VALID(a) AND VALID(b)
  WITH r, a, b LIMIT $limit`;

/**
 * A snapshot is a UNION of its entities and its relationships, each side in rows of a few KB (cypher.ts, inSlices)
 * with the other list empty. Reading the map's snapshot at 19,601 entities (52,002 relationships), median of 5: 750 ms
 * of Node's CPU in rows of 100 entities and 250 relationships, 476 ms in rows of 5 and 16; on the national graph, 137
 * and 44 ms (an entity's description can be 500 characters). One row holding everything took 10 to 13 s.
 */
const SNAPSHOT_ROWS = inSlices({ nodes: 5, edges: 8 });
/** The map's relationships are lists of values, half the size of the full ones. */
const MAP_SNAPSHOT_ROWS = inSlices({ nodes: 5, edges: 16 });

const snapshotOf = (node: string, edge: string, rows: { cypher: string }) => cypher(`
CALL {${SNAPSHOT_ENTITIES}
  WITH collect(${node}) AS nodes, [] AS edges
  ${rows.cypher}
  UNION ALL${SNAPSHOT_RELATIONSHIPS}
  WITH [] AS nodes, collect(${edge}) AS edges
  ${rows.cypher}
}
RETURN nodes, edges`);

const SNAPSHOT = snapshotOf('ENTITY(e)', 'EDGE(r)', SNAPSHOT_ROWS);

/**
 * The same as a map reads it (mapping.ts, MapEntityRow and MapRelationshipRow): each item a list of values, dates as
 * text, no citations or premises.
 */
const SNAPSHOT_FOR_MAP = snapshotOf(
  'MAP_ENTITY(e)',
  `[r.id, type(r), a.id, b.id, toString(r.validFrom), toString(r.validTo), r.note, r.confidence, r.basis, r.rule,
    size(coalesce(r.sourceIds, [])), CASE WHEN r.basis IS NULL THEN any(q IN coalesce(r.quotes, []) WHERE q <> '') END]`,
  MAP_SNAPSHOT_ROWS,
);

/** Neither list of a snapshot answer is cut when no limit is given. */
const NO_LIMIT = 2 ** 31 - 1;

type SnapshotArgs = { asOf: string | null; kinds: EntityKind[] | null; types: RelationshipType[] | null; bases?: Basis[] | null; limit?: number };

function snapshotParams(args: SnapshotArgs) {
  return { asOf: dateParam(args.asOf), kinds: args.kinds, types: args.types, bases: args.bases ?? null, limit: intParam(args.limit ?? NO_LIMIT) };
}

/**
 * Everything (of the given kinds and types) valid on asOf, or the whole graph without a date. Undated entities
 * (people, places) appear on a date only through a relationship valid then. With `limit`, each list stops at that
 * many (the caller asks for one more than it will show, to know that there were more).
 */
export async function listSnapshot(db: Db, args: SnapshotArgs): Promise<Subgraph> {
  const row = SNAPSHOT_ROWS.join(await db.read<{ nodes: EntityRow[]; edges: EdgeRow[] }>(SNAPSHOT, snapshotParams(args)));
  return { nodes: (row?.nodes ?? []).map(toEntity), edges: (row?.edges ?? []).map(toRelationship) };
}

/** The same snapshot as a map draws it: no citations or premises (domain/model.ts, MapRelationship). */
export async function listSnapshotForMap(db: Db, args: SnapshotArgs): Promise<{ nodes: MapEntity[]; edges: MapRelationship[] }> {
  const row = MAP_SNAPSHOT_ROWS.join(await db.read<{ nodes: MapEntityRow[]; edges: MapRelationshipRow[] }>(SNAPSHOT_FOR_MAP, snapshotParams(args)));
  return { nodes: (row?.nodes ?? []).map(toMapEntity), edges: (row?.edges ?? []).map(toMapRelationship) };
}
