import type { ScenarioInput } from '../../harness/model/scenario.js';
import { resetSilentInWebKit } from '../_shared/reasons.js';

// A target that drops the connection instead of answering. To the page this is the same
// TypeError as a failed CORS check; the server's log and the engine's own message (where it
// prints one) tell the two apart.
/**
 * How often a browser sends a request again after the connection was reset is its own choice:
 * HTTP lets a client retry an idempotent request and sets no count. Firefox retries up to
 * `network.http.request.max-attempts` (10) times; Chromium and WebKit retry once, and only a
 * reused connection. The counts are in each cell's notes, not compared.
 */
const retriesAreTheEnginesChoice = (what: 'preflight' | 'request', origin: string) => ({
  field: `${what} at hop 0 (${origin}) #*: sent`,
  reason: 'retry counts after a reset are each engine\'s choice (Firefox: network.http.request.max-attempts = 10, bugzilla.mozilla.org/show_bug.cgi?id=92224)',
});

export default [
  {
    id: 'faults/reset-response',
    title: 'Target resets the connection on a simple GET — the page sees the same network error as a CORS failure',
    reference: 'https://fetch.spec.whatwg.org/#concept-network-error',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { fault: 'reset' },
    expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' },
    ignoreDifferences: [retriesAreTheEnginesChoice('request', 'other'), resetSilentInWebKit],
  },
  {
    id: 'faults/reset-preflight',
    title: 'Target resets the connection on the preflight — the actual request is never sent',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: { fault: 'reset' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error', blocked: 'network-failure' },
    ignoreDifferences: [retriesAreTheEnginesChoice('preflight', 'other')],
  },
  {
    id: 'faults/reset-http2-stream',
    title: 'HTTP/2 target resets the stream (RST_STREAM) — a network error, other streams unaffected',
    reference: 'https://fetch.spec.whatwg.org/#concept-network-error',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'GET' },
    response: { fault: 'reset' },
    expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' },
    ignoreDifferences: [retriesAreTheEnginesChoice('request', 'other-https'), resetSilentInWebKit],
  },
  {
    id: 'faults/reset-xhr',
    title: 'XMLHttpRequest to a target that resets the connection — error event, status 0',
    reference: 'https://xhr.spec.whatwg.org/#request-error-steps',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET' },
    response: { fault: 'reset' },
    expected: { preflight: false, request: { method: 'GET' }, page: 'network-error' },
    ignoreDifferences: [retriesAreTheEnginesChoice('request', 'other'), resetSilentInWebKit],
  },
] satisfies ScenarioInput[];
