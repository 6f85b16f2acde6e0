import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/scenario/schema.js';

// Two allowed origins fetch the same cacheable URL (Cache-Control: max-age=60). The answer
// names the first origin in Access-Control-Allow-Origin; without `Vary: Origin` the browser's
// HTTP cache would hand that answer to the second origin, which could then not read it.
export default [
  ...forLibraries(
    {
      name: 'http-cache-two-origins',
      title: 'origin function allowing site and api, cacheable resource — site reads, then api reads too (Vary: Origin sends it to the server)',
      reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches',
      options: { origin: { allowList: ['{origin:site}', '{origin:api}'] } },
      cacheControl: 'max-age=60',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } },
      then: [{ page: 'api', expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } } }],
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {} },
  ),
] satisfies ScenarioInput[];
