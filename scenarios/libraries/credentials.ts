import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/scenario/schema.js';

// credentials: true. Browsers refuse a credentialed response with Access-Control-Allow-Origin: *,
// so `origin: '*'` with credentials cannot do what it says: either the library sends `*` (and
// the site's credentialed requests fail) or it replaces `*` by the request's Origin (and every
// site on the web may read with the user's cookies). The pages make credentialed fetches
// (credentials: 'include'); no cookie is needed to see whether the browser lets the page read.
const credentialsSpec = 'https://fetch.spec.whatwg.org/#cors-protocol-and-credentials';

const readWithCredentials = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: { status: 200, bodyReadable: true } } as const;
const notRead = { preflight: false, request: { method: 'GET', origin: '{page}' }, page: 'network-error' } as const;

const starSent = (library: string) => ({
  expected: notRead,
  finding: {
    summary: `With origin: '*' and credentials: true, ${library} sends Access-Control-Allow-Origin: * together with Access-Control-Allow-Credentials: true. Browsers refuse that combination for every credentialed request, so the option pair can never work; the library accepts it without a warning.`,
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
    { 'koa-cors': koaReflects, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {} },
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
    { 'koa-cors': {}, 'express-cors': {}, 'fastify-cors': {}, 'hono-cors': {} },
  ),
] satisfies ScenarioInput[];
