import type { Context } from '../../context.ts';
import type { Citation, SourceDocument } from '../../domain/model.ts';

/** The documents behind a list of citations (one batched query per request), each with the quoted sentence. */
export async function citedSources(
  citations: Citation[],
  context: Context,
): Promise<(SourceDocument & { quote: string | null })[]> {
  const documents = await context.sources.loadMany(citations.map((c) => c.sourceId));
  return citations.flatMap((c, i) => {
    const doc = documents[i];
    return doc && !(doc instanceof Error) ? [{ ...doc, quote: c.quote }] : [];
  });
}
