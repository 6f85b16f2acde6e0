import type { ScenarioInput } from '../../harness/model/scenario.js';

// Fetch lets a browser cap Access-Control-Max-Age ("If max-age is greater than an imposed limit on
// max-age, then set max-age to the imposed limit"). The documented caps, read in each engine's source:
//   WebKit    600 s (10 min)  maxPreflightCacheTimeout in Source/WebCore/loader/CrossOriginPreflightResultCache.cpp
//   Chromium  7200 s (2 h)    kMaxTimeout in services/network/cors/preflight_result.cc
//   Firefox   86400 s (24 h)  "Cap at 24 hours" in netwerk/protocol/http/nsCORSListenerProxy.cpp
// A value above a cap must still be honoured up to the cap: the first three scenarios check that a
// PUT right after is served from the cache. When the entry expires cannot be measured here.
const webkitSource = 'https://github.com/WebKit/WebKit/blob/main/Source/WebCore/loader/CrossOriginPreflightResultCache.cpp';
const chromiumSource = 'https://source.chromium.org/chromium/chromium/src/+/main:services/network/cors/preflight_result.cc';
const firefoxSource = 'https://searchfox.org/mozilla-central/source/netwerk/protocol/http/nsCORSListenerProxy.cpp';

const preflightAllowingPut = (maxAge: string) => ({
  status: 204,
  headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT', 'Access-Control-Max-Age': maxAge },
});

const allowedResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } };
const preflightedPut = { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 200 } } as const;
const cachedPut = { preflight: false, request: { method: 'PUT' }, page: { status: 200 } } as const;

export default [
  {
    id: 'preflight-cache/max-age-above-webkit-cap',
    title: "Access-Control-Max-Age: 601, above WebKit's 600 s cap — the entry is still used: a PUT right after is not preflighted",
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('601'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }],
  },
  {
    id: 'preflight-cache/max-age-above-chromium-cap',
    title: "Access-Control-Max-Age: 7201, above Chromium's 2 h cap — the entry is still used: a PUT right after is not preflighted",
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('7201'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }],
  },
  {
    id: 'preflight-cache/max-age-above-firefox-cap',
    title: "Access-Control-Max-Age: 86401, above Firefox's 24 h cap — the entry is still used: a PUT right after is not preflighted",
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('86401'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: cachedPut }],
  },
  {
    // Documentation only: the follow-up stands for a PUT made after the engine's cap has passed,
    // which the harness cannot wait for (it waits at most 20 s), so no engine runs it.
    id: 'preflight-cache/max-age-cap-expiry',
    title: 'Access-Control-Max-Age: 604800 (a week) — once the engine cap has passed (10 min WebKit, 2 h Chromium, 24 h Firefox), a PUT is preflighted again',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-max-age',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: preflightAllowingPut('604800'),
    response: allowedResponse,
    expected: preflightedPut,
    then: [{ expected: preflightedPut }],
    notMeasured: [
      { engine: 'webkit', reason: 'WebKit caps Max-Age at 600 s (maxPreflightCacheTimeout); seeing the entry expire needs a 10-minute wait, the harness waits at most 20 s', link: webkitSource },
      { engine: 'chromium', reason: 'Chromium caps Max-Age at 7200 s (kMaxTimeout = 2 hours); seeing the entry expire needs a 2-hour wait, the harness waits at most 20 s', link: chromiumSource },
      { engine: 'firefox', reason: 'Firefox caps Max-Age at 86400 s ("Cap at 24 hours"); seeing the entry expire needs a 24-hour wait, the harness waits at most 20 s', link: firefoxSource },
    ],
  },
] satisfies ScenarioInput[];
