import http from 'node:http';
import { rssMB } from '../lib/rss.ts';
import { round } from '../lib/stats.ts';

/** A streamed export of the whole graph as the bench measured it (issue 12: constant server memory). */
export interface ExportRow {
  format: string;
  seconds: number;
  megabytes: number;
  nodes: number;
  edges: number;
  /** Whether the stream ended with its "end" line and the counts in it match the lines received. */
  complete: boolean;
  /** The server's resident memory before the export and at its highest during it (MB). */
  rssBeforeMB: number | null;
  rssPeakMB: number | null;
  rssGrowthMB: number | null;
  error: string | null;
}

/**
 * GET /export?format=ndjson of everything from our server (pid: its process), read as fast as this process
 * can, counting lines; the server's RSS is sampled every 50 ms.
 */
export function measureExport(graphqlUrl: string, pid: number): Promise<ExportRow> {
  const url = graphqlUrl.replace(/\/graphql$/, '/export?format=ndjson');
  const before = rssMB(pid);
  let peak = before ?? 0;
  const timer = setInterval(() => {
    const now = rssMB(pid);
    if (now !== null && now > peak) peak = now;
  }, 50);
  const started = performance.now();
  return new Promise<ExportRow>((resolve) => {
    let bytes = 0;
    let nodes = 0;
    let edges = 0;
    let tail = '';
    let last = '';
    const done = (error: string | null) => {
      clearInterval(timer);
      let complete = false;
      try {
        const end = JSON.parse(last) as { record: string; counts: { nodes: number; edges: number } };
        complete = end.record === 'end' && end.counts.nodes === nodes && end.counts.edges === edges;
      } catch {
        complete = false;
      }
      resolve({
        format: 'ndjson',
        seconds: round((performance.now() - started) / 1000),
        megabytes: round(bytes / 1e6),
        nodes,
        edges,
        complete,
        rssBeforeMB: before === null ? null : round(before),
        rssPeakMB: before === null ? null : round(peak),
        rssGrowthMB: before === null ? null : round(peak - before),
        error,
      });
    };
    http
      .get(url, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return done(`HTTP ${res.statusCode}`);
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          bytes += Buffer.byteLength(chunk);
          const lines = (tail + chunk).split('\n');
          tail = lines.pop() ?? '';
          for (const line of lines) {
            if (line.startsWith('{"record":"node"')) nodes++;
            else if (line.startsWith('{"record":"edge"')) edges++;
            if (line) last = line;
          }
        });
        res.on('end', () => done(null));
        res.on('error', (e) => done(e.message));
      })
      .on('error', (e) => done(e.message));
  });
}
