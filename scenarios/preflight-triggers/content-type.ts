import type { ScenarioInput } from '../../harness/model/scenario.js';

// Content-Type is safelisted only when its parsed MIME type's essence is text/plain,
// multipart/form-data or application/x-www-form-urlencoded (parameters are fine), the value has
// no CORS-unsafe request-header byte, and it is at most 128 bytes. The Content-Type a body
// brings (FormData, URLSearchParams, a typed Blob) counts like one set by hand.
const reference = 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header';
const allowed = { page: { status: 200, bodyReadable: true } } as const;
const corsResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } };
const preflightAllowingContentType = {
  status: 204,
  headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type' },
};

export default [
  {
    id: 'preflight-triggers/content-type-text-plain-charset',
    title: 'POST with Content-Type: text/plain;charset=utf-8 is safelisted: no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'text/plain;charset=utf-8' }, body: { kind: 'text', text: 'hello' } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'POST', origin: '{page}' }, ...allowed },
  },
  {
    id: 'preflight-triggers/content-type-text-plain-any-parameter',
    title: 'POST with Content-Type: text/plain; foo=bar (any parameter) is safelisted: no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'text/plain; foo=bar' }, body: { kind: 'text', text: 'hello' } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'POST' }, ...allowed },
  },
  {
    id: 'preflight-triggers/content-type-upper-case-essence',
    title: 'POST with Content-Type: TEXT/PLAIN is safelisted (MIME types are case-insensitive): no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'TEXT/PLAIN' }, body: { kind: 'text', text: 'hello' } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'POST' }, ...allowed },
  },
  {
    id: 'preflight-triggers/form-data-body-no-preflight',
    title: 'POST with a FormData body (multipart/form-data; boundary=...) is safelisted: no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', body: { kind: 'form-data', fields: { name: 'value' } } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'POST', origin: '{page}' }, ...allowed },
  },
  {
    id: 'preflight-triggers/urlencoded-body-no-preflight',
    title: 'POST with a URLSearchParams body (application/x-www-form-urlencoded;charset=UTF-8) is safelisted: no preflight',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', body: { kind: 'urlencoded', fields: { name: 'value' } } },
    response: corsResponse,
    expected: { preflight: false, request: { method: 'POST', origin: '{page}' }, ...allowed },
  },
  {
    id: 'preflight-triggers/blob-body-json-type',
    title: "POST with a Blob body of type application/json: the Blob's type becomes the Content-Type, so the preflight names content-type",
    reference: 'https://fetch.spec.whatwg.org/#concept-bodyinit-extract',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', body: { kind: 'blob', type: 'application/json', text: '{}' } },
    preflight: preflightAllowingContentType,
    response: corsResponse,
    expected: { preflight: { method: 'POST', headers: 'content-type' }, request: { method: 'POST' }, ...allowed },
  },
  {
    id: 'preflight-triggers/json-content-type-not-allowed',
    title: 'POST with Content-Type: application/json, the preflight does not list Content-Type: the POST is never sent',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: { kind: 'text', text: '{}' } },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } },
    response: corsResponse,
    expected: { preflight: { method: 'POST', headers: 'content-type' }, request: false, page: 'network-error' },
  },
  {
    id: 'preflight-triggers/content-type-with-unsafe-byte',
    title: 'Content-Type: text/plain; charset="utf-8" — the double quote is a CORS-unsafe byte, so the preflight names content-type',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, body: { kind: 'text', text: 'hello' } },
    preflight: preflightAllowingContentType,
    response: corsResponse,
    expected: { preflight: { method: 'POST', headers: 'content-type' }, request: { method: 'POST' }, ...allowed },
  },
  {
    id: 'preflight-triggers/content-type-over-128-bytes',
    title: 'Content-Type: text/plain with a long parameter (over 128 bytes in all): the preflight names content-type',
    reference,
    page: 'site',
    target: 'other',
    request: {
      api: 'fetch',
      method: 'POST',
      headers: { 'Content-Type': `text/plain; long=${'x'.repeat(120)}` },
      body: { kind: 'text', text: 'hello' },
    },
    preflight: preflightAllowingContentType,
    response: corsResponse,
    expected: { preflight: { method: 'POST', headers: 'content-type' }, request: { method: 'POST' }, ...allowed },
  },
] satisfies ScenarioInput[];
