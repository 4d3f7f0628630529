import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.ts';
import { openGraph } from '../server/src/graph-connection.ts';
import { isIsoDate } from '../server/src/domain/dates.ts';
import { SeedValidationError } from '../server/src/dataset/problems.ts';
import { ensureSchema } from '../server/src/db/constraints.ts';
import { importOds, readOdsFile } from './ods.ts';

/** npm run import:ods -- FILE.csv [--kind trust|ccg] [--as-of YYYY-MM-DD] */
const { values, positionals } = parseArgs({ options: { kind: { type: 'string' }, 'as-of': { type: 'string' } }, allowPositionals: true });
const log = (line: string) => console.log(line);

if (positionals.length === 0) {
  console.error('usage: npm run import:ods -- FILE.csv [FILE.csv ...] [--kind trust|ccg] [--as-of YYYY-MM-DD]');
  process.exit(2);
}
const asOf = values['as-of'];
if (asOf !== undefined && !isIsoDate(asOf)) {
  console.error(`--as-of must be a date written YYYY-MM-DD; got "${asOf}".`);
  process.exit(2);
}

try {
  // Check every file before touching the database.
  const files = [];
  for (const file of positionals.map((f) => path.resolve(f))) {
    log(`Reading ${path.relative(process.cwd(), file)}...`);
    const parsed = await readOdsFile(file, values.kind);
    log(`  ${parsed.rows.length} ${parsed.kind === 'trust' ? 'trusts' : 'CCGs'}, all rows valid.`);
    files.push({ file, parsed });
  }
  const graph = await openGraph(loadConfig(), log);
  try {
    await ensureSchema(graph.db);
    for (const { file, parsed } of files) {
      const result = await importOds(graph.db, file, parsed, log, asOf ? { asOf } : {});
      log(
        `Imported ${path.basename(file)}: ${result.created} new, ${result.updated} already known (matched by ODS code and date), ` +
          `${result.links} memberships.` +
          (result.unmatchedGroupings.length > 0
            ? ` Grouping codes with no organisation in the graph (left as they are): ${result.unmatchedGroupings.join(', ')}.`
            : ''),
      );
    }
  } finally {
    await graph.close();
  }
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message.replace('in the seed data', 'in the ODS file') : error);
  process.exitCode = 1;
}
