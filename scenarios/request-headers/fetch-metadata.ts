import type { ScenarioInput } from '../../harness/scenario/schema.js';

// Fetch Metadata: Sec-Fetch-Site says how the page relates to the target (same-origin, same-site,
// cross-site; "site" is schemeful, so http and https of one host are cross-site), Sec-Fetch-Mode
// is the request's mode and Sec-Fetch-Dest its destination. Servers use them to refuse requests
// that a page of theirs would never make. All origins here are potentially trustworthy (loopback
// names), so the headers are sent even over http.
const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';
const reference = 'https://w3c.github.io/webappsec-fetch-metadata/';

export default [
  {
    id: 'request-headers/sec-fetch-same-site-subdomain',
    title: 'fetch() to a subdomain of the same site — Sec-Fetch-Site: same-site',
    reference,
    page: 'site',
    target: 'api',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: { secFetchSite: 'same-site', secFetchMode: 'cors', secFetchDest: 'empty' }, page: { status: 200, bodyReadable: true } },
  },
  {
    id: 'request-headers/sec-fetch-same-site-other-port',
    title: 'fetch() to the same host on another port — cross-origin but Sec-Fetch-Site: same-site (ports do not make sites)',
    reference,
    page: 'site',
    target: 'site-port',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: { secFetchSite: 'same-site', secFetchMode: 'cors', secFetchDest: 'empty' }, page: { status: 200, bodyReadable: true } },
  },
  {
    id: 'request-headers/sec-fetch-schemeful-cross-site',
    title: 'fetch() from http://site to https://site — same host, other scheme: Sec-Fetch-Site: cross-site (schemeful same-site)',
    reference: 'https://html.spec.whatwg.org/multipage/browsers.html#same-site',
    page: 'site',
    target: 'site-https',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' }, page: { status: 200, bodyReadable: true } },
    deviations: [
      {
        engine: 'firefox',
        reason:
          'Firefox compares sites without the scheme here and sends Sec-Fetch-Site: same-site from http://site.localhost to https://site.localhost. No Firefox bug found; linked: the spec issue that made Sec-Fetch-Site schemeful.',
        bug: 'https://github.com/w3c/webappsec-fetch-metadata/issues/34',
        expected: { request: { secFetchSite: 'same-site', secFetchMode: 'cors', secFetchDest: 'empty' } },
      },
    ],
  },
  {
    id: 'request-headers/sec-fetch-xhr',
    title: 'XMLHttpRequest to another site — Sec-Fetch-Mode: cors, Dest: empty, like fetch()',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' }, page: { status: 200, bodyReadable: true } },
  },
  {
    id: 'request-headers/sec-fetch-script-crossorigin',
    title: '<script crossorigin> from a same-site subdomain — Sec-Fetch-Mode: cors, Dest: script',
    reference,
    page: 'site',
    target: 'api',
    request: { api: 'element', element: 'script', crossorigin: 'anonymous' },
    response: { status: 200, headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }, body: "window.corsmatrixValue = 'ran';" },
    expected: { preflight: false, request: { origin: '{page}', secFetchSite: 'same-site', secFetchMode: 'cors', secFetchDest: 'script' }, page: { bodyReadable: true } },
  },
  {
    id: 'request-headers/sec-fetch-stylesheet',
    title: '<link rel=stylesheet> from another site — Sec-Fetch-Mode: no-cors, Dest: style',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'stylesheet' },
    response: { status: 200, headers: { 'Content-Type': 'text/css' }, body: 'p { color: rgb(1, 2, 3); }' },
    expected: { preflight: false, request: { origin: null, secFetchSite: 'cross-site', secFetchMode: 'no-cors', secFetchDest: 'style' } , page: { bodyReadable: false } },
  },
  {
    id: 'request-headers/sec-fetch-iframe-same-origin',
    title: '<iframe> of a same-origin page — Sec-Fetch-Site: same-origin, Mode: navigate, Dest: iframe, no Origin',
    reference,
    page: 'site',
    target: 'site',
    request: { api: 'element', element: 'iframe-postmessage' },
    response: { status: 200, headers: { 'Content-Type': 'text/html' }, body: "<script>parent.postMessage('framed', '*')</script>" },
    expected: { preflight: false, request: { method: 'GET', origin: null, secFetchSite: 'same-origin', secFetchMode: 'navigate', secFetchDest: 'iframe' }, page: { bodyReadable: true } },
  },
  {
    id: 'request-headers/sec-fetch-after-same-origin-redirect',
    title: 'fetch() redirected to another URL on the same server — the redirected request carries Sec-Fetch-Site/-Mode/-Dest too',
    reference: 'https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-set-site',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, headers: { 'Access-Control-Allow-Origin': '*' }, redirect: { to: 'other', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } } } },
    expected: {
      preflight: false,
      request: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      finalRequest: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
  },
  {
    id: 'request-headers/sec-fetch-after-cross-origin-redirect',
    title: 'fetch() redirected to a third origin — the redirected request carries Sec-Fetch-Site/-Mode/-Dest too',
    reference: 'https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-set-site',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 302, headers: { 'Access-Control-Allow-Origin': '*' }, redirect: { to: 'api', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } } } },
    expected: {
      preflight: false,
      request: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      finalRequest: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
    deviations: [
      {
        engine: 'webkit',
        reason:
          'WebKit sends no Sec-Fetch-Site, -Mode or -Dest on the request that follows a redirect to another origin when the request is in CORS mode (no-cors redirects and same-origin hops keep them). No WebKit bug found; linked: the WPT fetch-metadata redirect tests.',
        bug: 'https://wpt.fyi/results/fetch/metadata/redirect',
        expected: { finalRequest: { secFetchSite: null, secFetchMode: null, secFetchDest: null } },
      },
    ],
  },
  {
    id: 'request-headers/sec-fetch-img-after-redirect',
    title: '<img crossorigin> redirected to a third origin — the redirected request carries Sec-Fetch-Site/-Mode/-Dest too',
    reference: 'https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-set-site',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'img', crossorigin: 'anonymous' },
    response: {
      status: 302,
      headers: { 'Access-Control-Allow-Origin': '*' },
      redirect: { to: 'api', response: { status: 200, headers: { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }, bodyBase64: png } },
    },
    expected: {
      preflight: false,
      request: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'image' },
      finalRequest: { secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'image' },
      page: { bodyReadable: true },
    },
    deviations: [
      {
        engine: 'webkit',
        reason:
          'WebKit sends no Sec-Fetch-Site, -Mode or -Dest on the request that follows a redirect to another origin when the request is in CORS mode (no-cors redirects and same-origin hops keep them). No WebKit bug found; linked: the WPT fetch-metadata redirect tests.',
        bug: 'https://wpt.fyi/results/fetch/metadata/redirect',
        expected: { finalRequest: { secFetchSite: null, secFetchMode: null, secFetchDest: null } },
      },
    ],
  },
] satisfies ScenarioInput[];
