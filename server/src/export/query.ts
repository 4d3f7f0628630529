import { isIsoDate } from '../domain/dates.ts';
import { BASES, ENTITY_KINDS, RELATIONSHIP_TYPES, type Basis, type EntityKind, type RelationshipType } from '../domain/model.ts';
import { EXPORT_FORMATS, type CsvTable, type ExportFormat } from './formats.ts';

/** What an export asks for: the same filters as `graph(...)`, a format and, for CSV, which table. */
export interface ExportRequest {
  format: ExportFormat;
  asOf: string | null;
  kinds: EntityKind[] | null;
  types: RelationshipType[] | null;
  bases: Basis[] | null;
  table: CsvTable;
}

/** A problem with one parameter, named as the caller wrote it. */
export class ExportArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

function list<T extends string>(value: string | null | undefined, allowed: readonly T[], argument: string): T[] | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const items = value.split(',').map((x) => x.trim().toUpperCase()).filter(Boolean);
  const bad = items.filter((x) => !(allowed as readonly string[]).includes(x));
  if (bad.length > 0) throw new ExportArgumentError(argument, `${argument} takes ${allowed.join(', ')}; got ${bad.slice(0, 3).join(', ').slice(0, 80)}.`);
  return items as T[];
}

/** Reads the parameters of GET /export (or the CLI's flags, by the same names); throws ExportArgumentError. */
export function parseExportRequest(get: (name: string) => string | null | undefined, defaultFormat: ExportFormat = 'ndjson'): ExportRequest {
  const format = (get('format') ?? defaultFormat).toLowerCase();
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new ExportArgumentError('format', `format must be ${EXPORT_FORMATS.join(', ')}; got "${format.slice(0, 20)}".`);
  }
  const asOf = get('asOf') || null;
  if (asOf !== null && !isIsoDate(asOf)) throw new ExportArgumentError('asOf', `asOf must be a date written YYYY-MM-DD; got "${asOf.slice(0, 20)}".`);
  const table = (get('table') ?? 'edges').toLowerCase();
  if (table !== 'nodes' && table !== 'edges') throw new ExportArgumentError('table', 'table must be nodes or edges (CSV writes one table at a time).');
  return {
    format: format as ExportFormat,
    asOf,
    kinds: list(get('kinds'), ENTITY_KINDS, 'kinds'),
    types: list(get('types'), RELATIONSHIP_TYPES, 'types'),
    bases: list(get('bases'), BASES, 'bases'),
    table,
  };
}

/** The path and query of GET /export for these filters (what SNAPSHOT_TOO_LARGE points to). */
export function exportUrl(r: Partial<ExportRequest> & { format: ExportFormat }): string {
  const q = new URLSearchParams({ format: r.format });
  if (r.asOf) q.set('asOf', r.asOf);
  if (r.kinds?.length) q.set('kinds', r.kinds.join(','));
  if (r.types?.length) q.set('types', r.types.join(','));
  if (r.bases?.length) q.set('bases', r.bases.join(','));
  if (r.format === 'csv' && r.table) q.set('table', r.table);
  return `/export?${q.toString().replaceAll('%2C', ',')}`;
}
