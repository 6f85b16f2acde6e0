import { forLibraries } from '../../harness/libraries/suite.js';
import type { ScenarioInput } from '../../harness/model/scenario.js';

// Options only one library has, set the way real users set them (`specific`, in the library's own
// words): where @fastify/cors runs, whether @koa/cors keeps its headers on errors, and how cors
// answers a preflight. Each is measured against what the developer means: the front end reads
// the answer, error statuses included.
const cors = 'https://fetch.spec.whatwg.org/#cors-check';
const options = { origin: '{origin:site}' };
const jsonPost = { api: 'fetch', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: { kind: 'text', text: '{}' } } as const;
const put = { api: 'fetch', method: 'PUT' } as const;
const putRead = { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 200, bodyReadable: true } } as const;

export default [
  ...forLibraries(
    {
      name: 'hook-prehandler-validation-400',
      title: "hook: 'preHandler' (the README's async example), a JSON POST that fails body validation — the 400 should be readable by site",
      reference: 'https://github.com/fastify/fastify-cors#custom-fastify-hook-name',
      options,
      endpoint: 'validated',
      request: jsonPost,
      intent: 'allow',
      expected: { preflight: { method: 'POST', headers: 'content-type' }, request: { method: 'POST' }, page: 'network-error' },
    },
    {
      'fastify-cors': {
        specific: { library: 'fastify-cors', hook: 'preHandler' },
        finding: {
          summary:
            "With hook: 'preHandler', @fastify/cors sets its headers only once a request reaches the preHandler stage; Fastify's schema validation answers 400 before that, without Access-Control-Allow-Origin, so the page sees a network error instead of the validation message. The default hook (onRequest) keeps it readable.",
          link: 'https://github.com/fastify/fastify-cors/issues/2',
        },
      },
    },
  ),
  ...forLibraries(
    {
      name: 'keep-headers-on-error-false',
      title: 'keepHeadersOnError: false, the handler throws — the 500 should be readable by site',
      reference: 'https://github.com/koajs/cors#corsoptions',
      options,
      endpoint: 'throws',
      request: { api: 'fetch' },
      intent: 'allow',
      expected: { preflight: false, request: { method: 'GET' }, page: 'network-error' },
    },
    {
      'koa-cors': {
        specific: { library: 'koa-cors', keepHeadersOnError: false },
        finding: {
          summary:
            'With keepHeadersOnError: false, @koa/cors does not copy its headers onto an error thrown downstream (as documented), so the 500 goes out without Access-Control-Allow-Origin and the page sees a network error, not the status. The default (true) keeps error answers readable.',
          link: 'https://github.com/koajs/cors#corsoptions',
        },
      },
    },
  ),
  ...forLibraries(
    {
      name: 'preflight-continue',
      title: 'preflightContinue: true, PUT from site — the preflight goes on to the app, and the PUT should be readable',
      reference: 'https://github.com/expressjs/cors#configuration-options',
      options,
      request: put,
      intent: 'allow',
      expected: putRead,
    },
    { 'express-cors': { specific: { library: 'express-cors', preflightContinue: true } } },
  ),
  ...forLibraries(
    {
      name: 'options-success-status-200',
      title: 'optionsSuccessStatus: 200 (for legacy browsers), PUT from site — a 200 preflight passes like a 204',
      reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
      options,
      request: put,
      intent: 'allow',
      expected: putRead,
    },
    { 'express-cors': { specific: { library: 'express-cors', optionsSuccessStatus: 200 } } },
  ),
] satisfies ScenarioInput[];
