import { LRUCache } from 'lru-cache';
import type { Db } from './run.ts';
import { cypher, dateParam, inSlices, intParam } from './cypher.ts';
import { toEntity, toRelationship, toSource, type EdgeRow, type EntityRow, type SourceRow } from './mapping.ts';
import {
  BASES,
  CONFIDENCES,
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type Basis,
  type Confidence,
  type Direction,
  type Entity,
  type EntityKind,
  type Relationship,
  type RelationshipType,
  type SourceDocument,
} from '../domain/model.ts';

/** A period, both ends inclusive (already checked: from <= to). */
export interface Period {
  from: string;
  to: string;
}

export interface RelationshipFilter {
  types: RelationshipType[] | null;
  bases: Basis[] | null;
  confidences: Confidence[] | null;
  fromKinds: EntityKind[] | null;
  toKinds: EntityKind[] | null;
  entity: string | null;
  direction: Direction;
  asOf: string | null;
  overlaps: Period | null;
  changedBetween: Period | null;
}

export interface RelationshipPage {
  relationships: Relationship[];
  /** The entities at both ends and the documents cited, so resolving them costs no further round trip. */
  ends: Entity[];
  sources: SourceDocument[];
  hasNextPage: boolean;
  totalCount: number | null;
}

/** Past every id (ids are letters, digits and : @ . _ -): a type not asked for starts its range here, so it is empty. */
const NONE = '\uffff';
/** The widest period: "no date" is every day from FIRST_DAY to LAST_DAY. */
const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

/**
 * Every filter but the type and the cursor, on a relationship r from a to b. Neo4j plans a statement once for
 * each combination of parameter types it meets (a null is not a list), and this one takes seconds to plan, so
 * the parameters never change type: a missing list filter is every allowed value, and its flag ($byBasis, ...) is
 * false so that no row's property is read for it; a missing date is the widest period. `asOf` and `overlaps` are
 * both "starts by $startsBy and ends from $endsFrom" (a day is a period of one day; both together, the tighter
 * bounds); the ends are in force on $asOf, or on some day of the widest period. The dates are compared through
 * coalesce(), not "IS NULL OR": Neo4j splits a disjunction on the seeked relationship into two index seeks and a
 * Distinct, which loses the index's id order, so each branch read its whole type and sorted it (16,000 REGULATES
 * for a page of 100 at 100k) where it now stops at $limit matches.
 */
const FILTER_PARTS = [
  '(NOT $byBasis OR r.basis IN $bases)',
  '(NOT $byConfidence OR r.confidence IN $confidences)',
  '(NOT $byFromKind OR a.kind IN $fromKinds)',
  '(NOT $byToKind OR b.kind IN $toKinds)',
  'coalesce(r.validFrom, $startsBy) <= $startsBy',
  'coalesce(r.validTo, $endsFrom) >= $endsFrom',
  `(NOT $dated OR (coalesce(a.validFrom, $asOf) <= $asOf AND coalesce(a.validTo, $asOf) >= $asOf
    AND coalesce(b.validFrom, $asOf) <= $asOf AND coalesce(b.validTo, $asOf) >= $asOf))`,
  '(NOT $changed OR any(day IN [r.validFrom, r.validTo] WHERE day >= $changedFrom AND day <= $changedTo))',
];
const FILTER = FILTER_PARTS.join('\n  AND ');
/** The same test as one predicate, which the planner does not take apart (nor reorder, so every date is read). */
const FILTER_ONE = `all(ok IN [${FILTER_PARTS.join(',\n    ')}] WHERE ok)`;

/**
 * The page: the relationships in order (collect keeps the order of the ORDER BY before it), and once each the
 * entities at their ends and the documents they cite. A hub's page names the hub 100 times and a register's source
 * 100 times; sent once each, the answer is a third of the time it was (37 to 13 ms at 10k). The three lists come in
 * rows of a few KB (cypher.ts, inSlices); the first carries the count when asked.
 */
const PAGE_ROWS = inSlices({ edges: 8, ends: 5, sources: 4 });
const ITEMS = `WITH collect(r) AS rels, collect(DISTINCT a) + collect(DISTINCT b) AS ends
WITH [r IN rels | EDGE(r)] AS edges, [e IN ends | ENTITY(e)] AS ends,
  CASE WHEN $withSources THEN COLLECT { UNWIND rels AS r UNWIND r.sourceIds AS id WITH DISTINCT id MATCH (s:Source {id: id}) RETURN SOURCE(s) }
  ELSE [] END AS sources
${PAGE_ROWS.cypher}`;

/**
 * Without an entity: one branch per type asked for, each an ordered seek of that type's id index (the uniqueness
 * constraint's) from the cursor, stopping at $limit matches. The branches are merged and cut again. Keyset paging:
 * no SKIP, so page 50 costs what page 1 does.
 */
const byType = (types: readonly RelationshipType[]) => `CALL {
${types
  .map(
    (type) => `  MATCH (a:Entity)-[r:${type}]->(b:Entity)
  WHERE r.id > $after AND ${FILTER}
  RETURN r, a, b ORDER BY r.id LIMIT $limit`,
  )
  .join('\n  UNION ALL\n')}
}
WITH r, a, b ORDER BY r.id LIMIT $limit`;

/**
 * One type's relationships of the entity one way, read from the entity: `on` switches the branch off, tested on
 * the entity before anything is read. The hint keeps the plan starting from the entity: without it Neo4j planned
 * some branches as a scan of every relationship of the type by its id index (4,444 LEADS read for a page of CQC's
 * REGULATES at 10k). Going both ways, a relationship from the entity to itself comes once, by its "out" branch.
 */
const WAYS = ['out', 'in'] as const;
function expandOne(type: RelationshipType, way: (typeof WAYS)[number], on: string): string {
  const pattern =
    way === 'out'
      ? `(a:Entity {id: $entity})-[r:${type}]->(b:Entity) USING INDEX a:Entity(id)`
      : `(a:Entity)-[r:${type}]->(b:Entity {id: $entity}) USING INDEX b:Entity(id)`;
  const self = way === 'in' ? ` AND (NOT $out${type} OR a <> b)` : '';
  return `  MATCH ${pattern}\n  WHERE ${on}${self}`;
}

/**
 * The count of the entity's relationships of the types and ways asked for. Every match is read, so the filters
 * are applied once to all branches' rows: in each branch they made the statement (with its page) twice as slow to
 * plan, for no fewer rows read.
 */
const countOfEntity = (types: readonly RelationshipType[]) => `CALL {
${types.flatMap((type) => WAYS.map((way) => `${expandOne(type, way, `$${way}${type}`)}\n  RETURN r, a, b`)).join('\n  UNION ALL\n')}
}
WITH r, a, b WHERE ${FILTER}
RETURN count(r) AS totalCount`;

/**
 * A page of an entity's relationships, by one of two plans for each type asked for, chosen in the statement from
 * two numbers Neo4j keeps (constant time): d, the entity's relationships of the type in the directions asked for
 * (its degree), and n, all relationships of the type (the count store).
 * - Expand: from the entity, read its d relationships of the type, keep the first $limit by id. Cheap for most
 *   entities; for a hub it reads and sorts thousands (CQC's 16,000 REGULATES at 100k) to keep 101.
 * - Seek: walk the type's id index (its uniqueness constraint) in id order from the cursor, keeping those at the
 *   entity that pass the filters, and stop at $limit: about $limit x n / d rows, so cheap exactly when the entity
 *   is a hub (for CQC, which holds nearly every REGULATES, 103 rows).
 * The seek is chosen when d x d >= $limit x n, i.e. when its expected rows are at most the expand's. A seek not
 * chosen starts past every id ($none). Seeking, a relationship from the entity to itself is one row. The seek tests
 * the filters as one predicate (FILTER_ONE): taken apart in every branch, they doubled the statement's planning time.
 * The directions are parameters ($outT, $inT), so one statement serves all three.
 */
const degree = (type: string) =>
  `CASE WHEN $out${type} THEN COUNT { (e)-[:${type}]->() } ELSE 0 END + CASE WHEN $in${type} THEN COUNT { (e)<-[:${type}]-() } ELSE 0 END`;
const PAGE_TAIL = 'RETURN r, a, b ORDER BY r.id LIMIT $limit';
const ofEntity = (types: readonly RelationshipType[]) => `MATCH (e:Entity {id: $entity})
WITH e, {${types.map((type) => `${type}: (${degree(type)}) ^ 2 >= $limit * COUNT { ()-[:${type}]->() }`).join(',\n  ')}} AS seek
CALL {
${types
  .flatMap((type) => [
    ...WAYS.map((way) => `  WITH e, seek\n${expandOne(type, way, `$${way}${type} AND NOT seek.${type}`)} AND r.id > $after AND ${FILTER}\n  ${PAGE_TAIL}`),
    `  WITH e, seek
  MATCH (a:Entity)-[r:${type}]->(b:Entity) USING INDEX r:${type}(id)
  WHERE r.id > CASE WHEN seek.${type} THEN $after ELSE $none END AND ((a = e AND $out${type}) OR (b = e AND $in${type}))
    AND ${FILTER_ONE}
  ${PAGE_TAIL}`,
  ])
  .join('\n  UNION ALL\n')}
}
WITH r, a, b ORDER BY r.id LIMIT $limit`;

const COUNT_ALL = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types AND ${FILTER}
RETURN count(r) AS totalCount`;

/**
 * Neo4j also keys its plans on the sizes of list and string parameters (bucketed), so every cursor length or
 * number of types asked for would be planned again, seconds each. Inside one map parameter $f they are not seen.
 */
const inMap = (statement: string) => statement.replace(/\$(?!limit\b)(\w+)/g, '$$f.$1');
const counted = (count: string, page: string) => `CALL {\n${count}\n}\nCALL {\n${page}\n${ITEMS}\n}\nRETURN edges, ends, sources, totalCount`;

/**
 * One statement for each shape of page: with or without an entity, the count of every match or not (asked for only
 * when selected; it reads every match, where a page stops at $limit), and the types asked for, each a branch (for
 * an entity, three). Every other filter is a parameter. One statement of every type (42 branches for an entity)
 * took 15-30 s to plan on two busy cores; a page of one type plans in a fraction of a second, and the every-type
 * shapes are planned at start (db/warm-up.ts). The texts of the shapes last asked are kept: any of the 2^14 sets of
 * types can be asked for, so the memo is bounded.
 */
const statements = new LRUCache<string, string>({ max: 64 });
function statementFor(entity: boolean, count: boolean, types: readonly RelationshipType[]): string {
  const key = `${entity}|${count}|${types.join(',')}`;
  let statement = statements.get(key);
  if (!statement) {
    const page = entity ? ofEntity(types) : byType(types);
    const counter = entity ? countOfEntity(types) : COUNT_ALL;
    statement = inMap(cypher(count ? counted(counter, page) : `${page}\n${ITEMS}`));
    statements.set(key, statement);
  }
  return statement;
}

/** A page: its size, the cursor, and whether the count of every match and the documents cited are wanted. */
export interface PageAsked {
  first: number;
  after: string | null;
  count: boolean;
  sources: boolean;
}

/** The types asked for, in the allowlist's order (one statement per set, whatever order they were asked in). */
const typesAsked = (filter: RelationshipFilter) => RELATIONSHIP_TYPES.filter((t) => filter.types === null || filter.types.includes(t));

/** Which of the entity's branches run: the directions asked for, for every type in the statement. */
function entityBranches(types: readonly RelationshipType[], direction: Direction): Record<string, boolean> {
  return Object.fromEntries(types.flatMap((t) => [[`out${t}`, direction !== 'IN'], [`in${t}`, direction !== 'OUT']]));
}

/** The statement and parameters for one page, or null when no type is asked for (exported for the query-module snapshot tests). */
export function relationshipPageQuery(filter: RelationshipFilter, page: PageAsked) {
  const entity = filter.entity !== null;
  const types = typesAsked(filter);
  if (types.length === 0) return null;
  const statement = statementFor(entity, page.count, types);
  const latest = (x: string, y: string) => (x > y ? x : y);
  const earliest = (x: string, y: string) => (x < y ? x : y);
  const day = filter.asOf;
  const period = filter.overlaps;
  const f = {
    ...(entity ? { entity: filter.entity, none: NONE, ...entityBranches(types, filter.direction) } : {}),
    after: page.after ?? '',
    types,
    bases: filter.bases ?? [...BASES],
    confidences: (filter.confidences ?? CONFIDENCES).map((c) => c.toLowerCase()),
    fromKinds: filter.fromKinds ?? [...ENTITY_KINDS],
    toKinds: filter.toKinds ?? [...ENTITY_KINDS],
    byBasis: filter.bases !== null,
    byConfidence: filter.confidences !== null,
    byFromKind: filter.fromKinds !== null,
    byToKind: filter.toKinds !== null,
    // Starts no later than the day and the period's end; ends no sooner than the day and the period's start.
    startsBy: dateParam(earliest(day ?? LAST_DAY, period?.to ?? LAST_DAY)),
    endsFrom: dateParam(latest(day ?? FIRST_DAY, period?.from ?? FIRST_DAY)),
    dated: day !== null,
    asOf: dateParam(day ?? FIRST_DAY),
    changed: filter.changedBetween !== null,
    changedFrom: dateParam(filter.changedBetween?.from ?? FIRST_DAY),
    changedTo: dateParam(filter.changedBetween?.to ?? LAST_DAY),
    withSources: page.sources,
  };
  // One more than the page, to know whether another follows.
  const params = { f, limit: intParam(page.first + 1) };
  return { statement, params };
}

type Row = { edges: EdgeRow[]; ends: EntityRow[]; sources: SourceRow[]; totalCount?: number };

/** One page of relationships after the cursor's id, in id order, with the count of all matches when asked. */
export async function listRelationshipPage(
  db: Db,
  filter: RelationshipFilter,
  page: PageAsked,
): Promise<RelationshipPage> {
  const query = relationshipPageQuery(filter, page);
  if (!query) return { relationships: [], ends: [], sources: [], hasNextPage: false, totalCount: page.count ? 0 : null };
  const row = PAGE_ROWS.join(await db.read<Row>(query.statement, query.params));
  const edges = row?.edges ?? [];
  // The ends and sources may also name the one relationship fetched past the page: harmless, they are looked up by id.
  return {
    relationships: edges.slice(0, page.first).map(toRelationship),
    ends: (row?.ends ?? []).map(toEntity),
    sources: (row?.sources ?? []).map(toSource),
    hasNextPage: edges.length > page.first,
    totalCount: page.count ? (row?.totalCount ?? 0) : null,
  };
}
