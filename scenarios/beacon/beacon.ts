import type { ScenarioInput } from '../../harness/model/scenario.js';

// navigator.sendBeacon(url, body) queues a POST with credentials "include" and tells the page only
// whether it was queued. Its mode is "no-cors" unless the body's type is not CORS-safelisted (a
// Blob of application/json, say): then it is a CORS request, preflighted, and the actual POST is
// sent only if the preflight allows it, credentials and all. Nothing of the answer reaches the
// page, so these scenarios are about what reaches the server.
const json = { kind: 'blob', type: 'application/json', text: '{"event":"unload"}' } as const;
const allowCredentialed = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Credentials': 'true' };

export default [
  {
    id: 'beacon/text-no-cors',
    title: 'sendBeacon with a string body — a no-cors POST of text/plain, sent without a preflight',
    reference: 'https://w3c.github.io/beacon/#sec-processing-model',
    page: 'site',
    target: 'other',
    request: { api: 'beacon', body: { kind: 'text', text: 'unload' } },
    response: { status: 204 },
    expected: {
      preflight: false,
      request: { method: 'POST', origin: '{page}', secFetchMode: 'no-cors', secFetchDest: 'empty' },
      hops: [{ hop: 0, request: { contentType: 'text/plain;charset=UTF-8', bodyLength: 6 } }],
      page: 'queued',
    },
  },
  {
    id: 'beacon/cookie-included',
    title: 'sendBeacon to a same-site subdomain — credentials "include": the cookie goes with it, no CORS headers needed',
    reference: 'https://w3c.github.io/beacon/#sec-processing-model',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'beacon', body: { kind: 'urlencoded', fields: { event: 'unload' } } },
    response: { status: 204 },
    expected: {
      preflight: false,
      request: { method: 'POST', origin: '{page}', cookie: 'sid=planted', secFetchSite: 'same-site', secFetchMode: 'no-cors' },
      hops: [{ hop: 0, request: { contentType: 'application/x-www-form-urlencoded;charset=UTF-8' } }],
      page: 'queued',
    },
  },
  {
    id: 'beacon/json-preflight-allowed',
    title: 'sendBeacon with an application/json Blob — a CORS request: preflighted, and sent once the preflight allows the origin with credentials',
    reference: 'https://w3c.github.io/beacon/#sec-processing-model',
    page: 'site',
    target: 'other',
    request: { api: 'beacon', body: json },
    preflight: { status: 204, headers: { ...allowCredentialed, 'Access-Control-Allow-Headers': 'Content-Type' } },
    response: { status: 204, headers: allowCredentialed },
    expected: {
      preflight: { method: 'POST', headers: 'content-type' },
      request: { method: 'POST', origin: '{page}', secFetchMode: 'cors' },
      hops: [{ hop: 0, request: { contentType: 'application/json', bodyLength: 18 } }],
      page: 'queued',
    },
  },
  {
    id: 'beacon/json-preflight-refused',
    title: 'sendBeacon with an application/json Blob whose preflight gets no CORS headers — the POST is never sent, and the page still sees "queued"',
    reference: 'https://w3c.github.io/beacon/#sec-processing-model',
    page: 'site',
    target: 'other',
    request: { api: 'beacon', body: json },
    preflight: { status: 204 },
    response: { status: 204 },
    expected: { preflight: { method: 'POST', headers: 'content-type' }, request: false, page: 'queued' },
  },
  {
    id: 'beacon/json-preflight-wildcard',
    title: 'sendBeacon with an application/json Blob and a preflight that answers * — credentials are included, so * fails and the POST is never sent',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'beacon', body: json },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type' } },
    response: { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: { method: 'POST', headers: 'content-type' }, request: false, page: 'queued' },
  },
  {
    id: 'beacon/redirect-307',
    title: 'sendBeacon answered with a 307 to another origin — no-cors mode follows it and sends the POST again, body and all',
    reference: 'https://fetch.spec.whatwg.org/#http-redirect-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'beacon', body: { kind: 'text', text: 'unload' } },
    response: { status: 307, redirect: { to: 'api', response: { status: 204 } } },
    expected: {
      preflight: false,
      request: { method: 'POST', origin: '{page}' },
      finalRequest: { method: 'POST', origin: 'null' },
      hops: [{ hop: 1, server: 'api', request: { contentType: 'text/plain;charset=UTF-8', bodyLength: 6 } }],
      page: 'queued',
    },
  },
] satisfies ScenarioInput[];
