import type { DeviationInput, ScenarioInput } from '../../harness/model/scenario.js';
import { webkitNoFetchMetadataAfterCrossOriginRedirect } from '../_shared/deviations.js';

// HTTP-redirect fetch removes Authorization (a "CORS non-wildcard request-header name") when a
// redirect leads to another origin (whatwg/fetch#1544, 2022): the credentials meant for one server
// must not travel to another. browser-compat-data had Firefox 111+ and Safari 16.1+ doing so and
// Chrome not (crbug.com/1393520). Each hop-1 server here would also accept the header, so whether
// it was sent shows on the wire, not in a failure.
const token = { Authorization: 'Bearer secret-token' };
const allowAuthorization = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization' };
const allowCredentialedAuthorization = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Headers': 'Authorization' };

// All three remove Authorization now (Chromium too: crbug.com/1393520 is fixed). Two of them
// still preflight the redirect's target as if it were there.
// `hop1` is what their preflight at the redirect's target carries; `onlyPreflight` says it is
// the run's only preflight (a same-origin first hop), so the scenario's `preflight` is true too.
interface ExtraPreflight {
  hop1: Record<string, string | null>;
  onlyPreflight?: boolean;
}
const firefoxPreflightsAnyway = ({ hop1, onlyPreflight = false }: ExtraPreflight): DeviationInput => ({
  engine: 'firefox',
  reason:
    'Firefox removes Authorization on the cross-origin redirect but still preflights the new URL (without Access-Control-Request-Headers): it decided the request needs a preflight before the header went. ' +
    'Nothing left in the request needs one. No Firefox bug found (searched 2026-12-02); linked: the step that decides on a preflight.',
  bug: 'https://fetch.spec.whatwg.org/#main-fetch',
  expected: { ...(onlyPreflight ? { preflight: true } : {}), hops: [{ hop: 1, preflight: { headers: null, ...hop1 } }] },
});
const webkitPreflightsForRemovedHeader = ({ hop1, onlyPreflight = false }: ExtraPreflight): DeviationInput => ({
  engine: 'webkit',
  reason:
    'WebKit preflights the redirect\'s target with Access-Control-Request-Headers: authorization, then sends the request without Authorization: the preflight asks for a header that was already removed, ' +
    'so a server that refuses Authorization fails a request that would not carry it. No WebKit bug found (searched 2026-12-02); linked: the removal step.',
  bug: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
  expected: { ...(onlyPreflight ? { preflight: true } : {}), hops: [{ hop: 1, preflight: { headers: 'authorization', ...hop1 } }] },
});

export default [
  {
    id: 'redirects/authorization-removed-on-cross-origin-redirect',
    title: "A same-origin fetch with Authorization redirected (302) to another origin — the browser removes Authorization before following, so no preflight is needed there",
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', headers: token },
    response: {
      status: 302,
      redirect: { to: 'other', preflight: { status: 204, headers: allowAuthorization }, response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } } },
    },
    expected: {
      preflight: false,
      request: { origin: null },
      finalRequest: { origin: '{page}', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      hops: [
        { hop: 0, server: 'site', request: { authorization: 'sent' } },
        { hop: 1, server: 'other', preflight: false, request: { authorization: 'absent', origin: '{page}' } },
      ],
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
    deviations: [
      firefoxPreflightsAnyway({ hop1: {}, onlyPreflight: true }),
      webkitPreflightsForRemovedHeader({ hop1: {}, onlyPreflight: true }),
      webkitNoFetchMetadataAfterCrossOriginRedirect,
    ],
  },
  {
    id: 'redirects/authorization-kept-on-same-origin-redirect',
    title: 'A cross-origin fetch with Authorization redirected (307) to another URL of the same origin — Authorization stays, and the new URL is preflighted for it',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: token },
    preflight: { status: 204, headers: allowCredentialedAuthorization },
    response: {
      status: 307,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'other', preflight: { status: 204, headers: allowCredentialedAuthorization }, response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } },
    },
    expected: {
      preflight: { method: 'GET', headers: 'authorization' },
      request: { origin: '{page}' },
      hops: [
        { hop: 0, request: { authorization: 'sent' } },
        { hop: 1, preflight: { headers: 'authorization' }, request: { authorization: 'sent', origin: '{page}' } },
      ],
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
  },
  {
    id: 'redirects/authorization-removed-on-redirect-to-third-origin',
    title: 'A cross-origin fetch with Authorization redirected (307) to a third origin — Authorization is removed; what is left needs no preflight there',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: token },
    preflight: { status: 204, headers: allowCredentialedAuthorization },
    response: {
      status: 307,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'api', preflight: { status: 204, headers: allowAuthorization }, response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } } },
    },
    expected: {
      preflight: { method: 'GET', headers: 'authorization' },
      request: { origin: '{page}' },
      finalRequest: { origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      hops: [
        { hop: 0, request: { authorization: 'sent' } },
        { hop: 1, server: 'api', preflight: false, request: { authorization: 'absent' } },
      ],
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
    deviations: [
      webkitNoFetchMetadataAfterCrossOriginRedirect,
      // Their preflights at the third origin are also untainted or tainted as for any redirected request.
      firefoxPreflightsAnyway({ hop1: { origin: '{page}', secFetchSite: 'same-site' } }),
      webkitPreflightsForRemovedHeader({ hop1: { origin: 'null', secFetchSite: 'cross-site' } }),
    ],
  },
  // What those extra preflights cost a real server, found by the differential fuzzer (issue #39,
  // seed 2). These leave `expected` out: the Fetch standard's model gives it.
  {
    id: 'redirects/authorization-removed-target-answers-no-preflight',
    title: 'A same-origin fetch with Authorization redirected to another origin that does not answer preflights — nothing needs one there, so the response is readable',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', headers: token },
    response: { status: 302, redirect: { to: 'other', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } } } },
    deviations: [
      { ...firefoxPreflightsAnyway({ hop1: {}, onlyPreflight: true }), expected: { preflight: true, finalRequest: false, page: 'network-error', blocked: 'allow-origin-missing', hops: [{ hop: 1, preflight: { headers: null }, request: false }] } },
      { ...webkitPreflightsForRemovedHeader({ hop1: {}, onlyPreflight: true }), expected: { preflight: true, finalRequest: false, page: 'network-error', blocked: 'preflight-status-not-ok', hops: [{ hop: 1, preflight: { headers: 'authorization' }, request: false }] } },
    ],
  },
  {
    id: 'redirects/authorization-removed-other-header-preflighted',
    title: 'A same-origin fetch with Authorization and X-Trace redirected to another origin that allows X-Trace only — the preflight there asks for x-trace alone, and passes',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'site',
    request: { api: 'fetch', headers: { ...token, 'X-Trace': 'abc' } },
    response: {
      status: 302,
      redirect: {
        to: 'other',
        preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'X-Trace' } },
        response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
      },
    },
    deviations: [
      // It asks for Authorization, which this server does not allow, and never sends the request.
      {
        ...webkitPreflightsForRemovedHeader({ hop1: {} }),
        expected: { preflight: { headers: 'authorization,x-trace' }, finalRequest: false, page: 'network-error', blocked: 'header-not-allowed', hops: [{ hop: 1, preflight: { headers: 'authorization,x-trace' }, request: false }] },
      },
    ],
  },
] satisfies ScenarioInput[];
