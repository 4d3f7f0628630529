import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from './nhs-graph.ts';

/**
 * Writes a dataset as seed files in the format of seed/data (YAML, one topic a file; or JSON, which the loader
 * also reads), so the benchmark loads it through loadSeedFiles + writeDataset exactly as `npm run seed` would.
 * Files hold at most `perFile` entries, as a person would split a large dataset; YAML strings are written
 * double-quoted (JSON quoting is valid YAML).
 */
export async function writeSeedFiles(
  data: Dataset,
  dir: string,
  options: { format?: 'yaml' | 'json'; perFile?: number } = {},
): Promise<{ files: string[]; bytes: number }> {
  const perFile = options.perFile ?? 10_000;
  if (options.format === 'json') return writeJson(data, dir, perFile);
  await mkdir(dir, { recursive: true });
  const q = (v: string) => JSON.stringify(v);
  const files: string[] = [];
  let bytes = 0;
  const emit = async (name: string, section: string, items: string[]) => {
    for (let start = 0, part = 1; start < items.length; start += perFile, part++) {
      const file = path.join(dir, `${name}-${String(part).padStart(3, '0')}.yaml`);
      const text = `# Synthetic NHS-shaped benchmark data (bench/generate).\n${section}:\n${items.slice(start, start + perFile).join('')}`;
      await writeFile(file, text);
      files.push(file);
      bytes += Buffer.byteLength(text);
    }
  };
  const citations = (list: { source: string; quote?: string | null }[]) =>
    list.length === 0
      ? '    sources: []\n'
      : '    sources:\n' + list.map((c) => `      - source: ${q(c.source)}\n${c.quote ? `        quote: ${q(c.quote)}\n` : ''}`).join('');
  const optional = (key: string, value: string | null | undefined) => (value ? `    ${key}: ${q(value)}\n` : '');

  await emit(
    'sources',
    'sources',
    data.sources.map(
      (s) =>
        `  - id: ${q(s.id)}\n    title: ${q(s.title)}\n${optional('url', s.url)}${optional('publisher', s.publisher)}${optional('published', s.published)}`,
    ),
  );
  await emit(
    'entities',
    'entities',
    data.entities.map(
      (e) =>
        `  - id: ${q(e.id)}\n    kind: ${e.kind}\n    name: ${q(e.name)}\n` +
        (e.aliases.length > 0 ? `    aliases: [${e.aliases.map(q).join(', ')}]\n` : '') +
        `    description: ${q(e.description)}\n${optional('odsCode', e.odsCode)}${optional('validFrom', e.validFrom)}${optional('validTo', e.validTo)}` +
        citations(e.sources),
    ),
  );
  await emit(
    'relationships',
    'relationships',
    data.relationships.map(
      (r) =>
        `  - id: ${q(r.id!)}\n    from: ${q(r.from)}\n    type: ${r.type}\n    to: ${q(r.to)}\n` +
        `${optional('validFrom', r.validFrom)}${optional('validTo', r.validTo)}${optional('note', r.note)}    confidence: ${r.confidence}\n` +
        citations(r.sources),
    ),
  );
  return { files, bytes };
}

async function writeJson(data: Dataset, dir: string, perFile: number): Promise<{ files: string[]; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (const section of ['sources', 'entities', 'relationships'] as const) {
    const items = data[section];
    for (let start = 0, part = 1; start < items.length; start += perFile, part++) {
      const file = path.join(dir, `${section}-${String(part).padStart(3, '0')}.json`);
      const text = JSON.stringify({ [section]: items.slice(start, start + perFile) });
      await writeFile(file, text);
      files.push(file);
      bytes += Buffer.byteLength(text);
    }
  }
  return { files, bytes };
}
