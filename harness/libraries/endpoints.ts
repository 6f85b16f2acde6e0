/**
 * What every library origin's endpoints do, in one place, so every adapter answers alike and
 * only the CORS library and its framework differ:
 * - `/resource`: GET, POST, PUT, PATCH, DELETE answer 200 JSON, with `X-Request-Id` (for the
 *   exposed-headers scenarios) and the scenario's Cache-Control;
 * - `/throws`: the handler throws, so the framework's own error path answers (usually 500);
 * - `/unauthorized`: the handler answers 401 itself (returned, not thrown);
 * - `/validated`: POST with a JSON body `{ name: string }`; anything else gets a 400 from
 *   validation (Fastify's route schema, a check in the handler elsewhere);
 * - `/unmatched`: no route at all;
 * - `/negotiated`: GET answers JSON or plain text by the request's Accept, and the app itself
 *   adds `Vary: Accept` (the framework's own way), which the CORS middleware must keep;
 * - `/own-options`: GET, and an OPTIONS handler of the app's own (200, `Allow` and `X-Request-Id`),
 *   as an API that describes itself on OPTIONS has; the CORS middleware stands between the two
 *   kinds of OPTIONS request (a preflight, and the page's own `fetch(url, { method: 'OPTIONS' })`).
 */
import type { LibraryEndpoint } from '../model/library-options.js';

export const endpointPaths: Record<LibraryEndpoint, string> = {
  resource: '/resource',
  throws: '/throws',
  unauthorized: '/unauthorized',
  validated: '/validated',
  unmatched: '/unmatched',
  negotiated: '/negotiated',
  'own-options': '/own-options',
};

export const resourceMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A response header the page can read only when the library exposes it. */
export const requestIdHeader = 'X-Request-Id';
export const requestIdValue = 'corsmatrix-42';

export const thrownMessage = 'corsmatrix: thrown on purpose by the /throws endpoint to reach the framework error path';

export function resourceBody(method: string): { endpoint: 'resource'; method: string } {
  return { endpoint: 'resource', method };
}

export const unauthorizedBody = { error: 'unauthorized' } as const;
export const invalidBody = { error: 'validation failed: the body must be JSON {"name": string}' } as const;

/** The `/validated` rule, for the frameworks that check in the handler. */
export function isValidBody(body: unknown): body is { name: string } {
  return typeof body === 'object' && body !== null && 'name' in body && typeof body.name === 'string';
}

/** The `/negotiated` representation for an Accept header: JSON when asked for, text otherwise. */
export function negotiated(accept: string | undefined): { contentType: string; body: string } {
  return accept?.includes('application/json')
    ? { contentType: 'application/json', body: JSON.stringify({ endpoint: 'negotiated', format: 'json' }) }
    : { contentType: 'text/plain;charset=utf-8', body: 'endpoint negotiated, format text' };
}

/** The methods `/own-options` answers, as its own OPTIONS handler lists them in `Allow`. */
export const ownOptionsAllow = 'GET, OPTIONS';

export function ownOptionsBody(method: string): { endpoint: 'own-options'; method: string } {
  return { endpoint: 'own-options', method };
}
