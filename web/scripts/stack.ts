import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { mapSnapshot } from '../../tests/helpers/browser.ts';

/**
 * A throwaway explorer for the screenshot scripts: a local Neo4j in a temp folder seeded from seed/data, the
 * explorer's statements planned, and the web server on a free port. `stop` shuts both down and removes the folder.
 */
export async function startStack(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { buildLocalNeo4j, startLocalNeo4j } = await import('../../db/local-neo4j.ts');
  const { createDb, createDriver, waitForBolt } = await import('../../server/src/db/run.ts');
  const { seed } = await import('../../seed/load.ts');
  const { warmUpFirstAnswers } = await import('../../server/src/db/warm-up.ts');
  const { freePort } = await import('../../tests/helpers/global-setup.ts');
  const { startWebServer } = await import('../../tests/helpers/web-server.ts');
  const log = (line: string) => console.log(`[neo4j] ${line}`);
  await buildLocalNeo4j(log);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'explorer-screenshots-'));
  const neo4j = await startLocalNeo4j({ port: await freePort(), dir, log });
  const driver = createDriver(neo4j.uri, 'neo4j', 'unused');
  await waitForBolt(driver, 'neo4j', 60_000);
  await seed(createDb(driver, 'neo4j'), null, log);
  // As npm start does before it says it is ready: unplanned, the grouped first screen's statement took more than
  // the 5 s query timeout to plan on a slow machine, and the picture showed the error instead of England.
  await warmUpFirstAnswers(createDb(driver, 'neo4j', { timeoutMs: 120_000 }));
  await driver.close();
  const web = await startWebServer(neo4j.uri);
  return {
    url: web.url,
    stop: async () => {
      await web.close();
      await neo4j.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Where the screenshot scripts write (docs/screenshots). */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Saves the page as docs/screenshots/<name>.png, once the map has answered (so it is drawn). */
export async function shot(page: Page, name: string): Promise<void> {
  await mapSnapshot(page);
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}
