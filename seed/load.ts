import type { Db } from '../server/src/db/run.ts';
import { defaultSeedFiles } from './files.ts';
import { buildNational, type NationalReport } from './national/build.ts';
import { type Dataset, type Known, parseSeedFiles, validateParsed } from './validate.ts';
import { BATCH_ROWS, countGraph, ensureSchema, readKnown, writeDataset } from './write.ts';

type Log = (line: string) => void;

/** Where a load has got to, for a caller that reports it (the server's /health): rows written of all. */
export type SeedProgress = (phase: 'schema' | 'checking' | 'writing' | 'done', written: number, total: number) => void;

/**
 * The whole dataset: the curated files of seed/data and the national registers of seed/registers, met and
 * checked together (one set of rules: unique ids and names, ODS codes held by one entity a day, references,
 * dates). Throws SeedValidationError naming every problem's file, line and field.
 */
export async function checkAll(
  log: Log = () => {},
  options: { registersDir?: string } = {},
): Promise<{ dataset: Dataset; report: NationalReport }> {
  const files = defaultSeedFiles();
  log(`Checking ${files.length} curated files and the national registers...`);
  const curated = await parseSeedFiles(files);
  const national = buildNational(curated, options.registersDir ? { dir: options.registersDir } : {});
  return { dataset: validateParsed([...curated, national.parsed]), report: national.report };
}

/** Checks the named files alone (they may refer to what the database already holds). */
export async function checkFiles(files: string[], known?: Known): Promise<Dataset> {
  return validateParsed(await parseSeedFiles(files), known);
}

/**
 * Validates and writes: every curated file and the national registers when no files are named (and then removes
 * what an earlier full load wrote that they no longer hold), or just the named files, which may refer to
 * entities and sources already in the database. Up to BATCH_ROWS rows it is one transaction; above, batches
 * (see writeDataset).
 */
export async function seed(
  db: Db,
  files: string[] | null,
  log: Log,
  options: { registersDir?: string; onProgress?: SeedProgress } = {},
) {
  const started = Date.now();
  const onProgress = options.onProgress ?? (() => {});
  const all = !files || files.length === 0;
  onProgress('schema', 0, 0);
  await ensureSchema(db);
  onProgress('checking', 0, 0);
  const dataset = all ? (await checkAll(log, options)).dataset : await checkFiles(files, await readKnown(db));
  if (!all) log(`Checked ${files.length} seed file${files.length === 1 ? '' : 's'}.`);
  const rows = dataset.entities.length + dataset.relationships.length + dataset.sources.length + dataset.rules.length;
  onProgress('writing', 0, rows);
  log(
    `Writing ${dataset.entities.length.toLocaleString('en-GB')} entities, ${dataset.relationships.length.toLocaleString('en-GB')} relationships and ` +
      `${dataset.sources.length} sources ` +
      (rows <= BATCH_ROWS
        ? 'in one transaction...'
        : `in transactions of ${BATCH_ROWS.toLocaleString('en-GB')} rows (if it fails part-way, load the same files again)...`),
  );
  await writeDataset(db, dataset, {
    prune: all,
    progress: (written, total) => {
      log(`  ${written.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows written (${Math.round((100 * written) / total)}%)`);
      onProgress('writing', written, total);
    },
  });
  onProgress('done', rows, rows);
  const counts = await countGraph(db);
  log(
    `Seeded. The graph now holds ${counts.entities.toLocaleString('en-GB')} entities, ` +
      `${counts.relationships.toLocaleString('en-GB')} relationships, ${counts.sources} sources (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  return counts;
}

/** `npm start` seeds an empty database by itself. */
export async function seedIfEmpty(db: Db, log: Log, onProgress?: SeedProgress): Promise<void> {
  onProgress?.('schema', 0, 0);
  await ensureSchema(db);
  const counts = await countGraph(db);
  if (counts.entities > 0) return;
  log('The database is empty: loading the curated files and the national registers.');
  await seed(db, null, log, onProgress ? { onProgress } : {});
}
