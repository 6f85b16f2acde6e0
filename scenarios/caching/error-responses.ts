import type { ScenarioInput } from '../../harness/model/scenario.js';

// Error responses need CORS headers too. A 401, 404 or 500 sent without
// Access-Control-Allow-Origin fails the CORS check like any other response: the page sees only a
// network error and cannot tell the status. With Allow-Origin the page reads the status and body.
const errorWithoutCors = (status: number) => ({
  id: `caching/error-${status}-without-cors-headers`,
  title: `A ${status} without Access-Control-Allow-Origin — the page gets a network error and cannot read the status`,
  reference: 'https://fetch.spec.whatwg.org/#cors-check',
  page: 'site' as const,
  target: 'other' as const,
  request: { api: 'fetch' as const, method: 'GET' },
  response: { status, body: `error ${status}` },
  expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' as const },
});

const errorWithCors = (status: number) => ({
  id: `caching/error-${status}-with-allow-origin`,
  title: `A ${status} with Access-Control-Allow-Origin — the page reads status ${status} and the body`,
  reference: 'https://fetch.spec.whatwg.org/#cors-check',
  page: 'site' as const,
  target: 'other' as const,
  request: { api: 'fetch' as const, method: 'GET' },
  response: { status, headers: { 'Access-Control-Allow-Origin': '{page}' }, body: `error ${status}` },
  expected: { preflight: false, request: { origin: '{page}' }, page: { status, type: 'cors' as const, bodyReadable: true } },
});

export default [
  errorWithoutCors(401),
  errorWithoutCors(404),
  errorWithoutCors(500),
  errorWithCors(401),
  errorWithCors(404),
  errorWithCors(500),
  {
    id: 'caching/xhr-error-500-without-cors-headers',
    title: 'XHR: a 500 without Access-Control-Allow-Origin fires the error event — status 0, not 500',
    reference: 'https://xhr.spec.whatwg.org/#handle-errors',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET' },
    response: { status: 500, body: 'error 500' },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'caching/preflighted-put-error-500-with-allow-origin',
    title: 'A preflighted PUT answered 500 with Access-Control-Allow-Origin — the page reads status 500',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT' } },
    response: { status: 500, headers: { 'Access-Control-Allow-Origin': '{page}' }, body: 'error 500' },
    expected: { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 500, bodyReadable: true } },
  },
] satisfies ScenarioInput[];
