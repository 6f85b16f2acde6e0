import type { ScenarioInput } from '../../harness/model/scenario.js';

// With credentials, the CORS check also needs Access-Control-Allow-Credentials whose value is
// exactly `true` (after the usual removal of leading and trailing spaces and tabs). Anything else
// — another case, another truthy-looking word, a list — fails. The cookie is sent regardless:
// the check only decides whether the page may read the answer.
const cookies = [{ origin: 'api' as const, setCookie: 'sid=planted; Path=/' }];

export default [
  {
    id: 'credentials/allow-credentials-one',
    title: 'Access-Control-Allow-Credentials: 1 is not "true" — network error',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-allow-credentials',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': '1' } },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'credentials/allow-credentials-yes',
    title: 'Access-Control-Allow-Credentials: yes is not "true" — network error',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-allow-credentials',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'yes' } },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'credentials/allow-credentials-empty',
    title: 'Access-Control-Allow-Credentials present but empty — network error',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-allow-credentials',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': '' } },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'credentials/allow-credentials-quoted',
    title: 'Access-Control-Allow-Credentials: "true" in double quotes — the quotes count, network error',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-allow-credentials',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': '"true"' } },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'credentials/allow-credentials-surrounding-spaces',
    title: 'Access-Control-Allow-Credentials: "  true  " — spaces are stripped, readable',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-value-normalize',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': '  true  ' } },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: { status: 200, type: 'cors', bodyReadable: true } },
  },
  {
    id: 'credentials/allow-credentials-sent-twice',
    title: 'Access-Control-Allow-Credentials: true sent twice — combined to "true, true", network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-list-get',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'GET', credentials: 'include' },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '{page}'],
        ['Access-Control-Allow-Credentials', 'true'],
        ['Access-Control-Allow-Credentials', 'true'],
      ],
    },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'credentials/allow-credentials-xhr-uppercase',
    title: 'XHR withCredentials: Access-Control-Allow-Credentials: True (capital T) — error event',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-allow-credentials',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'xhr', method: 'GET', withCredentials: true },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'True' } },
    expected: { preflight: false, request: { cookie: 'sid=planted' }, page: 'network-error' },
  },
  {
    id: 'credentials/allow-credentials-preflight-uppercase',
    title: "credentials: 'include' PUT: the preflight says Access-Control-Allow-Credentials: TRUE — the PUT is never sent",
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'api',
    setup: { cookies },
    request: { api: 'fetch', method: 'PUT', credentials: 'include' },
    preflight: {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT', 'Access-Control-Allow-Credentials': 'TRUE' },
    },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' } },
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error' },
  },
] satisfies ScenarioInput[];
