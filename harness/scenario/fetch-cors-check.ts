/**
 * The CORS check and the CORS-preflight check of the Fetch standard, applied to an answer that
 * Node asked for (https://fetch.spec.whatwg.org/#cors-check, #cors-preflight-fetch step 7): whether
 * a browser that got this preflight answer goes on to send the request itself. A server
 * corsmatrix does not run keeps no log for it, so this is how a refused origin's PUT is known to
 * have reached it where the engine does not say (harness/own-server/run.ts).
 */
import type { BlockedReason } from '../model/reasons.js';
import { corsUnsafeRequestHeaderNames, isCorsSafelistedMethod, normalizeMethod } from './fetch-safelist.js';

export interface PreflightedRequest {
  /** The serialized origin, `null` included. */
  origin: string;
  method: string;
  headers: Array<[string, string]>;
  credentials: 'include' | 'same-origin' | 'omit';
}

export interface PreflightAnswer {
  status: number;
  /** Raw header pairs, as received. */
  headers: Array<[string, string]>;
}

export type CheckResult = { ok: true } | { ok: false; reason: BlockedReason; why: string };

/** Fetch's "get": every value of the header, combined with ", "; null when there is none. */
export function get(headers: Array<[string, string]>, name: string): string | null {
  const values = headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value.replace(/^[ \t]+|[ \t]+$/g, ''));
  return values.length === 0 ? null : values.join(', ');
}

const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Fetch's "extract header list values" for a list of tokens: null when absent, failure when one is no token. */
export function extractTokens(headers: Array<[string, string]>, name: string): string[] | null | 'failure' {
  const value = get(headers, name);
  if (value === null) return null;
  const items = value.split(',').map((item) => item.replace(/^[ \t]+|[ \t]+$/g, '')).filter((item) => item !== '');
  return items.every((item) => token.test(item)) ? items : 'failure';
}

/** The CORS check (Fetch, 4.9): whether the answer lets this origin read, credentials included or not. */
export function corsCheck(request: Pick<PreflightedRequest, 'origin' | 'credentials'>, headers: Array<[string, string]>): CheckResult {
  const origin = get(headers, 'access-control-allow-origin');
  if (origin === null) return { ok: false, reason: 'allow-origin-missing', why: 'no Access-Control-Allow-Origin' };
  if (request.credentials !== 'include' && origin === '*') return { ok: true };
  if (origin !== request.origin) {
    if (origin === '*') return { ok: false, reason: 'allow-origin-wildcard-with-credentials', why: 'Access-Control-Allow-Origin: * with credentials' };
    return { ok: false, reason: origin.includes(',') ? 'allow-origin-multiple' : 'allow-origin-mismatch', why: `Access-Control-Allow-Origin: ${origin}` };
  }
  if (request.credentials !== 'include') return { ok: true };
  const credentials = get(headers, 'access-control-allow-credentials');
  return credentials === 'true' ? { ok: true } : { ok: false, reason: 'allow-credentials-not-true', why: `Access-Control-Allow-Credentials: ${credentials ?? '(none)'}` };
}

/**
 * CORS-preflight fetch, step 7: whether this preflight answer lets the request through, so that a
 * browser sends it next. (The preflight cache and the engines' own caps play no part here.)
 */
export function corsPreflightCheck(request: PreflightedRequest, answer: PreflightAnswer): CheckResult {
  const cors = corsCheck(request, answer.headers);
  if (!cors.ok) return cors;
  if (answer.status < 200 || answer.status > 299) return { ok: false, reason: answer.status >= 300 && answer.status < 400 ? 'preflight-redirected' : 'preflight-status-not-ok', why: `status ${answer.status}` };
  const methods = extractTokens(answer.headers, 'access-control-allow-methods');
  if (methods === 'failure') return { ok: false, reason: 'allow-methods-invalid', why: `Access-Control-Allow-Methods: ${get(answer.headers, 'access-control-allow-methods') ?? ''}` };
  const headerNames = extractTokens(answer.headers, 'access-control-allow-headers');
  if (headerNames === 'failure') return { ok: false, reason: 'allow-headers-invalid', why: `Access-Control-Allow-Headers: ${get(answer.headers, 'access-control-allow-headers') ?? ''}` };
  const method = normalizeMethod(request.method);
  const include = request.credentials === 'include';
  // Methods are compared byte for byte: `put` does not allow PUT (only the six standard methods are
  // normalized). An absent header allows the request's own method only with the use-CORS-preflight
  // flag (an XHR upload's listeners), which a fetch() never has.
  const listed = methods ?? [];
  if (!listed.includes(method) && !isCorsSafelistedMethod(method) && (include || !listed.includes('*'))) {
    return { ok: false, reason: 'method-not-allowed', why: `${method} is not in Access-Control-Allow-Methods: ${methods?.join(', ') ?? '(none)'}` };
  }
  const allowed = new Set((headerNames ?? []).map((name) => name.toLowerCase()));
  for (const name of corsUnsafeRequestHeaderNames(request.headers)) {
    if (allowed.has(name)) continue;
    if (name === 'authorization' && allowed.has('*') && !include) return { ok: false, reason: 'authorization-not-covered-by-wildcard', why: 'Access-Control-Allow-Headers: * never covers Authorization' };
    if (include || !allowed.has('*')) return { ok: false, reason: 'header-not-allowed', why: `${name} is not in Access-Control-Allow-Headers: ${headerNames?.join(', ') ?? '(none)'}` };
  }
  return { ok: true };
}
