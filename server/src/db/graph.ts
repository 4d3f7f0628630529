import type { Db } from './run.ts';
import { cypher, dateParam } from './cypher.ts';
import { distinctById, toEntity, toRelationship, type EdgeRow } from './mapping.ts';
import type { Direction, EntityKind, RelationshipType, Subgraph } from '../domain/model.ts';

type Row = { center: Record<string, unknown> | null; nodes: Record<string, unknown>[]; edges: EdgeRow[][] };

const WHERE_PATH = `
WHERE all(r IN rels WHERE ($types IS NULL OR type(r) IN $types) AND VALID(r))
  AND all(x IN nodes(p) WHERE VALID(x))
WITH c, collect(DISTINCT last(nodes(p))) AS others, collect([r IN rels | EDGE(r)]) AS edges
RETURN c {.*} AS center, [o IN others | o {.*}] AS nodes, edges`;

/**
 * Variable-length bounds cannot be parameters, so there is one constant statement for each depth and direction
 * (12 in all), built once from fixed pieces.
 */
const ARROWS: Record<Direction, [string, string]> = { OUT: ['-', '->'], IN: ['<-', '-'], BOTH: ['-', '-'] };
const NEIGHBOURHOOD = new Map<string, string>();
for (const depth of [1, 2, 3, 4]) {
  for (const direction of Object.keys(ARROWS) as Direction[]) {
    const [left, right] = ARROWS[direction];
    NEIGHBOURHOOD.set(
      `${direction}:${depth}`,
      cypher(
        'MATCH (c:Entity {id: $id})\nOPTIONAL MATCH p = (c)' + left + '[rels*1..' + depth + ']' + right + '(:Entity)' + WHERE_PATH,
      ),
    );
  }
}

/** The entity and what lies within `depth` hops of it; null when the entity does not exist. */
export async function listNeighbourhood(
  db: Db,
  args: { id: string; depth: number; direction: Direction; types: RelationshipType[] | null; asOf: string | null },
): Promise<Subgraph | null> {
  const statement = NEIGHBOURHOOD.get(`${args.direction}:${args.depth}`);
  if (!statement) throw new RangeError(`no neighbourhood statement for ${args.direction}:${args.depth}`);
  const [row] = await db.read<Row>(statement, { id: args.id, types: args.types, asOf: dateParam(args.asOf) });
  if (!row?.center) return null;
  return {
    nodes: distinctById([toEntity(row.center), ...row.nodes.map(toEntity)]),
    edges: distinctById(row.edges.flat().map(toRelationship)),
  };
}

const SNAPSHOT = cypher(`
CALL {
  MATCH (e:Entity)
  WHERE ($kinds IS NULL OR e.kind IN $kinds) AND VALID(e)
    AND ($asOf IS NULL OR e.validFrom IS NOT NULL OR e.validTo IS NOT NULL OR EXISTS {
      (e)-[r]-(o:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR o.kind IN $kinds) AND VALID(r) AND VALID(o)
    })
  RETURN collect(e {.*}) AS nodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
    AND VALID(r) AND VALID(a) AND VALID(b)
  RETURN collect(EDGE(r)) AS edges
}
RETURN nodes, edges`);

/**
 * Everything (of the given kinds and types) valid on asOf, or the whole graph without a date. Undated entities
 * (people, places) appear on a date only through a relationship valid then.
 */
export async function listSnapshot(
  db: Db,
  args: { asOf: string | null; kinds: EntityKind[] | null; types: RelationshipType[] | null },
): Promise<Subgraph> {
  const [row] = await db.read<{ nodes: Record<string, unknown>[]; edges: EdgeRow[] }>(SNAPSHOT, {
    asOf: dateParam(args.asOf),
    kinds: args.kinds,
    types: args.types,
  });
  return { nodes: (row?.nodes ?? []).map(toEntity), edges: (row?.edges ?? []).map(toRelationship) };
}
