import type { ScenarioInput } from '../../harness/model/scenario.js';

// The CORS-preflight cache is keyed by the network partition key (Fetch, "CORS-preflight cache"),
// whose first part is the top-level site. The same frame origin making the same preflighted
// request under another top-level site must therefore preflight again: a cached answer must not
// tell one top-level site what another asked. WebKit partitioned its preflight cache in late 2024.
// Here an iframe of `api` makes the request, inside a
// page of `site` and then of `other`, two different sites.
const allowPut = {
  'Access-Control-Allow-Origin': '{page}',
  'Access-Control-Allow-Methods': 'PUT',
  'Access-Control-Max-Age': '600',
};
// The one request and answers every scenario here makes; they differ in the pages.
const put = {
  target: 'site-port',
  request: { api: 'fetch', method: 'PUT', body: { kind: 'text', text: 'payload' } },
  preflight: { status: 204, headers: allowPut },
  response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
} as const;
const preflighted = { preflight: { method: 'PUT' }, request: { method: 'PUT', origin: '{page}' }, page: { status: 200, type: 'cors', bodyReadable: true } } as const;
const fromCache = { preflight: false, request: { method: 'PUT', origin: '{page}' }, page: { status: 200, type: 'cors', bodyReadable: true } } as const;

export default [
  {
    id: 'preflight-cache/partitioned-by-top-level-site',
    title: 'The same frame origin makes the same PUT under two top-level sites — the second is preflighted again; back under the first, the cached entry serves',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-cache',
    page: 'site',
    frame: 'api',
    ...put,
    expected: preflighted,
    then: [
      { page: 'other', expected: preflighted },
      { page: 'site', expected: fromCache },
    ],
  },
  {
    id: 'preflight-cache/top-level-entry-not-used-by-cross-site-frame',
    title: 'A PUT preflighted by a top-level page of api, then made by an iframe of api inside another site — preflighted again',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-cache',
    page: 'api',
    ...put,
    expected: preflighted,
    then: [{ page: 'other', frame: 'api', expected: preflighted }],
  },
  {
    id: 'preflight-cache/same-top-level-site-shares-entry',
    title: 'The same frame origin makes the same PUT under two top-level pages of the same site (site, then api) — the control: the second comes from the cache',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-cache',
    page: 'site',
    frame: 'api',
    ...put,
    expected: preflighted,
    then: [{ page: 'api', expected: fromCache }],
    deviations: [
      {
        engine: 'webkit',
        step: 1,
        reason:
          'WebKit keys its preflight cache by the top-level origin, not the top-level site: under a page of api the entry made under a page of site (the same site) is not used, and the PUT is preflighted again. ' +
          'Fetch partitions by network partition key, whose top-level part is a site. Stricter than the standard, never less safe. No WebKit bug found (searched 2026-12-02); linked: the cache key in the standard.',
        bug: 'https://fetch.spec.whatwg.org/#cors-preflight-cache',
        standardAllows:
          'the network partition key\'s second part is "null or an implementation-defined value" (Fetch, "network partition keys"), so keying the cache by the top-level origin as well fits inside it; and an entry may be removed at any time',
        expected: { preflight: { method: 'PUT' } },
      },
    ],
  },
] satisfies ScenarioInput[];
