import { countByDate } from '../../server/src/db/counts.ts';
import { listRelationshipPage } from '../../server/src/db/relationship-pages.ts';
import type { RelationshipType } from '../../server/src/domain/model.ts';
import type { Probes } from '../generate/nhs-graph.ts';
import { peerFieldName } from '../peer/type-defs.ts';
import type { Question, StoreProbes } from './queries.ts';

/**
 * The analyst's questions of issue 12: a filtered page of relationships, asked of the peer with its generated
 * connection query and the same filter (type, direction, both ends and the relationship in force on the date,
 * the first 100 by id), and the counts on a date, which the peer cannot say in one query.
 */

type Json = Record<string, any>;
const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const pascal = (type: RelationshipType) => type.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** "In force on $d" for a peer filter input: no start or one on or before, no end or one on or after. */
const inForce = (d: string) => [
  { OR: [{ validFrom: { eq: null } }, { validFrom: { lte: d } }] },
  { OR: [{ validTo: { eq: null } }, { validTo: { gte: d } }] },
];

export const PAGE_SIZE = 100;

export function analystQuestions(probes: Probes, store: StoreProbes): Question[] {
  const pages = store.pages;
  const type = pages[0]?.type ?? 'REGULATES';
  const field = `${peerFieldName(type, 'Out')}Connection`;
  const relationships: Question = {
    name: 'relationships',
    title: `a page of ${PAGE_SIZE} of one entity's ${type} relationships in force on a date (or at any time), by id`,
    count: Math.max(1, pages.length),
    ours: {
      query: `query Page($entity: ID!, $types: [RelationshipType!], $asOf: Date) {
  relationships(entity: $entity, direction: OUT, types: $types, asOf: $asOf, first: ${PAGE_SIZE}) {
    edges { cursor node { id type validFrom validTo confidence basis to { id name kind } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
      variables: (i) => ({ entity: at(pages, i).entity, types: [type], asOf: at(pages, i).asOf }),
      answer: (data) => ((data as Json).relationships.edges as Json[]).flatMap((e) => [`rel:${e.node.id}`, e.node.to.id]),
    },
    peer: {
      query: `query Page($where: EntityWhere!, $edges: Entity${pascal(type)}OutConnectionWhere) {
  entities(where: $where) {
    ${field}(first: ${PAGE_SIZE}, where: $edges, sort: [{ edge: { id: ASC } }]) {
      edges { cursor properties { id validFrom validTo confidence basis } node { id name kind } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
      variables: (i) => {
        const { entity, asOf } = at(pages, i);
        if (!asOf) return { where: { id: { eq: entity } }, edges: null };
        return {
          where: { id: { eq: entity }, AND: inForce(asOf) },
          edges: { AND: [...inForce(asOf).map((edge) => ({ edge })), ...inForce(asOf).map((node) => ({ node }))] },
        };
      },
      answer: (data) =>
        (((data as Json).entities as Json[])[0]?.[field]?.edges ?? ([] as Json[])).flatMap((e: Json) => [`rel:${e.properties.id}`, e.node.id]),
    },
    async floor(db, i) {
      const { entity, asOf } = at(pages, i);
      const page = await listRelationshipPage(
        db,
        { types: [type], bases: null, confidences: null, fromKinds: null, toKinds: null, entity, direction: 'OUT', asOf, overlaps: null, changedBetween: null },
        { first: PAGE_SIZE, after: null, count: false, sources: false },
      );
      return page.relationships.flatMap((r) => [`rel:${r.id}`, r.toId]);
    },
  };

  const dates = [probes.asOf, '2014-06-01', '2016-06-01', '2018-06-01', '2023-06-01', null];
  const countsAnswer = (s: Json) => [
    ...(s.entities as Json[]).map((e) => `kind:${e.kind}=${e.count}`),
    ...(s.relationships as Json[]).map((r) => `type:${r.type}=${r.count}`),
    ...(s.bases as Json[]).map((b) => `basis:${b.basis}=${b.count}`),
  ];
  const stats: Question = {
    name: 'stats',
    title: 'entities by kind and relationships by type and basis on a date',
    count: dates.length,
    ours: {
      query: `query Stats($asOf: Date) { stats(asOf: $asOf) { asOf entities { kind count } relationships { type count } bases { basis count } } }`,
      variables: (i) => ({ asOf: at(dates, i) }),
      answer: (data) => countsAnswer((data as Json).stats),
    },
    peer: null,
    peerMissing: 'counts by kind, type and basis would be one aggregate a kind (19 aliases) and none by relationship type at the root',
    async floor(db, i) {
      const [c] = await countByDate(db, [at(dates, i)]);
      return countsAnswer(c!);
    },
  };
  return [relationships, stats];
}
