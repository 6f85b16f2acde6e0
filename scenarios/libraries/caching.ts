import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';
import { reasonsDiffer } from '../_shared/reasons.js';

// Flask-CORS has no origin function, so only the last case (an exact origin) names it.
// Two allowed origins fetch the same cacheable URL (Cache-Control: max-age=60). The answer
// names the first origin in Access-Control-Allow-Origin; without `Vary: Origin` the browser's
// HTTP cache would hand that answer to the second origin, which could then not read it.
//
// Then a refused origin and an allowed one, in both orders, and a no-cors GET (no Origin at all)
// before a CORS fetch: an answer whose CORS headers depend on the Origin needs `Vary: Origin` on
// the refusal and on the answer to no Origin too, or the cached refusal reaches the allowed
// origin (expressjs/cors#330). `api` is the same site as `site`, so both share the HTTP cache
// partition (browsers key it by top-level site).
const cachingSpec = 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches';
const onlySite = { origin: { allowList: ['{origin:site}'] } };
const read = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } } as const;
const refused = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' } as const;
// The standard's HTTP-network-or-cache fetch uses a fresh stored response, and the CORS check then
// fails on it; Chromium (and, after a refused CORS fetch, WebKit) went to the network again instead.
const servedFromCache = { preflight: false, request: false, page: 'network-error' } as const;
const fetchesAgain = (engine: 'chromium' | 'webkit', version: string) => ({
  engine,
  step: 1,
  reason: `${version} here sent the request to the server again instead of using the fresh cached answer, which would fail the CORS check. No bug or documentation for this was found; HTTP caching never obliges a cache to reuse a stored response, so this is a benign difference, not a spec violation that breaks pages.`,
  bug: 'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
  expected: read,
});
const chromiumFetchesAgain = fetchesAgain('chromium', 'Chromium 156');
// WebKit reused the answer a no-cors fetch or another origin's successful fetch left, but not the one a refused CORS fetch left.
const webkitFetchesAgain = fetchesAgain('webkit', 'WebKitGTK 2.50 (after a CORS fetch it refused)');
// Express answers with a weak ETag, so a stored answer can be revalidated. Whether a cache does
// so with a validator is its own choice (RFC 9111, 4.3.1): no expectation decides it.
const webkitRevalidatesWithoutValidator = {
  field: 'step 1: request at hop 0 (*): If-None-Match',
  reason: "Express sends an ETag: Chromium and Firefox revalidate their stored answer with If-None-Match, WebKit asks again without a validator; HTTP caching leaves that to the cache (RFC 9111, 4.3.1)",
};

const corsNoVary = {
  summary:
    'When its origin function refuses an origin (or a request has no Origin), cors 2.8.6 sends no CORS header at all, Vary: Origin included; a cacheable answer is then stored for every origin, and the allowed origin is served the cached refusal and cannot read until it expires.',
  link: 'https://github.com/expressjs/cors/issues/330',
};

const ittyNoVary = {
  summary:
    "itty-router's cors() never sends Vary, although its answer depends on the request's Origin whenever origin is a list, a RegExp, a function or reflected; a cacheable answer is then stored for every origin, and the browser serves one origin's answer (or refusal) to another, which cannot read it until it expires.",
  link: 'https://itty.dev/itty-router/cors',
};
/**
 * A library without Vary: the second step (from `page`, or the CORS fetch after a no-cors one)
 * is served the first step's cached answer, and nothing reaches the server.
 */
const secondServedFromCache = (second: { page: 'api' | 'site' } | { request: { api: 'fetch' } }, finding: typeof corsNoVary) => ({
  then: [{ ...second, intent: 'allow' as const, expected: servedFromCache }],
  finding,
});

export default [
  ...forLibraries(
    {
      name: 'http-cache-two-origins',
      title: 'origin function allowing site and api, cacheable resource — site reads, then api reads too (Vary: Origin sends it to the server)',
      reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
      options: { origin: { allowList: ['{origin:site}', '{origin:api}'] } },
      cacheControl: 'max-age=60',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } },
      then: [{ page: 'api', expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } } }],
    },
    { 'koa-cors': {}, 'express-cors': { ignoreDifferences: [webkitRevalidatesWithoutValidator] }, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': secondServedFromCache({ page: 'api' }, ittyNoVary), 'h3-cors': {} },
  ),
  ...forLibraries(
    {
      name: 'http-cache-refused-then-allowed',
      title: 'origin function allowing only site, cacheable resource — api (same site, refused) fetches first, then site: site should still read',
      reference: cachingSpec,
      page: 'api',
      options: onlySite,
      cacheControl: 'max-age=60',
      request: { api: 'fetch' },
      intent: 'block',
      expected: refused,
      then: [{ page: 'site', intent: 'allow', expected: read }],
    },
    {
      'koa-cors': {},
      'express-cors': { ...secondServedFromCache({ page: 'site' }, corsNoVary), deviations: [chromiumFetchesAgain, webkitFetchesAgain] },
      'fastify-cors': {},
      'hono-cors': {},
      'elysia-cors': {},
      'itty-cors': { ...secondServedFromCache({ page: 'site' }, ittyNoVary), deviations: [chromiumFetchesAgain, webkitFetchesAgain] },
      'h3-cors': {},
    },
  ),
  ...forLibraries(
    {
      name: 'http-cache-allowed-then-refused',
      title: 'origin function allowing only site, cacheable resource — site reads first, then api (same site, refused) must not read',
      reference: cachingSpec,
      options: onlySite,
      cacheControl: 'max-age=60',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: read,
      then: [{ page: 'api', intent: 'block', expected: refused }],
    },
    {
      'koa-cors': {},
      'express-cors': {
        ignoreDifferences: [
          reasonsDiffer(
            "Express answers with an ETag. Chromium and Firefox revalidate their stored answer for site with If-None-Match, get a 304 that carries no CORS header (cors refused api), and judge the stored answer, which names site: allow-origin-mismatch. WebKit asks without a validator and judges the refusal itself: allow-origin-missing. All three block, as HTTP caching allows either way (RFC 9111, 4.3.1).",
            1,
          ),
          webkitRevalidatesWithoutValidator,
        ],
      },
      'fastify-cors': {},
      'hono-cors': {},
      'elysia-cors': {},
      // Without Vary the cached answer for site reaches api, whose CORS check fails on it: still blocked.
      'itty-cors': { then: [{ page: 'api', intent: 'block', expected: servedFromCache }] },
      'h3-cors': {},
    },
  ),
  ...forLibraries(
    {
      name: 'http-cache-no-cors-then-allowed',
      title: "origin function allowing only site, cacheable resource — a mode: 'no-cors' GET (no Origin) first, then site's CORS fetch should read",
      reference: cachingSpec,
      options: onlySite,
      cacheControl: 'max-age=60',
      request: { api: 'fetch', mode: 'no-cors' },
      intent: 'block',
      expected: { preflight: false, request: { method: 'GET', origin: null }, page: { type: 'opaque', bodyReadable: false } },
      then: [{ request: { api: 'fetch' }, intent: 'allow', expected: read }],
    },
    {
      'koa-cors': {},
      'express-cors': { ...secondServedFromCache({ request: { api: 'fetch' } }, corsNoVary), deviations: [chromiumFetchesAgain] },
      'fastify-cors': {},
      'hono-cors': {},
      'elysia-cors': {},
      'itty-cors': { ...secondServedFromCache({ request: { api: 'fetch' } }, ittyNoVary), deviations: [chromiumFetchesAgain] },
      'h3-cors': {},
    },
  ),
  // The app's own Vary: a negotiated answer (JSON or text by Accept) says `Vary: Accept` itself,
  // in each framework's own way; the middleware adds `Origin` and must keep `Accept`, or the
  // cached JSON answers the request for text (hono had such bugs: honojs/hono#2932, #4471).
  ...forLibraries(
    {
      name: 'app-vary-accept',
      title: "the app's own Vary: Accept on a cacheable negotiated answer — JSON, then text from site: the second fetch reaches the app and gets text, not the cached JSON",
      reference: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.1',
      options: { origin: '{origin:site}' },
      endpoint: 'negotiated',
      cacheControl: 'max-age=60',
      request: { api: 'fetch', headers: { Accept: 'application/json' }, readHeaders: ['Content-Type'] },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET' }, page: { status: 200, bodyReadable: true } },
      then: [
        {
          request: { api: 'fetch', headers: { Accept: 'text/plain' }, readHeaders: ['Content-Type'] },
          intent: 'allow',
          // Reaching the app again is the point: a cached JSON answer would show as no request here
          // (the Content-Type the page reads, in the trace, says which representation came).
          expected: { preflight: false, request: { method: 'GET' }, page: { status: 200, bodyReadable: true } },
        },
      ],
    },
    { 'koa-cors': {}, 'express-cors': { ignoreDifferences: [webkitRevalidatesWithoutValidator] }, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
] satisfies ScenarioInput[];
