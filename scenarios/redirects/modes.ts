import type { ScenarioInput } from '../../harness/model/scenario.js';
import { reasonsDiffer } from '../_shared/reasons.js';

// fetch()'s redirect option, and redirects to URLs with a user name and password in them.
const allowAll = { 'Access-Control-Allow-Origin': '*' };

export default [
  {
    id: 'redirects/fetch-redirect-error',
    title: "redirect: 'error' — a redirect becomes a network error; the server sees only the first request",
    reference: 'https://fetch.spec.whatwg.org/#concept-request-redirect-mode',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', redirect: 'error' },
    response: { status: 302, headers: allowAll, redirect: { to: 'other', response: { status: 200, headers: allowAll } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: false, page: 'network-error' },
    ignoreDifferences: [reasonsDiffer('Only WebKit says why ("Not allowed to follow a redirection"); Chromium prints only net::ERR_FAILED and Firefox nothing')],
  },
  {
    id: 'redirects/fetch-redirect-manual',
    title: "redirect: 'manual' — the page gets an opaque-redirect response (status 0, no headers, no body) and nothing is followed",
    reference: 'https://fetch.spec.whatwg.org/#concept-filtered-response-opaque-redirect',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', redirect: 'manual', readHeaders: ['Location'] },
    response: { status: 302, headers: allowAll, redirect: { to: 'other', response: { status: 200, headers: allowAll } } },
    expected: {
      preflight: false,
      request: { origin: '{page}' },
      finalRequest: false,
      page: { status: 0, type: 'opaqueredirect', bodyReadable: false, headers: { Location: null } },
    },
  },
  {
    id: 'redirects/fetch-redirect-manual-without-allow-origin',
    title: "redirect: 'manual' does not skip CORS: a redirect without Access-Control-Allow-Origin is a network error",
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', redirect: 'manual' },
    response: { status: 302, redirect: { to: 'other', response: { status: 200, headers: allowAll } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: false, page: 'network-error' },
  },
  {
    id: 'redirects/credentials-in-url-cross-origin',
    title: 'A CORS request redirected to a URL with user:password@ in it — network error, the URL is never requested',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, headers: allowAll, redirect: { to: 'other', credentialsInUrl: true, response: { status: 200, headers: allowAll } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: false, page: 'network-error' },
    ignoreDifferences: [
      reasonsDiffer('Firefox prints only its generic "CORS request did not succeed" (MDN: a failure at the network level); Chromium and WebKit name the credentials in the redirect URL'),
    ],
  },
  {
    id: 'redirects/credentials-in-url-same-origin',
    title: "A same-origin request redirected to a same-origin URL with user:password@ in it — allowed, no CORS involved",
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, redirect: { to: 'site', credentialsInUrl: true, response: { status: 200 } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: { origin: null }, page: { status: 200, type: 'basic', bodyReadable: true } },
    deviations: [
      {
        engine: 'chromium',
        reason:
          'Chromium blocks every subresource request to a URL with embedded credentials (chromestatus 5669008342777856), so it fails the redirect with a network error and never requests the URL. No Chromium bug found; linked: the WPT test "CORS fetch after a redirect with a same origin URL containing credentials" (interop discussion: whatwg/fetch#660).',
        bug: 'https://wpt.fyi/results/fetch/security/redirect-to-url-with-credentials.https.html',
        expected: { finalRequest: false, page: 'network-error' },
      },
    ],
  },
] satisfies ScenarioInput[];
