import type { Basis, EntityKind, RelationshipType } from '../domain/model.ts';
import type { SeedFile } from './schema.ts';

/** The checked dataset, as the write path takes it: rows whose props are what is stored. */

export interface SourceRow {
  id: string;
  props: { id: string; title: string; url: string | null; publisher: string | null; published: string | null; reference: string | null };
}
export interface EntityRow {
  id: string;
  kind: EntityKind;
  props: {
    id: string;
    name: string;
    kind: EntityKind;
    aliases: string[];
    description: string;
    odsCode: string | null;
    validFrom: string | null;
    validTo: string | null;
    sourceIds: string[];
    quotes: string[];
  };
}
export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: {
    id: string;
    validFrom: string | null;
    validTo: string | null;
    note: string | null;
    confidence: string;
    basis: Basis;
    rule: string | null;
    premises: string[];
    sourceIds: string[];
    quotes: string[];
  };
}
export interface RuleRow {
  id: string;
  props: { id: string; name: string; statement: string; sourceIds: string[]; quotes: string[] };
}
export interface Dataset {
  sources: SourceRow[];
  rules: RuleRow[];
  entities: EntityRow[];
  relationships: RelationshipRow[];
}

/** What already exists in the database, so a subset of files may refer to it. */
export interface Known {
  entities: Map<string, { validFrom: string | null; validTo: string | null }>;
  sourceIds: Set<string>;
  ruleIds?: Set<string>;
  /** Lower-cased name -> id of what is stored: another entity may not take it. */
  names?: Map<string, string>;
  /** ODS code -> the stored entities holding it and when: another may not hold it on the same dates. */
  odsCodes?: Map<string, Holder[]>;
}

/** An entity holding an ODS code from..to (either open). One code may pass from one entity to the next. */
export interface Holder {
  id: string;
  validFrom: string | null;
  validTo: string | null;
}

/** One file (or built dataset) whose shape passed, with how to find the line and file of each entry. */
export interface Parsed {
  file: string;
  data: SeedFile | null;
  /** The line of the value at `at` (or of its nearest enclosing one); null when unknown. */
  lineOf(at: (string | number)[]): number | null;
  /** Where an entry came from when that is not `file` (data built from register rows names the row's file). */
  fileOf?(at: (string | number)[]): string;
}
