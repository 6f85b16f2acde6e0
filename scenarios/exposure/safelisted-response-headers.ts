import type { ScenarioInput } from '../../harness/model/scenario.js';

// The CORS-safelisted response-header names: Cache-Control, Content-Language, Content-Length,
// Content-Type, Expires, Last-Modified and Pragma are readable by a cross-origin page without any
// Access-Control-Expose-Headers. Every other header (Date, Server, ETag, the CORS headers
// themselves) is hidden unless exposed.
const safelistedHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-cache',
  'Content-Language': 'en',
  'Content-Type': 'text/plain',
  Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
  'Last-Modified': 'Wed, 21 Oct 2015 07:28:00 GMT',
  Pragma: 'no-cache',
};

const safelistedValues = {
  'Cache-Control': 'no-cache',
  'Content-Language': 'en',
  'Content-Length': '5',
  'Content-Type': 'text/plain',
  Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
  'Last-Modified': 'Wed, 21 Oct 2015 07:28:00 GMT',
  Pragma: 'no-cache',
};

const unlistedHeaders = {
  'Access-Control-Allow-Origin': '*',
  Date: 'Wed, 21 Oct 2015 07:28:00 GMT',
  Server: 'corsmatrix',
  ETag: '"v1"',
  Vary: 'Accept-Encoding',
};

export default [
  {
    id: 'exposure/safelisted-response-headers-fetch',
    title: 'fetch reads the 7 CORS-safelisted response headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma) without Expose-Headers',
    reference: 'https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: Object.keys(safelistedValues) },
    response: { status: 200, headers: safelistedHeaders, body: 'hello' },
    expected: { preflight: false, request: true, page: { status: 200, headers: safelistedValues } },
  },
  {
    id: 'exposure/safelisted-response-headers-xhr',
    title: 'XHR getResponseHeader reads the 7 CORS-safelisted response headers without Expose-Headers',
    reference: 'https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: Object.keys(safelistedValues) },
    response: { status: 200, headers: safelistedHeaders, body: 'hello' },
    expected: { preflight: false, request: true, page: { status: 200, headers: safelistedValues } },
  },
  {
    id: 'exposure/unlisted-standard-headers-hidden',
    title: 'Date, Server, ETag, Vary and Access-Control-Allow-Origin itself are not safelisted: hidden from fetch without Expose-Headers',
    reference: 'https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: Object.keys(unlistedHeaders) },
    response: { status: 200, headers: unlistedHeaders },
    expected: {
      preflight: false,
      request: true,
      page: { status: 200, headers: { 'Access-Control-Allow-Origin': null, Date: null, Server: null, ETag: null, Vary: null } },
    },
  },
  {
    id: 'exposure/unlisted-standard-headers-hidden-xhr',
    title: 'XHR getResponseHeader: Date, Server, ETag, Vary and Access-Control-Allow-Origin are hidden without Expose-Headers',
    reference: 'https://xhr.spec.whatwg.org/#the-getresponseheader()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: Object.keys(unlistedHeaders) },
    response: { status: 200, headers: unlistedHeaders },
    expected: {
      preflight: false,
      request: true,
      page: { status: 200, headers: { 'Access-Control-Allow-Origin': null, Date: null, Server: null, ETag: null, Vary: null } },
    },
  },
  {
    id: 'exposure/standard-headers-exposed-by-name',
    title: 'Access-Control-Expose-Headers: Date, ETag makes those two readable; Server stays hidden',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['Date', 'ETag', 'Server'] },
    response: { status: 200, headers: { ...unlistedHeaders, 'Access-Control-Expose-Headers': 'Date, ETag' } },
    expected: {
      preflight: false,
      request: true,
      page: { status: 200, headers: { Date: 'Wed, 21 Oct 2015 07:28:00 GMT', ETag: '"v1"', Server: null } },
    },
  },
] satisfies ScenarioInput[];
