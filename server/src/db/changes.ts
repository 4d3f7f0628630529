import type { Db } from './run.ts';
import { cypher, dateParam, inSlices } from './cypher.ts';
import { toEntity, toRelationship, type EdgeRow, type EntityRow } from './mapping.ts';
import type { Relationship, Subgraph } from '../domain/model.ts';

/** The answer in rows of a few KB (cypher.ts, inSlices). */
const CHANGE_ROWS = inSlices({ addedNodes: 5, removedNodes: 5, addedEdges: 8, removedEdges: 8, successions: 8 });

/**
 * What is present on $to but not on $from (added), and the reverse (removed), in the sense of graph(asOf): a
 * relationship when it and both its ends are valid; an undated entity through a relationship valid then.
 */
const CHANGES = cypher(`
CALL {
  MATCH (e:Entity)
  WITH e, PRESENT(e, $from) AS was, PRESENT(e, $to) AS is
  WHERE was <> is
  RETURN collect(CASE WHEN is THEN ENTITY(e) END) AS addedNodes, collect(CASE WHEN was THEN ENTITY(e) END) AS removedNodes
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH r, VALID(r, $from) AND VALID(a, $from) AND VALID(b, $from) AS was,
          VALID(r, $to) AND VALID(a, $to) AND VALID(b, $to) AS is
  WHERE was <> is
  RETURN collect(CASE WHEN is THEN EDGE(r) END) AS addedEdges, collect(CASE WHEN was THEN EDGE(r) END) AS removedEdges
}
CALL {
  MATCH (:Entity)-[r:MERGED_INTO|SUCCEEDED_BY]->(:Entity)
  WHERE r.validFrom IS NOT NULL
    AND ((r.validFrom > $from AND r.validFrom <= $to) OR (r.validFrom > $to AND r.validFrom <= $from))
  RETURN collect(EDGE(r)) AS successions
}
WITH addedNodes, removedNodes, addedEdges, removedEdges, successions
${CHANGE_ROWS.cypher}`);

type Row = {
  addedNodes: EntityRow[];
  removedNodes: EntityRow[];
  addedEdges: EdgeRow[];
  removedEdges: EdgeRow[];
  successions: EdgeRow[];
};

/**
 * A merger or succession is an event: on no one day are it and both its ends in force (the old body ends the day
 * before the new one takes over), so it is listed apart, when it took effect between the two dates.
 */
export async function listChanges(
  db: Db,
  from: string,
  to: string,
): Promise<{ added: Subgraph; removed: Subgraph; successions: Relationship[] }> {
  const row = CHANGE_ROWS.join(await db.read<Row>(CHANGES, { from: dateParam(from), to: dateParam(to) }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    added: { nodes: (row?.addedNodes ?? []).map(toEntity).sort(byName), edges: (row?.addedEdges ?? []).map(toRelationship) },
    removed: { nodes: (row?.removedNodes ?? []).map(toEntity).sort(byName), edges: (row?.removedEdges ?? []).map(toRelationship) },
    successions: (row?.successions ?? []).map(toRelationship).sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.id.localeCompare(b.id)),
  };
}
