import type { ScenarioInput } from '../../harness/model/scenario.js';

// SameSite cookies on credentialed CORS requests. A fetch is never a top-level navigation, so
// Strict and Lax cookies go only to same-site targets: `api` (a subdomain of the page's site) and
// `site-port` are same-site, `other` is another site, and `site-https` is another site too,
// because "same site" compares the scheme as well (schemeful same-site).
// Every response allows the page origin with credentials, so the page can always read it: what
// differs is only whether the cookie arrives.
const allowCredentials = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' };

export default [
  {
    id: 'credentials/samesite-strict-same-site-subdomain',
    title: "SameSite=Strict cookie on a same-site subdomain, credentials: 'include' — sent",
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=strict; SameSite=Strict; Path=/' }] },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: 'sid=strict', secFetchSite: 'same-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'credentials/samesite-lax-same-site-subdomain-post',
    title: "SameSite=Lax cookie on a same-site subdomain, credentialed POST — sent (Lax limits only cross-site requests)",
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=lax; SameSite=Lax; Path=/' }] },
    request: { api: 'fetch', method: 'POST', credentials: 'include', body: { kind: 'text', text: 'payload' } },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { method: 'POST', cookie: 'sid=lax' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'credentials/samesite-strict-other-port',
    title: "SameSite=Strict cookie, credentialed request to the same host on another port — same-site, sent",
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-same-site-and-cross-site-re',
    page: 'site',
    target: 'site-port',
    setup: { cookies: [{ origin: 'site-port', setCookie: 'sid=strict; SameSite=Strict; Path=/' }] },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: 'sid=strict', secFetchSite: 'same-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'credentials/samesite-strict-cross-site',
    title: "SameSite=Strict cookie on another site, credentials: 'include' — not sent, response still readable",
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute',
    page: 'site',
    target: 'other',
    setup: { cookies: [{ origin: 'other', setCookie: 'sid=strict; SameSite=Strict; Path=/' }] },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: null, secFetchSite: 'cross-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'credentials/samesite-lax-cross-site',
    title: "SameSite=Lax cookie on another site, credentialed GET — a fetch is not a top-level navigation, not sent",
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute',
    page: 'site',
    target: 'other',
    setup: { cookies: [{ origin: 'other', setCookie: 'sid=lax; SameSite=Lax; Path=/' }] },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: null, secFetchSite: 'cross-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'credentials/samesite-lax-cross-site-xhr',
    title: 'SameSite=Lax cookie on another site, XHR withCredentials — not sent',
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute',
    page: 'site',
    target: 'other',
    setup: { cookies: [{ origin: 'other', setCookie: 'sid=lax; SameSite=Lax; Path=/' }] },
    request: { api: 'xhr', method: 'GET', withCredentials: true },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: null }, page: { status: 200, bodyReadable: true } },
  },
  {
    id: 'credentials/samesite-strict-schemeful-cross-site',
    title: 'SameSite=Strict cookie on the same host over https, page on http — another scheme is another site, not sent',
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-same-site-and-cross-site-re',
    page: 'site',
    target: 'site-https',
    setup: { cookies: [{ origin: 'site-https', setCookie: 'sid=strict; SameSite=Strict; Path=/' }] },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: null, secFetchSite: 'cross-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
    deviations: [
      {
        engine: 'firefox',
        reason:
          'Firefox compares sites without the scheme: it sends the Strict cookie to https://site.localhost from an http://site.localhost page, and labels ' +
          'the request Sec-Fetch-Site: same-site. Schemeful same-site for cookies (network.cookie.sameSite.schemeful) was turned off again in Firefox 96.',
        bug: 'https://bugzilla.mozilla.org/show_bug.cgi?id=1750264',
        expected: { request: { cookie: 'sid=strict', secFetchSite: 'same-site' } },
      },
      {
        engine: 'webkit',
        reason:
          'WebKit sends the Strict cookie across schemes (it labels the request Sec-Fetch-Site: cross-site correctly, but the cookie decision ignores the scheme). ' +
          'No WebKit bug found; the link is the Schemeful Same-Site explainer.',
        bug: 'https://github.com/sbingler/schemeful-same-site',
        expected: { request: { cookie: 'sid=strict', secFetchSite: 'cross-site' } },
      },
    ],
  },
  {
    id: 'credentials/samesite-none-without-secure-rejected',
    title: 'SameSite=None without Secure is rejected when set — nothing to send even to a same-site subdomain',
    reference: 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=insecure-none; SameSite=None; Path=/' }] },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: null }, page: { status: 200, type: 'cors', bodyReadable: true } },
    deviations: [
      {
        engine: 'webkit',
        reason:
          'WebKitGTK stores SameSite=None without Secure and sends it. Its cookie jar is libsoup (3.2.3 in this build); WebKit notes that later libsoup ' +
          'releases reject such cookies (libsoup merge request 348).',
        bug: 'https://github.com/WebKit/WebKit/pull/20932',
        expected: { request: { cookie: 'sid=insecure-none' } },
      },
    ],
  },
] satisfies ScenarioInput[];
