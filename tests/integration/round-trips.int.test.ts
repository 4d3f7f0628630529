import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { neo4jHealth } from '../../server/src/health.ts';
import { builders } from '../helpers/builders.ts';
import { silent } from '../helpers/graph.ts';

/**
 * How many statements a question costs. The gateway logs every statement it sends at debug level; this app's
 * gateway logs into a list.
 */
const uri = inject('neo4jUri');
const driver = createDriver(uri, 'neo4j', 'unused');
afterAll(() => driver.close());
const statements: string[] = [];
const db = createDb(driver, 'neo4j', { log: (line) => statements.push(line) });
const app = createApp({ db, checkHealth: neo4jHealth(driver, 'neo4j', uri), logger: silent });

async function ask(query: string, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { data: body.data, statements: [...statements] };
}

const SOURCE = 'id title url publisher published quote';
const ENTITY_QUESTION = `query($id: ID!) { entity(id: $id) {
  id name sources { ${SOURCE} }
  relationships { id type from { id name } to { id name } sources { ${SOURCE} } }
} }`;

/** A body citing two documents, with relationships citing them (one without a quote) and a third. */
const build = builders(db, 'test-roundtrip-');
beforeAll(() => build.remove());
afterAll(() => build.remove());
const [report, letter, minutes] = [
  build.source('report', { title: 'Round-trip annual report', url: 'https://example.org/report', publisher: 'A Test Body', published: '2016-03-01' }),
  build.source('letter', { title: 'Round-trip letter' }),
  build.source('minutes', { title: 'Round-trip board minutes', published: '2017-01-31' }),
];
const body = build.entity('body', { sources: [{ source: report.id, quote: 'The body exists.' }, { source: letter.id }] });
const partner = build.entity('partner');
const overseer = build.entity('overseer');
const relationships = [
  build.relationship(overseer, 'OVERSEES', body, { sources: [{ source: minutes.id, quote: 'The overseer oversees the body.' }, { source: report.id, quote: null }] }),
  build.relationship(body, 'PARTNER_IN', partner, { sources: [{ source: letter.id, quote: 'Partners.' }] }),
];

beforeAll(() => build.write({ sources: [report, letter, minutes], entities: [body, partner, overseer], relationships }));

/** A source as the API gives it, with the quote of one citation. */
const cited = (s: typeof report, quote: string | null) => ({ id: s.id, title: s.title, url: s.url, publisher: s.publisher, published: s.published, quote });

describe('the entity question (an entity, its sources, its relationships and theirs)', () => {
  it('costs two statements and answers with every cited document and quote', async () => {
    const { data, statements: sent } = await ask(ENTITY_QUESTION, { id: body.id });
    expect(sent.filter((s) => s.startsWith('cypher READ'))).toHaveLength(2);
    expect(sent).toHaveLength(2);
    expect(data.entity.sources).toEqual([cited(report, 'The body exists.'), cited(letter, null)]);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...data.entity.relationships].sort(byId)).toEqual(
      [
        {
          id: relationships[0]!.id, type: 'OVERSEES', from: { id: overseer.id, name: overseer.name }, to: { id: body.id, name: body.name },
          sources: [cited(minutes, 'The overseer oversees the body.'), cited(report, null)],
        },
        {
          id: relationships[1]!.id, type: 'PARTNER_IN', from: { id: body.id, name: body.name }, to: { id: partner.id, name: partner.name },
          sources: [cited(letter, 'Partners.')],
        },
      ].sort(byId),
    );
  });

  it('gives the same documents as the sources query asked on its own', async () => {
    const { data: all } = await ask(`{ sources { ${SOURCE} } }`);
    const mine = all.sources.filter((s: { id: string }) => s.id.startsWith(build.prefix));
    expect(mine.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1))).toEqual(
      [cited(letter, null), cited(minutes, null), cited(report, null)],
    );
  });
});
