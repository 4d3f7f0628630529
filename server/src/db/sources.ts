import type { Db } from './run.ts';
import { cypher } from './cypher.ts';
import { toRule, toSource, type SourceRow } from './mapping.ts';
import type { Rule, SourceDocument } from '../domain/model.ts';

const ALL = cypher(`MATCH (s:Source) RETURN SOURCE(s) AS source ORDER BY s.title`);
const BY_IDS = cypher(`MATCH (s:Source) WHERE s.id IN $ids RETURN SOURCE(s) AS source`);

export async function listSources(db: Db): Promise<SourceDocument[]> {
  return (await db.read<{ source: SourceRow }>(ALL)).map((r) => toSource(r.source));
}

export async function findSources(db: Db, ids: readonly string[]): Promise<SourceDocument[]> {
  const rows = await db.read<{ source: SourceRow }>(BY_IDS, { ids: [...ids] });
  return rows.map((r) => toSource(r.source));
}

const RULES_BY_IDS = `MATCH (r:Rule) WHERE r.id IN $ids RETURN r {.*} AS rule`;

/** The rules derived relationships follow, by id. */
export async function findRules(db: Db, ids: readonly string[]): Promise<Rule[]> {
  const rows = await db.read<{ rule: Record<string, unknown> }>(RULES_BY_IDS, { ids: [...ids] });
  return rows.map((r) => toRule(r.rule));
}

const ALL_RULES = `MATCH (r:Rule) RETURN r {.*} AS rule ORDER BY r.name`;

export async function listRules(db: Db): Promise<Rule[]> {
  return (await db.read<{ rule: Record<string, unknown> }>(ALL_RULES)).map((r) => toRule(r.rule));
}
