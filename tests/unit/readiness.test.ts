import { describe, expect, it } from 'vitest';
import { healthAnswer, Readiness, RETRY_AFTER_S } from '../../server/src/readiness.ts';

const up = { neo4j: 'up' as const, database: 'neo4j', version: 'Neo4j/5.26.0', latencyMs: 3 };
const down = { neo4j: 'down' as const, database: 'neo4j', reason: 'connect ECONNREFUSED' };

describe('readiness', () => {
  it('starts as starting, waiting for Neo4j', () => {
    expect(new Readiness().current).toEqual({ state: 'starting', phase: 'waiting for Neo4j' });
  });

  it('moves through starting and loading with progress to ready', () => {
    const r = new Readiness();
    r.starting('creating the schema');
    expect(r.current).toEqual({ state: 'starting', phase: 'creating the schema' });
    r.loading('checking the seed files');
    expect(r.current).toEqual({ state: 'loading', phase: 'checking the seed files', written: 0, total: 0, percent: 0 });
    r.loading('writing the seed data', 20_000, 60_000);
    expect(r.current).toEqual({ state: 'loading', phase: 'writing the seed data', written: 20_000, total: 60_000, percent: 33 });
    r.loading('writing the seed data', 60_000, 60_000);
    expect(r.current).toMatchObject({ percent: 100 });
    r.ready();
    expect(r.current).toEqual({ state: 'ready' });
  });

  it('never reports more than 100% or a fraction of a percent', () => {
    const r = new Readiness();
    r.loading('writing', 2, 3);
    expect(r.current).toMatchObject({ percent: 66 });
    r.loading('writing', 5, 3);
    expect(r.current).toMatchObject({ percent: 100 });
  });

  it('is ready from the start when made with Readiness.ready()', () => {
    expect(Readiness.ready().current).toEqual({ state: 'ready' });
  });
});

describe('the /health answer', () => {
  it('is 200 "ok" only when ready with Neo4j up', () => {
    expect(healthAnswer({ state: 'ready' }, up)).toEqual({ status: 200, headers: {}, body: { status: 'ok', ...up } });
  });

  it('is 503 "degraded" when ready but Neo4j is down', () => {
    expect(healthAnswer({ state: 'ready' }, down)).toEqual({ status: 503, headers: {}, body: { status: 'degraded', ...down } });
  });

  it('is 503 "starting" with Retry-After and the phase, whether or not Neo4j answers yet', () => {
    expect(healthAnswer({ state: 'starting', phase: 'waiting for Neo4j' }, down)).toEqual({
      status: 503,
      headers: { 'retry-after': '5' },
      body: { status: 'starting', phase: 'waiting for Neo4j', ...down },
    });
    expect(healthAnswer({ state: 'starting', phase: 'creating the schema' }, up)).toMatchObject({
      status: 503,
      body: { status: 'starting', phase: 'creating the schema', neo4j: 'up' },
    });
  });

  it('is 503 "loading" with Retry-After and the rows written of all, even with Neo4j up', () => {
    const loading = { state: 'loading' as const, phase: 'writing the seed data', written: 500, total: 2000, percent: 25 };
    expect(healthAnswer(loading, up)).toEqual({
      status: 503,
      headers: { 'retry-after': String(RETRY_AFTER_S.loading) },
      body: { status: 'loading', phase: 'writing the seed data', written: 500, total: 2000, percent: 25, ...up },
    });
    expect(RETRY_AFTER_S.loading).toBe(2);
  });
});
