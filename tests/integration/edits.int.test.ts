import { describe, expect, it } from 'vitest';
import { useBuilders } from '../helpers/builders.ts';
import { useTestGraph } from '../helpers/graph.ts';

/** Edits through the API: the token, the seed loader's checks, the audit trail, history kept. */
const TOKEN = 'test-admin-token-0123456789abcdef';
const graph = useTestGraph({ adminToken: TOKEN });
const noEditing = useTestGraph();
const admin = { authorization: `Bearer ${TOKEN}`, 'x-explorer-actor': 'Test Editor' };
/** Everything these tests write has an id starting test-edit- (or, for a relationship, names one). */
const own = useBuilders(graph.db, 'test-edit-');
const countAll = () => own.count();

/** The change log, newest first, with only this file's entries (other files edit at the same time). */
async function ownChanges(): Promise<{ actor: string; action: string; targetId: string; at: string; before: string | null; after: string | null }[]> {
  const { body: res } = await graph.gql('{ changeLog(limit: 100) { actor action targetId at before after } }');
  return res.data.changeLog.filter((c: { targetId: string }) => c.targetId.startsWith(own.prefix) || c.targetId.includes(`:${own.prefix}`));
}

const UPSERT_ENTITY = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name kind aliases validFrom validTo } }`;
const UPSERT_REL = `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) {
  id type from { id } to { id } validFrom validTo note confidence sources { title quote } } }`;
const body = {
  id: 'test-edit-board',
  name: 'Test Edit Programme Board',
  kind: 'GROUP',
  description: 'A board created by the edit tests.',
  validFrom: '2016-01-01',
};


describe('edits are refused', () => {
  it('with FORBIDDEN when the server has no admin token', async () => {
    const { body: res } = await noEditing.gql(UPSERT_ENTITY, { input: body }, admin);
    expect(res.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('with UNAUTHENTICATED without a token or with a wrong one, writing nothing', async () => {
    const before = await countAll();
    const missing = await graph.gql(UPSERT_ENTITY, { input: body });
    const wrong = await graph.gql(UPSERT_ENTITY, { input: body }, { authorization: 'Bearer not-the-token' });
    const notBearer = await graph.gql(UPSERT_ENTITY, { input: body }, { authorization: TOKEN });
    for (const r of [missing, wrong, notBearer]) expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify([missing, wrong, notBearer])).not.toContain(TOKEN);
    expect(before).toEqual({ entities: 0, relationships: 0, sources: 0, changes: 0 });
    expect(await countAll()).toEqual(before);
  });

  it('with BAD_USER_INPUT naming the field, by the seed loader rules', async () => {
    const before = await countAll();
    const cases = [
      [{ ...body, description: null }, 'description'],
      [{ ...body, validTo: '2015-01-01' }, 'validTo'],
      [{ ...body, name: 'NHS England' }, 'name'],
      [{ ...body, odsCode: 'RAJ' }, 'odsCode'],
      [{ ...body, sources: [{ source: 'no-such-source' }] }, 'source'],
      [{ ...body, id: 'not an id!' }, 'id'],
    ] as const;
    for (const [input, field] of cases) {
      const { body: res } = await graph.gql(UPSERT_ENTITY, { input }, admin);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors[0].extensions.problems.map((p: any) => p.field).join(' ')).toContain(field);
    }
    expect(await countAll()).toEqual(before);
  });

  it('for a mutation not sent as JSON (CSRF)', async () => {
    const res = await graph.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...admin },
      body: new URLSearchParams({ query: `mutation { endRelationship(id: "x", validTo: "2020-01-01") { id } }` }).toString(),
    });
    expect([400, 403, 415]).toContain(res.status);
    const text = await res.text();
    expect(text).not.toContain('"data":{"endRelationship"');
  });
});

describe('accepted edits', () => {
  it('create and update an entity, recording who, when, before and after', async () => {
    const created = await graph.gql(UPSERT_ENTITY, { input: body }, admin);
    expect(created.body.data.upsertEntity).toEqual({
      id: 'test-edit-board', name: 'Test Edit Programme Board', kind: 'GROUP', aliases: [], validFrom: '2016-01-01', validTo: null,
    });
    const updated = await graph.gql(UPSERT_ENTITY, { input: { ...body, aliases: ['TEPB'], validTo: '2019-12-31' } }, admin);
    expect(updated.body.data.upsertEntity).toMatchObject({ aliases: ['TEPB'], validTo: '2019-12-31' });

    const log = await ownChanges();
    expect(log).toHaveLength(2);
    const [latest, previous] = log as [(typeof log)[number], (typeof log)[number]];
    expect(latest).toMatchObject({ actor: 'Test Editor', action: 'upsertEntity', targetId: 'test-edit-board' });
    expect(JSON.parse(latest.before!)).toMatchObject({ aliases: [], validTo: null });
    expect(JSON.parse(latest.after!)).toMatchObject({ aliases: ['TEPB'], validTo: '2019-12-31' });
    expect(previous).toMatchObject({ action: 'upsertEntity', before: null });
    expect(Date.parse(latest.at)).toBeGreaterThanOrEqual(Date.parse(previous.at));
  });

  it('add a sourced relationship with a new source, store a Cypher-looking note verbatim, then end it', async () => {
    const note = `x'}) MATCH (n) DETACH DELETE n //`;
    // The overseer is this file's own (a seeded one would be locked by a full reload running beside it).
    await own.write({ entities: [own.entity('overseer', { kind: 'NATIONAL_BODY', validFrom: '2013-04-01' })] });
    const before = await countAll();
    const added = await graph.gql(
      UPSERT_REL,
      {
        input: {
          from: 'test-edit-overseer', type: 'OVERSEES', to: 'test-edit-board', validFrom: '2016-02-01', note, confidence: 'REPORTED',
          sources: [{ source: 'test-edit-doc', quote: 'The overseer oversees the board.' }],
          newSources: [{ id: 'test-edit-doc', title: 'Edit test document', url: 'https://example.org/edit', published: '2016-02-01' }],
        },
      },
      admin,
    );
    const rel = added.body.data.upsertRelationship;
    expect(rel).toMatchObject({
      id: 'test-edit-overseer:OVERSEES:test-edit-board@2016-02-01', type: 'OVERSEES', from: { id: 'test-edit-overseer' }, note,
      confidence: 'REPORTED', sources: [{ title: 'Edit test document', quote: 'The overseer oversees the board.' }],
    });
    expect(before).toEqual({ entities: 2, relationships: 0, sources: 0, changes: 2 });
    // One relationship, its new source and the change record.
    expect(await countAll()).toEqual({ entities: 2, relationships: 1, sources: 1, changes: 3 });

    const ended = await graph.gql(
      'mutation($id: ID!) { endRelationship(id: $id, validTo: "2018-06-30") { id validFrom validTo } }',
      { id: rel.id },
      admin,
    );
    expect(ended.body.data.endRelationship).toEqual({ id: rel.id, validFrom: '2016-02-01', validTo: '2018-06-30' });
    const overseers = await graph.gql('{ now: overseers(id: "test-edit-board", asOf: "2019-01-01") { id } then: overseers(id: "test-edit-board", asOf: "2017-01-01") { id } }');
    expect(overseers.body.data).toEqual({ now: [], then: [{ id: 'test-edit-overseer' }] });

    const tooEarly = await graph.gql('mutation($id: ID!) { endRelationship(id: $id, validTo: "2015-01-01") { id } }', { id: rel.id }, admin);
    expect(tooEarly.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'validTo' });
    const [latest] = await ownChanges();
    expect(latest).toMatchObject({ action: 'endRelationship', targetId: rel.id, actor: 'Test Editor' });
    expect(await countAll()).toEqual({ entities: 2, relationships: 1, sources: 1, changes: 4 });
  });

  it('record "admin token" as who made an edit sent without X-Explorer-Actor', async () => {
    const input = { ...body, id: own.id('anonymous'), name: 'Test Edit Anonymous Board' };
    await graph.gql(UPSERT_ENTITY, { input }, { authorization: `Bearer ${TOKEN}` });
    const [latest] = await ownChanges();
    expect(latest).toMatchObject({ actor: 'admin token', action: 'upsertEntity', targetId: own.id('anonymous') });
  });

  it('refuse an entity change that would leave its relationships outside its dates', async () => {
    const { body: res } = await graph.gql(UPSERT_ENTITY, { input: { ...body, validFrom: '2017-01-01', validTo: null } }, admin);
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toContain('test-edit-overseer:OVERSEES:test-edit-board@2016-02-01');
  });
});
