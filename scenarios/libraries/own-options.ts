import { requestIdHeader, requestIdValue } from '../../harness/libraries/endpoints.js';
import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// A page's own OPTIONS request, `fetch(url, { method: 'OPTIONS' })`, to an endpoint whose app
// answers OPTIONS itself (an API that describes itself). OPTIONS is not a safelisted method, so
// the browser first sends a preflight (an OPTIONS with Access-Control-Request-Method), then the
// page's request (an OPTIONS without it). Only the first is a CORS-preflight request; a middleware
// that takes every OPTIONS for one answers the page in the app's place. The page reads
// X-Request-Id, which only the app's own handler sets.
const preflightRequest = 'https://fetch.spec.whatwg.org/#cors-preflight-request';
const options = { origin: '{origin:site}', methods: ['GET', 'OPTIONS'], exposedHeaders: [requestIdHeader] };
const request = { api: 'fetch' as const, method: 'OPTIONS', readHeaders: [requestIdHeader] };
const wire = { preflight: { method: 'OPTIONS' }, request: { method: 'OPTIONS' } } as const;
/** What the page reads when the app's own handler answered. */
const handlerAnswered = { ...wire, page: { status: 200, bodyReadable: true, headers: { [requestIdHeader]: requestIdValue } } };
/** What the page reads when the middleware answered instead of the app: its status, and no X-Request-Id. */
const answeredByMiddleware = (status: number) => ({ expected: { ...wire, page: { status, bodyReadable: true, headers: { [requestIdHeader]: null } } } });

export default [
  ...forLibraries(
    {
      name: 'own-options-request',
      title: "fetch(url, { method: 'OPTIONS' }) from site to the app's own OPTIONS handler, OPTIONS allowed — site should read the handler's answer",
      reference: preflightRequest,
      options,
      endpoint: 'own-options',
      request,
      intent: 'allow',
      expected: handlerAnswered,
    },
    {
      'koa-cors': {
        expected: { ...wire, page: 'network-error', blocked: 'allow-origin-missing' },
        finding: {
          summary:
            "@koa/cors passes an OPTIONS request without Access-Control-Request-Method on to the app, as it should, but without any CORS headers: the app's answer to the page's own OPTIONS request goes out without Access-Control-Allow-Origin, and the page sees a network error.",
          link: 'https://github.com/koajs/cors/pull/63',
        },
      },
      'express-cors': {
        ...answeredByMiddleware(204),
        finding: {
          summary:
            "cors takes every OPTIONS request for a preflight and answers it with an empty 204 itself, so the app's own OPTIONS handler never runs: the page reads a 204 without the handler's body or headers. preflightContinue: true lets the handler answer.",
          link: 'https://github.com/expressjs/cors/pull/40',
        },
      },
      'fastify-cors': {
        ...answeredByMiddleware(400),
        finding: {
          summary:
            "@fastify/cors takes every OPTIONS request for a preflight; with its default strictPreflight it answers the page's own OPTIONS request (which has no Access-Control-Request-Method) with 400 \"Invalid Preflight Request\", so the app's handler never runs. With strictPreflight: false it answers an empty 204 instead.",
          link: 'https://github.com/fastify/fastify-cors/issues/88',
        },
      },
      'hono-cors': {
        ...answeredByMiddleware(204),
        finding: {
          summary: "hono/cors answers every OPTIONS request itself with an empty 204, so the app's own OPTIONS handler never runs and the page reads the 204 instead of the handler's answer.",
          link: 'https://github.com/honojs/hono/issues/3979',
        },
      },
      'elysia-cors': {
        ...answeredByMiddleware(204),
        finding: {
          summary: "@elysiajs/cors answers every OPTIONS request itself with an empty 204 (its onRequest hook returns before routing), so the app's own OPTIONS handler never runs and the page reads the 204 instead of the handler's answer.",
          link: 'https://elysiajs.com/plugins/cors',
        },
      },
      'itty-cors': {
        ...answeredByMiddleware(204),
        finding: {
          summary: "itty-router's preflight (in the router's `before`, as documented) answers every OPTIONS request with an empty 204, so the app's own OPTIONS route never runs and the page reads the 204 instead of the route's answer.",
          link: 'https://itty.dev/itty-router/cors',
        },
      },
      // h3's isPreflightRequest asks for Access-Control-Request-Method: the page's own OPTIONS reaches the handler, with CORS headers.
      'h3-cors': {},
      'flask-cors': {},
    },
  ),
  ...forLibraries(
    {
      name: 'own-options-request-strict-preflight-off',
      title: "strictPreflight: false, fetch(url, { method: 'OPTIONS' }) from site to the app's own OPTIONS handler — site should read the handler's answer",
      reference: 'https://github.com/fastify/fastify-cors#options',
      options,
      endpoint: 'own-options',
      request,
      intent: 'allow',
      expected: handlerAnswered,
    },
    {
      'fastify-cors': {
        specific: { library: 'fastify-cors', strictPreflight: false },
        ...answeredByMiddleware(204),
        finding: {
          summary:
            "With strictPreflight: false, @fastify/cors still takes the page's own OPTIONS request for a preflight and answers it with an empty 204, so the app's handler never runs.",
          link: 'https://github.com/fastify/fastify-cors/issues/88',
        },
      },
    },
  ),
  ...forLibraries(
    {
      name: 'own-options-request-preflight-continue',
      title: "preflightContinue: true, fetch(url, { method: 'OPTIONS' }) from site to the app's own OPTIONS handler — the handler answers both OPTIONS requests, with the middleware's headers",
      reference: 'https://github.com/expressjs/cors#configuration-options',
      options,
      endpoint: 'own-options',
      request,
      intent: 'allow',
      expected: handlerAnswered,
    },
    { 'express-cors': { specific: { library: 'express-cors', preflightContinue: true } } },
  ),
] satisfies ScenarioInput[];
