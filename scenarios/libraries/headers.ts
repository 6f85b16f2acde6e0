import { requestIdHeader, requestIdValue } from '../../harness/libraries/endpoints.js';
import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Request headers the page adds (Access-Control-Allow-Headers) and response headers it reads
// (Access-Control-Expose-Headers). A custom request header makes even a GET preflighted.
const allowHeadersSpec = 'https://fetch.spec.whatwg.org/#http-access-control-allow-headers';
const all = { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} } as const;

// Seen here in all three engines, as in preflight/star-headers-does-not-cover-authorization:
// the wildcard still covers Authorization. Engine deviations from the standard, with their bugs.
const starCoversAuthorization = { request: { method: 'GET' }, page: { status: 200, bodyReadable: true } } as const;
const starDeviations = [
  { engine: 'chromium', reason: 'Chromium still lets * cover Authorization (CorsNonWildcardRequestHeadersSupport held back)', bug: 'https://crbug.com/1176753', expected: starCoversAuthorization },
  { engine: 'firefox', reason: 'Firefox implements the rule behind a preference that is off by default', bug: 'https://bugzilla.mozilla.org/show_bug.cgi?id=1687364', expected: starCoversAuthorization },
  { engine: 'webkit', reason: 'WebKit lets * cover Authorization; the WPT test tracks it', bug: 'https://wpt.fyi/results/fetch/api/cors/cors-preflight-star.any.html', expected: starCoversAuthorization },
] as const;

const preflightedRead = (headers: string) => ({ preflight: { method: 'GET', headers }, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } });
const refusedAtPreflight = (headers: string) => ({ preflight: { method: 'GET', headers }, request: false, page: 'network-error' }) as const;

export default [
  ...forLibraries(
    {
      name: 'allowed-headers-unset-custom',
      title: 'allowedHeaders not set, a GET with X-Custom — the library reflects the requested headers: readable',
      reference: allowHeadersSpec,
      request: { api: 'fetch', headers: { 'X-Custom': '1' } },
      intent: 'allow',
      expected: preflightedRead('x-custom'),
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'allowed-headers-unset-authorization',
      title: 'allowedHeaders not set, a GET with Authorization — reflected too: readable',
      reference: allowHeadersSpec,
      request: { api: 'fetch', headers: { Authorization: 'Bearer corsmatrix' } },
      intent: 'allow',
      expected: preflightedRead('authorization'),
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'allowed-headers-set',
      title: "allowedHeaders: ['X-Custom'], a GET with X-Custom — readable",
      reference: allowHeadersSpec,
      options: { allowedHeaders: ['X-Custom'] },
      request: { api: 'fetch', headers: { 'X-Custom': '1' } },
      intent: 'allow',
      expected: preflightedRead('x-custom'),
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'allowed-headers-set-without-authorization',
      title: "allowedHeaders: ['X-Custom'], a GET with Authorization — not listed, so refused at the preflight",
      reference: allowHeadersSpec,
      options: { allowedHeaders: ['X-Custom'] },
      request: { api: 'fetch', headers: { Authorization: 'Bearer corsmatrix' } },
      intent: 'block',
      expected: refusedAtPreflight('authorization'),
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'allowed-headers-star-authorization',
      title: "allowedHeaders: ['*'], a GET with Authorization — the developer means every header, Authorization included",
      reference: 'https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name',
      options: { allowedHeaders: ['*'] },
      request: { api: 'fetch', headers: { Authorization: 'Bearer corsmatrix' } },
      intent: 'allow',
      expected: refusedAtPreflight('authorization'),
      deviations: [...starDeviations],
    },
    Object.fromEntries([
      ...(['koa-cors', 'express-cors', 'fastify-cors', 'hono-cors', 'elysia-cors', 'itty-cors', 'h3-cors'] as const).map((library) => [
        library,
        {
          finding: {
            summary:
              "allowedHeaders: ['*'] is sent as Access-Control-Allow-Headers: *, and the Fetch standard never lets * stand for Authorization (a CORS non-wildcard request-header name), so a request with Authorization is to be refused at the preflight. Chromium, Firefox and WebKit still let it through today (known engine deviations), so it works until they enforce the rule. Leaving allowedHeaders unset (the library then reflects the requested headers) or listing Authorization next to * keeps working.",
            link: 'https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name',
          },
        },
      ]),
      // Flask-CORS takes '*' as the pattern .* and answers with the requested headers themselves,
      // Authorization among them: the standard lets that through, no engine deviation is involved.
      ['flask-cors', { expected: preflightedRead('authorization'), deviations: [] }],
    ]),
  ),
  ...forLibraries(
    {
      name: 'exposed-headers',
      title: `exposedHeaders: ['${requestIdHeader}'] — the page reads ${requestIdHeader}`,
      reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
      options: { exposedHeaders: [requestIdHeader] },
      request: { api: 'fetch', readHeaders: [requestIdHeader] },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET' }, page: { status: 200, bodyReadable: true, headers: { [requestIdHeader]: requestIdValue } } },
    },
    {
      ...all,
      'itty-cors': {
        expected: { preflight: false, request: { method: 'GET' }, page: { status: 200, bodyReadable: true, headers: { [requestIdHeader]: null } } },
        finding: {
          summary:
            "itty-router's cors() puts Access-Control-Expose-Headers on its preflight answer only; corsify adds just Allow-Origin and Allow-Credentials to the actual response, so exposeHeaders never reaches the response the page reads, and the listed headers stay hidden.",
          link: 'https://itty.dev/itty-router/cors',
        },
      },
    },
  ),
] satisfies ScenarioInput[];
