import type { ScenarioInput } from '../../harness/model/scenario.js';
import { webkitNoFetchMetadataAfterCrossOriginRedirect } from '../_shared/deviations.js';

// When a CORS request is redirected from one cross-origin server to another, Fetch sets the
// request's "tainted origin" flag: from then on the request's origin serializes as "null", in the
// Origin header and in the CORS check. So at the second server only `null` (or `*`) matches.
//
// Here: page `site` -> `other` (answers 302 with the page origin allowed) -> `api`.
export default [
  {
    id: 'allow-origin/null-after-cross-origin-redirect',
    title: 'Redirected from one cross-origin server to another: Origin becomes "null", and Access-Control-Allow-Origin: null matches — readable',
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 302,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'api', response: { status: 200, headers: { 'Access-Control-Allow-Origin': 'null' } } },
    },
    expected: {
      preflight: false,
      request: { origin: '{page}' },
      finalRequest: { origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
    deviations: [webkitNoFetchMetadataAfterCrossOriginRedirect],
  },
  {
    id: 'allow-origin/page-origin-after-cross-origin-redirect',
    title: 'Redirected from one cross-origin server to another: the second allows the page origin, but the origin is now "null" — network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-request-tainted-origin',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 302,
      headers: { 'Access-Control-Allow-Origin': '{page}' },
      redirect: { to: 'api', response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } } },
    },
    expected: {
      preflight: false,
      request: { origin: '{page}' },
      finalRequest: { origin: 'null', secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      page: 'network-error',
    },
    deviations: [webkitNoFetchMetadataAfterCrossOriginRedirect],
  },
] satisfies ScenarioInput[];
