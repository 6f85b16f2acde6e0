import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Answers that are not 200: an error thrown by a later handler (the framework's error path), a
// 401 from the handler, a 400 from body validation, and a route that does not exist. The page
// of an allowed origin should be able to read the status, so that it can tell the user.
const cors = 'https://fetch.spec.whatwg.org/#cors-check';
const all = { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} } as const;
const options = { origin: '{origin:site}' };

export default [
  ...forLibraries(
    {
      name: 'error-thrown',
      title: 'the handler throws — the 500 from the framework error path is readable by site',
      reference: cors,
      options,
      endpoint: 'throws',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET' }, page: { status: 500, bodyReadable: true } },
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'error-401',
      title: 'the handler answers 401 — readable by site',
      reference: cors,
      options,
      endpoint: 'unauthorized',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET' }, page: { status: 401, bodyReadable: true } },
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'error-validation-400',
      title: 'a JSON POST that fails body validation — the 400 is readable by site',
      reference: cors,
      options,
      endpoint: 'validated',
      request: { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: { kind: 'text', text: '{}' } },
      intent: 'allow',
      expected: { preflight: { method: 'POST', headers: 'content-type' }, request: { method: 'POST' }, page: { status: 400, bodyReadable: true } },
    },
    all,
  ),
  ...forLibraries(
    {
      name: 'unmatched-route',
      title: 'a preflighted GET (X-Custom) to a route that does not exist — the preflight passes and site reads the 404',
      reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
      options,
      endpoint: 'unmatched',
      request: { api: 'fetch', headers: { 'X-Custom': '1' } },
      intent: 'allow',
      expected: { preflight: { method: 'GET', headers: 'x-custom' }, request: { method: 'GET' }, page: { status: 404, bodyReadable: true } },
    },
    {
      ...all,
      'flask-cors': {
        expected: { preflight: { method: 'GET', headers: 'x-custom' }, request: false, page: 'network-error' },
        finding: {
          summary:
            "Flask-CORS adds its headers to the answer Flask gives (an after_request hook) and does not answer preflights itself, so the preflight of a route that does not exist gets Flask's 404, with every CORS header on it; a preflight needs an ok status, so the page sees a CORS error instead of the 404 it could have shown the user. A route that exists is preflighted with Flask's automatic 200. No upstream issue found (searched 2026-12-08).",
          link: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
        },
      },
    },
  ),
] satisfies ScenarioInput[];
