/**
 * What the national phase asks, each over a fixed set of real names, codes and dates (issue 11: a newcomer finds
 * any trust or CCG by name or code and gets its overseers on a date; issue 12: an analyst's pages and counts).
 */

export interface NationalQuestion {
  name: string;
  title: string;
  query: string;
  variables: Record<string, unknown>[];
}

const SEARCHES = ['Leeds', 'RR8', '15F', 'QWO', 'Southend', 'NHS Improvement', 'Monitor', 'Cumbria', 'Mid and South Essex', 'NHS England', 'Devon', 'CQC', 'TDA', 'West Yorkshire', 'Barts'];
// Ids (an ODS code where the organisation's id is one): trusts, a CCG's successor, ICBs, curated trusts of the three areas.
const ORGANISATIONS = ['RR8', 'southend-university-hospital-nhs-foundation-trust', 'QWO', '15F', 'RTX', 'northern-devon-healthcare-nhs-trust', 'north-east-and-north-cumbria-icb', 'RXQ'];
const DATES = ['2015-06-01', '2019-06-01', '2023-06-01'];
const cross = <A, B>(as: A[], bs: B[]) => as.flatMap((a) => bs.map((b) => [a, b] as const));

export const NATIONAL_QUESTIONS: NationalQuestion[] = [
  {
    name: 'search',
    title: 'search by name or ODS code (Leeds, RR8, 15F, QWO, Southend, NHS Improvement...)',
    query: 'query($text: String!) { search(text: $text, limit: 10) { id name kind odsCode } }',
    variables: SEARCHES.map((text) => ({ text })),
  },
  {
    name: 'overseers',
    title: 'who oversees an organisation on a date, the whole chain upwards',
    query: 'query($id: ID!, $asOf: Date) { overseers(id: $id, transitive: true, asOf: $asOf) { id name kind } }',
    variables: cross(ORGANISATIONS, DATES).map(([id, asOf]) => ({ id, asOf })),
  },
  {
    name: 'oversees-in',
    title: "an organisation's OVERSEES relationships on a date, with how each is known",
    query: `query($id: ID!, $asOf: Date) { entity(id: $id) { name relationships(direction: IN, types: [OVERSEES], asOf: $asOf) {
      from { id name } validFrom validTo basis confidence rule { id name } premises sources { title quote } } } }`,
    variables: cross(ORGANISATIONS, DATES).map(([id, asOf]) => ({ id, asOf })),
  },
  {
    name: 'relationships-page',
    title: 'a filtered page of 100 relationships (REGULATES on a date; trusts PART_OF an ICB; one entity OUT; changed in 2022-24)',
    query: `query($types: [RelationshipType!], $fromKinds: [EntityKind!], $toKinds: [EntityKind!], $entity: ID, $direction: Direction, $asOf: Date, $changedBetween: DateRange) {
      relationships(types: $types, fromKinds: $fromKinds, toKinds: $toKinds, entity: $entity, direction: $direction, asOf: $asOf, changedBetween: $changedBetween, first: 100) {
        edges { cursor node { id type validFrom validTo basis confidence from { id name kind } to { id name kind } } } pageInfo { hasNextPage endCursor } } }`,
    variables: [
      { types: ['REGULATES'], asOf: '2015-06-01' },
      { types: ['PART_OF'], fromKinds: ['TRUST'], toKinds: ['INTEGRATED_CARE_BOARD'], asOf: '2023-06-01' },
      { entity: 'nhs-england', direction: 'OUT', types: ['OVERSEES'], asOf: '2023-06-01' },
      { types: ['PART_OF'], fromKinds: ['TRUST'], toKinds: ['INTEGRATED_CARE_BOARD'], changedBetween: { from: '2022-07-02', to: '2024-12-31' } },
      { fromKinds: ['CCG'], asOf: '2016-06-01' },
      {},
    ],
  },
  {
    name: 'stats',
    title: 'entities by kind and relationships by type and basis on a date',
    query: 'query($asOf: Date) { stats(asOf: $asOf) { asOf entities { kind count } relationships { type count } bases { basis count } } }',
    variables: ['2013-04-01', '2016-06-01', '2020-06-01', '2023-06-01', null].map((asOf) => ({ asOf })),
  },
  {
    name: 'timeline',
    title: 'the yearly counts from 2013 (the Time panel chart)',
    query: 'query { timeline(from: "2013-04-01", to: "2026-04-01", step: YEAR) { asOf entities { kind count } } }',
    variables: [{}],
  },
  {
    name: 'detail',
    title: "an organisation's detail panel (the explorer's query: the entity, every relationship, both ends, sources)",
    query: `query($id: ID!) { entity(id: $id) { id name kind aliases description odsCode validFrom validTo sources { id title url quote }
      relationships { id type validFrom validTo note confidence basis premises rule { id name statement }
        from { id name kind aliases description odsCode validFrom validTo } to { id name kind aliases description odsCode validFrom validTo }
        sources { id title url publisher published quote } } } }`,
    variables: ORGANISATIONS.map((id) => ({ id })),
  },
];
