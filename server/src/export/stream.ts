import { cypher, dateParam } from '../db/cypher.ts';
import { toEntity, toRelationship, toSource, type EdgeRow, type EntityRow, type SourceRow } from '../db/mapping.ts';
import type { Db } from '../db/run.ts';
import type { SourceDocument } from '../domain/model.ts';
import { cite, exportWriter } from './formats.ts';
import type { ExportRequest } from './query.ts';

/**
 * The snapshot of `graph(...)`, row by row: the same filters (an undated entity on a date only through a
 * relationship in force then; a relationship when it and both ends are), but streamed, with each row's cited
 * documents looked up as it goes, so memory stays flat at any size. Entities first, then relationships, in
 * one read transaction (one consistent picture).
 */
const NODES = cypher(`
MATCH (e:Entity)
WHERE ($kinds IS NULL OR e.kind IN $kinds) AND VALID(e)
  AND ($asOf IS NULL OR e.validFrom IS NOT NULL OR e.validTo IS NOT NULL OR EXISTS {
    (e)-[r]-(o:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
      AND ($kinds IS NULL OR o.kind IN $kinds) AND VALID(r) AND VALID(o)
  })
RETURN ENTITY(e) AS node, COLLECT { MATCH (s:Source) WHERE s.id IN e.sourceIds RETURN SOURCE(s) } AS sources`);

const EDGES = cypher(`
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND ($bases IS NULL OR r.basis IN $bases)
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND VALID(r) AND VALID(a) AND VALID(b)
RETURN EDGE(r) AS edge, COLLECT { MATCH (s:Source) WHERE s.id IN r.sourceIds RETURN SOURCE(s) } AS sources`);

/** Where the pieces go; a promise holds the export back until the consumer has room (backpressure). */
export type ExportSink = (chunk: string) => void | Promise<void>;

/** Pieces are gathered to about this many characters before each write: one write a row would be slow. */
const CHUNK_CHARS = 64 * 1024;

function documents(rows: SourceRow[]): Map<string, SourceDocument> {
  return new Map(rows.map(toSource).map((s) => [s.id, s]));
}

/**
 * Streams the export to `sink`; resolves with the counts written. `signal` stops it (a client gone away): the
 * transaction is rolled back and nothing more is read.
 */
export async function streamExport(
  db: Db,
  request: ExportRequest,
  sink: ExportSink,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<{ nodes: number; edges: number }> {
  if (!db.stream) throw new Error('this database gateway cannot stream');
  const writer = exportWriter(request.format, { asOf: request.asOf, table: request.table });
  const params = { asOf: dateParam(request.asOf), kinds: request.kinds, types: request.types, bases: request.bases };
  const statements = [
    ...(writer.nodes ? [{ cypher: NODES, params }] : []),
    ...(writer.edges ? [{ cypher: EDGES, params }] : []),
  ];
  const edgesAt = writer.nodes ? 1 : 0;
  const counts = { nodes: 0, edges: 0 };
  let buffer = writer.begin();
  let inEdges = false;
  const flush = async (force = false) => {
    if (buffer.length >= CHUNK_CHARS || (force && buffer.length > 0)) {
      const chunk = buffer;
      buffer = '';
      await sink(chunk);
    }
  };
  for await (const [index, row] of db.stream(statements, { timeoutMs: options.timeoutMs })) {
    if (options.signal?.aborted) break;
    if (index === edgesAt && writer.edges) {
      if (!inEdges) {
        inEdges = true;
        buffer += writer.between();
      }
      const edge = toRelationship(row.edge as EdgeRow);
      buffer += writer.edge(edge, cite(edge, documents(row.sources as SourceRow[])), counts.edges++);
    } else {
      const node = toEntity(row.node as EntityRow);
      buffer += writer.node(node, cite(node, documents(row.sources as SourceRow[])), counts.nodes++);
    }
    await flush();
  }
  if (options.signal?.aborted) return counts;
  if (!inEdges) buffer += writer.between();
  buffer += writer.end(counts);
  await flush(true);
  return counts;
}

export const EXPORT_STATEMENTS = { NODES, EDGES };
