import type { ScenarioInput } from '../../harness/model/scenario.js';
import {
  chromiumPreflightAfterRedirectSameSite,
  firefoxPreflightAfterRedirectUntainted,
  webkitNoFetchMetadataAfterCrossOriginRedirect,
} from '../_shared/deviations.js';

// Redirects of requests that needed a preflight. The old CORS recommendation made them network
// errors; Fetch allows them since 2016 (whatwg/fetch#204): the browser follows the redirect and,
// because the new URL has no preflight cache entry, preflights again before repeating the request.
// A preflight itself must answer with an ok status: a redirected preflight is a network error.
const allowPut = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT' };
const body = { kind: 'text', text: 'payload' } as const;

export default [
  {
    id: 'redirects/preflighted-put-307-same-origin-hop',
    title: 'Preflighted PUT answered with 307 to another URL on the same server — preflight again, PUT repeated, readable',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', body },
    preflight: { status: 204, headers: allowPut },
    response: {
      status: 307,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'other', preflight: { status: 204, headers: allowPut }, response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } },
    },
    expected: {
      preflight: { method: 'PUT' },
      request: { method: 'PUT', origin: '{page}' },
      finalRequest: { method: 'PUT', origin: '{page}' },
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
  },
  {
    id: 'redirects/preflighted-put-307-cross-origin-hop',
    title: 'Preflighted PUT answered with 307 to a third origin — that origin is preflighted with Origin: null, * lets the PUT through',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', body },
    preflight: { status: 204, headers: allowPut },
    response: {
      status: 307,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: {
        to: 'api',
        preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'PUT' } },
        response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
      },
    },
    expected: {
      preflight: { method: 'PUT' },
      request: { method: 'PUT', origin: '{page}' },
      finalRequest: { method: 'PUT', origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      page: { status: 200, type: 'cors', bodyReadable: true },
      // The preflight at the third origin is redirect-tainted like the request it is for.
      hops: [{ hop: 1, server: 'api', preflight: { method: 'PUT', origin: 'null', secFetchSite: 'cross-site' } }],
    },
    deviations: [webkitNoFetchMetadataAfterCrossOriginRedirect, firefoxPreflightAfterRedirectUntainted, chromiumPreflightAfterRedirectSameSite],
  },
  {
    id: 'redirects/preflighted-put-307-third-origin-allows-only-page-origin',
    title: 'Preflighted PUT redirected to a third origin that allows only the page origin — its preflight says Origin: null, so the PUT never reaches it',
    reference: 'https://fetch.spec.whatwg.org/#serializing-a-request-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', body },
    preflight: { status: 204, headers: allowPut },
    response: {
      status: 307,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'api', preflight: { status: 204, headers: allowPut }, response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } },
    },
    expected: {
      preflight: { method: 'PUT' },
      request: { method: 'PUT', origin: '{page}' },
      finalRequest: false,
      page: 'network-error',
      hops: [{ hop: 1, server: 'api', preflight: { method: 'PUT', origin: 'null', secFetchSite: 'cross-site' }, request: false }],
    },
    deviations: [
      firefoxPreflightAfterRedirectUntainted,
      {
        engine: 'firefox',
        reason:
          'Its preflight having passed with the page origin, Firefox sends the PUT, body and all, to the third origin (with Origin: null) and only then fails the CORS check: ' +
          'a server that allows only the page origin still receives and runs the request. No Firefox bug found (searched 2026-12-01); linked: the spec text.',
        bug: 'https://fetch.spec.whatwg.org/#serializing-a-request-origin',
        expected: { finalRequest: { method: 'PUT', origin: 'null' }, hops: [{ hop: 1, request: { method: 'PUT', origin: 'null' } }] },
      },
      chromiumPreflightAfterRedirectSameSite,
    ],
  },
  {
    id: 'redirects/preflight-answered-with-redirect',
    title: 'The preflight itself is answered with a 307 — network error, the PUT is never sent',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', body },
    preflight: { status: 307, headers: allowPut, redirect: { to: 'other', response: { status: 204, headers: allowPut } } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error', blocked: 'preflight-redirected' },
  },
] satisfies ScenarioInput[];
