import { findChain } from './chains.ts';
import { listChanges } from './changes.ts';
import { findEntitiesWithSources, listRelationships, searchEntities } from './entities.ts';
import { listNeighbourhood, listSnapshot, listSnapshotForMap } from './graph.ts';
import { listGroups } from './groups.ts';
import { countByDate } from './counts.ts';
import { listEntityPage } from './entity-pages.ts';
import { findPaths } from './paths.ts';
import { listRelationshipPage } from './relationship-pages.ts';
import type { Db } from './run.ts';
import { findRules } from './sources.ts';
import { RELATIONSHIP_TYPES, type Direction, type EntityKind } from '../domain/model.ts';

/**
 * Neo4j plans a statement the first time it sees it, and planning the neighbourhood's and snapshot's statements
 * takes up to a second each on this machine (several under load), counted against the 5 s query timeout. Asking
 * each hot statement once, about nothing (an id no entity has), with and without a date, has them planned before
 * the first person asks, so the first answers are as quick as the rest (the API's other depths and fields are
 * planned when first asked).
 *
 * Two tiers. The explorer's statements (the map, the groups, the detail panel, paths, chains, search, counts) are
 * planned before the server says it is ready. The analyst's pages (`relationships(...)`, `entities(...)`) are
 * planned after: an entity's page of every type is one statement of 42 branches that took 15-30 s to plan on
 * this machine under load, which held every start back by a minute for a query the explorer never sends. npm start
 * plans the every-type and one-type pages in the background once ready (server/src/main.ts); a page of a few
 * types is a statement of a few branches, planned in under a second when first asked.
 */
export async function warmUp(db: Db): Promise<number> {
  return (await warmUpFirstAnswers(db)) + (await warmUpAnalystPages(db));
}

const none = '\u0000warm-up';

/**
 * The snapshot's kinds as the explorer sends them: none (Everything) and a few (the overview). On a fresh start,
 * the first Everything of the national graph took 3.4-3.7 s when only a one-kind list had been planned: 1.0-1.3 s
 * planning and rows read at half speed before the JIT had compiled their code.
 */
const SNAPSHOT_KINDS: (EntityKind[] | null)[] = [null, ['NATIONAL_BODY', 'REGULATOR']];

/** Rows a warm-up snapshot reads at most: enough for the JIT to compile its hot paths, a few ms of work. */
const WARM_ROWS = 1000;

/** Plans the explorer's statements (see above); returns how many statements it asked. */
export async function warmUpFirstAnswers(db: Db): Promise<number> {
  const dates = [null, '2016-06-01'];
  const calls: (() => Promise<unknown>)[] = [];
  for (const asOf of dates) {
    for (const direction of ['BOTH', 'IN', 'OUT'] as Direction[]) {
      calls.push(() => listNeighbourhood(db, { id: none, depth: 1, direction, types: null, asOf }));
    }
    // Neo4j keeps a plan per parameter type and per list size (1, up to 10, more), so each shape the explorer
    // sends is planned: no kinds (Everything) and a few (the overview). Each also reads real rows, for the JIT.
    for (const kinds of SNAPSHOT_KINDS) {
      calls.push(() => listSnapshot(db, { asOf, kinds, types: null, limit: WARM_ROWS }));
      calls.push(() => listSnapshotForMap(db, { asOf, kinds, types: null, limit: WARM_ROWS }));
    }
    calls.push(() => listGroups(db, { asOf, within: null }));
    calls.push(() => listGroups(db, { asOf, within: none }));
    calls.push(() => listRelationships(db, none, 'BOTH', null, asOf));
    calls.push(() => findPaths(db, { from: none, to: `${none}2`, types: null, maxLength: 6, asOf }));
    calls.push(() => countByDate(db, [asOf]));
    for (const direction of ['UP', 'DOWN'] as const) {
      calls.push(() => findChain(db, { id: none, type: 'OVERSEES', direction, depth: 12, asOf }));
    }
  }
  calls.push(() => searchEntities(db, 'warm up', null, 8));
  calls.push(() => findEntitiesWithSources(db, [none]));
  calls.push(() => findRules(db, [none]));
  calls.push(() => listChanges(db, '2015-06-01', '2016-06-01'));
  return runTwoAtATime(calls);
}

/** Plans the relationship and entity pages (see above); returns how many statements it asked. */
export async function warmUpAnalystPages(db: Db): Promise<number> {
  const calls: (() => Promise<unknown>)[] = [];
  const filter = { types: null, bases: null, confidences: null, fromKinds: null, toKinds: null, direction: 'BOTH' as const, asOf: null, overlaps: null, changedBetween: null };
  // The pages and counts keep their other filters in one map parameter; a statement is one set of types: every
  // type (the slowest to plan: 42 branches for an entity) and each type alone (without the count) are planned
  // here: with the entities' pages, 34 statements in 44 s after a fresh start; other sets of types when first asked
  // (0.2-1.3 s on a quiet machine).
  for (const entity of [null, none]) {
    for (const count of [false, true]) {
      calls.push(() => listRelationshipPage(db, { ...filter, entity }, { first: 1, after: null, count, sources: true }));
    }
    for (const type of RELATIONSHIP_TYPES) {
      calls.push(() => listRelationshipPage(db, { ...filter, types: [type], entity }, { first: 1, after: null, count: false, sources: true }));
    }
  }
  for (const count of [false, true]) {
    calls.push(() => listEntityPage(db, { kinds: ['TRUST'], namePrefix: null, odsCode: null, asOf: null, partOf: none }, { first: 1, after: none, count }));
  }
  return runTwoAtATime(calls);
}

/** Two at a time: planning is CPU work, and this machine has two cores. */
async function runTwoAtATime(calls: (() => Promise<unknown>)[]): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < calls.length) await calls[next++]!();
  };
  await Promise.all([worker(), worker()]);
  return calls.length;
}
