import type { Db } from './run.ts';
import { cypher, dateParam, inSlices, intParam } from './cypher.ts';
import { toEntity, type EntityRow } from './mapping.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../domain/model.ts';

export interface EntityFilter {
  kinds: EntityKind[] | null;
  /** Lower case already. */
  namePrefix: string | null;
  odsCode: string | null;
  asOf: string | null;
  partOf: string | null;
}

/** The page in rows of a few KB (cypher.ts, inSlices); the first carries the count when asked. */
const PAGE_ROWS = inSlices({ items: 5 });

/**
 * Entities after the cursor's id in id order: an ordered seek of the id index that stops at $limit matches (no
 * SKIP). `partOf` follows PART_OF upwards through at most two groups between (a trust to its ICB to its region),
 * every step in force on $asOf.
 */
const PAGE = `MATCH (e:Entity)
WHERE e.id > $after AND FILTER
WITH e ORDER BY e.id LIMIT $limit
WITH collect(ENTITY(e)) AS items
${PAGE_ROWS.cypher}`;

/** As in relationship-pages.ts, the parameters never change type ('' and every kind stand for no filter). */
const FILTER = `e.kind IN $kinds
  AND toLower(e.name) STARTS WITH $prefix
  AND ($odsCode = '' OR e.odsCode = $odsCode)
  AND (NOT $dated OR PRESENT(e))
  AND ($partOf = '' OR EXISTS {
    MATCH p = (e)-[:PART_OF*1..3]->(:Entity {id: $partOf})
    WHERE NOT $dated OR (all(r IN relationships(p) WHERE VALID(r)) AND all(x IN nodes(p) WHERE VALID(x)))
  })`;

const COUNT = `CALL {
  MATCH (e:Entity) WHERE FILTER
  RETURN count(e) AS totalCount
}`;

/** The parameters in one map, so that no cursor or prefix length makes Neo4j plan it again (relationship-pages.ts). */
const inMap = (statement: string) => statement.replace(/\$(?!limit\b)(\w+)/g, '$$f.$1');
const STATEMENTS = {
  page: inMap(cypher(PAGE.replace('FILTER', FILTER))),
  counted: inMap(cypher(`${COUNT.replace('FILTER', FILTER)}\nCALL {\n${PAGE.replace('FILTER', FILTER)}\n}\nRETURN items, totalCount`)),
};

export function entityPageQuery(filter: EntityFilter, page: { first: number; after: string | null; count: boolean }) {
  return {
    statement: page.count ? STATEMENTS.counted : STATEMENTS.page,
    params: {
      f: {
        after: page.after ?? '',
        kinds: filter.kinds ?? [...ENTITY_KINDS],
        prefix: filter.namePrefix ?? '',
        odsCode: filter.odsCode ?? '',
        dated: filter.asOf !== null,
        asOf: dateParam(filter.asOf ?? '0001-01-01'),
        partOf: filter.partOf ?? '',
      },
      limit: intParam(page.first + 1),
    },
  };
}

/** One page of entities, and whether another follows; the count of every match when asked. */
export async function listEntityPage(
  db: Db,
  filter: EntityFilter,
  page: { first: number; after: string | null; count: boolean },
): Promise<{ entities: Entity[]; hasNextPage: boolean; totalCount: number | null }> {
  const { statement, params } = entityPageQuery(filter, page);
  const row = PAGE_ROWS.join(await db.read<{ items: EntityRow[]; totalCount?: number }>(statement, params));
  const items = row?.items ?? [];
  return {
    entities: items.slice(0, page.first).map(toEntity),
    hasNextPage: items.length > page.first,
    totalCount: page.count ? (row?.totalCount ?? 0) : null,
  };
}
