import type { ScenarioInput } from '../../harness/model/scenario.js';
import { duplicateAllowOriginWorded } from '../_shared/reasons.js';

// Access-Control-Allow-Origin sent more than once. Fetch reads a header by combining every
// field of that name into one value joined by ", " — so the same origin twice becomes
// "origin, origin", which is not the origin, and the CORS check fails.
export default [
  {
    id: 'allow-origin/sent-twice-same-origin',
    title: 'Access-Control-Allow-Origin sent twice with the page origin — combined to "origin, origin", network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-list-get',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '{page}'],
        ['Access-Control-Allow-Origin', '{page}'],
      ],
    },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'allow-origin/sent-twice-star',
    title: 'Access-Control-Allow-Origin: * sent twice — combined to "*, *", network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-list-get',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Allow-Origin', '*'],
      ],
    },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'allow-origin/sent-twice-different-name-case',
    title: 'Access-Control-Allow-Origin and access-control-allow-origin, both the page origin — still one header, network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-list-get',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '{page}'],
        ['access-control-allow-origin', '{page}'],
      ],
    },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
    ignoreDifferences: [duplicateAllowOriginWorded],
  },
  {
    id: 'allow-origin/sent-twice-xhr',
    title: 'XMLHttpRequest: Access-Control-Allow-Origin sent twice with the page origin — error event',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-list-get',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET' },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '{page}'],
        ['Access-Control-Allow-Origin', '{page}'],
      ],
    },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'allow-origin/sent-twice-http2',
    title: 'https page to https site over HTTP/2: Access-Control-Allow-Origin sent twice — network error',
    reference: 'https://fetch.spec.whatwg.org/#concept-header-list-get',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'GET' },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '{page}'],
        ['Access-Control-Allow-Origin', '{page}'],
      ],
    },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
    ignoreDifferences: [duplicateAllowOriginWorded],
  },
  {
    id: 'allow-origin/sent-twice-on-preflight',
    title: 'PUT: the preflight sends Access-Control-Allow-Origin twice — preflight fails, the PUT is never sent',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: {
      status: 204,
      headers: [
        ['Access-Control-Allow-Origin', '{page}'],
        ['Access-Control-Allow-Origin', '{page}'],
        ['Access-Control-Allow-Methods', 'PUT'],
      ],
    },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error' },
  },
] satisfies ScenarioInput[];
