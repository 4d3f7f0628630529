import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { GraphQLError, getOperationAST, getVariableValues, type ExecutionArgs } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { LRUCache } from 'lru-cache';
import sirv from 'sirv';
import { compressionPlugin } from './compression.ts';
import { createContext, type Context } from './context.ts';
import { SNAPSHOT_TTL_MS, SnapshotCache } from './db/snapshot-cache.ts';
import { storeVersion } from './db/counts.ts';
import type { Db } from './db/run.ts';
import { EXPORT_TIMEOUT_MS, handleExport } from './export/http.ts';
import { limitsPlugin } from './limits.ts';
import { healthAnswer, Readiness } from './readiness.ts';
import { buildSchema } from './schema.ts';
import { authenticate, csrfPlugin, securityHeaders, securityHeadersPlugin } from './security.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface HealthReport {
  neo4j: 'up' | 'down';
  [key: string]: unknown;
}

export interface AppOptions {
  db: Db;
  /** Asks Neo4j whether it is there; must not throw. */
  checkHealth: () => Promise<HealthReport>;
  /** Where start-up has got to (main.ts moves it on); ready when not given, as for a database already loaded. */
  readiness?: Readiness;
  logger?: Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;
  /** GraphiQL at /graphql (on by default, for analysts). */
  graphiql?: boolean;
  /** Bearer token for edits; unset switches editing off. */
  adminToken?: string;
  /** Origins allowed to call the API from a browser; none by default (same origin only). */
  corsOrigins?: string[];
  /** Development keeps field suggestions in errors. */
  development?: boolean;
  /** How long a snapshot answer is reused (default SNAPSHOT_TTL_MS); 0 switches the cache off. */
  snapshotTtlMs?: number;
  /** The most entities, and relationships, one `graph` answer may hold (default SNAPSHOT_CAP, 10,000). */
  snapshotCap?: number;
  /** How long one GET /export may keep its read transaction open (default EXPORT_TIMEOUT_MS). */
  exportTimeoutMs?: number;
  /**
   * graphql-yoga's cache of parsed and validated documents (on by default; `npm run bench` measures it off and
   * on, in its national phase).
   */
  parserCache?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** What the request listener needs of an app besides yoga: the gateway and settings for GET /export. */
const exportsOf = new WeakMap<App, { db: Db; timeoutMs: number; logger: Pick<Console, 'warn'> }>();

/**
 * GET /health: 200 {"status":"ok","neo4j":"up",...} once the data is loaded; before that 503 "starting" or
 * "loading" (with progress and Retry-After); 503 "degraded" when Neo4j is away afterwards (see healthAnswer).
 */
function healthPlugin(checkHealth: AppOptions['checkHealth'], readiness: Readiness): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const report = await checkHealth();
      const answer = healthAnswer(readiness.current, report);
      endResponse(fetchAPI.Response.json(answer.body, { status: answer.status, headers: answer.headers }));
    },
  };
}

/** On a GraphQL answer given before the data was all in: how far start-up had got (starting or loading). */
export const READINESS_HEADER = 'x-explorer-readiness';

/**
 * Marks GraphQL answers to requests that came before the server was ready with READINESS_HEADER, so a client can
 * send its first question at once and wait (on /health) only when the answer says the data was still loading,
 * rather than asking /health before every first question. The state is read when the request arrives.
 */
function readinessHeaderPlugin(readiness: Readiness): Plugin {
  const early = new WeakMap<Request, string>();
  return {
    onRequest({ request, url }) {
      const { state } = readiness.current;
      if (state !== 'ready' && url.pathname === '/graphql') early.set(request, state);
    },
    onResponse({ request, response }) {
      const state = early.get(request);
      if (state) response.headers.set(READINESS_HEADER, state);
    },
  };
}

/**
 * Variables that do not fit their declared types (an object where a list goes, a string for an Int) are refused
 * by GraphQL before any resolver runs, with no code; they are the caller's to fix, so they get BAD_USER_INPUT
 * like every other bad argument. Errors with a path (from resolvers) keep their own codes or are masked.
 */
function codeRequestErrorsPlugin(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.some((e) => e.path === undefined && e.extensions?.code === undefined)) return;
          // graphql-jit's errors are frozen, and may have no extensions at all: coded copies replace them.
          const errors = result.errors.map((e) =>
            e.path === undefined && e.extensions?.code === undefined
              ? new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, originalError: e.originalError, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } })
              : e,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}

/** Whether the operation's variables coerce to their declared types (graphql-js's own check, microseconds). */
function variablesFit(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return false;
  return !getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}).errors;
}

/** How many compiled operations are kept: the explorer sends a few dozen; an analyst's own are the rest. */
const COMPILED_MAX = 500;

/** The GraphQL app (and /health). It never listens: tests call app.fetch(), main.ts mounts it on a server. */
export function createApp(options: AppOptions): App {
  const origins = options.corsOrigins ?? [];
  // Every write the app makes (the mutations) clears the snapshot cache; kept answers are checked against the
  // store's version, which other processes' writes bump too.
  const snapshots = new SnapshotCache({ ttlMs: options.snapshotTtlMs ?? SNAPSHOT_TTL_MS, version: () => storeVersion(options.db) });
  const db = snapshots.watch(options.db);
  const readiness = options.readiness ?? Readiness.ready();
  const app: App = createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    // GraphiQL is served from the package, not a CDN, so it works offline and under a strict CSP. The package
    // is 28 MB of script held in memory once loaded: it is loaded on the first visit, not at start.
    graphiql: options.graphiql ?? true ? { title: 'NHS stakeholder graph: GraphQL' } : false,
    renderGraphiQL: async (graphiql) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiql),
    landingPage: false,
    // yoga's own liveness check would answer /health before our plugin; ours also asks Neo4j.
    healthCheckEndpoint: '/live',
    cors: origins.length > 0 ? { origin: origins, credentials: false, methods: ['GET', 'POST'] } : false,
    context: ({ request }) => ({
      ...createContext(db, snapshots, options.snapshotCap),
      auth: authenticate(request.headers, options.adminToken),
    }),
    logging: options.logger ?? 'info',
    maskedErrors: true,
    parserAndValidationCache: options.parserCache ?? true,
    plugins: [
      healthPlugin(options.checkHealth, readiness),
      readinessHeaderPlugin(readiness),
      ...limitsPlugin({ development: options.development ?? false }),
      csrfPlugin(),
      codeRequestErrorsPlugin(),
      // Each operation compiled once into plain functions (graphql-jit) instead of walked by graphql-js on every
      // request: the national graph's answer, 7,000 objects, executes in about 30 ms instead of 160-190.
      // Kept by the operation's text: without it one is compiled again for every parse of the same text.
      // Variables that do not fit are left to graphql-js, whose refusals (one error each, HTTP 400) the API documents.
      useGraphQlJit({}, { cache: new LRUCache({ max: COMPILED_MAX }), enableIf: variablesFit }),
      securityHeadersPlugin(),
      // Answers compressed (gzip) when the client accepts it: a snapshot of the national graph is 2.5 MB of JSON.
      compressionPlugin(),
    ],
  });
  exportsOf.set(app, { db, timeoutMs: options.exportTimeoutMs ?? EXPORT_TIMEOUT_MS, logger: options.logger ?? console });
  return app;
}

/** A year: files under /assets/ are named by their content's hash, so a changed file is a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Asks the first screen's question (England's grouped map today) once, so its answer is in the snapshot cache,
 * kept while the store is unchanged, before the first person opens the explorer. Never fatal: a failure leaves the
 * question to be answered when first asked.
 */
export async function askFirstScreen(app: App, today: string = new Date().toISOString().slice(0, 10)): Promise<void> {
  try {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query FirstScreen($asOf: Date) { groups(asOf: $asOf) { groupKind } }', variables: { asOf: today } }),
    });
    await res.text();
  } catch {
    // Answered when first asked instead.
  }
}

/**
 * The HTTP listener: /graphql and /health go to the app, /export streams a snapshot (export/http.ts), everything
 * else is the web client (web/dist), with index.html for client-side routes. The client's files are sent as the
 * brotli or gzip copies the build wrote beside them when the browser accepts one; the hashed assets are cached
 * for a year, index.html is checked every time. `frameAncestors`: the sites that may frame the page (none by
 * default).
 */
export function createRequestListener(
  app: App,
  options: { webDir?: string; maxBodyBytes?: number; frameAncestors?: readonly string[] } = {},
) {
  const webDir = options.webDir ?? WEB_DIST;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const headers = securityHeaders(false, options.frameAncestors ?? []);
  const web = existsSync(webDir)
    ? sirv(webDir, {
        single: true,
        etag: true,
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
          res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
        },
      })
    : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const exporter = exportsOf.get(app);
    if (path === '/export' && exporter) {
      handleExport(exporter.db, req, res, { timeoutMs: exporter.timeoutMs, log: exporter.logger }).catch(() => res.destroy());
      return;
    }
    if (path.startsWith('/graphql') || path === '/health' || path === '/live' || !web) {
      const length = Number(req.headers['content-length'] ?? NaN);
      if (length > maxBody) return refuseTooLarge(req, res, maxBody);
      if (Number.isNaN(length) && req.headers['transfer-encoding']) {
        // A client that goes away mid-body (or a shutdown that closes its socket) ends that request only.
        viaFetch(app, req, res, maxBody).catch(() => res.destroy());
        return;
      }
      void app(req, res);
      return;
    }
    web(req, res, () => void app(req, res));
  };
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBody: number): void {
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message: `Request body over ${maxBody} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
  req.resume();
}

/** A body without Content-Length (chunked) is read here, up to the limit, then handed to the app whole. */
async function viaFetch(app: App, req: IncomingMessage, res: ServerResponse, maxBody: number): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBody) return refuseTooLarge(req, res, maxBody);
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined && k !== 'transfer-encoding') headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  const response = await app.fetch(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: Buffer.concat(chunks),
  });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
