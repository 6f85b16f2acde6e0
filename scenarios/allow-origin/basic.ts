import type { ScenarioInput } from '../../harness/scenario/schema.js';

export default [
  {
    id: 'allow-origin/star',
    title: 'A simple GET is readable when the response says Access-Control-Allow-Origin: *',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: ['Content-Type'] },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: {
      preflight: false,
      request: { method: 'GET', origin: '{page}', cookie: null, secFetchMode: 'cors', secFetchSite: 'cross-site' },
      page: { status: 200, type: 'cors', bodyReadable: true },
    },
  },
  {
    id: 'allow-origin/missing',
    title: 'A simple GET without Access-Control-Allow-Origin reaches the server but the page gets a network error',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET' },
    response: { status: 200 },
    expected: { preflight: false, request: { origin: '{page}' }, page: 'network-error' },
  },
  {
    id: 'allow-origin/put-over-h2',
    title: 'patch',
    reference: 'https://fetch.spec.whatwg.org/#cors-check',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'patch' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'patch' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: { method: 'patch' }, request: { method: 'patch', origin: '{page}' }, page: { status: 200 } },
  },
] satisfies ScenarioInput[];
