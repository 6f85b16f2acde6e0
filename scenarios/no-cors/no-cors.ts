import type { ScenarioInput } from '../../harness/model/scenario.js';
import { reasonsDiffer } from '../_shared/reasons.js';

// fetch() with mode: 'no-cors' asks for what <img> or <script> gets: the request goes out without
// CORS, and the page receives an "opaque" response (type 'opaque', status 0, no headers, no body)
// that it can pass on (to a cache, say) but never read. To keep such requests as harmless as a
// form post, only CORS-safelisted methods (GET, HEAD, POST) are allowed and any header that is
// not no-CORS-safelisted is silently dropped.
// mode: 'same-origin' is the opposite: any request that would leave the page's origin fails
// before it is sent.
const body = { kind: 'text', text: 'payload' } as const;

export default [
  {
    id: 'no-cors/opaque-even-with-allow-origin',
    title: "mode: 'no-cors' gets an opaque response (status 0, nothing readable) even when the server sends Access-Control-Allow-Origin: *",
    reference: 'https://fetch.spec.whatwg.org/#concept-filtered-response-opaque',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors', readHeaders: ['Access-Control-Allow-Origin', 'Content-Type'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: {
      preflight: false,
      request: { method: 'GET', origin: null, secFetchMode: 'no-cors' },
      page: { status: 0, type: 'opaque', bodyReadable: false, headers: { 'Access-Control-Allow-Origin': null, 'Content-Type': null } },
    },
  },
  {
    id: 'no-cors/same-origin-target-is-basic',
    title: "mode: 'no-cors' to the page's own origin — nothing to hide, so the response is a normal readable one",
    reference: 'https://fetch.spec.whatwg.org/#main-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors' },
    response: { status: 200 },
    expected: { preflight: false, request: { method: 'GET', origin: null }, page: { status: 200, type: 'basic', bodyReadable: true } },
  },
  {
    id: 'no-cors/put-rejected',
    title: "mode: 'no-cors' with PUT — fetch() rejects with a TypeError before anything is sent",
    reference: 'https://fetch.spec.whatwg.org/#dom-request',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', mode: 'no-cors', body },
    response: { status: 200 },
    // The probe records a TypeError from fetch() as a network error.
    expected: { preflight: false, request: false, page: 'network-error', blocked: 'no-cors-method' },
  },
  {
    id: 'no-cors/custom-header-dropped',
    title: "mode: 'no-cors' with a custom header — no error and no preflight: the header is silently dropped and the request sent",
    reference: 'https://fetch.spec.whatwg.org/#concept-headers-append',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors', headers: { 'X-Custom': 'value' } },
    response: { status: 200 },
    expected: { preflight: false, request: { method: 'GET', origin: null }, page: { status: 0, type: 'opaque', bodyReadable: false } },
  },
  {
    id: 'no-cors/redirect-to-third-origin-opaque',
    title: "mode: 'no-cors' follows a redirect to a third origin without any CORS header — the result is still opaque",
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors' },
    response: { status: 302, redirect: { to: 'api', response: { status: 200 } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: { method: 'GET', origin: null }, page: { status: 0, type: 'opaque', bodyReadable: false } },
  },
  {
    id: 'no-cors/redirect-credentials-in-url-allowed',
    title: "mode: 'no-cors' redirected to another origin's URL with user:password@ — allowed (only CORS requests refuse it), opaque",
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'no-cors' },
    response: { status: 302, redirect: { to: 'api', credentialsInUrl: true, response: { status: 200 } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: { method: 'GET' }, page: { status: 0, type: 'opaque', bodyReadable: false } },
    deviations: [
      {
        engine: 'chromium',
        reason:
          'Chromium blocks every subresource request to a URL with embedded credentials (chromestatus 5669008342777856), no-cors included: network error, the URL is never requested. No Chromium bug found; linked: the WPT test "No CORS fetch after a redirect with an URL containing credentials" (interop discussion: whatwg/fetch#660).',
        bug: 'https://wpt.fyi/results/fetch/security/redirect-to-url-with-credentials.https.html',
        expected: { finalRequest: false, page: 'network-error' },
      },
    ],
  },
  {
    id: 'no-cors/same-origin-mode-cross-origin',
    title: "mode: 'same-origin' to another origin — network error, and no request reaches the server",
    reference: 'https://fetch.spec.whatwg.org/#main-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', mode: 'same-origin' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: false, page: 'network-error' },
    ignoreDifferences: [reasonsDiffer('WebKit\'s only message is "Fetch API cannot load <url>", which names no rule; Chromium and Firefox name the request mode')],
  },
  {
    id: 'no-cors/same-origin-mode-same-origin',
    title: "mode: 'same-origin' to the page's own origin — a normal readable response",
    reference: 'https://fetch.spec.whatwg.org/#concept-request-mode',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET', mode: 'same-origin' },
    response: { status: 200 },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'same-origin' }, page: { status: 200, type: 'basic', bodyReadable: true } },
  },
  {
    id: 'no-cors/same-origin-mode-redirected-away',
    title: "mode: 'same-origin', and the page's own server redirects to another origin — network error, the redirect is not followed",
    reference: 'https://fetch.spec.whatwg.org/#main-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET', mode: 'same-origin' },
    response: { status: 302, redirect: { to: 'other', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: false, page: 'network-error' },
  },
] satisfies ScenarioInput[];
