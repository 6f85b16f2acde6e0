import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Each library with no options at all: a developer who writes `cors()` means "any site may use
// this API". A simple GET, then the methods that need a preflight: PUT, PATCH and DELETE, and a
// lower-case `patch` (fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT).
const fetchSpec = 'https://fetch.spec.whatwg.org/#cors-preflight-fetch';

const preflightedAndRead = (method: string) => ({ preflight: { method }, request: { method, origin: '{page}' }, page: { status: 200, bodyReadable: true } });
const refusedAtPreflight = (method: string) => ({ preflight: { method }, request: false, page: 'network-error' }) as const;

const fastifyMethods = {
  summary:
    "@fastify/cors answers every preflight with its default `Access-Control-Allow-Methods: GET,HEAD,POST` (since v11.0.0), so with default options every cross-origin PUT, PATCH and DELETE is refused by the browser after the preflight; the other libraries' defaults allow them. Deliberate (fastify/fastify-cors#358), but an upgrade from 10.x silently breaks these methods; set `methods` explicitly.",
  link: 'https://github.com/fastify/fastify-cors/pull/359',
};

function defaultMethod(method: 'PUT' | 'PATCH' | 'DELETE'): ScenarioInput[] {
  return forLibraries(
    {
      name: `default-${method.toLowerCase()}`,
      title: `default options, a cross-origin ${method} — the page should be able to send it and read the answer`,
      reference: fetchSpec,
      request: { api: 'fetch', method },
      intent: 'allow',
      expected: preflightedAndRead(method),
    },
    {
      'koa-cors': {},
      'express-cors': {},
      'fastify-cors': { expected: refusedAtPreflight(method), finding: fastifyMethods },
      'hono-cors': {},
      'elysia-cors': {},
      'itty-cors': {},
      'h3-cors': {},
      'flask-cors': {},
    },
  );
}

export default [
  ...forLibraries(
    {
      name: 'default-get',
      title: 'default options, a simple GET from another site — readable',
      reference: 'https://fetch.spec.whatwg.org/#cors-check',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } },
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
  ...forLibraries(
    {
      name: 'default-credentialed',
      title: "default options, a credentialed fetch from another site — `cors()` says any site may read, not with the user's cookies",
      reference: 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials',
      page: 'other',
      request: { api: 'fetch', credentials: 'include' },
      intent: 'block',
      expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' },
    },
    {
      'koa-cors': {},
      'express-cors': {},
      'fastify-cors': {},
      'hono-cors': {},
      'elysia-cors': {
        expected: { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } },
        finding: {
          summary:
            "@elysiajs/cors's defaults are origin: true (reflect the request's Origin) and credentials: true, both documented: `.use(cors())` lets every site on the web make credentialed requests and read the answers with the user's cookies. The other libraries' defaults answer `*` without credentials, which browsers refuse for a credentialed request.",
          link: 'https://elysiajs.com/plugins/cors',
        },
      },
      'itty-cors': {},
      'h3-cors': {},
      'flask-cors': {},
    },
  ),
  ...defaultMethod('PUT'),
  ...defaultMethod('PATCH'),
  ...defaultMethod('DELETE'),
  ...forLibraries(
    {
      name: 'default-lowercase-patch',
      title: "default options, fetch with method 'patch' (lower case) — the developer means PATCH to work",
      reference: 'https://fetch.spec.whatwg.org/#concept-method-normalize',
      request: { api: 'fetch', method: 'patch' },
      intent: 'allow',
      // The preflight asks for `patch`; these libraries answer with an upper-case list, which
      // the standard compares case-sensitively. Had a browser sent the `patch` anyway, the
      // library origin would log it as refused by Node's HTTP/1 parser and this would fail.
      // @elysiajs/cors (echoes the method), itty-router and h3 (`*`) let the preflight pass, so
      // the browser sends `patch` and Node's parser answers 400 before the library: what the
      // library would answer cannot be measured on Node, and they are not listed (docs/libraries.md, finding 6).
      expected: refusedAtPreflight('patch'),
    },
    Object.fromEntries(
      (['koa-cors', 'express-cors', 'fastify-cors', 'hono-cors', 'flask-cors'] as const).map((library) => [
        library,
        {
          finding: {
            summary:
              (library === 'fastify-cors'
                ? "A page that calls fetch(url, { method: 'patch' }) sends the method as written and the preflight asks for `patch`; @fastify/cors's default list (GET,HEAD,POST) has no PATCH in any case, so the preflight refuses it."
                : "A page that calls fetch(url, { method: 'patch' }) sends the method as written (fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT) and the preflight asks for `patch`; the library's default list says `PATCH`, which browsers compare case-sensitively, so the preflight refuses it.") +
              " The library is not where this can be fixed: were the preflight to allow `patch`, the actual request `patch` would reach Node's HTTP/1 parser, which accepts only upper-case methods and answers 400 before any app sees it. The fix is in the page (write 'PATCH'), or in the server's HTTP parser.",
            link: 'https://fetch.spec.whatwg.org/#concept-method-normalize',
          },
        },
      ]),
    ),
  ),
] satisfies ScenarioInput[];
