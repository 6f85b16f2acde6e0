import type { ScenarioInput } from '../../harness/model/scenario.js';

// A target that accepts the request and never answers. The page's probe gives up after the
// scenario's timeoutMs; the cell's note names the origin that stalled, from the server's log.
export default [
  {
    id: 'faults/stall-response',
    title: 'Target never answers a simple GET — the page is still waiting when the scenario times out',
    reference: 'https://fetch.spec.whatwg.org/#fetching',
    page: 'site',
    target: 'other',
    timeoutMs: 1_000,
    request: { api: 'fetch', method: 'GET' },
    response: { fault: 'stall' },
    expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'timeout' },
  },
  {
    id: 'faults/stall-preflight',
    title: 'Target never answers the preflight — the actual request waits and is never sent',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    timeoutMs: 1_000,
    request: { api: 'fetch', method: 'PUT' },
    preflight: { fault: 'stall' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: { method: 'PUT' }, request: false, page: 'timeout' },
  },
] satisfies ScenarioInput[];
