import type { ScenarioInput } from '../../harness/model/scenario.js';

// Which response headers a cross-origin page can read: the CORS-safelisted ones, plus those named
// in Access-Control-Expose-Headers; never Set-Cookie.
export default [
  {
    id: 'exposure/custom-header-hidden',
    title: 'A custom response header is hidden without Access-Control-Expose-Headers',
    reference: 'https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['X-Request-Id', 'Content-Type'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'X-Request-Id': '42' } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': null, 'Content-Type': 'text/plain;charset=utf-8' } } },
  },
  {
    id: 'exposure/custom-header-exposed-by-name',
    title: 'Access-Control-Expose-Headers: X-Request-Id makes that header readable',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['X-Request-Id'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-Request-Id', 'X-Request-Id': '42' } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': '42' } } },
  },
  {
    id: 'exposure/star-exposes-without-credentials',
    title: 'Access-Control-Expose-Headers: * exposes every header to a request without credentials',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['X-Request-Id'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*', 'X-Request-Id': '42' } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': '42' } } },
  },
  {
    id: 'exposure/set-cookie-never-readable',
    title: 'Set-Cookie is never readable, even when Access-Control-Expose-Headers names it',
    reference: 'https://fetch.spec.whatwg.org/#forbidden-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['Set-Cookie'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Set-Cookie', 'Set-Cookie': 'leak=1; Path=/' } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'Set-Cookie': null } } },
  },
  {
    id: 'exposure/xhr-custom-header-exposed',
    title: 'XHR getResponseHeader reads a header named in Access-Control-Expose-Headers',
    reference: 'https://xhr.spec.whatwg.org/#the-getresponseheader()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: ['X-Request-Id', 'X-Hidden'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-Request-Id', 'X-Request-Id': '42', 'X-Hidden': 'no' } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Request-Id': '42', 'X-Hidden': null } } },
  },
] satisfies ScenarioInput[];
