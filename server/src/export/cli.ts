import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openGraph } from '../graph-connection.ts';
import { EXPORT_FORMATS, type CsvTable } from './formats.ts';
import { ExportArgumentError, parseExportRequest, type ExportRequest } from './query.ts';
import { streamExport } from './stream.ts';

/**
 * npm run export -- [--as-of YYYY-MM-DD] [--format json|ndjson|csv|graphml] [--kinds TRUST,CCG] [--types OVERSEES,FUNDS]
 *                   [--bases RECORDED,DERIVED] [--out DIR]
 * Streams the graph (or the part valid on a date) to DIR (default exports/), through the same code as GET /export.
 */
const usage =
  `usage: npm run export -- [--as-of YYYY-MM-DD] [--format ${EXPORT_FORMATS.join('|')}] [--kinds K,...] [--types T,...] [--bases B,...] [--out DIR]`;

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
    bases: { type: 'string' },
    out: { type: 'string', default: 'exports' },
  },
}) as { values: Record<string, string | undefined> & { out: string } };

const flags: Record<string, string | undefined> = { format: values.format, asOf: values['as-of'], kinds: values.kinds, types: values.types, bases: values.bases };
let request: ExportRequest;
try {
  request = parseExportRequest((name) => flags[name], 'json');
} catch (error) {
  if (!(error instanceof ExportArgumentError)) throw error;
  const flag = error.argument === 'asOf' ? '--as-of' : `--${error.argument}`;
  fail(error.message.replace(/^asOf/, '--as-of').replace(new RegExp(`^${error.argument}\\b`), flag));
}

/** One file, written as the rows arrive; each write waits for the disk when the stream's buffer is full. */
async function exportTo(file: string, r: ExportRequest): Promise<{ nodes: number; edges: number }> {
  const out = createWriteStream(file);
  const counts = await streamExport(graph.db, r, async (chunk) => {
    if (!out.write(chunk)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  return counts;
}

const log = (line: string) => console.error(line);
const graph = await openGraph(loadConfig(), log);
try {
  log(`Streaming the graph${request.asOf ? ` as of ${request.asOf}` : ''}...`);
  const base = path.join(values.out, `nhs-graph-${request.asOf ?? 'all-dates'}`);
  await mkdir(values.out, { recursive: true });
  const written: string[] = [];
  const counts = { nodes: 0, edges: 0 };
  const tables: (CsvTable | null)[] = request.format === 'csv' ? ['nodes', 'edges'] : [null];
  for (const table of tables) {
    const file = table ? `${base}-${table}.csv` : `${base}.${request.format}`;
    const c = await exportTo(file, table ? { ...request, table } : request);
    counts.nodes += c.nodes;
    counts.edges += c.edges;
    written.push(file);
  }
  log(`Exported ${counts.nodes} entities and ${counts.edges} relationships to ${written.join(' and ')}.`);
} finally {
  await graph.close();
}
