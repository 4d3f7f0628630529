import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseDocument, isMap, type Document } from 'yaml';
import { checkShape, validateParsed } from '../server/src/dataset/check.ts';
import { type Problem, SeedValidationError } from '../server/src/dataset/problems.ts';
import type { Dataset, Known, Parsed } from '../server/src/dataset/rows.ts';

/**
 * Reads seed files (YAML, or JSON for bulk data) and hands them to the dataset checks of server/src/dataset:
 * this file finds the line of each value, so that a problem names file, line, entry and field.
 */

/** Offsets where each line starts, for turning an offset into a 1-based line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const YAML_OPTIONS = { schema: 'core', prettyErrors: false, uniqueKeys: true } as const;

/**
 * Finds lines only when a problem needs one: the line index is built on first use, and for JSON the YAML
 * Document (JSON is YAML, so the same lookup works) is parsed only then. Most files have no problem and never
 * pay for either.
 */
function lineFinder(text: string, parsedDoc?: Document): Parsed['lineOf'] {
  let doc = parsedDoc;
  let starts: number[] | undefined;
  return (at) => {
    doc ??= parseDocument(text, YAML_OPTIONS);
    starts ??= lineStarts(text);
    for (let i = at.length; i >= 0; i--) {
      const node = doc.getIn(at.slice(0, i), true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return lineAt(starts, node.range[0]);
    }
    return null;
  };
}

async function parseFile(path: string, problems: Problem[]): Promise<Parsed | null> {
  const file = rel(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    problems.push({ file, line: null, entry: 'file', field: '', message: `cannot read: ${(error as Error).message}` });
    return null;
  }
  return path.endsWith('.json') ? parseJson(file, text, problems) : parseYaml(file, text, problems);
}

function parseYaml(file: string, text: string, problems: Problem[]): Parsed {
  // The core schema keeps 2016-04-01 a string (YAML 1.1 would make it a timestamp).
  const doc = parseDocument(text, YAML_OPTIONS);
  const parsed: Parsed = { file, data: null, lineOf: lineFinder(text, doc) };
  if (doc.errors.length > 0) {
    const starts = lineStarts(text);
    for (const e of doc.errors) {
      problems.push({ file, line: lineAt(starts, e.pos[0]), entry: 'file', field: '', message: `not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return parsed;
  }
  if (!isMap(doc.contents) && !(doc.contents === null)) {
    problems.push({ file, line: 1, entry: 'file', field: '', message: 'must be a mapping with sources, entities and relationships' });
    return parsed;
  }
  return checkShape(parsed, doc.toJS(), problems);
}

/** Bulk data (ODS extracts, generated graphs) comes as JSON: JSON.parse is many times faster than the YAML parser. */
function parseJson(file: string, text: string, problems: Problem[]): Parsed {
  const parsed: Parsed = { file, data: null, lineOf: lineFinder(text) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(lineStarts(text), Number(position[1])) : null;
    problems.push({ file, line, entry: 'file', field: '', message: `not valid JSON: ${message.split('\n')[0]}` });
    return parsed;
  }
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({ file, line: 1, entry: 'file', field: '', message: 'must be an object with sources, entities and relationships' });
    return parsed;
  }
  return checkShape(parsed, raw, problems);
}

/** Reads and checks the files; throws SeedValidationError listing every problem, or returns the dataset. */
export async function loadSeedFiles(files: string[], known?: Known): Promise<Dataset> {
  return validateParsed(await parseSeedFiles(files), known);
}

/** Reads the files and checks each one's shape; throws SeedValidationError listing every problem. */
export async function parseSeedFiles(files: string[]): Promise<Parsed[]> {
  const problems: Problem[] = [];
  const parsedFiles: Parsed[] = [];
  for (const file of files) {
    const parsed = await parseFile(file, problems);
    if (parsed?.data) parsedFiles.push(parsed);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return parsedFiles;
}

function rel(file: string): string {
  return relative(process.cwd(), file) || file;
}
