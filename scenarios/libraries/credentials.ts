import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// credentials: true. Browsers refuse a credentialed response with Access-Control-Allow-Origin: *,
// so `origin: '*'` with credentials cannot do what it says: either the library sends `*` (and
// the site's credentialed requests fail) or it replaces `*` by the request's Origin (and every
// site on the web may read with the user's cookies). The pages make credentialed fetches
// (credentials: 'include'); no cookie is needed to see whether the browser lets the page read.
const credentialsSpec = 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials';

const readWithCredentials = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } } as const;
const notRead = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' } as const;
const refusedAtPreflight = { preflight: { method: 'PUT' }, request: false, page: 'network-error' } as const;

/** `warning`: what the library says about the pair, if anything. */
const starSent = (library: string, warning = 'the library accepts it without a warning') => ({
  expected: notRead,
  finding: {
    summary: `With origin: '*' and credentials: true, ${library} sends Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true. Browsers refuse that combination for every credentialed request, so the option pair can never work; ${warning}.`,
    link: credentialsSpec,
  },
});

const koaReflects = {
  expected: readWithCredentials,
  finding: {
    summary:
      "With credentials: true and origin left at its default ('*'), @koa/cors replaces * by the request's Origin (documented), so any site on the web can make credentialed requests and read the answers — with the user's cookies — although the developer never named a single origin. Reported as koajs/cors#93 (open).",
    link: 'https://github.com/koajs/cors/issues/93',
  },
};

const elysiaReflects = {
  expected: readWithCredentials,
  finding: {
    summary:
      "@elysiajs/cors's default origin is true, which reflects the request's Origin (documented), so with credentials: true any site on the web can make credentialed requests and read the answers with the user's cookies, although the developer never named an origin.",
    link: 'https://elysiajs.com/plugins/cors',
  },
};

const flaskReflects = {
  expected: readWithCredentials,
  finding: {
    summary:
      "With supports_credentials=True and origins left at its default ('*'), Flask-CORS echoes the request's Origin (send_wildcard defaults to False), so any site on the web can make credentialed requests and read the answers with the user's cookies. Its documentation says supports_credentials \"cannot be used in conjunction with a '*' origin\", but only send_wildcard=True makes that combination an error. No upstream issue found for the echo (searched 2026-12-08; corydolphin/flask-cors#202 fixed '*' with credentials on requests without Origin); not checked against releases after 3.0.10.",
    link: 'https://github.com/corydolphin/flask-cors/blob/3.0.10/flask_cors/core.py',
  },
};

const ittyReflects = {
  expected: readWithCredentials,
  finding: {
    summary:
      "With credentials: true and origin left at its default ('*'), itty-router's cors() replaces * by the request's Origin, so any site on the web can make credentialed requests and read the answers with the user's cookies, although the developer never named an origin.",
    link: 'https://itty.dev/itty-router/cors',
  },
};

export default [
  ...forLibraries(
    {
      name: 'credentials-star',
      title: "origin: '*', credentials: true — a credentialed fetch from site should be readable, as the two options say",
      reference: credentialsSpec,
      options: { origin: '*', credentials: true },
      request: { api: 'fetch', credentials: 'include' },
      intent: 'allow',
      expected: readWithCredentials,
    },
    {
      'koa-cors': {},
      'express-cors': starSent('cors'),
      'fastify-cors': starSent('@fastify/cors'),
      'hono-cors': starSent('hono/cors'),
      'elysia-cors': starSent('@elysiajs/cors'),
      // itty reflects the request's Origin instead (see credentials-default-origin), so site reads.
      'itty-cors': {},
      'h3-cors': starSent('h3', 'h3 prints a warning once on the server\'s console ("credentials: true with wildcard origin is not allowed") and sends them anyway'),
      'flask-cors': {},
    },
  ),
  ...forLibraries(
    {
      name: 'credentials-default-origin',
      title: 'credentials: true, origin not set — a credentialed fetch from a site the developer never named (other) should not be readable',
      reference: credentialsSpec,
      page: 'other',
      options: { credentials: true },
      request: { api: 'fetch', credentials: 'include' },
      intent: 'block',
      expected: notRead,
    },
    { 'koa-cors': koaReflects, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': elysiaReflects, 'itty-cors': ittyReflects, 'h3-cors': {}, 'flask-cors': flaskReflects },
  ),
  ...forLibraries(
    {
      name: 'credentials-exact-origin',
      title: "origin: '<site>', credentials: true — site reads with credentials, other does not",
      reference: credentialsSpec,
      options: { origin: '{origin:site}', credentials: true },
      request: { api: 'fetch', credentials: 'include' },
      intent: 'allow',
      expected: readWithCredentials,
      then: [{ page: 'other', intent: 'block', expected: notRead }],
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
  // Credentials with the default methods: a credentialed preflight is answered by the method list,
  // and browsers take `*` there as a literal method name once credentials are included.
  ...forLibraries(
    {
      name: 'credentials-put-default-methods',
      title: "origin: '<site>', credentials: true, methods left at the default — a credentialed PUT from site should pass",
      reference: 'https://fetch.spec.whatwg.org/#http-access-control-allow-methods',
      options: { origin: '{origin:site}', credentials: true },
      request: { api: 'fetch', method: 'PUT', credentials: 'include' },
      intent: 'allow',
      expected: { preflight: { method: 'PUT' }, request: { method: 'PUT', origin: '{page}' }, page: { status: 200, bodyReadable: true } },
    },
    {
      'koa-cors': {},
      'express-cors': {},
      'fastify-cors': {
        expected: refusedAtPreflight,
        finding: {
          summary: "@fastify/cors's default methods (GET,HEAD,POST since v11) have no PUT, so the preflight refuses it, credentials or not (see default-put).",
          link: 'https://github.com/fastify/fastify-cors/pull/359',
        },
      },
      'hono-cors': {},
      'elysia-cors': {},
      'itty-cors': {
        expected: refusedAtPreflight,
        finding: {
          summary:
            "itty-router's cors() answers every preflight with its default Access-Control-Allow-Methods: *, which browsers read as a literal method name `*` once the request carries credentials, so a credentialed PUT is refused at the preflight. (h3 reflects the requested method in that case instead.) Listing the methods fixes it.",
          link: 'https://fetch.spec.whatwg.org/#http-access-control-allow-methods',
        },
      },
      'h3-cors': {},
      'flask-cors': {},
    },
  ),
] satisfies ScenarioInput[];
