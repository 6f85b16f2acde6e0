import type { ScenarioInput } from '../../harness/model/scenario.js';

// A credentialed request to ANOTHER site, with a cookie that asks to be sent cross-site
// (SameSite=None; Secure) and was set by a top-level visit to that site. Fetch and the cookie
// specification alone say: the cookie is sent. Browsers add third-party cookie policies on top
// (blocking or partitioning); these scenarios record what each engine's default does here:
// Chromium (this build) blocks, Firefox partitions (Total Cookie Protection), WebKitGTK sends
// stored cookies but refuses to store new third-party ones (see set-cookie.ts).
const cookies = [{ origin: 'other-https' as const, setCookie: 'tp=planted; SameSite=None; Secure; Path=/' }];

// What each engine's default third-party cookie policy does here, as observed.
const chromiumBlocksThirdPartyCookies = {
  engine: 'chromium' as const,
  reason:
    'This Chromium build blocks third-party cookies by default: pref cookie_controls_mode defaults to 1 ("block third-party cookies"), in Playwright\'s ' +
    'off-the-record contexts and in a fresh persistent profile alike, and DevTools reports the cookie as blocked with reason "UserPreferences".',
  bug: 'https://github.com/GoogleChromeLabs/chrome-for-testing/issues/148',
};
const firefoxTotalCookieProtection = {
  engine: 'firefox' as const,
  reason:
    'Total Cookie Protection (network.cookie.cookieBehavior 5, on by default) partitions cookies by top-level site: the cookie set during the ' +
    'first-party visit lives in the other.localhost partition and is not sent when other.localhost is embedded in another site.',
  bug: 'https://blog.mozilla.org/en/products/firefox/firefox-rolls-out-total-cookie-protection-by-default-to-all-users-worldwide/',
};

const allowCredentials = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' };

export default [
  {
    id: 'credentials/third-party-cookie-fetch',
    title: "Cross-site credentials: 'include', SameSite=None; Secure cookie from a top-level visit — sent (per Fetch), readable",
    reference: 'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
    page: 'site-https',
    target: 'other-https',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: 'tp=planted', secFetchSite: 'cross-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
    deviations: [
      { ...chromiumBlocksThirdPartyCookies, expected: { request: { cookie: null, secFetchSite: 'cross-site' } } },
      { ...firefoxTotalCookieProtection, expected: { request: { cookie: null, secFetchSite: 'cross-site' } } },
    ],
  },
  {
    id: 'credentials/third-party-cookie-xhr',
    title: 'Cross-site XHR withCredentials, SameSite=None; Secure cookie from a top-level visit — sent (per Fetch), readable',
    reference: 'https://xhr.spec.whatwg.org/#the-withcredentials-attribute',
    page: 'site-https',
    target: 'other-https',
    setup: { cookies },
    request: { api: 'xhr', method: 'GET', withCredentials: true },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: 'tp=planted' }, page: { status: 200, bodyReadable: true } },
    deviations: [
      { ...chromiumBlocksThirdPartyCookies, expected: { request: { cookie: null } } },
      { ...firefoxTotalCookieProtection, expected: { request: { cookie: null } } },
    ],
  },
  {
    id: 'credentials/third-party-cookie-from-http-page',
    title: "Cross-site credentials: 'include' from an http page to an https site, SameSite=None; Secure cookie — sent (per Fetch)",
    reference: 'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
    page: 'site',
    target: 'other-https',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: false, request: { cookie: 'tp=planted', secFetchSite: 'cross-site' }, page: { status: 200, type: 'cors', bodyReadable: true } },
    deviations: [
      { ...chromiumBlocksThirdPartyCookies, expected: { request: { cookie: null, secFetchSite: 'cross-site' } } },
      { ...firefoxTotalCookieProtection, expected: { request: { cookie: null, secFetchSite: 'cross-site' } } },
    ],
  },
  {
    id: 'credentials/third-party-cookie-preflighted',
    title: 'Cross-site credentialed PUT after a preflight, SameSite=None; Secure cookie — the PUT carries it (per Fetch)',
    reference: 'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch',
    page: 'site-https',
    target: 'other-https',
    setup: { cookies },
    request: { api: 'fetch', method: 'PUT', credentials: 'include' },
    preflight: { status: 204, headers: { ...allowCredentials, 'Access-Control-Allow-Methods': 'PUT' } },
    response: { status: 200, headers: allowCredentials },
    expected: { preflight: { method: 'PUT' }, request: { method: 'PUT', cookie: 'tp=planted' }, page: { status: 200, type: 'cors', bodyReadable: true } },
    deviations: [
      { ...chromiumBlocksThirdPartyCookies, expected: { request: { method: 'PUT', cookie: null } } },
      { ...firefoxTotalCookieProtection, expected: { request: { method: 'PUT', cookie: null } } },
    ],
  },
] satisfies ScenarioInput[];
