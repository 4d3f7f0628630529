import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startWebServer, type WebServer } from './web-server.ts';

export interface BrowserApp {
  /** The real server over the run's seeded Neo4j. */
  readonly server: WebServer;
  /** Debian's Chromium, headless. */
  readonly browser: Browser;
}

/**
 * The server and Chromium for one browser test file: started before its first test, stopped after its last.
 * Read `server` and `browser` inside tests (they are set once `beforeAll` has run).
 */
export function useBrowserApp(): BrowserApp {
  const app: { server?: WebServer; browser?: Browser } = {};
  beforeAll(async () => {
    app.server = await startWebServer(inject('neo4jUri'));
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return {
    get server() {
      if (!app.server) throw new Error('useBrowserApp: the server is read before beforeAll ran');
      return app.server;
    },
    get browser() {
      if (!app.browser) throw new Error('useBrowserApp: the browser is read before beforeAll ran');
      return app.browser;
    },
  };
}
