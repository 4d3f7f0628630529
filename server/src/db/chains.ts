import type { Db } from './run.ts';
import { cypher, dateParam, intParam } from './cypher.ts';
import { toEntity, toRelationship, type EdgeRow, type EntityRow } from './mapping.ts';
import type { Entity, Relationship, RelationshipType } from '../domain/model.ts';

/** The relationship types that form a chain of command or money upwards. */
export type ChainType = 'OVERSEES' | 'FUNDS';

const DIRECT = cypher(`
MATCH (e:Entity {id: $id})<-[r]-(o:Entity)
WHERE type(r) = $type AND VALID(r) AND VALID(o)
WITH DISTINCT o
RETURN ENTITY(o) AS node
ORDER BY o.name`);

const TRANSITIVE = cypher(`
MATCH p = (e:Entity {id: $id})<-[rels*1..12]-(o:Entity)
WHERE all(r IN rels WHERE type(r) = $type AND VALID(r)) AND all(x IN nodes(p) WHERE VALID(x)) AND o <> e
WITH o, min(length(p)) AS distance
RETURN ENTITY(o) AS node
ORDER BY distance, o.name`);

/** Who oversees (or funds) the entity: directly, or the whole chain upwards, nearest first. */
export async function listChain(
  db: Db,
  args: { id: string; type: ChainType; transitive: boolean; asOf: string | null },
): Promise<Entity[]> {
  const rows = await db.read<{ node: EntityRow }>(args.transitive ? TRANSITIVE : DIRECT, {
    id: args.id,
    type: args.type,
    asOf: dateParam(args.asOf),
  });
  return rows.map((r) => toEntity(r.node));
}

/**
 * A chain as a subgraph: the entity, everything reachable from it over relationships of one type, upwards (who
 * oversees it, and who oversees them...) or downwards, up to $depth steps, on a date; each entity with its
 * distance (fewest steps), and every relationship of the chain. One statement, so a chain answer is one request.
 * Variable-length bounds cannot be parameters: the pattern allows 12 steps and $depth cuts it.
 */
function chainStatement(arrow: '<-[rels*1..12]-' | '-[rels*1..12]->'): string {
  return cypher(`
MATCH (e:Entity {id: $id}) WHERE VALID(e)
OPTIONAL MATCH p = (e)${arrow}(o:Entity)
WHERE length(p) <= $depth AND all(r IN rels WHERE type(r) = $type AND VALID(r)) AND all(x IN nodes(p) WHERE VALID(x)) AND o <> e
WITH e, collect(p) AS ps
EDGES_OF(ps)
CALL {
  WITH ps
  UNWIND ps AS p
  WITH last(nodes(p)) AS o, min(length(p)) AS distance
  RETURN collect({node: ENTITY(o), distance: distance}) AS found
}
RETURN ENTITY(e) AS centre, found, edges`);
}

const CHAIN = { UP: chainStatement('<-[rels*1..12]-'), DOWN: chainStatement('-[rels*1..12]->') } as const;

export type ChainDirection = keyof typeof CHAIN;

export interface Chain {
  nodes: Entity[];
  edges: Relationship[];
  /** Each entity's distance from the one asked about (0 for itself), nearest first. */
  distances: { id: string; distance: number }[];
}

/** The chain of one relationship type from an entity, as a subgraph with distances; null when it does not exist then. */
export async function findChain(
  db: Db,
  args: { id: string; type: RelationshipType; direction: ChainDirection; depth: number; asOf: string | null },
): Promise<Chain | null> {
  const [row] = await db.read<{
    centre: EntityRow | null;
    found: { node: EntityRow; distance: number }[];
    edges: EdgeRow[];
  }>(CHAIN[args.direction], { id: args.id, type: args.type, depth: intParam(args.depth), asOf: dateParam(args.asOf) });
  if (!row?.centre) return null;
  const found = row.found
    .map((f) => ({ entity: toEntity(f.node), distance: f.distance }))
    .sort((a, b) => a.distance - b.distance || a.entity.name.localeCompare(b.entity.name));
  const centre = toEntity(row.centre);
  return {
    nodes: [centre, ...found.map((f) => f.entity)],
    edges: row.edges.map(toRelationship),
    distances: [{ id: centre.id, distance: 0 }, ...found.map((f) => ({ id: f.entity.id, distance: f.distance }))],
  };
}
