import type { Driver } from 'neo4j-driver';
import type { HealthReport } from './app.ts';

/** Asks Neo4j for its version, within two seconds; never throws. */
export function neo4jHealth(driver: Driver, database: string, uri: string): () => Promise<HealthReport> {
  const shownUri = uri.replace(/\/\/[^@/]*@/, '//');
  return async () => {
    const started = Date.now();
    try {
      const info = await Promise.race([
        driver.getServerInfo({ database }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2000)),
      ]);
      return { neo4j: 'up', uri: shownUri, database, version: info.agent ?? null, latencyMs: Date.now() - started };
    } catch (error) {
      return { neo4j: 'down', uri: shownUri, database, reason: (error as Error).message };
    }
  };
}
