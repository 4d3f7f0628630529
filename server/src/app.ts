import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import { createContext, type Context } from './context.ts';
import type { Db } from './db/run.ts';
import { buildSchema } from './schema.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface HealthReport {
  neo4j: 'up' | 'down';
  [key: string]: unknown;
}

export interface AppOptions {
  db: Db;
  /** Asks Neo4j whether it is there; must not throw. */
  checkHealth: () => Promise<HealthReport>;
  logger?: Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;
  graphiql?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** GET /health: 200 {"status":"ok","neo4j":"up",...}, or 503 with status "degraded" when Neo4j is away. */
function healthPlugin(checkHealth: AppOptions['checkHealth']): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const report = await checkHealth();
      const ok = report.neo4j === 'up';
      endResponse(
        fetchAPI.Response.json({ status: ok ? 'ok' : 'degraded', ...report }, { status: ok ? 200 : 503 }),
      );
    },
  };
}

/** The GraphQL app (and /health). It never listens: tests call app.fetch(), main.ts mounts it on a server. */
export function createApp(options: AppOptions): App {
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ?? true ? { title: 'NHS stakeholder graph: GraphQL' } : false,
    landingPage: false,
    // yoga's own liveness check would answer /health before our plugin; ours also asks Neo4j.
    healthCheckEndpoint: '/live',
    context: () => createContext(options.db),
    logging: options.logger ?? 'info',
    plugins: [healthPlugin(options.checkHealth)],
  });
}

/**
 * The HTTP listener: /graphql and /health go to the app, everything else is the web client (web/dist), with
 * index.html for client-side routes.
 */
export function createRequestListener(app: App, webDir: string = WEB_DIST) {
  const web = existsSync(webDir) ? sirv(webDir, { single: true, etag: true, gzip: true }) : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/graphql') || path === '/health' || !web) {
      void app(req, res);
      return;
    }
    web(req, res, () => void app(req, res));
  };
}
