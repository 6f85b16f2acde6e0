import type { DeviationInput, ScenarioInput } from '../../harness/model/scenario.js';
import { webkitNoFetchMetadataAfterCrossOriginRedirect } from '../_shared/deviations.js';

// A worker's own script must be same-origin. What it loads from elsewhere follows the script kind:
// a classic worker's importScripts() is a no-cors classic script load (credentials "include"), so
// it runs without any CORS header; a module worker's imports are CORS requests, with the worker's
// `credentials` option as their credentials mode ("same-origin" by default). The probe starts a
// worker of the page's own origin (a blob: URL) that loads the target and reports whether the
// loaded script ran. A module worker's imports are fetched with the worker's own destination,
// "worker" or "sharedworker", not "script".
const jsType = { 'Content-Type': 'text/javascript' };
const js = "self.corsmatrixValue = 'ran';";
const cookie = { cookies: [{ origin: 'api' as const, setCookie: 'sid=planted; Path=/' }] };

/** The standard fails a cross-origin worker script in Fetch (mode "same-origin"): an error event, later. */
const throwsSynchronously = (['chromium', 'webkit'] as const).map(
  (engine): DeviationInput => ({
    engine,
    reason:
      `${engine === 'chromium' ? 'Chromium' : 'WebKit'} throws a SecurityError from the Worker constructor for a cross-origin script URL, before any request; the standard ` +
      "(since whatwg/html#339) leaves the check to Fetch's same-origin mode, which fails the worker with an error event, as Firefox does. " +
      (engine === 'webkit' ? 'WebKit has the standard behaviour behind a runtime flag, off by default (bug 290745).' : 'Chromium plans to align (WPT issue 41745).') +
      " The standard may yet move the other way: whatwg/html#12046 (open, 2025-12) notes that Chromium and Safari throw synchronously and asks whether the text should follow them.",
    bug: engine === 'webkit' ? 'https://bugs.webkit.org/show_bug.cgi?id=290745' : 'https://github.com/whatwg/html/issues/9794',
    expected: { page: 'threw' },
  }),
);

const firefoxSharedWorkerImportDest: DeviationInput = {
  engine: 'firefox',
  reason:
    'Firefox fetches the imports of a shared module worker with destination "worker" (Sec-Fetch-Dest: worker); the module worker script graph passes its own destination, ' +
    '"sharedworker", to every descendant. No Firefox bug found (searched 2026-12-02); linked: the algorithm.',
  bug: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-module-worker-script-tree',
  expected: { request: { secFetchDest: 'worker' } },
};

export default [
  {
    id: 'workers/import-scripts-no-cors',
    title: "importScripts() of another site's script without CORS headers — a no-cors load: no Origin, and the script runs",
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#importing-scripts-and-libraries',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'import-scripts' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/import-scripts-cookie',
    title: 'importScripts() from a same-site subdomain — credentials "include": the cookie goes, no CORS needed',
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#importing-scripts-and-libraries',
    page: 'site',
    target: 'api',
    setup: cookie,
    request: { api: 'worker', load: 'import-scripts' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: null, cookie: 'sid=planted', secFetchSite: 'same-site', secFetchMode: 'no-cors' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/import-scripts-redirect',
    title: 'importScripts() answered with a 302 to another origin — no-cors follows it, and the script runs',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'import-scripts' },
    response: { status: 302, redirect: { to: 'api', response: { status: 200, headers: jsType, body: js } } },
    expected: { preflight: false, request: { origin: null }, finalRequest: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/static-import-without-allow-origin',
    title: "A module worker imports another site's script without Access-Control-Allow-Origin — a CORS request that fails, and the worker never runs",
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'static-import' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: '{page}', cookie: null, secFetchMode: 'cors', secFetchDest: 'worker' }, page: 'network-error', blocked: 'allow-origin-missing' },
  },
  {
    id: 'workers/static-import-allowed',
    title: "A module worker imports another site's script with Access-Control-Allow-Origin: * — runs",
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'static-import' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'worker' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/static-import-default-credentials',
    title: 'A module worker (credentials "same-origin", the default) imports from a same-site subdomain — no cookie',
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#dom-workeroptions-credentials',
    page: 'site',
    target: 'api',
    setup: cookie,
    request: { api: 'worker', load: 'static-import' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: js },
    expected: { preflight: false, request: { origin: '{page}', cookie: null }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/static-import-credentials-include',
    title: "A module worker with credentials: 'include' imports from a same-site subdomain — the cookie goes, and Allow-Credentials lets it run",
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#dom-workeroptions-credentials',
    page: 'site',
    target: 'api',
    setup: cookie,
    request: { api: 'worker', load: 'static-import', credentials: 'include' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' }, body: js },
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/static-import-redirect',
    title: 'A module worker import answered with a 302 to another origin — followed with the CORS check; the tainted origin "null" needs *',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'static-import' },
    response: { status: 302, headers: { 'Access-Control-Allow-Origin': '*' }, redirect: { to: 'api', response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: js } } },
    expected: {
      preflight: false,
      request: { origin: '{page}' },
      finalRequest: { origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'worker' },
      page: { bodyReadable: true },
    },
    deviations: [webkitNoFetchMetadataAfterCrossOriginRedirect],
  },
  {
    id: 'workers/classic-script-cross-origin',
    title: "new Worker() with another site's script — a worker's own script must be same-origin: it never runs, even with Access-Control-Allow-Origin",
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#dom-worker',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'classic-script' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: "postMessage(['ran', 'own script']);" },
    expected: { preflight: false, request: false, page: 'network-error' },
    deviations: throwsSynchronously,
  },
  {
    id: 'workers/module-script-cross-origin',
    title: "new Worker(url, { type: 'module' }) with another site's script — refused like a classic one, even with Access-Control-Allow-Origin",
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#dom-worker',
    page: 'site',
    target: 'other',
    request: { api: 'worker', load: 'module-script' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: "postMessage(['ran', 'own script']);" },
    expected: { preflight: false, request: false, page: 'network-error' },
    deviations: throwsSynchronously,
  },
  {
    id: 'workers/classic-script-same-origin',
    title: "new Worker() with the page's own script — the control: it runs",
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#dom-worker',
    page: 'site',
    target: 'site',
    request: { api: 'worker', load: 'classic-script' },
    response: { status: 200, headers: jsType, body: "postMessage(['ran', 'own script']);" },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'same-origin', secFetchMode: 'same-origin', secFetchDest: 'worker' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/shared-import-scripts-no-cors',
    title: "A shared worker's importScripts() of another site's script — no-cors, and it runs",
    reference: 'https://html.spec.whatwg.org/multipage/workers.html#importing-scripts-and-libraries',
    page: 'site',
    target: 'other',
    request: { api: 'worker', worker: 'shared', load: 'import-scripts' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'workers/shared-static-import-without-allow-origin',
    title: "A shared module worker imports another site's script without Access-Control-Allow-Origin — it fails",
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'worker', worker: 'shared', load: 'static-import' },
    response: { status: 200, headers: jsType, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'sharedworker' }, page: 'network-error', blocked: 'allow-origin-missing' },
    deviations: [firefoxSharedWorkerImportDest],
  },
  {
    id: 'workers/shared-static-import-allowed',
    title: "A shared module worker imports another site's script with Access-Control-Allow-Origin: * — runs",
    reference: 'https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script',
    page: 'site',
    target: 'other',
    request: { api: 'worker', worker: 'shared', load: 'static-import' },
    response: { status: 200, headers: { ...jsType, 'Access-Control-Allow-Origin': '*' }, body: js },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'sharedworker' }, page: { bodyReadable: true } },
    deviations: [firefoxSharedWorkerImportDest],
  },
] satisfies ScenarioInput[];
