import type { ScenarioInput } from '../../harness/model/scenario.js';

// Access-Control-Expose-Headers: * exposes every header, but only to a request without
// credentials; with credentials it is just a header name "*". Set-Cookie and Set-Cookie2 are
// forbidden response-header names: filtered out of every non-basic response, whatever is exposed.
export default [
  {
    id: 'exposure/star-with-credentials-is-literal',
    title: "credentials: 'include' with Access-Control-Expose-Headers: * — * is only a name there, X-Request-Id stays hidden",
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', credentials: 'include', readHeaders: ['X-Request-Id', 'Content-Type'] },
    response: {
      status: 200,
      headers: {
        'Access-Control-Allow-Origin': '{page}',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Expose-Headers': '*',
        'X-Request-Id': '42',
      },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': null, 'Content-Type': 'text/plain;charset=utf-8' } } },
  },
  {
    id: 'exposure/star-with-credentials-names-still-work',
    title: "credentials: 'include' with Access-Control-Expose-Headers: X-Alpha, * — X-Alpha (named) readable, X-Beta hidden",
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', credentials: 'include', readHeaders: ['X-Alpha', 'X-Beta'] },
    response: {
      status: 200,
      headers: {
        'Access-Control-Allow-Origin': '{page}',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Expose-Headers': 'X-Alpha, *',
        'X-Alpha': 'a',
        'X-Beta': 'b',
      },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Alpha': 'a', 'X-Beta': null } } },
  },
  {
    id: 'exposure/xhr-star-with-credentials-is-literal',
    title: 'XHR withCredentials and Access-Control-Expose-Headers: * — X-Request-Id stays hidden from getResponseHeader',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', withCredentials: true, readHeaders: ['X-Request-Id'] },
    response: {
      status: 200,
      headers: {
        'Access-Control-Allow-Origin': '{page}',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Expose-Headers': '*',
        'X-Request-Id': '42',
      },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': null } } },
  },
  {
    id: 'exposure/xhr-star-without-credentials',
    title: 'XHR without credentials and Access-Control-Expose-Headers: * — getResponseHeader reads X-Request-Id and Server',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: ['X-Request-Id', 'Server'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*', 'X-Request-Id': '42', Server: 'corsmatrix' } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': '42', Server: 'corsmatrix' } } },
  },
  {
    id: 'exposure/set-cookie-hidden-with-star',
    title: 'Access-Control-Expose-Headers: * exposes X-Request-Id but never Set-Cookie',
    reference: 'https://fetch.spec.whatwg.org/#forbidden-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['Set-Cookie', 'X-Request-Id'] },
    response: {
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*', 'Set-Cookie': 'leak=1; Path=/', 'X-Request-Id': '42' },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'Set-Cookie': null, 'X-Request-Id': '42' } } },
  },
  {
    id: 'exposure/set-cookie-hidden-xhr',
    title: 'XHR getResponseHeader(Set-Cookie) is null even when Access-Control-Expose-Headers names Set-Cookie',
    reference: 'https://xhr.spec.whatwg.org/#the-getresponseheader()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: ['Set-Cookie', 'X-Request-Id'] },
    response: {
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Set-Cookie, X-Request-Id', 'Set-Cookie': 'leak=1; Path=/', 'X-Request-Id': '42' },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'Set-Cookie': null, 'X-Request-Id': '42' } } },
  },
  {
    id: 'exposure/set-cookie2-never-readable',
    title: 'Set-Cookie2 is never readable either, even when Access-Control-Expose-Headers names it',
    reference: 'https://fetch.spec.whatwg.org/#forbidden-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['Set-Cookie2', 'X-Request-Id'] },
    response: {
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Set-Cookie2, X-Request-Id', 'Set-Cookie2': 'leak=1; Version=1', 'X-Request-Id': '42' },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'Set-Cookie2': null, 'X-Request-Id': '42' } } },
  },
  {
    id: 'exposure/set-cookie2-hidden-xhr-star',
    title: 'XHR with Access-Control-Expose-Headers: * — getResponseHeader(Set-Cookie2) is null',
    reference: 'https://xhr.spec.whatwg.org/#the-getresponseheader()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: ['Set-Cookie2', 'X-Request-Id'] },
    response: {
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*', 'Set-Cookie2': 'leak=1; Version=1', 'X-Request-Id': '42' },
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'Set-Cookie2': null, 'X-Request-Id': '42' } } },
  },
] satisfies ScenarioInput[];
