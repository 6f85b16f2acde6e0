import type { ScenarioInput } from '../../harness/model/scenario.js';

// <link rel=preload as=fetch> fetches early so that a later fetch() can take the response
// instead of asking again. HTML matches the two by URL, destination, mode and credentials mode:
// a fetch() is in "cors" mode, so the preload must carry crossorigin (anonymous for fetch's
// default credentials "same-origin", use-credentials for "include"), or the fetch goes to the
// network a second time.
const allowAll = { 'Access-Control-Allow-Origin': '*' };

export default [
  {
    id: 'preload/fetch-crossorigin-reused',
    title: '<link rel=preload as=fetch crossorigin> then fetch() of the same URL — the fetch takes the preloaded response: one request in all',
    reference: 'https://html.spec.whatwg.org/multipage/links.html#consume-a-preloaded-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'preload-fetch', crossorigin: 'anonymous' },
    response: { status: 200, headers: allowAll, body: 'preloaded' },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'empty' }, page: {} },
    then: [{ request: { api: 'fetch' }, expected: { preflight: false, request: false, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
  {
    id: 'preload/fetch-without-crossorigin-fetched-again',
    title: '<link rel=preload as=fetch> without crossorigin, then fetch() — the preload was no-cors, the fetch is cors: no match, so the fetch asks again',
    reference: 'https://html.spec.whatwg.org/multipage/links.html#consume-a-preloaded-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'preload-fetch' },
    response: { status: 200, headers: allowAll, body: 'preloaded' },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: {} },
    then: [{ request: { api: 'fetch' }, expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
  {
    id: 'preload/fetch-credentials-mismatch-fetched-again',
    title: "<link rel=preload as=fetch crossorigin> (credentials same-origin), then fetch() with credentials: 'include' — the credentials modes differ: asked again",
    reference: 'https://html.spec.whatwg.org/multipage/links.html#consume-a-preloaded-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'preload-fetch', crossorigin: 'anonymous' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' }, body: 'preloaded' },
    expected: { preflight: false, request: { origin: '{page}' }, page: {} },
    then: [{ request: { api: 'fetch', credentials: 'include' }, expected: { preflight: false, request: { origin: '{page}' }, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
  {
    id: 'preload/fetch-use-credentials-reused',
    title: "<link rel=preload as=fetch crossorigin=use-credentials>, then fetch() with credentials: 'include' — they match: one request",
    reference: 'https://html.spec.whatwg.org/multipage/links.html#consume-a-preloaded-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'preload-fetch', crossorigin: 'use-credentials' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' }, body: 'preloaded' },
    expected: { preflight: false, request: { origin: '{page}' }, page: {} },
    then: [{ request: { api: 'fetch', credentials: 'include' }, expected: { preflight: false, request: false, page: { status: 200, type: 'cors', bodyReadable: true } } }],
  },
  {
    id: 'preload/fetch-without-allow-origin',
    title: '<link rel=preload as=fetch crossorigin> without Access-Control-Allow-Origin — the preload fires error; the fetch that follows fails too',
    reference: 'https://html.spec.whatwg.org/multipage/links.html#consume-a-preloaded-resource',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'preload-fetch', crossorigin: 'anonymous' },
    response: { status: 200, body: 'preloaded' },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error', blocked: 'allow-origin-missing' },
    then: [{ request: { api: 'fetch' }, expected: { preflight: false, request: false, page: 'network-error' } }],
    deviations: [
      {
        engine: 'firefox',
        reason:
          'Firefox fires load, not error, at a <link rel=preload> whose response failed the CORS check (the fetch that takes it then fails, as it should). ' +
          'HTML fires error when the response is a network error. No Firefox bug found (searched 2026-12-02); linked: the spec text.',
        bug: 'https://html.spec.whatwg.org/multipage/links.html#link-type-preload',
        expected: { page: {} },
      },
    ],
    ignoreDifferences: [
      {
        field: 'step 1: page: blocked',
        reason:
          "the fetch takes the preload's failure without a request of its own: the engines gave their reason on the preload (step 0); Chromium and Firefox print nothing more, WebKit only 'due to access control checks'",
      },
    ],
  },
] satisfies ScenarioInput[];
