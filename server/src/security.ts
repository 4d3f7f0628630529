import { createHash, timingSafeEqual } from 'node:crypto';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CodedError } from './errors.ts';

/** HTTP hygiene and the admin token: headers, CSRF protection for mutations, constant-time token checks. */

/** The explorer loads nothing from elsewhere; GraphiQL (served inline by the server) needs inline script. */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const GRAPHIQL_CSP = APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'").replace(
  "font-src 'self' data:",
  "font-src 'self' data:; worker-src 'self' blob:",
);

/**
 * The headers of every page and answer. `frameAncestors` (EMBED_ORIGINS) are the sites that may show the
 * explorer's page in a frame (an embedded view or story); none by default, so no site can frame it. GraphiQL is
 * never framed.
 */
export function securityHeaders(isGraphiQL: boolean, frameAncestors: readonly string[] = []): Record<string, string> {
  const framed = !isGraphiQL && frameAncestors.length > 0;
  const csp = isGraphiQL ? GRAPHIQL_CSP : framed ? APP_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${frameAncestors.join(' ')}`) : APP_CSP;
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // X-Frame-Options cannot name several origins: where some are allowed, the CSP alone says which.
    ...(framed ? {} : { 'X-Frame-Options': 'DENY' }),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Adds the security headers to every response yoga makes (API, GraphiQL, health). */
export function securityHeadersPlugin(): Plugin {
  return {
    onResponse({ response }) {
      const html = response.headers.get('content-type')?.includes('text/html') ?? false;
      for (const [k, v] of Object.entries(securityHeaders(html))) response.headers.set(k, v);
    },
  };
}

/**
 * A mutation must come as JSON (or carry x-graphql-csrf): a cross-site form or a "simple" request cannot send
 * either without a CORS preflight, which only configured origins pass.
 */
export function csrfPlugin(): Plugin {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = (args.document.definitions as readonly { kind: string }[]).find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION &&
          (!args.operationName || (d as OperationDefinitionNode).name?.value === args.operationName),
      );
      if (!request || operation?.operation !== 'mutation') return;
      const type = request.headers.get('content-type') ?? '';
      if (type.toLowerCase().startsWith('application/json') || request.headers.has('x-graphql-csrf')) return;
      throw new CodedError('Mutations must be sent as application/json (or with an x-graphql-csrf header).', 'CSRF_REJECTED', {
        http: { status: 403 },
      });
    },
  };
}

export type Auth =
  | { state: 'disabled' }
  | { state: 'missing' }
  | { state: 'invalid' }
  | { state: 'ok'; actor: string };

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Reads the Authorization header against the admin token. Comparing fixed-length digests in constant time gives
 * nothing away about the token through timing; the token itself is never logged.
 */
export function authenticate(headers: Headers, token: string | undefined): Auth {
  if (!token) return { state: 'disabled' };
  const header = headers.get('authorization');
  if (!header) return { state: 'missing' };
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m || !timingSafeEqual(digest(m[1]!), digest(token))) return { state: 'invalid' };
  const actor = (headers.get('x-explorer-actor') ?? '').trim().slice(0, 100) || 'admin token';
  return { state: 'ok', actor };
}
