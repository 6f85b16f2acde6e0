import type { ScenarioInput } from '../../harness/model/scenario.js';

// With credentials included, the preflight itself must pass the CORS check with credentials:
// Access-Control-Allow-Origin naming the page's origin (not *) and
// Access-Control-Allow-Credentials: true. The actual response below would allow it; only the
// preflight differs.
const reference = 'https://fetch.spec.whatwg.org/#cors-preflight-fetch';
const credentialedResponse = {
  status: 200,
  headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' },
};

export default [
  {
    id: 'preflight-response/credentials-preflight-allows',
    title: 'PUT with credentials: the preflight names the origin, allows credentials and PUT — the PUT is sent',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', credentials: 'include' },
    preflight: {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Methods': 'PUT' },
    },
    response: credentialedResponse,
    expected: { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 200, bodyReadable: true } },
  },
  {
    id: 'preflight-response/credentials-preflight-missing-allow-credentials',
    title: 'PUT with credentials: the preflight lacks Access-Control-Allow-Credentials — the PUT is never sent',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', credentials: 'include' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT' } },
    response: credentialedResponse,
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error' },
  },
  {
    id: 'preflight-response/credentials-preflight-star-origin',
    title: 'PUT with credentials: the preflight answers Access-Control-Allow-Origin: * (with Allow-Credentials: true) — the PUT is never sent',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT', credentials: 'include' },
    preflight: {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Methods': 'PUT' },
    },
    response: credentialedResponse,
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error' },
  },
] satisfies ScenarioInput[];
