/**
 * Deviations that show in many scenarios, written once. A scenario lists the ones that apply in
 * its `deviations`, beside its own. (Files under a folder whose name starts with "_" are not
 * scenario files; the loader skips them.)
 */
import type { DeviationInput } from '../../harness/model/scenario.js';

/** After a redirect to another origin, a CORS-mode request in WebKit carries no Sec-Fetch-*. */
export const webkitNoFetchMetadataAfterCrossOriginRedirect: DeviationInput = {
  engine: 'webkit',
  reason:
    'WebKit sends no Sec-Fetch-Site, -Mode or -Dest on the request that follows a redirect to another origin when the request is in CORS mode ' +
    '(no-cors redirects and same-origin hops keep them; WebCore cleanHTTPRequestHeadersForAccessControl() removes them). ' +
    'No WebKit bug found (searched 2026-12-01); the WPT fetch-metadata redirect tests use no-cors only. Linked: the spec text, "each request in a redirect chain".',
  bug: 'https://w3c.github.io/webappsec-fetch-metadata/#redirects',
  expected: { finalRequest: { secFetchSite: null, secFetchMode: null, secFetchDest: null } },
};

/**
 * From an http page to the https origin of the same host, Firefox sends Sec-Fetch-Site:
 * same-site. Schemeful same-site makes them different sites.
 */
export const firefoxSchemelessSameSiteOnLoopback: DeviationInput = {
  engine: 'firefox',
  reason:
    'Firefox sends Sec-Fetch-Site: same-site from http://site.localhost to https://site.localhost. Its IsSameSite() (dom/security/SecFetch.cpp) ' +
    'skips the scheme comparison when the page is https or its host is loopback, and every *.localhost host is loopback: between real host names ' +
    'Firefox would send cross-site. No Firefox bug found (searched 2026-12-01); linked: the spec issue that made Sec-Fetch-Site schemeful.',
  bug: 'https://github.com/w3c/webappsec-fetch-metadata/issues/34',
  expected: { request: { secFetchSite: 'same-site' } },
};

/**
 * The preflight that a redirect to a third origin makes necessary. Fetch gives it the request's
 * URL list and origin, so it is redirect-tainted like the request: Origin: null, and
 * Sec-Fetch-Site: cross-site once any URL of the chain is cross-site.
 */
export const firefoxPreflightAfterRedirectUntainted: DeviationInput = {
  engine: 'firefox',
  reason:
    "Firefox sends the preflight at the redirect's target with the page's own Origin and Sec-Fetch-Site: same-site, as if there had been no redirect: " +
    'StartCORSPreflight (netwerk/protocol/http/nsCORSListenerProxy.cpp) builds the OPTIONS request from a fresh LoadInfo without the redirect chain. ' +
    'So a third origin that allows only the page origin lets the request through. No Firefox bug found (searched 2026-12-01); linked: Fetch, "serializing a request origin" (redirect-taint gives "null").',
  bug: 'https://fetch.spec.whatwg.org/#serializing-a-request-origin',
  expected: { hops: [{ hop: 1, preflight: { origin: '{page}', secFetchSite: 'same-site' } }] },
};

export const chromiumPreflightAfterRedirectSameSite: DeviationInput = {
  engine: 'chromium',
  reason:
    "Chromium's preflight at the redirect's target says Sec-Fetch-Site: same-site: it compares the page with that one URL, not with every URL of the request's URL list, " +
    'which the preflight shares and which holds the cross-site first hop. No Chromium bug found for preflights (searched 2026-12-01; crbug.com/956146 was the work for redirected requests); linked: the spec text.',
  bug: 'https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header',
  expected: { hops: [{ hop: 1, preflight: { secFetchSite: 'same-site' } }] },
};

/**
 * Not reusing a preflight cache entry always conforms: Fetch, "CORS-preflight cache": "Cache
 * entries may be removed before that moment arrives." For `standardAllows` of such deviations.
 */
export const cacheMayDropEntries =
  'the standard lets a user agent remove a CORS-preflight cache entry before it expires ("Cache entries may be removed before that moment arrives"), so preflighting again conforms too';
