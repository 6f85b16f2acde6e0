import type { ScenarioInput } from '../../harness/model/scenario.js';

// The CORS-preflight cache: a second identical request within Access-Control-Max-Age needs no
// new preflight. Each scenario makes the same request twice from the same page.
const preflightAllowingPut = (maxAge: string | undefined) => ({
  status: 204,
  headers: {
    'Access-Control-Allow-Origin': '{page}',
    'Access-Control-Allow-Methods': 'PUT',
    ...(maxAge === undefined ? {} : { 'Access-Control-Max-Age': maxAge }),
  },
});

const allowedResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } };
const preflightedPut = { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 200 } } as const;
const cachedPut = { preflight: false, request: { method: 'PUT' }, page: { status: 200 } } as const;

export default [
  {
    id: 'preflight-cache/max-age-honoured',
    title: 'Access-Control-Max-Age: 60 — a second PUT within a minute sends no preflight',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-cache',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('60'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }],
  },
  {
    id: 'preflight-cache/max-age-zero',
    title: 'Access-Control-Max-Age: 0 — every PUT is preflighted',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-max-age',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('0'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: preflightedPut }],
  },
  {
    id: 'preflight-cache/max-age-expires',
    title: 'Access-Control-Max-Age: 1 — a PUT 1.5 s after the preflight is preflighted again',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-max-age',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('1'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ waitAfterLastPreflightMs: 1500, expected: preflightedPut }],
  },
] satisfies ScenarioInput[];
