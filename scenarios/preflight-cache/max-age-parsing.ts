import type { ScenarioInput } from '../../harness/model/scenario.js';
import { cacheMayDropEntries } from '../_shared/deviations.js';

// How Access-Control-Max-Age is read. The Fetch standard (CORS-preflight fetch): "If max-age is
// failure or null, then set max-age to 5." A missing header, a negative number and a word are all
// "failure or null", so each leaves a 5-second entry: a second PUT right away needs no preflight.
const preflightAllowingPut = (maxAge: string | undefined) => ({
  status: 204,
  headers: {
    'Access-Control-Allow-Origin': '{page}',
    'Access-Control-Allow-Methods': 'PUT',
    ...(maxAge === undefined ? {} : { 'Access-Control-Max-Age': maxAge }),
  },
});

const allowedResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } };
const preflightedPut = { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 200 } } as const;
const cachedPut = { preflight: false, request: { method: 'PUT' }, page: { status: 200 } } as const;

// Seen here in every engine, and read in their sources.
const negativeReasons = {
  chromium: 'Chromium parses -1 as a number and uses 0 for a negative value ("the entry cannot be cached"), so every PUT is preflighted.',
  firefox: 'Firefox accepts only digits; on "-1" it skips caching, so every PUT is preflighted.',
  webkit: 'WebKit parses -1 as a number and gives the entry an expiry in the past, so every PUT is preflighted.',
} as const;

export default [
  {
    id: 'preflight-cache/max-age-absent-defaults-to-5s',
    title: 'No Access-Control-Max-Age: the preflight is cached for 5 s — a PUT right after is not preflighted, one 5.5 s later is',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-max-age',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut(undefined),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }, { waitAfterLastPreflightMs: 5500, expected: preflightedPut }],
  },
  {
    id: 'preflight-cache/max-age-negative',
    title: 'Access-Control-Max-Age: -1 is not a number of seconds, so the 5 s default applies — a PUT right after is not preflighted',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('-1'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }],
    deviations: (['chromium', 'firefox', 'webkit'] as const).map((engine) => ({
      engine,
      step: 1,
      reason: `${negativeReasons[engine]} No engine bug found: WPT cors/preflight-cache.htm ("age = -1, should not be cached") expects the same, against the spec text ("failure" -> 5 s).`,
      bug: 'https://wpt.fyi/results/cors/preflight-cache.htm',
      standardAllows: cacheMayDropEntries,
      expected: preflightedPut,
    })),
  },
  {
    id: 'preflight-cache/max-age-non-numeric',
    title: 'Access-Control-Max-Age: forever is not a number, so the 5 s default applies — a PUT right after is not preflighted',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('forever'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }],
    deviations: [
      {
        engine: 'firefox',
        step: 1,
        reason:
          'Firefox applies its 5 s default (added in bug 1607615) only when the header is absent or empty; a value with any non-digit makes it skip caching, so every PUT is preflighted. No open bug found for the non-numeric case.',
        bug: 'https://bugzilla.mozilla.org/show_bug.cgi?id=1607615',
        standardAllows: cacheMayDropEntries,
        expected: preflightedPut,
      },
    ],
  },
] satisfies ScenarioInput[];
