import type { BlockedReason } from '../../harness/model/reasons.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Access-Control-Allow-Headers is a list of header names (`#field-name`): names compare
// case-insensitively, spaces and empty items are fine, several lines add up, every CORS-unsafe
// request header must be covered, and a value that does not parse fails the whole preflight.
// `*` is a wildcard only without credentials, and never covers Authorization.
const reference = 'https://fetch.spec.whatwg.org/#cors-preflight-fetch';
const allowed = { page: { status: 200, bodyReadable: true } } as const;
const corsResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } };

/** A GET with X-A and X-B whose preflight answers with the given Access-Control-Allow-Headers lines. */
function twoHeaders(id: string, title: string, lines: string[], blocked: BlockedReason | null): ScenarioInput {
  return {
    id: `preflight-response/${id}`,
    title,
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: [['X-A', '1'], ['X-B', '2']] },
    preflight: {
      status: 204,
      headers: [['Access-Control-Allow-Origin', '*'], ...lines.map((line): [string, string] => ['Access-Control-Allow-Headers', line])],
    },
    response: corsResponse,
    expected: blocked === null
      ? { preflight: { method: 'GET', headers: 'x-a,x-b' }, request: { method: 'GET' }, ...allowed }
      : { preflight: { method: 'GET', headers: 'x-a,x-b' }, request: false, page: 'network-error', blocked },
  };
}

const credentialed = {
  preflightHeaders: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' },
  response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' } },
};

export default [
  twoHeaders('allow-headers-case-insensitive', 'Headers X-A, X-B: Access-Control-Allow-Headers: x-A, X-b (other case) allows them', ['x-A, X-b'], null),
  twoHeaders('allow-headers-spaces-and-empty-items', 'Headers X-A, X-B: Access-Control-Allow-Headers: " , X-A ,, X-B , " (spaces, empty items) allows them', [' , X-A ,, X-B , '], null),
  twoHeaders('allow-headers-two-header-lines', 'Headers X-A, X-B: two Access-Control-Allow-Headers lines, X-A and X-B, are combined and allow them', ['X-A', 'X-B'], null),
  twoHeaders('allow-headers-only-one-of-two', 'Headers X-A, X-B: Access-Control-Allow-Headers: X-A covers only one — the request is never sent', ['X-A'], 'header-not-allowed'),
  twoHeaders('allow-headers-invalid-item', 'Headers X-A, X-B: Access-Control-Allow-Headers: "X-A, X-B, X Foo" has an item with a space — the whole preflight fails', ['X-A, X-B, X Foo'], 'allow-headers-invalid'),
  {
    id: 'preflight-response/allow-headers-star-with-credentials',
    title: 'Custom header X-Trace with credentials: Access-Control-Allow-Headers: * is then a literal name, not a wildcard — blocked',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { 'X-Trace': 'abc' }, credentials: 'include' },
    preflight: { status: 204, headers: { ...credentialed.preflightHeaders, 'Access-Control-Allow-Headers': '*' } },
    response: credentialed.response,
    expected: { preflight: { method: 'GET', headers: 'x-trace' }, request: false, page: 'network-error' },
  },
  {
    id: 'preflight-response/allow-headers-star-and-authorization',
    title: 'Authorization header: Access-Control-Allow-Headers: *, Authorization (named alongside the wildcard) allows it',
    reference: 'https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { Authorization: 'Bearer token', 'X-Trace': 'abc' } },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*, Authorization' } },
    response: corsResponse,
    expected: { preflight: { method: 'GET', headers: 'authorization,x-trace' }, request: { method: 'GET' }, ...allowed },
  },
  {
    id: 'preflight-response/allow-headers-star-authorization-with-credentials',
    title: 'Authorization header with credentials: Access-Control-Allow-Headers: * (a literal name here) does not cover it — blocked',
    reference: 'https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { Authorization: 'Bearer token' }, credentials: 'include' },
    preflight: { status: 204, headers: { ...credentialed.preflightHeaders, 'Access-Control-Allow-Headers': '*' } },
    response: credentialed.response,
    expected: { preflight: { method: 'GET', headers: 'authorization' }, request: false, page: 'network-error' },
  },
] satisfies ScenarioInput[];
