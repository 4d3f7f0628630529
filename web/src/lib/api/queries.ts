import type { TimelinePoint } from '../state/structure.ts';
import type { GraphQLClient } from './client.ts';
import type {
  Chain,
  Changes,
  Direction,
  Entity,
  EntityDetail,
  EntityKind,
  GroupedView,
  Neighbourhood,
  Path,
  RelationshipDetail,
  RelationshipType,
  Rule,
  Subgraph,
} from './types.ts';

/** The query documents the explorer sends, one function per question it asks the API. */

const ENTITY = `fragment EntityFields on Entity { id name kind aliases description odsCode validFrom validTo }`;
const SOURCE = `fragment SourceFields on Source { id title url publisher published reference quote }`;
/** How a relationship is known: its basis, and for one derived by rule the rule and its premises. */
/** The rule's sources come once for all rules (`rules`): here they would take the query past the depth limit. */
const KNOWN = 'basis premises rule { id name statement }';
/** What the map draws and filters by (types.ts, Relationship): no documents, quotes, rule statement or premises. */
const MAP_EDGE_FIELDS = 'id type from { id } to { id } validFrom validTo note confidence basis rule { id } sourceCount';
const MAP_EDGE = `fragment MapEdgeFields on Relationship { ${MAP_EDGE_FIELDS} }`;
/** A relationship in full (RelationshipDetail): answers quote their sources, and so does a selected relationship. */
const EDGE = `fragment EdgeFields on Relationship {
  ${MAP_EDGE_FIELDS} ${KNOWN} sources { ...SourceFields }
}`;
const SUBGRAPH = `${ENTITY}\n${SOURCE}\n${EDGE}`;
const MAP_SUBGRAPH = `${ENTITY}\n${MAP_EDGE}`;

const RULES = `query Rules { rules { id name statement sources { ...SourceFields } } }
${SOURCE}`;

const SEARCH = `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { ...EntityFields } }
${ENTITY}`;

const OVERVIEW = `query Overview($kinds: [EntityKind!], $asOf: Date) {
  graph(kinds: $kinds, asOf: $asOf) { nodes { ...EntityFields } edges { ...MapEdgeFields } }
}
${MAP_SUBGRAPH}`;

const GROUPS = `query Groups($asOf: Date, $within: ID, $prefer: EntityKind) {
  groups(asOf: $asOf, within: $within, prefer: $prefer) {
    within { ...EntityFields }
    above { ...EntityFields }
    groupKind
    groups { entity { ...EntityFields } counts { kind count } size }
    loose { ...EntityFields }
    links { from type to count }
  }
}
${ENTITY}`;

/** The neighbourhood with the map's relationships, or (for an answer, which quotes its sources) in full. */
const neighbourhoodQuery = (name: string, edge: 'MapEdgeFields' | 'EdgeFields', fragments: string) =>
  `query ${name}($id: ID!, $depth: Int, $direction: Direction, $types: [RelationshipType!], $asOf: Date, $limit: Int, $exclude: [ID!]) {
  neighbourhood(id: $id, depth: $depth, direction: $direction, types: $types, asOf: $asOf, limit: $limit, exclude: $exclude) {
    nodes { ...EntityFields } edges { ...${edge} } leftOut total
  }
}
${fragments}`;
const NEIGHBOURHOOD = neighbourhoodQuery('Neighbourhood', 'MapEdgeFields', MAP_SUBGRAPH);
const NEIGHBOURHOOD_IN_FULL = neighbourhoodQuery('NeighbourhoodInFull', 'EdgeFields', SUBGRAPH);

const RELATIONSHIP = `query Relationship($id: ID!) { relationship(id: $id) { ...EdgeFields } }
${SOURCE}
${EDGE}`;

const DETAIL = `query Detail($id: ID!) {
  entity(id: $id) {
    ...EntityFields
    sources { ...SourceFields }
    relationships {
      id type validFrom validTo note confidence ${KNOWN} sourceCount
      from { ...EntityFields } to { ...EntityFields }
      sources { ...SourceFields }
    }
  }
}
${ENTITY}
${SOURCE}`;

const CHAIN = `query Chain($id: ID!, $type: RelationshipType!, $direction: ChainDirection, $asOf: Date) {
  chain(id: $id, type: $type, direction: $direction, asOf: $asOf) {
    nodes { ...EntityFields } edges { ...EdgeFields } distances { id distance }
  }
}
${SUBGRAPH}`;

const PATHS = `query Paths($from: ID!, $to: ID!, $types: [RelationshipType!], $maxLength: Int, $asOf: Date) {
  paths(from: $from, to: $to, types: $types, maxLength: $maxLength, asOf: $asOf) {
    length nodes { ...EntityFields } edges { ...EdgeFields }
  }
}
${SUBGRAPH}`;

/** Written out without fragments: the API counts each fragment as a level, and allows eight. */
const ENTITY_FIELDS = 'id name kind aliases description odsCode validFrom validTo';
const CHANGED_EDGE = `id type validFrom validTo note confidence basis premises rule { id name statement } sourceCount
      from { ${ENTITY_FIELDS} } to { ${ENTITY_FIELDS} }`;
const CHANGED = `nodes { ${ENTITY_FIELDS} }
    edges { ${CHANGED_EDGE} }`;
const CHANGES = `query Changes($from: Date!, $to: Date!) {
  changes(from: $from, to: $to) {
    added { ${CHANGED} }
    removed { ${CHANGED} }
    successions { ${CHANGED_EDGE} }
  }
}`;

/** Entities by kind on each step from `from` to `to`: the Time panel's chart. */
const TIMELINE = `query Timeline($from: Date!, $to: Date!) {
  timeline(from: $from, to: $to, step: YEAR) { asOf entities { kind count } }
}`;

/**
 * The API as the explorer uses it. `asOf()` gives the date the map is drawn at (YYYY-MM-DD), or null for all
 * of history; every query that can be asked about a date is asked about that one.
 */
export function createApi(client: GraphQLClient, asOf: () => string | null = () => null) {
  return {
    async search(text: string, limit = 8, signal?: AbortSignal): Promise<Entity[]> {
      return (await client.request<{ search: Entity[] }>(SEARCH, { text, limit }, signal)).search;
    },
    async overview(kinds: EntityKind[]): Promise<Subgraph> {
      return (await client.request<{ graph: Subgraph }>(OVERVIEW, { kinds, asOf: asOf() })).graph;
    },
    /** One level of the grouped map on `on` (the map's date by default); null when `within` is not there then. */
    async groups(within: string | null, prefer: EntityKind | null = null, on: string | null = asOf()): Promise<GroupedView | null> {
      return (await client.request<{ groups: GroupedView | null }>(GROUPS, { asOf: on, within, prefer })).groups;
    },
    async wholeGraph(): Promise<Subgraph> {
      return (await client.request<{ graph: Subgraph }>(OVERVIEW, { kinds: null, asOf: asOf() })).graph;
    },
    /**
     * With a limit, at most that many neighbours (the strongest; see schema.graphql), and how many were left out.
     * The relationships come as the map keeps them, or `inFull` (their sources and quotes, for an answer).
     */
    async neighbourhood<Full extends boolean = false>(
      id: string,
      options: { depth?: number; direction?: Direction; types?: RelationshipType[] | null; limit?: number; exclude?: string[]; inFull?: Full } = {},
    ): Promise<Full extends true ? Neighbourhood<RelationshipDetail> : Neighbourhood> {
      const variables = {
        id,
        depth: options.depth ?? 1,
        direction: options.direction ?? 'BOTH',
        types: options.types ?? null,
        asOf: asOf(),
        limit: options.limit ?? null,
        exclude: options.exclude ?? null,
      };
      const query = options.inFull ? NEIGHBOURHOOD_IN_FULL : NEIGHBOURHOOD;
      return (await client.request<{ neighbourhood: Full extends true ? Neighbourhood<RelationshipDetail> : Neighbourhood }>(query, variables)).neighbourhood;
    },
    async detail(id: string): Promise<EntityDetail | null> {
      return (await client.request<{ entity: EntityDetail | null }>(DETAIL, { id })).entity;
    },
    /** One relationship in full (its sources and quotes, rule, premises): the map's own carry none of that. */
    async relationship(id: string): Promise<RelationshipDetail | null> {
      return (await client.request<{ relationship: RelationshipDetail | null }>(RELATIONSHIP, { id })).relationship;
    },
    /** A chain of one type from an entity, in one answer: its entities nearest first, and its relationships. */
    async chain(type: RelationshipType, id: string, direction: 'UP' | 'DOWN' = 'UP'): Promise<Chain> {
      return (await client.request<{ chain: Chain }>(CHAIN, { id, type, direction, asOf: asOf() })).chain;
    },
    async paths(from: string, to: string, types: RelationshipType[] | null, maxLength = 6): Promise<Path[]> {
      return (await client.request<{ paths: Path[] }>(PATHS, { from, to, types, maxLength, asOf: asOf() })).paths;
    },
    /** Every rule derived relationships follow, with its sources. */
    async rules(): Promise<Rule[]> {
      return (await client.request<{ rules: Rule[] }>(RULES, {})).rules;
    },
    /** How many organisations of each kind there were on `from` and each year after it up to `to`. */
    async timeline(from: string, to: string): Promise<TimelinePoint[]> {
      return (await client.request<{ timeline: TimelinePoint[] }>(TIMELINE, { from, to })).timeline;
    },
    /** What was added and removed between two dates; relationships come with both their entities. */
    async changes(from: string, to: string): Promise<Changes> {
      return (await client.request<{ changes: Changes }>(CHANGES, { from, to })).changes;
    },
  };
}

export type Api = ReturnType<typeof createApi>;
