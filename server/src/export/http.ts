import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/run.ts';
import { CodedError } from '../errors.ts';
import { securityHeaders } from '../security.ts';
import { CONTENT_TYPES } from './formats.ts';
import { ExportArgumentError, parseExportRequest, type ExportRequest } from './query.ts';
import { streamExport } from './stream.ts';

/** How long one export's read transaction may stay open (a slow client holds it open): 10 minutes. */
export const EXPORT_TIMEOUT_MS = 600_000;

type Log = Pick<Console, 'warn'>;

function refuse(res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...securityHeaders(false) });
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

function fileName(r: ExportRequest): string {
  const extension = r.format === 'csv' ? `${r.table}.csv` : r.format;
  return `nhs-graph-${r.asOf ?? 'all-dates'}.${extension}`;
}

/**
 * GET /export?format=ndjson|json|csv|graphml&asOf=&kinds=&types=&bases=&table=nodes|edges (CSV): the snapshot
 * streamed as Neo4j reads it. Each piece waits for the socket to drain before the next is read, so server
 * memory stays flat however large the graph and however slow the client. A bad parameter is a 400 with
 * BAD_USER_INPUT naming it; a database error before the first byte is its coded status; one after it cuts the
 * response short (NDJSON writes an "error" line first), since the status has gone.
 */
export async function handleExport(db: Db, req: IncomingMessage, res: ServerResponse, options: { timeoutMs?: number; log?: Log } = {}) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return refuse(res, 405, 'GET /export only.', { code: 'METHOD_NOT_ALLOWED' });
  }
  let request: ExportRequest;
  try {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    request = parseExportRequest((name) => query.get(name));
  } catch (error) {
    if (error instanceof ExportArgumentError) return refuse(res, 400, error.message, { code: 'BAD_USER_INPUT', argument: error.argument });
    throw error;
  }
  const headers = {
    'content-type': CONTENT_TYPES[request.format],
    'content-disposition': `attachment; filename="${fileName(request)}"`,
    'cache-control': 'no-store',
    ...securityHeaders(false),
  };
  if (req.method === 'HEAD') {
    res.writeHead(200, headers);
    return void res.end();
  }
  const stop = new AbortController();
  res.once('close', () => stop.abort());
  let started = false;
  const sink = async (chunk: string) => {
    if (!started) {
      started = true;
      res.writeHead(200, headers);
    }
    // One listener a wait, gone when it is over: a race with once(res, 'close') left a close and an error
    // listener behind on every wait (thousands over a large export) until the response ended.
    if (!res.write(chunk)) await once(res, 'drain', { signal: stop.signal }).catch(() => {});
  };
  try {
    await streamExport(db, request, sink, { timeoutMs: options.timeoutMs ?? EXPORT_TIMEOUT_MS, signal: stop.signal });
    res.end();
  } catch (error) {
    const coded = error instanceof CodedError ? (error.extensions as { code: string }) : { code: 'INTERNAL_SERVER_ERROR' };
    const message = error instanceof CodedError ? error.message : 'Unexpected error.';
    if (!(error instanceof CodedError)) options.log?.warn(`export failed: ${(error as Error).stack ?? error}`);
    if (!started) return refuse(res, coded.code === 'DATABASE_UNAVAILABLE' ? 503 : 500, message, { code: coded.code });
    if (request.format === 'ndjson') res.write(`${JSON.stringify({ record: 'error', code: coded.code, message })}\n`);
    // No closing chunk: the client sees the response cut short rather than a complete-looking file.
    res.destroy();
  }
}
