import type { BlockedReason } from '../../harness/model/reasons.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Access-Control-Allow-Methods is a list of method tokens (`#method`): spaces around items and
// empty items are fine, several header lines add up, and methods compare case-sensitively.
// A value that does not parse as such a list fails the whole preflight, even when the method
// asked for is in it. `*` is a wildcard only without credentials.
const reference = 'https://fetch.spec.whatwg.org/#cors-preflight-fetch';
const allowed = { page: { status: 200, bodyReadable: true } } as const;
const corsResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } };

/** A PUT whose preflight answers with the given Access-Control-Allow-Methods header lines. */
function put(id: string, title: string, lines: string[], blocked: BlockedReason | null): ScenarioInput {
  return {
    id: `preflight-response/${id}`,
    title,
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', body: { kind: 'text', text: 'payload' } },
    preflight: {
      status: 204,
      headers: [['Access-Control-Allow-Origin', '{page}'], ...lines.map((line): [string, string] => ['Access-Control-Allow-Methods', line])],
    },
    response: corsResponse,
    expected: blocked === null
      ? { preflight: { method: 'PUT' }, request: { method: 'PUT' }, ...allowed }
      : { preflight: { method: 'PUT' }, request: false, page: 'network-error', blocked },
  };
}

export default [
  put('allow-methods-list-without-spaces', 'PUT: Access-Control-Allow-Methods: GET,PUT (no spaces) allows it', ['GET,PUT'], null),
  put('allow-methods-list-with-spaces', 'PUT: Access-Control-Allow-Methods: "  GET ,  PUT  " (extra spaces around items) allows it', ['  GET ,  PUT  '], null),
  put('allow-methods-empty-items', 'PUT: Access-Control-Allow-Methods: ",,PUT,," (empty list items are ignored) allows it', [',,PUT,,'], null),
  put('allow-methods-duplicated', 'PUT: Access-Control-Allow-Methods: PUT, PUT (listed twice) allows it', ['PUT, PUT'], null),
  put('allow-methods-two-header-lines', 'PUT: two Access-Control-Allow-Methods lines, GET and PUT, are combined and allow it', ['GET', 'PUT'], null),
  put('allow-methods-lowercase-put', 'PUT: Access-Control-Allow-Methods: put (lower case) does not allow PUT — methods compare case-sensitively', ['put'], 'method-not-allowed'),
  put('allow-methods-trailing-semicolon', 'PUT: Access-Control-Allow-Methods: "PUT;" is not a list of methods — the preflight fails', ['PUT;'], 'allow-methods-invalid'),
  put('allow-methods-invalid-item', 'PUT: Access-Control-Allow-Methods: "PUT, GET POST" has an item with a space — the whole preflight fails', ['PUT, GET POST'], 'allow-methods-invalid'),
  {
    id: 'preflight-response/allow-methods-star-with-credentials',
    title: 'PUT with credentials: Access-Control-Allow-Methods: * is then a literal method name, not a wildcard — blocked',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', credentials: 'include' },
    preflight: {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Methods': '*' },
    },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' } },
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error' },
  },
  {
    id: 'preflight-response/safelisted-method-need-not-be-listed',
    title: 'POST with a custom header: Access-Control-Allow-Methods: PUT leaves POST out, but a safelisted method needs no listing — sent',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', headers: { 'X-Trace': 'abc' }, body: { kind: 'text', text: 'hello' } },
    preflight: {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT', 'Access-Control-Allow-Headers': 'X-Trace' },
    },
    response: corsResponse,
    expected: { preflight: { method: 'POST', headers: 'x-trace' }, request: { method: 'POST' }, ...allowed },
  },
] satisfies ScenarioInput[];
