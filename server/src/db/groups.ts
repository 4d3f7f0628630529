import type { Db } from './run.ts';
import { cypher, dateParam, inSlices } from './cypher.ts';
import { toEntity, type EntityRow } from './mapping.ts';
import type { Entity, EntityKind, RelationshipType } from '../domain/model.ts';

/**
 * The NHS as groups on a date, for a map that opens on the structure rather than on a thousand entities. At the
 * top the groups are NHS England's regions and the national bodies stand on their own; inside a region the
 * groups are its ICBs (from July 2022), else its STPs (2016 to 2022), else its area teams or local offices;
 * inside one of those, its members stand on their own. The group opened stands among them, so what links its
 * members to it is drawn (an org chart, with the hierarchy layout). Membership on the date is PART_OF (and, for an ICB or
 * STP, PARTNER_IN: councils and partner trusts). Relationships between the members of two groups, or between a
 * member and an entity standing alone, come as one link per pair and type, counted. One statement.
 */

/** Kinds that stand alone at the top, beside the regions. */
export const NATIONAL_KINDS: EntityKind[] = ['GOVERNMENT_DEPARTMENT', 'NATIONAL_BODY', 'REGULATOR'];

/** What a group holds inside a region, in the order tried: the first of these the region has on the date. */
export const CHILD_KINDS: EntityKind[] = ['INTEGRATED_CARE_BOARD', 'STP', 'LOCAL_OFFICE'];

/** The answer in rows of a few KB (cypher.ts, inSlices): a region's loose trusts and councils are a long list. */
const GROUP_ROWS = inSlices({ above: 5, loose: 5, tallies: 10, links: 40 }, ['within', 'groupKinds']);

const GROUPS = cypher(`
OPTIONAL MATCH (w:Entity {id: $within}) WHERE VALID(w)
WITH w, CASE
    WHEN $within IS NULL THEN ['REGION']
    WHEN w IS NULL OR w.kind <> 'REGION' THEN []
    ELSE [k IN $childKinds WHERE EXISTS { MATCH (g:Entity)-[q:PART_OF]->(w) WHERE g.kind = k AND VALID(q) AND VALID(g) }][0..1]
  END AS groupKinds
CALL {
  WITH w, groupKinds
  MATCH (g:Entity)
  WHERE g.kind IN groupKinds AND VALID(g) AND (w IS NULL OR EXISTS { (g)-[q:PART_OF]->(w) WHERE VALID(q) })
  RETURN collect(g) AS groups
}
CALL {
  WITH w
  OPTIONAL MATCH (w)-[q:PART_OF]->(r:Entity {kind: 'REGION'}) WHERE VALID(q) AND VALID(r)
  RETURN collect(ENTITY(r)) AS above
}
CALL {
  WITH w
  MATCH (e:Entity) WHERE w IS NULL AND e.kind IN $nationalKinds AND VALID(e)
  RETURN collect(e) AS national
}
CALL {
  WITH w
  OPTIONAL MATCH (e:Entity)-[q:PART_OF|PARTNER_IN]->(w) WHERE VALID(q) AND VALID(e)
  RETURN collect(DISTINCT e) AS inside
}
CALL {
  WITH groups
  UNWIND groups AS g
  MATCH (m:Entity)-[q:PART_OF|PARTNER_IN]->(g) WHERE VALID(q) AND VALID(m)
  RETURN collect(DISTINCT m) AS grouped
}
WITH w, above, groupKinds, groups, grouped,
  national + [x IN [w] WHERE x IS NOT NULL] + [e IN inside WHERE NOT e IN groups AND NOT e IN grouped] AS loose
CALL {
  WITH groups
  UNWIND groups AS g
  CALL {
    WITH g
    MATCH (m:Entity)-[q:PART_OF|PARTNER_IN]->(g) WHERE VALID(q) AND VALID(m)
    RETURN collect(DISTINCT m) AS direct
  }
  CALL {
    WITH g
    OPTIONAL MATCH (c:Entity {kind: 'COUNCIL'})-[q:PARTNER_IN]->(x:Entity)-[qx:PART_OF]->(g)
    WHERE VALID(q) AND VALID(qx) AND VALID(c) AND VALID(x)
    RETURN collect(DISTINCT c) AS councils
  }
  WITH g, direct + [c IN councils WHERE NOT c IN direct] AS members
  UNWIND CASE WHEN size(members) = 0 THEN [null] ELSE members END AS m
  WITH g, m.kind AS kind, count(m) AS n
  WITH g, collect(CASE WHEN kind IS NULL THEN null ELSE {kind: kind, count: n} END) AS counts
  RETURN collect({group: ENTITY(g), counts: counts}) AS tallies
}
CALL {
  WITH groups, grouped, loose
  UNWIND groups + loose + grouped AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE VALID(r) AND VALID(b) AND NOT type(r) IN ['MERGED_INTO', 'SUCCEEDED_BY']
  OPTIONAL MATCH (a)-[pa:PART_OF|PARTNER_IN]->(ga:Entity) WHERE ga IN groups AND VALID(pa)
  OPTIONAL MATCH (b)-[pb:PART_OF|PARTNER_IN]->(gb:Entity) WHERE gb IN groups AND VALID(pb)
  WITH groups, loose, a, b, r, head(collect(ga)) AS ga, head(collect(gb)) AS gb
  WITH type(r) AS type,
    CASE WHEN a IN groups OR a IN loose THEN a.id ELSE ga.id END AS from,
    CASE WHEN b IN groups OR b IN loose THEN b.id ELSE gb.id END AS to
  WHERE from IS NOT NULL AND to IS NOT NULL AND from <> to
  WITH from, type, to, count(*) AS n
  RETURN collect({from: from, type: type, to: to, count: n}) AS links
}
WITH ENTITY(w) AS within, above, groupKinds, [l IN loose | ENTITY(l)] AS loose, tallies, links
${GROUP_ROWS.cypher}`);

export interface Group {
  entity: Entity;
  /** How many members of each kind it has on the date. */
  counts: { kind: EntityKind; count: number }[];
  size: number;
}

export interface GroupLink {
  from: string;
  type: RelationshipType;
  to: string;
  count: number;
}

export interface GroupedView {
  within: Entity | null;
  /** The region that holds `within` on the date, when `within` is one of its groups; empty otherwise. */
  above: Entity[];
  /** The kind of the groups (REGION at the top; ICB, STP or local office inside a region). */
  groupKind: EntityKind | null;
  groups: Group[];
  loose: Entity[];
  links: GroupLink[];
}

type Row = {
  within: EntityRow | null;
  above: EntityRow[];
  groupKinds: EntityKind[];
  loose: EntityRow[];
  tallies: { group: EntityRow; counts: { kind: EntityKind; count: number }[] }[];
  links: GroupLink[];
};

/**
 * The grouped view on a date: at the top (within null), inside a region (its ICBs, STPs or local offices as
 * groups; `prefer` puts one of CHILD_KINDS first), or inside one of those (no groups); null when `within` is
 * not there on the date.
 */
export async function listGroups(
  db: Db,
  args: { asOf: string | null; within: string | null; prefer?: EntityKind | null },
): Promise<GroupedView | null> {
  const childKinds = args.prefer ? [args.prefer, ...CHILD_KINDS.filter((k) => k !== args.prefer)] : CHILD_KINDS;
  const row = GROUP_ROWS.join(
    await db.read<Row>(GROUPS, {
      asOf: dateParam(args.asOf),
      within: args.within,
      childKinds,
      nationalKinds: NATIONAL_KINDS,
    }),
  );
  if (!row || (args.within !== null && !row.within)) return null;
  const groups = row.tallies
    .map((t) => ({ entity: toEntity(t.group), counts: [...t.counts].sort((a, b) => b.count - a.count), size: t.counts.reduce((n, c) => n + c.count, 0) }))
    .sort((a, b) => a.entity.name.localeCompare(b.entity.name));
  return {
    within: row.within ? toEntity(row.within) : null,
    above: row.above.map(toEntity).sort((a, b) => a.name.localeCompare(b.name)),
    groupKind: row.groupKinds[0] ?? null,
    groups,
    loose: row.loose.map(toEntity).sort((a, b) => a.name.localeCompare(b.name)),
    links: [...row.links].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.type.localeCompare(b.type)),
  };
}
