import { toLuceneQuery } from '../../server/src/db/entities.ts';
import { HUB_LIMIT } from '../../server/src/db/graph.ts';
import type { Db } from '../../server/src/db/run.ts';
import type { RelationshipType } from '../../server/src/domain/model.ts';
import type { Probes } from '../generate/nhs-graph.ts';
import { PAGE_SIZE } from './analyst-questions.ts';
import type { PageProbe, StoreProbes } from './queries.ts';

/**
 * Probes chosen on the loaded store, so that both APIs are asked for the same data (see StoreProbes). Each set
 * keeps the generator's order, so a run is repeatable.
 */
export async function chooseStoreProbes(db: Db, probes: Probes): Promise<StoreProbes> {
  // No neighbour with more than HUB_LIMIT relationships: our 2-hop answer is then the whole 2-hop answer.
  const quiet = await db.read<{ id: string }>(
    `UNWIND $ids AS id MATCH (c:Entity {id: id})
     WHERE NOT EXISTS { MATCH (c)--(n:Entity) WHERE COUNT { (n)--() } > $hubLimit }
     RETURN c.id AS id`,
    { ids: [...new Set(probes.entities)], hubLimit: HUB_LIMIT },
  );
  const searches: string[] = [];
  for (const text of new Set(probes.searches)) {
    const [row] = await db.read<{ n: number }>(
      `CALL db.index.fulltext.queryNodes('entitySearch', $lucene, {limit: 21}) YIELD node RETURN count(node) AS n`,
      { lucene: toLuceneQuery(text) },
    );
    if (row && row.n > 0 && row.n <= 20) searches.push(text);
  }
  // The entities with the most relationships of one type going out (a hub's REGULATES or OVERSEES), on dates
  // inside their lives and with none: the pages an analyst asks for.
  const groups = await db.read<{ id: string; type: RelationshipType; n: number }>(
    `MATCH (e:Entity)-[r]->(:Entity) WITH e, type(r) AS type, count(r) AS n WHERE n > $page
     RETURN e.id AS id, type, n ORDER BY n DESC, id LIMIT 40`,
    { page: PAGE_SIZE },
  );
  const type = groups[0]?.type;
  const pages: PageProbe[] = [];
  for (const g of groups.filter((x) => x.type === type)) {
    for (const asOf of [null, '2016-06-01', '2020-06-01', '2023-06-01']) pages.push({ entity: g.id, type: g.type, asOf });
  }
  return { quiet: quiet.map((r) => r.id), searches, pages };
}
