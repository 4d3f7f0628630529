import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { listSnapshot } from '../db/graph.ts';
import { listSources } from '../db/sources.ts';
import { isIsoDate } from '../domain/dates.ts';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, isEntityKind, isRelationshipType } from '../domain/model.ts';
import { openGraph } from '../graph-connection.ts';
import { EXPORT_FORMATS, toCsv, toGraphml, toJson, type ExportFormat } from './formats.ts';

/**
 * npm run export -- [--as-of YYYY-MM-DD] [--format json|csv|graphml] [--kinds TRUST,CCG] [--types OVERSEES,FUNDS]
 *                   [--out DIR]
 * Writes the graph (or the part valid on a date) to DIR (default exports/).
 */
const usage = 'usage: npm run export -- [--as-of YYYY-MM-DD] [--format json|csv|graphml] [--kinds K,...] [--types T,...] [--out DIR]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string', default: 'json' },
    kinds: { type: 'string' },
    types: { type: 'string' },
    out: { type: 'string', default: 'exports' },
  },
}) as { values: { 'as-of'?: string; format: string; kinds?: string; types?: string; out: string } };

const asOf = values['as-of'] ?? null;
if (asOf !== null && !isIsoDate(asOf)) fail(`--as-of must be a date written YYYY-MM-DD; got "${asOf}".`);
if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) fail(`--format must be json, csv or graphml; got "${values.format}".`);
const format = values.format as ExportFormat;
const split = (s?: string) => (s ? s.split(',').map((x) => x.trim().toUpperCase()).filter(Boolean) : null);
const kinds = split(values.kinds);
const types = split(values.types);
if (kinds?.some((k) => !isEntityKind(k))) fail(`--kinds takes ${ENTITY_KINDS.join(', ')}.`);
if (types?.some((t) => !isRelationshipType(t))) fail(`--types takes ${RELATIONSHIP_TYPES.join(', ')}.`);

const log = (line: string) => console.error(line);
const graph = await openGraph(loadConfig(), log);
try {
  log(`Reading the graph${asOf ? ` as of ${asOf}` : ''}...`);
  const subgraph = await listSnapshot(graph.db, { asOf, kinds: kinds as never, types: types as never });
  const sources = new Map((await listSources(graph.db)).map((s) => [s.id, s]));
  const snapshot = { ...subgraph, asOf, sources };
  const base = path.join(values.out, `nhs-graph-${asOf ?? 'all-dates'}`);
  await mkdir(values.out, { recursive: true });
  const written: string[] = [];
  if (format === 'csv') {
    const { nodes, edges } = toCsv(snapshot);
    await writeFile(`${base}-nodes.csv`, nodes);
    await writeFile(`${base}-edges.csv`, edges);
    written.push(`${base}-nodes.csv`, `${base}-edges.csv`);
  } else {
    const file = `${base}.${format}`;
    await writeFile(file, format === 'json' ? toJson(snapshot) : toGraphml(snapshot));
    written.push(file);
  }
  log(`Exported ${subgraph.nodes.length} entities and ${subgraph.edges.length} relationships to ${written.join(' and ')}.`);
} finally {
  await graph.close();
}
