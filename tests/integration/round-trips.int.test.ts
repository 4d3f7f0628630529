import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { createDb, createDriver } from '../../server/src/db/run.ts';
import { neo4jHealth } from '../../server/src/health.ts';
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

/** What the stored citations say, read directly: each fact's source ids in order, with quotes. */
async function storedCitations(id: string) {
  const [row] = await db.read<{ own: string[]; rels: { id: string; sourceIds: string[]; quotes: string[] }[] }>(
    `MATCH (e:Entity {id: $id})
     RETURN e.sourceIds AS own, COLLECT { MATCH (e)-[r]-(:Entity) RETURN r {.id, .sourceIds, .quotes} } AS rels`,
    { id },
  );
  return row!;
}

describe('the entity question (an entity, its sources, its relationships and theirs)', () => {
  it('costs two statements and answers with every cited document and quote', async () => {
    const { data, statements: sent } = await ask(ENTITY_QUESTION, { id: 'nhs-england' });
    expect(sent.filter((s) => s.startsWith('cypher READ'))).toHaveLength(2);
    expect(sent).toHaveLength(2);

    const stored = await storedCitations('nhs-england');
    const entity = data.entity;
    expect(entity.sources.map((s: { id: string }) => s.id)).toEqual(stored.own ?? []);
    expect(entity.relationships.length).toBe(stored.rels.length);
    for (const rel of stored.rels) {
      const answered = entity.relationships.find((r: { id: string }) => r.id === rel.id);
      expect(answered.sources.map((s: { id: string; quote: string | null }) => [s.id, s.quote ?? ''])).toEqual(
        rel.sourceIds.map((s, i) => [s, rel.quotes[i] ?? '']),
      );
      for (const s of answered.sources) expect(s.title.length).toBeGreaterThan(0);
    }
  });

  it('gives the same answer as the documents asked for on their own', async () => {
    const { data } = await ask(ENTITY_QUESTION, { id: 'monitor' });
    const { data: all } = await ask(`{ sources { ${SOURCE} } }`);
    const byId = new Map(all.sources.map((s: { id: string }) => [s.id, s]));
    const cited = [data.entity.sources, ...data.entity.relationships.map((r: { sources: unknown[] }) => r.sources)].flat();
    expect(cited.length).toBeGreaterThan(0);
    for (const s of cited as { id: string; quote: string | null }[]) expect({ ...s, quote: null }).toEqual(byId.get(s.id));
  });
});
