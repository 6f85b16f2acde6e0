import type { DeviationInput, ScenarioInput } from '../../harness/model/scenario.js';

// `import value from URL with { type: 'json' }` fetches a JSON module like any module: CORS mode,
// Sec-Fetch-Dest "json", credentials from the importing script's crossorigin attribute ("same-origin"
// without one). It also needs a JSON MIME type, whatever CORS says.
const jsonType = { 'Content-Type': 'application/json' };
const body = '{"answer":42}';

const webkitJsonDestScript: DeviationInput = {
  engine: 'webkit',
  reason:
    'WebKitGTK 2.50 fetches a JSON module with destination "script" (Sec-Fetch-Dest: script). Fetch gave JSON modules their own destination "json" in 2023 (whatwg/fetch#1691); ' +
    'WebKit added it on main in August 2025 (bug 297263), after the 2.50 branch.',
  bug: 'https://bugs.webkit.org/show_bug.cgi?id=262946',
  expected: { request: { secFetchDest: 'script' } },
};

export default [
  {
    id: 'elements/json-module-allowed',
    title: 'A JSON module from another site with Access-Control-Allow-Origin: * — imported, the value is readable',
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'json-module' },
    response: { status: 200, headers: { ...jsonType, 'Access-Control-Allow-Origin': '*' }, body },
    expected: { preflight: false, request: { origin: '{page}', cookie: null, secFetchMode: 'cors', secFetchDest: 'json' }, page: { bodyReadable: true } },
    deviations: [webkitJsonDestScript],
  },
  {
    id: 'elements/json-module-without-allow-origin',
    title: 'A JSON module from another site without Access-Control-Allow-Origin — the import fails, the script never runs',
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'json-module' },
    response: { status: 200, headers: jsonType, body },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'json' }, page: 'network-error', blocked: 'allow-origin-missing' },
    deviations: [webkitJsonDestScript],
  },
  {
    id: 'elements/json-module-use-credentials',
    title: 'A JSON module imported by <script type=module crossorigin=use-credentials> — the cookie goes, and Allow-Credentials makes it readable',
    reference: 'https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'element', element: 'json-module', crossorigin: 'use-credentials' },
    response: { status: 200, headers: { ...jsonType, 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' }, body },
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted', secFetchDest: 'json' }, page: { bodyReadable: true } },
    deviations: [webkitJsonDestScript],
  },
  {
    id: 'elements/json-module-wrong-mime-type',
    title: 'A JSON module served as text/plain, CORS allowed — still refused: a JSON module needs a JSON MIME type',
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'json-module' },
    response: { status: 200, headers: { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' }, body },
    expected: { preflight: false, request: { origin: '{page}', secFetchDest: 'json' }, page: 'network-error', blocked: 'module-mime-type' },
    deviations: [webkitJsonDestScript],
  },
] satisfies ScenarioInput[];
