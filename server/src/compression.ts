import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

/** The encodings an API answer may be sent in, the first the client accepts: both are quick to write. */
const ANSWER_ENCODINGS = ['gzip', 'deflate'] as const;
export type AnswerEncoding = (typeof ANSWER_ENCODINGS)[number];

/**
 * The encoding for an answer to a request with this Accept-Encoding: gzip, else deflate, when the client accepts it
 * (by name or by `*`, with a q-value above 0); null for none. Never brotli: at the quality Node's stream uses, the
 * national graph's snapshot (2.5 MB of JSON) took 7-15 s to compress, where gzip takes about 30 ms, so a client
 * that listed br first waited that long and held a core. The client's files are brotli, compressed at build.
 */
export function answerEncoding(acceptEncoding: string | null): AnswerEncoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    if (name) q.set(name, Number.isFinite(value) ? value : 0);
  }
  return ANSWER_ENCODINGS.find((e) => (q.get(e) ?? q.get('*') ?? 0) > 0) ?? null;
}

/**
 * Compressed request bodies are read as @whatwg-node/server's plugin reads them; answers are compressed as
 * answerEncoding says (that plugin would take the first encoding listed, brotli included).
 */
export function compressionPlugin(): Plugin {
  const { onRequest } = useContentEncoding();
  return {
    onRequest,
    onResponse({ request, response, setResponse, fetchAPI }) {
      const encoding = answerEncoding(request.headers.get('accept-encoding'));
      if (!encoding || !response.body || response.headers.has('content-encoding')) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-encoding', encoding);
      headers.delete('content-length');
      headers.append('vary', 'accept-encoding');
      setResponse(
        new fetchAPI.Response(response.body.pipeThrough(new fetchAPI.CompressionStream(encoding)), {
          status: response.status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
}
