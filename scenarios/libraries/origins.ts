import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Which origins may read: one exact origin, a list, a RegExp (also with the `g` flag, requested
// four times in a row from the same page) and an origin function. Each allowed origin should
// read; `other`, never named, should not. Simple GETs, so no preflight cache is involved; the
// resource answers Cache-Control: no-store, so every request reaches the library.
const cors = 'https://fetch.spec.whatwg.org/#cors-check';

const read = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } } as const;
const notRead = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' } as const;
// Matches site and api.site on any port, nothing else.
const siteRegExp = '^http://(api\\.)?site\\.localhost:\\d+$';

const alternates = [{ expected: notRead }, { expected: read }, { expected: notRead }];
const regexpKeepsLastIndex = (library: string, link: string) => ({
  summary: `With origin: /…/g, ${library} calls RegExp#test on the same RegExp object for every request, as cors does; a global RegExp keeps lastIndex after a match, so every second request from the same allowed origin does not match and gets no Access-Control-Allow-Origin.`,
  link,
});

export default [
  ...forLibraries(
    {
      name: 'exact-origin',
      title: "origin: '<site>' — site reads, another site (other) does not",
      reference: cors,
      options: { origin: '{origin:site}' },
      request: { api: 'fetch' },
      intent: 'allow',
      expected: read,
      then: [{ page: 'other', intent: 'block', expected: notRead }],
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
  // @koa/cors takes only a string or a function for origin.
  ...forLibraries(
    {
      name: 'origin-list',
      title: "origin: ['<site>', '<api>'] — both read, other does not",
      reference: cors,
      options: { origin: ['{origin:site}', '{origin:api}'] },
      request: { api: 'fetch' },
      intent: 'allow',
      expected: read,
      then: [{ page: 'api', expected: read }, { page: 'other', intent: 'block', expected: notRead }],
    },
    { 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
  // Only cors and @fastify/cors take a RegExp.
  ...forLibraries(
    {
      name: 'origin-regexp',
      title: 'origin: /^http:\\/\\/(api\\.)?site\\.localhost:\\d+$/ — site and api read, other does not',
      reference: cors,
      options: { origin: { regexp: siteRegExp } },
      request: { api: 'fetch' },
      intent: 'allow',
      expected: read,
      then: [{ page: 'api', expected: read }, { page: 'other', intent: 'block', expected: notRead }],
    },
    { 'express-cors': {}, 'fastify-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {}, 'flask-cors': {} },
  ),
  ...forLibraries(
    {
      name: 'origin-regexp-global',
      title: 'origin: the same RegExp with the g flag, four GETs in a row from site — each should be readable',
      reference: 'https://tc39.es/ecma262/#sec-regexpbuiltinexec',
      options: { origin: { regexp: siteRegExp, flags: 'g' } },
      request: { api: 'fetch' },
      intent: 'allow',
      expected: read,
      then: [{ expected: read }, { expected: read }, { expected: read }],
    },
    {
      'express-cors': {
        // RegExp#test on a global RegExp starts at lastIndex, which the previous match left at
        // the end of the origin: every second request fails to match and resets it.
        then: alternates,
        finding: {
          summary:
            "With origin: /…/g, cors calls RegExp#test on the same RegExp object for every request; a global RegExp keeps lastIndex after a match, so the next request from the same allowed origin does not match and gets no Access-Control-Allow-Origin. The site's requests alternate between readable and blocked. @fastify/cors resets lastIndex before each test (fastify/fastify-cors#152).",
          link: 'https://github.com/expressjs/cors/issues/220',
        },
      },
      'fastify-cors': {},
      'elysia-cors': { then: alternates, finding: regexpKeepsLastIndex('@elysiajs/cors', 'https://elysiajs.com/plugins/cors') },
      'itty-cors': { then: alternates, finding: regexpKeepsLastIndex("itty-router's cors()", 'https://itty.dev/itty-router/cors') },
      // h3 matches with String#search, which ignores lastIndex.
      'h3-cors': {},
    },
  ),
  ...forLibraries(
    {
      name: 'origin-function',
      title: 'origin: a function (in the form the library documents) allowing only site — site reads, other does not',
      reference: cors,
      options: { origin: { allowList: ['{origin:site}'] } },
      request: { api: 'fetch' },
      intent: 'allow',
      expected: read,
      then: [{ page: 'other', intent: 'block', expected: notRead }],
    },
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {}, 'elysia-cors': {}, 'itty-cors': {}, 'h3-cors': {} },
  ),
] satisfies ScenarioInput[];
