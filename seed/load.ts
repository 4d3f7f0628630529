import type { Db } from '../server/src/db/run.ts';
import { defaultSeedFiles } from './files.ts';
import { loadSeedFiles } from './validate.ts';
import { BATCH_ROWS, countGraph, ensureSchema, readKnown, writeDataset } from './write.ts';

type Log = (line: string) => void;

/** Where a load has got to, for a caller that reports it (the server's /health): rows written of all. */
export type SeedProgress = (phase: 'schema' | 'checking' | 'writing' | 'done', written: number, total: number) => void;

/**
 * Validates the files (all of seed/data when none are given) and writes them (in one transaction up to
 * BATCH_ROWS rows, in transactions of that many above; see writeDataset). A subset of
 * files may refer to entities and sources already in the database; a load of all of them also removes what an
 * earlier load wrote and the files no longer hold.
 */
export async function seed(db: Db, files: string[] | null, log: Log, onProgress: SeedProgress = () => {}) {
  const chosen = files && files.length > 0 ? files : defaultSeedFiles();
  onProgress('schema', 0, 0);
  await ensureSchema(db);
  const known = files && files.length > 0 ? await readKnown(db) : undefined;
  log(`Checking ${chosen.length} seed file${chosen.length === 1 ? '' : 's'}...`);
  onProgress('checking', 0, 0);
  const dataset = await loadSeedFiles(chosen, known);
  const rows = dataset.entities.length + dataset.relationships.length + dataset.sources.length;
  onProgress('writing', 0, rows);
  log(
    `Writing ${dataset.entities.length} entities, ${dataset.relationships.length} relationships and ` +
      `${dataset.sources.length} sources ` +
      (rows <= BATCH_ROWS
        ? 'in one transaction...'
        : `in transactions of ${BATCH_ROWS.toLocaleString('en-GB')} rows (if it fails part-way, load the same files again)...`),
  );
  await writeDataset(db, dataset, {
    prune: !files || files.length === 0,
    progress: (written, total) => {
      log(`  ${written.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows written (${Math.round((100 * written) / total)}%)`);
      onProgress('writing', written, total);
    },
  });
  onProgress('done', rows, rows);
  const counts = await countGraph(db);
  log(`Seeded. The graph now holds ${counts.entities} entities, ${counts.relationships} relationships, ${counts.sources} sources.`);
  return counts;
}

/** `npm start` seeds an empty database by itself. */
export async function seedIfEmpty(db: Db, log: Log, onProgress?: SeedProgress): Promise<void> {
  onProgress?.('schema', 0, 0);
  await ensureSchema(db);
  const counts = await countGraph(db);
  if (counts.entities > 0) return;
  log('The database is empty: loading the seed data.');
  await seed(db, null, log, onProgress);
}
