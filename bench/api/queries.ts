import type { Db } from '../../server/src/db/run.ts';
import { findEntitiesWithSources, listRelationships, searchEntities, toLuceneQuery } from '../../server/src/db/entities.ts';
import { listNeighbourhood, listSnapshot } from '../../server/src/db/graph.ts';
import { findPaths } from '../../server/src/db/paths.ts';
import { listChain } from '../../server/src/db/chains.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../server/src/domain/model.ts';
import type { Probes } from '../generate/nhs-graph.ts';
import { peerFieldName } from '../peer/type-defs.ts';
import { analystQuestions } from './analyst-questions.ts';

/**
 * The questions the benchmark asks, each three ways: our GraphQL API, the peer's GraphQL API (where it can say
 * it), and the floor (the same Cypher our resolvers run, through our query modules and neo4j-driver, no HTTP
 * and no GraphQL). Each way gets the i-th probe, so all three answer the same sequence of questions.
 * `answer` reduces a response to the ids it names, so the benchmark can check the three agree before timing.
 */

export type QueryName = 'entity' | 'neighbourhood' | 'search' | 'paths' | 'overseers' | 'snapshot' | 'relationships' | 'stats';

export interface GraphqlCall {
  query: string;
  variables: (i: number) => Record<string, unknown>;
  /** The ids a response names (entities and relationships), for the agreement check. */
  answer: (data: unknown) => string[];
}

export interface Question {
  name: QueryName;
  /** What is asked, in words, for the output. */
  title: string;
  ours: GraphqlCall;
  peer: GraphqlCall | null;
  /** Why the peer has no equivalent. */
  peerMissing?: string;
  floor: (db: Db, i: number) => Promise<string[]>;
  /** How many different probes there are (the i-th request uses probe i mod count). */
  count: number;
}

const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const unique = (ids: string[]) => [...new Set(ids)].sort();
type Json = Record<string, any>;

const ENTITY_FIELDS = 'id name kind aliases description odsCode validFrom validTo';
const SOURCE_FIELDS = 'id title url publisher published';

/** Our relationships answer, reduced: every relationship id, the entities at both ends, the sources cited. */
function relationshipsAnswer(entity: Json | null): string[] {
  if (!entity) return [];
  const rels = entity.relationships as Json[];
  return unique([
    entity.id,
    ...(entity.sources as Json[]).map((s) => `source:${s.id}`),
    ...rels.flatMap((r) => [`rel:${r.id}`, r.from.id, r.to.id, ...(r.sources as Json[]).map((s) => `source:${s.id}`)]),
  ]);
}

/** The peer's best shape for "every relationship, either way": one undirected connection field a type. */
const peerConnections = (inner: string) =>
  RELATIONSHIP_TYPES.map((type) => `${peerFieldName(type, 'Any')}Connection { edges { properties { ...Fact } node { ${inner} } } }`).join('\n    ');

/** Every edge of every connection field of a peer entity; `node` is the other end. */
function peerEdges(entity: Json): { rel: Json; node: Json }[] {
  return RELATIONSHIP_TYPES.flatMap((type) =>
    ((entity[`${peerFieldName(type, 'Any')}Connection`]?.edges ?? []) as Json[]).map((e) => ({ rel: e.properties as Json, node: e.node as Json })),
  );
}

/**
 * Probes chosen on the loaded store so that both APIs are asked for the same data (bench/api/probes.ts): 2-hop
 * neighbourhoods that pass no hub (ours does not expand through one, the peer does), searches with at most 20
 * matches (ours ranks exact names first, the peer by score alone: only the whole set is the same question),
 * and pages of a large entity's relationships of one type.
 */
export interface StoreProbes {
  quiet: string[];
  searches: string[];
  pages: PageProbe[];
}

export interface PageProbe {
  entity: string;
  type: RelationshipType;
  asOf: string | null;
}

export function questions(probes: Probes, store: StoreProbes = { quiet: probes.entities, searches: probes.searches, pages: [] }): Question[] {
  const entity: Question = {
    name: 'entity',
    title: 'an entity with all its relationships and their sources',
    count: probes.entities.length,
    ours: {
      query: `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_FIELDS}
    sources { ${SOURCE_FIELDS} quote }
    relationships { id type validFrom validTo note confidence from { id name kind } to { id name kind } sources { ${SOURCE_FIELDS} quote } }
  }
}`,
      variables: (i) => ({ id: at(probes.entities, i) }),
      answer: (data) => relationshipsAnswer((data as Json).entity),
    },
    peer: {
      query: `fragment Fact on Fact { id validFrom validTo note confidence sourceIds quotes }
query Entity($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    ${ENTITY_FIELDS} sourceIds quotes
    citedSources { ${SOURCE_FIELDS} }
    relationshipSources { ${SOURCE_FIELDS} }
    ${peerConnections('id name kind')}
  }
}`,
      variables: (i) => ({ id: at(probes.entities, i) }),
      answer: (data) => {
        const e = ((data as Json).entities as Json[])[0];
        if (!e) return [];
        const edges = peerEdges(e);
        // The client pairs each edge's sourceIds with the documents in relationshipSources.
        const documents = new Set([...(e.relationshipSources as Json[]), ...(e.citedSources as Json[])].map((s) => s.id as string));
        return unique([
          e.id,
          ...(e.sourceIds as string[]).filter((s) => documents.has(s)).map((s) => `source:${s}`),
          ...edges.flatMap(({ rel, node }) => [
            `rel:${rel.id}`,
            node.id,
            e.id,
            ...(rel.sourceIds as string[]).filter((s) => documents.has(s)).map((s) => `source:${s}`),
          ]),
        ]);
      },
    },
    async floor(db, i) {
      // The calls our resolvers make for this document, in the same order: the entity with the documents it
      // cites (DataLoader), then its relationships with the documents they cite.
      const id = at(probes.entities, i);
      const { entities, sources: own } = await findEntitiesWithSources(db, [id]);
      const found = entities[0];
      if (!found) return [];
      const rels = await listRelationships(db, id, 'BOTH', null, null);
      const documents = new Set([...own, ...rels.sources].map((s) => s.id));
      return unique([
        id,
        ...found.citations.filter((c) => documents.has(c.sourceId)).map((c) => `source:${c.sourceId}`),
        ...rels.relationships.flatMap((r) => [
          `rel:${r.id}`,
          r.fromId,
          r.toId,
          ...r.citations.filter((c) => documents.has(c.sourceId)).map((c) => `source:${c.sourceId}`),
        ]),
      ]);
    },
  };

  const neighbourhood: Question = {
    name: 'neighbourhood',
    title: 'the 2-hop neighbourhood of an entity that has no hub beside it (nodes and edges)',
    count: store.quiet.length,
    ours: {
      query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2) {
    nodes { id name kind validFrom validTo }
    edges { id type validFrom validTo confidence from { id } to { id } }
  }
}`,
      variables: (i) => ({ id: at(store.quiet, i) }),
      answer: (data) => {
        const g = (data as Json).neighbourhood as Json;
        return unique([...(g.nodes as Json[]).map((n) => n.id), ...(g.edges as Json[]).map((e) => `rel:${e.id}`)]);
      },
    },
    peer: {
      // Two levels of the 28 relationship fields: the peer's way to say "everything within two hops".
      query: `fragment Fact on Fact { id validFrom validTo confidence }
fragment Node on Entity { id name kind validFrom validTo }
fragment Hop on Entity {
    ${peerConnections('...Node')}
}
query Neighbourhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    ...Node
    ${peerConnections('...Node ...Hop')}
  }
}`,
      variables: (i) => ({ id: at(store.quiet, i) }),
      answer: (data) => {
        const root = ((data as Json).entities as Json[])[0];
        if (!root) return [];
        const ids: string[] = [root.id];
        for (const { rel, node } of peerEdges(root)) {
          ids.push(`rel:${rel.id}`, node.id);
          for (const second of peerEdges(node)) ids.push(`rel:${second.rel.id}`, second.node.id);
        }
        return unique(ids);
      },
    },
    async floor(db, i) {
      const g = await listNeighbourhood(db, { id: at(store.quiet, i), depth: 2, direction: 'BOTH', types: null, asOf: null });
      return g ? unique([...g.nodes.map((n) => n.id), ...g.edges.map((e) => `rel:${e.id}`)]) : [];
    },
  };

  const search: Question = {
    name: 'search',
    title: 'search by name (a word or two of a name with at most 20 matches; 20 results)',
    count: store.searches.length,
    ours: {
      query: `query Search($text: String!) { search(text: $text, limit: 20) { id name kind aliases odsCode } }`,
      variables: (i) => ({ text: at(store.searches, i) }),
      answer: (data) => ((data as Json).search as Json[]).map((e) => e.id),
    },
    peer: {
      // The same Lucene query our server builds, through the library's @fulltext query on the same index.
      query: `query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 20) { edges { score node { id name kind aliases odsCode } } } }`,
      variables: (i) => ({ phrase: toLuceneQuery(at(store.searches, i)) }),
      answer: (data) => (((data as Json).searchEntities as Json).edges as Json[]).map((e) => e.node.id),
    },
    async floor(db, i) {
      return (await searchEntities(db, at(store.searches, i), null, 20)).map((e) => e.id);
    },
  };

  const paths: Question = {
    name: 'paths',
    title: 'shortest paths between two entities',
    count: probes.pairs.length,
    ours: {
      query: `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to) { length nodes { id name kind } edges { id type from { id } to { id } } }
}`,
      variables: (i) => ({ from: at(probes.pairs, i)[0], to: at(probes.pairs, i)[1] }),
      answer: (data) => unique(((data as Json).paths as Json[]).flatMap((p) => (p.edges as Json[]).map((e) => `rel:${e.id}`))),
    },
    peer: null,
    peerMissing: '@neo4j/graphql generates no shortest-path query; only a hand-written @cypher field could say it, which is our Cypher',
    async floor(db, i) {
      const [from, to] = at(probes.pairs, i);
      const found = await findPaths(db, { from, to, types: null, maxLength: 6, asOf: null });
      return unique(found.flatMap((p) => p.edges.map((e) => `rel:${e.id}`)));
    },
  };

  const overseers: Question = {
    name: 'overseers',
    title: 'transitive overseers of a trust, CCG or ICB',
    count: probes.overseen.length,
    ours: {
      query: `query Overseers($id: ID!) { overseers(id: $id, transitive: true) { id name kind } }`,
      variables: (i) => ({ id: at(probes.overseen, i) }),
      answer: (data) => unique(((data as Json).overseers as Json[]).map((e) => e.id)),
    },
    peer: null,
    peerMissing: 'no variable-length traversal in the generated API',
    async floor(db, i) {
      return unique((await listChain(db, { id: at(probes.overseen, i), type: 'OVERSEES', transitive: true, asOf: null })).map((e) => e.id));
    },
  };

  const snapshot: Question = {
    name: 'snapshot',
    title: `the whole graph as of ${probes.asOf}`,
    count: 1,
    ours: {
      query: `query Snapshot($asOf: Date!) {
  graph(asOf: $asOf) { nodes { id name kind validFrom validTo } edges { id type validFrom validTo from { id } to { id } } }
}`,
      variables: () => ({ asOf: probes.asOf }),
      answer: (data) => {
        const g = (data as Json).graph as Json;
        return [...(g.nodes as Json[]).map((n) => n.id as string), ...(g.edges as Json[]).map((e) => `rel:${e.id}`)];
      },
    },
    peer: null,
    peerMissing: 'not part of the side-by-side set',
    async floor(db) {
      const g = await listSnapshot(db, { asOf: probes.asOf, kinds: null, types: null });
      return [...g.nodes.map((n) => n.id), ...g.edges.map((e) => `rel:${e.id}`)];
    },
  };

  return [entity, neighbourhood, search, paths, overseers, snapshot, ...analystQuestions(probes, store)];
}
