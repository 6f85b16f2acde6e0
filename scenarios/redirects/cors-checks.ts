import type { ScenarioInput } from '../../harness/scenario/schema.js';

// A CORS request runs the CORS check on every response it gets, the redirect as well as the
// final answer. Once the request has been sent to two origins that both differ from the page's
// origin, it has a "redirect-tainted origin": later hops send `Origin: null`, and only * or the
// literal value `null` in Access-Control-Allow-Origin pass the check.
const allowAll = { 'Access-Control-Allow-Origin': '*' };

export default [
  {
    id: 'redirects/redirect-without-allow-origin',
    title: 'The redirect itself lacks Access-Control-Allow-Origin — network error, the browser never follows it',
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, redirect: { to: 'other', response: { status: 200, headers: allowAll } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: false, page: 'network-error' },
  },
  {
    id: 'redirects/final-response-without-allow-origin',
    title: 'The redirect allows the page but the final response lacks Access-Control-Allow-Origin — network error',
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, headers: allowAll, redirect: { to: 'other', response: { status: 200 } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'redirects/tainted-origin-rejects-page-origin',
    title: 'After a hop to a third origin (Origin: null), allowing the page origin by name no longer matches — network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 302,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'api', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } },
    },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null' }, page: 'network-error' },
  },
  {
    id: 'redirects/tainted-origin-allow-origin-null',
    title: 'After a hop to a third origin (Origin: null), Access-Control-Allow-Origin: null matches — readable',
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 302,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'api', response: { status: 200, headers: { 'Access-Control-Allow-Origin': 'null' } } },
    },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'redirects/same-origin-to-cross-origin',
    title: 'A same-origin URL redirects to another origin — the first hop needs no CORS, the second sends the real Origin and needs CORS',
    reference: 'https://fetch.spec.whatwg.org/#main-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, redirect: { to: 'other', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } } },
    expected: {
      preflight: false,
      request: { method: 'GET', origin: null, secFetchSite: 'same-origin' },
      finalRequest: { method: 'GET', origin: '{page}' },
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
  },
  {
    id: 'redirects/same-origin-to-cross-origin-without-allow-origin',
    title: 'A same-origin URL redirects to another origin that sends no CORS headers — network error',
    reference: 'https://fetch.spec.whatwg.org/#main-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, redirect: { to: 'other', response: { status: 200 } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'redirects/back-to-page-origin-needs-cors',
    title: "Another origin redirects back to the page's own origin — still CORS, with Origin: null; without CORS headers a network error",
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, headers: allowAll, redirect: { to: 'site', response: { status: 200 } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null' }, page: 'network-error' },
  },
  {
    id: 'redirects/back-to-page-origin-star',
    title: "Another origin redirects back to the page's own origin, which answers * — readable, but as a cors response",
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, headers: allowAll, redirect: { to: 'site', response: { status: 200, headers: allowAll } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'redirects/xhr-cross-origin-hop',
    title: 'XMLHttpRequest follows a 302 to a third origin the same way — Origin: null on the second hop, * makes it readable',
    reference: 'https://xhr.spec.whatwg.org/#the-send()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET' },
    response: { status: 302, headers: allowAll, redirect: { to: 'api', response: { status: 200, headers: allowAll } } },
    expected: { preflight: false, request: { origin: '{page}' }, finalRequest: { origin: 'null' }, page: { status: 200, bodyReadable: true } },
  },
] satisfies ScenarioInput[];
