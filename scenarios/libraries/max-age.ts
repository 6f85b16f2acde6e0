import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// maxAge: how long the browser may reuse a preflight. Each scenario repeats a GET with X-Custom
// (preflighted with every library's default options, unlike PUT) from the same page. Without
// Access-Control-Max-Age, browsers keep a preflight for 5 s, so a second request right after is
// not preflighted; with 0 it is.
const maxAgeSpec = 'https://fetch.spec.whatwg.org/#http-access-control-max-age';
const request = { api: 'fetch', headers: { 'X-Custom': '1' } } as const;
const preflighted = { preflight: { method: 'GET', headers: 'x-custom' }, request: { method: 'GET' }, page: { status: 200, bodyReadable: true } } as const;
const cached = { preflight: false, request: { method: 'GET' }, page: { status: 200, bodyReadable: true } } as const;

/** A library that tests `if (maxAge)` like @koa/cors, so 0 sends nothing. */
const zeroDropped = (library: string, link: string) => ({
  then: [{ intentPreflight: 'sent' as const, expected: cached }],
  finding: {
    summary: `maxAge: 0 sends no Access-Control-Max-Age at all (${library} skips a falsy maxAge), so browsers fall back to their default of 5 s and reuse the preflight: the developer's "never cache" is not delivered.`,
    link,
  },
});

export default [
  ...forLibraries(
    {
      name: 'max-age-0',
      title: 'maxAge: 0 — the developer means "never reuse a preflight": the second request is preflighted again',
      reference: maxAgeSpec,
      options: { maxAge: 0 },
      request,
      intent: 'allow',
      expected: preflighted,
      then: [{ intentPreflight: 'sent', expected: preflighted }],
    },
    {
      'koa-cors': {
        then: [{ intentPreflight: 'sent', expected: cached }],
        finding: {
          summary:
            "maxAge: 0 sends no Access-Control-Max-Age at all (@koa/cors tests `if (options.maxAge)`, and 0 is falsy), so browsers fall back to their default of 5 s and reuse the preflight: the developer's \"never cache\" is not delivered. cors fixed the same bug in expressjs/cors#158.",
          link: 'https://github.com/expressjs/cors/pull/158',
        },
      },
      'express-cors': {},
      'fastify-cors': {},
      'hono-cors': {},
      'elysia-cors': zeroDropped('@elysiajs/cors', 'https://elysiajs.com/plugins/cors'),
      'itty-cors': zeroDropped("itty-router's cors()", 'https://itty.dev/itty-router/cors'),
      // h3 takes the header's text, and '0' is sent.
      'h3-cors': {},
      // get_cors_headers keeps only the headers whose value is truthy, and max_age=0 is not.
      'flask-cors': zeroDropped('Flask-CORS', 'https://github.com/corydolphin/flask-cors/blob/3.0.10/flask_cors/core.py'),
    },
  ),
  ...forLibraries(
    {
      name: 'max-age-small',
      title: 'maxAge: 2 — reused right after, preflighted again once 2 s have passed',
      reference: maxAgeSpec,
      options: { maxAge: 2 },
      request,
      intent: 'allow',
      expected: preflighted,
      then: [
        { intentPreflight: 'cached', expected: cached },
        { intentPreflight: 'sent', waitAfterLastPreflightMs: 3_000, expected: preflighted },
      ],
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
  ...forLibraries(
    {
      name: 'max-age-over-caps',
      // Engines cap Max-Age (WebKit 600 s, Chromium 7200 s, Firefox 86400 s); the entry must
      // still be used up to the cap. When it expires cannot be waited for here.
      title: 'maxAge: 86401 (over every engine cap) — the preflight is still reused right after',
      reference: maxAgeSpec,
      options: { maxAge: 86_401 },
      request,
      intent: 'allow',
      expected: preflighted,
      then: [{ intentPreflight: 'cached', expected: cached }],
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
] satisfies ScenarioInput[];
