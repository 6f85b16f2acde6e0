import type { ScenarioInput } from '../../harness/model/scenario.js';

// A service worker sees the page's cross-origin requests before any CORS happens and answers them
// with respondWith(). What the page then gets depends on the answer (Fetch, "HTTP fetch", step
// 4): a response from the worker is not CORS-checked again, but an opaque one is refused for a
// request that is not no-cors, and a Response the worker makes itself counts as the page's own
// (type basic, every header visible): "you can pretend you're any origin, so long as the only
// person you're fooling is yourself". The worker is the page's own origin's
// (harness/origins/service-worker.ts).
const allowAll = { 'Access-Control-Allow-Origin': '*' };

/** The failure happened in the worker, whose messages are its own: what the page's log says differs by engine, and no step decides it. */
const reasonIsTheWorkers = (what: string) => [
  {
    field: 'page: blocked',
    reason: `${what} in the service worker, so the page's fetch fails without a CORS check of its own; Chromium prints the worker's message in the worker's console (not read here), Firefox and WebKit word it differently in the page's`,
  },
];

export default [
  {
    id: 'service-worker/network-allowed',
    title: 'A service worker answers with fetch(event.request) and the server allows * — the page reads it as a cors response',
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', serviceWorker: 'network' },
    response: { status: 200, headers: allowAll, body: 'through the worker' },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'service-worker/network-refused',
    title: "A service worker answers with fetch(event.request) and the server sends no Access-Control-Allow-Origin — the worker's own fetch fails, and so does the page's",
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', serviceWorker: 'network' },
    response: { status: 200, body: 'through the worker' },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: 'network-error' },
    ignoreDifferences: reasonIsTheWorkers("the worker's own fetch failed its CORS check"),
  },
  {
    id: 'service-worker/opaque-for-cors-request',
    title: 'A service worker answers a cors-mode fetch with an opaque response (its own no-cors fetch) — refused: a network error for the page',
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', serviceWorker: 'no-cors' },
    response: { status: 200, body: 'opaque' },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: 'network-error' },
    ignoreDifferences: reasonIsTheWorkers('the opaque answer was refused'),
  },
  {
    id: 'service-worker/opaque-for-no-cors-request',
    title: "A service worker answers a no-cors fetch with an opaque response — allowed: the page gets the opaque response, as it would have without the worker",
    reference: 'https://fetch.spec.whatwg.org/#http-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', mode: 'no-cors', serviceWorker: 'no-cors' },
    response: { status: 200, body: 'opaque' },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { status: 0, type: 'opaque', bodyReadable: false } },
  },
  {
    id: 'service-worker/synthetic-for-cors-request',
    title: "A service worker answers a cross-origin cors-mode fetch with a Response it made — no server is asked, no CORS check runs, and the page reads it as its own (type basic, every header visible)",
    reference: 'https://w3c.github.io/ServiceWorker/#handle-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', serviceWorker: 'synthetic', readHeaders: ['X-Made-By'] },
    response: { status: 200, headers: allowAll },
    expected: { preflight: false, request: false, page: { status: 200, type: 'basic', bodyReadable: true, headers: { 'X-Made-By': 'service-worker' } } },
  },
] satisfies ScenarioInput[];
