import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// CORS decides what a page may read, not what a server does. A simple POST (text/plain, no
// preflight) from a site that is not allowed still reaches the server, and the handler runs:
// the cell's detail shows the library's answer (200). The page must not read it.
export default [
  ...forLibraries(
    {
      name: 'disallowed-simple-post',
      title: "origin: '<site>', a simple text/plain POST from other — the page cannot read the answer, but the POST reached the handler",
      reference: 'https://fetch.spec.whatwg.org/#cors-safelisted-request-header',
      page: 'other',
      options: { origin: '{origin:site}' },
      request: { api: 'fetch', method: 'POST', body: { kind: 'text', text: 'delete-everything' } },
      intent: 'block',
      expected: { preflight: false, request: { method: 'POST', origin: '{page}' }, page: 'network-error' },
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
] satisfies ScenarioInput[];
