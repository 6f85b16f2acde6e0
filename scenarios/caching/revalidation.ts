import type { ExpectedInput, ScenarioInput } from '../../harness/model/scenario.js';

// A stored CORS response with `Cache-Control: no-cache` is revalidated before each reuse: the
// browser asks again with If-None-Match, and a 304 answer freshens the stored response with the
// 304's headers (HTTP-network-or-cache fetch; RFC 9111, "Freshening Stored Responses upon
// Validation"). The CORS check and the exposed headers are then those of the freshened response,
// so a 304 can change what the page may read, or whether it may read at all.
const stored = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-Version',
  'X-Version': '1',
  ETag: '"v1"',
  'Cache-Control': 'no-cache',
};
const validator = { ETag: '"v1"', 'Cache-Control': 'no-cache' };
const reference = 'https://fetch.spec.whatwg.org/#http-network-or-cache-fetch';
const read = { api: 'fetch' as const, readHeaders: ['X-Version'] };
const first: ExpectedInput = {
  preflight: false,
  request: true,
  hops: [{ hop: 0, request: { ifNoneMatch: null } }],
  page: { status: 200, type: 'cors', bodyReadable: true, headers: { 'X-Version': '1' } },
};
const revalidated = [{ hop: 0, request: { ifNoneMatch: '"v1"' } }];

export default [
  {
    id: 'caching/revalidation-304-freshens-exposed-header',
    title: 'A stored CORS response revalidated with a 304 that sends X-Version: 2 — the page reads 2: the 304 freshened the stored headers',
    reference,
    page: 'site',
    target: 'other',
    request: read,
    response: { status: 200, headers: stored, body: 'version 1', revalidation: { status: 304, headers: { ...stored, 'X-Version': '2' } } },
    expected: first,
    then: [{ expected: { preflight: false, request: true, hops: revalidated, page: { status: 200, type: 'cors', bodyReadable: true, headers: { 'X-Version': '2' } } } }],
  },
  {
    id: 'caching/revalidation-304-without-cors-headers',
    title: 'A stored CORS response revalidated with a 304 that has no CORS headers — the stored Access-Control-* headers still apply: readable, X-Version exposed',
    reference,
    page: 'site',
    target: 'other',
    request: read,
    response: { status: 200, headers: stored, body: 'version 1', revalidation: { status: 304, headers: validator } },
    expected: first,
    then: [{ expected: { preflight: false, request: true, hops: revalidated, page: { status: 200, type: 'cors', bodyReadable: true, headers: { 'X-Version': '1' } } } }],
  },
  {
    id: 'caching/revalidation-304-changes-exposed-headers',
    title: 'A stored CORS response revalidated with a 304 whose Access-Control-Expose-Headers names another header — X-Version is hidden afterwards',
    reference,
    page: 'site',
    target: 'other',
    request: read,
    response: { status: 200, headers: stored, body: 'version 1', revalidation: { status: 304, headers: { ...validator, 'Access-Control-Expose-Headers': 'X-Other' } } },
    expected: first,
    then: [{ expected: { preflight: false, request: true, hops: revalidated, page: { status: 200, type: 'cors', bodyReadable: true, headers: { 'X-Version': null } } } }],
  },
  {
    id: 'caching/revalidation-304-changes-allow-origin',
    title: 'A stored CORS response revalidated with a 304 whose Access-Control-Allow-Origin names another origin — the freshened response fails the CORS check',
    reference,
    page: 'site',
    target: 'other',
    request: read,
    response: { status: 200, headers: stored, body: 'version 1', revalidation: { status: 304, headers: { ...validator, 'Access-Control-Allow-Origin': '{origin:api}' } } },
    expected: first,
    then: [{ expected: { preflight: false, request: true, hops: revalidated, page: 'network-error', blocked: 'allow-origin-mismatch' } }],
  },
] satisfies ScenarioInput[];
