import type { ScenarioInput } from '../../harness/model/scenario.js';

// Range is CORS-safelisted only as a single byte range with a first position:
// `bytes=0-99` or `bytes=100-`. Several ranges, or a suffix range such as `bytes=-5`, need a
// preflight. (The server here ignores Range and answers 200 with the whole body.)
const reference = 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header';
const allowed = { page: { status: 200, bodyReadable: true } } as const;
const corsResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } };
const preflightAllowingRange = { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Range' } };

export default [
  {
    id: 'preflight-triggers/range-single-no-preflight',
    title: 'Range: bytes=0-99 (one range with a start) is safelisted: no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { Range: 'bytes=0-99' } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, ...allowed },
  },
  {
    id: 'preflight-triggers/range-open-ended-no-preflight',
    title: 'Range: bytes=100- (a start, no end) is safelisted: no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { Range: 'bytes=100-' } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'GET' }, ...allowed },
  },
  {
    id: 'preflight-triggers/range-multiple-ranges',
    title: 'Range: bytes=0-99,200-299 (two ranges) is not safelisted: the preflight names range',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { Range: 'bytes=0-99,200-299' } },
    preflight: preflightAllowingRange,
    response: corsResponse,
    expected: { preflight: { method: 'GET', headers: 'range' }, request: { method: 'GET' }, ...allowed },
  },
  {
    id: 'preflight-triggers/range-suffix',
    title: 'Range: bytes=-5 (the last 5 bytes, no start) is not safelisted: the preflight names range',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { Range: 'bytes=-5' } },
    preflight: preflightAllowingRange,
    response: corsResponse,
    expected: { preflight: { method: 'GET', headers: 'range' }, request: { method: 'GET' }, ...allowed },
  },
] satisfies ScenarioInput[];
