import path from 'node:path';
import { loadConfig } from '../server/src/config.ts';
import { openGraph } from '../server/src/graph-connection.ts';
import { defaultSeedFiles } from './files.ts';
import { seed } from './load.ts';
import { loadSeedFiles, SeedValidationError } from './validate.ts';

/**
 * npm run seed -- [FILES]     validate and load (all of seed/data when no files are named)
 * npm run seed:check -- [FILES] validate only; no database needed
 */
const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
const log = (line: string) => console.log(line);

try {
  if (check) {
    const chosen = files.length > 0 ? files : defaultSeedFiles();
    const data = await loadSeedFiles(chosen);
    log(
      `OK: ${chosen.length} files, ${data.entities.length} entities, ${data.relationships.length} relationships, ` +
        `${data.sources.length} sources.`,
    );
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
