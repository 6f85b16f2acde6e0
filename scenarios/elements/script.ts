import type { ScenarioInput } from '../../harness/model/scenario.js';

// Classic scripts run from anywhere without CORS (that is what made JSONP possible); the
// crossorigin attribute turns the request into a CORS request, which then must pass the CORS
// check or the script does not run at all. Module scripts are always fetched in "cors" mode.
const js = "window.corsmatrixValue = 'ran';";
const jsType = { 'Content-Type': 'text/javascript' };

export default [
  {
    id: 'elements/script-crossorigin-allowed',
    title: '<script crossorigin> with Access-Control-Allow-Origin — a CORS request, and the script runs',
    reference: 'https://html.spec.whatwg.org/multipage/scripting.html#attr-script-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'script', crossorigin: 'anonymous' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '{page}' }, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/script-crossorigin-without-allow-origin',
    title: '<script crossorigin> without Access-Control-Allow-Origin — the script fails to load and never runs',
    reference: 'https://html.spec.whatwg.org/multipage/scripting.html#attr-script-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'script', crossorigin: 'anonymous' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: 'network-error' },
  },
  {
    id: 'elements/module-script-without-allow-origin',
    title: '<script type=module> from another origin without Access-Control-Allow-Origin — modules always use CORS, so it fails',
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'module-script' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'script' }, page: 'network-error' },
  },
  {
    id: 'elements/module-script-allowed',
    title: '<script type=module> from another origin with Access-Control-Allow-Origin: * — runs',
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'module-script' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/module-script-same-origin',
    title: "<script type=module> from the page's own origin — CORS mode but same-origin: no Origin header, no CORS headers needed",
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'site',
    request: { api: 'element', element: 'module-script' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'same-origin', secFetchMode: 'cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
    deviations: [
      {
        engine: 'chromium',
        reason:
          "Chromium sends Origin on a same-origin module script request (mode 'cors', but response tainting 'basic', so Fetch sends no Origin on a GET). No Chromium bug found; linked: the Fetch issue on Origin for same-origin 'cors'-mode requests.",
        bug: 'https://github.com/whatwg/fetch/issues/871',
        expected: { request: { origin: '{page}', secFetchSite: 'same-origin', secFetchMode: 'cors', secFetchDest: 'script' } },
      },
      {
        engine: 'webkit',
        reason:
          "WebKit sends Origin on a same-origin module script request (mode 'cors', but response tainting 'basic', so Fetch sends no Origin on a GET). No WebKit bug found; linked: the Fetch issue on Origin for same-origin 'cors'-mode requests.",
        bug: 'https://github.com/whatwg/fetch/issues/871',
        expected: { request: { origin: '{page}', secFetchSite: 'same-origin', secFetchMode: 'cors', secFetchDest: 'script' } },
      },
    ],
  },
] satisfies ScenarioInput[];
