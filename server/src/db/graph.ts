import type { Db } from './run.ts';
import { cypher, dateParam, intParam } from './cypher.ts';
import { distinctById, toEntity, toRelationship, type EdgeRow } from './mapping.ts';
import type { Basis, CollapsedHub, Direction, EntityKind, RelationshipType, Subgraph } from '../domain/model.ts';

type Row = {
  center: Record<string, unknown> | null;
  nodes: Record<string, unknown>[];
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

function neighbourhoodStatement(direction: Direction, depth: number): string {
  return cypher(`
MATCH (c:Entity {id: $id})
OPTIONAL MATCH p = (c) (${HOP[direction]}
  WHERE (a = c OR COUNT { (a)--() } <= $hubLimit) AND ($types IS NULL OR type(r) IN $types)
    AND ($bases IS NULL OR r.basis IN $bases) AND VALID(r) AND VALID(b)
){1,${depth}}
WHERE VALID(c)
WITH c, collect(p) AS ps
CALL {
  WITH ps
  UNWIND ps AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect(EDGE(r)) AS edges
}
CALL {
  WITH c, ps
  UNWIND ps AS p
  WITH c, last(nodes(p)) AS o, min(length(p)) AS hops
  WITH o, CASE WHEN o <> c AND hops < ${depth} THEN COUNT { (o)--() } ELSE 0 END AS degree
  RETURN collect(o {.*}) AS nodes,
    collect(CASE WHEN degree > $hubLimit THEN {id: o.id, relationships: degree} END) AS collapsed
}
RETURN c {.*} AS center, nodes, edges, collapsed`);
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
  const [row] = await db.read<Row>(statement, {
    id: args.id,
    types: args.types,
    bases: args.bases ?? null,
    asOf: dateParam(args.asOf),
    hubLimit: intParam(HUB_LIMIT),
  });
  if (!row?.center) return null;
  return {
    nodes: distinctById([toEntity(row.center), ...row.nodes.map(toEntity)]),
    edges: row.edges.map(toRelationship),
    collapsed: row.collapsed,
  };
}

const SNAPSHOT = cypher(`
CALL {
  MATCH (e:Entity)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND VALID(e)
    AND ($asOf IS NULL OR e.validFrom IS NOT NULL OR e.validTo IS NOT NULL OR EXISTS {
      (e)-[r]-(o:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
        AND ($kinds IS NULL OR o.kind IN $kinds) AND VALID(r) AND VALID(o)
    })
  WITH e LIMIT $limit
  RETURN collect(e {.*}) AS nodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
    AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
    AND VALID(r) AND VALID(a) AND VALID(b)
  WITH r LIMIT $limit
  RETURN collect(EDGE(r)) AS edges
}
RETURN nodes, edges`);

/** Neither list of a snapshot answer is cut when no limit is given. */
const NO_LIMIT = 2 ** 31 - 1;

/**
 * Everything (of the given kinds and types) valid on asOf, or the whole graph without a date. Undated entities
 * (people, places) appear on a date only through a relationship valid then. With `limit`, each list stops at that
 * many (the caller asks for one more than it will show, to know that there were more).
 */
export async function listSnapshot(
  db: Db,
  args: { asOf: string | null; kinds: EntityKind[] | null; types: RelationshipType[] | null; bases?: Basis[] | null; limit?: number },
): Promise<Subgraph> {
  const [row] = await db.read<{ nodes: Record<string, unknown>[]; edges: EdgeRow[] }>(SNAPSHOT, {
    asOf: dateParam(args.asOf),
    kinds: args.kinds,
    types: args.types,
    bases: args.bases ?? null,
    limit: intParam(args.limit ?? NO_LIMIT),
  });
  return { nodes: (row?.nodes ?? []).map(toEntity), edges: (row?.edges ?? []).map(toRelationship) };
}
