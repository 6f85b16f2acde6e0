import type { ScenarioInput } from '../../harness/model/scenario.js';
import { pngBase64 } from '../_shared/image.js';

// The CORS protocol and HTTP caches: a cacheable response whose CORS headers depend on the
// request (its Origin, or whether it had one) must say so with `Vary: Origin`, or the HTTP cache
// may hand it to a request it was not meant for. Each scenario requests the same URL twice; the
// response is cacheable for a minute. (The harness's server answers the same headers every time:
// here `{page}` is always the first page's origin, site.)

export default [
  {
    id: 'caching/cors-response-reused-by-same-page',
    title: 'Baseline: a cacheable CORS response (Cache-Control: max-age=60) fetched twice from the same page — the second fetch is served from the HTTP cache',
    reference: 'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60' } },
    expected: { preflight: false, request: { origin: '{page}' }, page: { status: 200, bodyReadable: true } },
    then: [{ expected: { preflight: false, request: false, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
  {
    id: 'caching/no-cors-then-cors-reuses-cached-response',
    title: "A mode: 'no-cors' fetch, then a CORS fetch of the same URL: without Vary, the cached response (with its Allow-Origin) is reused — no second request",
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60' } },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { type: 'opaque', bodyReadable: false } },
    then: [{ request: { api: 'fetch', method: 'GET' }, expected: { preflight: false, request: false, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
  {
    id: 'caching/no-cors-then-cors-vary-origin',
    title: "A mode: 'no-cors' fetch, then a CORS fetch of the same URL, response has Vary: Origin — the CORS fetch goes to the server with its Origin",
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60', Vary: 'Origin' } },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { type: 'opaque', bodyReadable: false } },
    then: [
      {
        request: { api: 'fetch', method: 'GET' },
        expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: { status: 200, type: 'cors', bodyReadable: true } },
      },
    ],
  },
  {
    id: 'caching/img-then-crossorigin-img-reuses-cached-response',
    title: '<img> without crossorigin, then <img crossorigin> for the same URL: without Vary, the HTTP-cached image is reused — no second request, canvas readable',
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img' },
    response: { status: 200, headers: { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60' }, bodyBase64: pngBase64 },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { bodyReadable: false } },
    then: [{ request: { api: 'element', element: 'img', crossorigin: 'anonymous' }, expected: { preflight: false, request: false, page: { bodyReadable: true } } }],
    deviations: [
      {
        engine: 'firefox',
        step: 1,
        reason:
          'Firefox keys its HTTP cache by the anonymous (no-credentials) load flag: the <img> without crossorigin was fetched with credentials, the crossorigin="anonymous" one without, so it misses the cached copy and fetches again. The spec does not key the HTTP cache on credentials yet; that is discussed in whatwg/fetch#307.',
        bug: 'https://github.com/whatwg/fetch/issues/307',
        expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: { bodyReadable: true } },
      },
    ],
  },
  {
    id: 'caching/img-then-crossorigin-img-vary-origin',
    title: '<img> without crossorigin, then <img crossorigin> for the same URL, response has Vary: Origin — the second load goes to the server with its Origin',
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img' },
    response: {
      status: 200,
      headers: { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60', Vary: 'Origin' },
      bodyBase64: pngBase64,
    },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { bodyReadable: false } },
    then: [
      {
        request: { api: 'element', element: 'img', crossorigin: 'anonymous' },
        expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: { bodyReadable: true } },
      },
    ],
  },
  {
    id: 'caching/other-origin-gets-cached-wrong-allow-origin',
    title: 'Allow-Origin: site, cacheable, no Vary — a fetch from api gets the cached copy naming site: network error, and no second request',
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60' } },
    expected: { preflight: false, request: { origin: '{page}' }, page: { status: 200, bodyReadable: true } },
    then: [{ page: 'api', expected: { preflight: false, request: false, page: 'network-error' } }],
  },
  {
    id: 'caching/other-origin-vary-origin-refetches',
    title: 'Allow-Origin: site, cacheable, Vary: Origin — a fetch from api is not served from the cache: the server sees it with Origin api (and answers site, so it fails)',
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Cache-Control': 'max-age=60', Vary: 'Origin' } },
    expected: { preflight: false, request: { origin: '{page}' }, page: { status: 200, bodyReadable: true } },
    then: [{ page: 'api', expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' } }],
  },
  {
    id: 'caching/star-shared-across-origins',
    title: 'Allow-Origin: *, cacheable, no Vary — a fetch from api reuses the cached response and can read it (no Vary needed with *)',
    reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=60' } },
    expected: { preflight: false, request: { origin: '{page}' }, page: { status: 200, bodyReadable: true } },
    then: [{ page: 'api', expected: { preflight: false, request: false, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
] satisfies ScenarioInput[];
