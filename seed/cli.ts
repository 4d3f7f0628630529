import path from 'node:path';
import { loadConfig } from '../server/src/config.ts';
import { openGraph } from '../server/src/graph-connection.ts';
import { checkAll, checkFiles, seed } from './load.ts';
import { SeedValidationError } from '../server/src/dataset/problems.ts';

/**
 * npm run seed -- [FILES]     validate and load (seed/data and the national registers when no files are named)
 * npm run seed:check -- [FILES] validate only; no database needed
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
const log = (line: string) => console.log(line);

try {
  if (check) {
    const data = files.length > 0 ? await checkFiles(files) : (await checkAll(log)).dataset;
    log(`OK: ${data.entities.length} entities, ${data.relationships.length} relationships, ${data.sources.length} sources, ${data.rules.length} rules.`);
  } else {
    const graph = await openGraph(loadConfig(), log);
    try {
      await seed(graph.db, files, log);
    } finally {
      await graph.close();
    }
  }
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
}
