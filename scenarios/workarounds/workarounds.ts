import type { ScenarioInput } from '../../harness/model/scenario.js';

// How pages read other origins' data before CORS, next to the CORS way. JSONP and an iframe
// proxy work without the browser's help, which is exactly their flaw: the server cannot see or
// choose who reads. CORS lets the server name the origins that may read, and the browser enforces it.
export default [
  {
    id: 'workarounds/jsonp-any-page-can-read',
    title: 'JSONP (pre-CORS): a <script> hands the data to ANY page that includes it — no Origin header, so the server cannot even tell who asks',
    reference: 'https://html.spec.whatwg.org/multipage/scripting.html#the-script-element',
    page: 'other',
    target: 'api',
    request: { api: 'element', element: 'script' },
    response: { status: 200, headers: { 'Content-Type': 'text/javascript' }, body: "window.corsmatrixValue = JSON.stringify({ account: 'private data' });" },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'workarounds/iframe-postmessage-proxy',
    title: 'iframe proxy (pre-CORS): a page on the data origin is framed and posts the data up — works, but needs a page, a frame and hand-written origin checks',
    reference: 'https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages',
    page: 'site',
    target: 'api',
    request: { api: 'element', element: 'iframe-postmessage' },
    response: { status: 200, headers: { 'Content-Type': 'text/html' }, body: "<script>parent.postMessage('proxied data', '*')</script>" },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'navigate', secFetchDest: 'iframe' }, page: { bodyReadable: true } },
  },
  {
    id: 'workarounds/same-origin-proxy-route',
    title: "Same-origin proxy: the page fetches a route on its own origin, and its server fetches the other site server-side (not shown) — no CORS, but every byte goes through your server",
    reference: 'https://fetch.spec.whatwg.org/#http-cors-protocol',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"account":"data fetched by the server"}' },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'same-origin' }, page: { status: 200, type: 'basic', bodyReadable: true } },
  },
  {
    id: 'workarounds/cors-names-the-reader',
    title: 'CORS (what replaced them): the server sees Origin and allows exactly that page with Access-Control-Allow-Origin — readable',
    reference: 'https://fetch.spec.whatwg.org/#http-cors-protocol',
    page: 'site',
    target: 'api',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '{origin:site}' }, body: '{"account":"data"}' },
    expected: { preflight: false, request: { origin: '{page}' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'workarounds/cors-refuses-other-readers',
    title: 'CORS (what replaced them): the same response read from an unlisted site — the browser withholds it, which JSONP could never do',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'other',
    target: 'api',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '{origin:site}' }, body: '{"account":"data"}' },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
  },
] satisfies ScenarioInput[];
