import type { DeviationInput, ExpectedInput, ScenarioInput } from '../../harness/model/scenario.js';

// Method names are case-sensitive, except the six the Fetch standard normalises (DELETE, GET,
// HEAD, OPTIONS, POST, PUT). So `patch` stays `patch`, and Access-Control-Allow-Methods must list
// a custom method exactly as the page wrote it. Chrome before 109 compared against the
// upper-cased name instead (crbug.com/1228178); the chromium-legacy-method-case project
// reproduces that with the enterprise policy AccessControlAllowMethodsInCORSPreflightSpecConformant=false.
//
// These run between https origins: they speak HTTP/2, where Node passes any method through
// (its HTTP/1 parser refuses custom and lower-case methods).
const chromeBefore109: Omit<DeviationInput, 'expected'> = {
  engine: 'chromium',
  versions: '<109',
  variants: ['legacy-method-case'],
  reason: 'Chrome before 109 matched Access-Control-Allow-Methods against the upper-cased request method',
  bug: 'https://crbug.com/1228178',
};

const allowed: Pick<ExpectedInput, 'page'> = { page: { status: 200, bodyReadable: true } };

export default [
  {
    id: 'method-case/custom-allowed-exactly',
    title: 'Method Wibbley-Wobbley, Access-Control-Allow-Methods: Wibbley-Wobbley — allowed',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'Wibbley-Wobbley' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'Wibbley-Wobbley' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'Wibbley-Wobbley' }, request: { method: 'Wibbley-Wobbley' }, ...allowed },
    deviations: [{ ...chromeBefore109, expected: { request: false, page: 'network-error' } }],
  },
  {
    id: 'method-case/custom-allowed-only-uppercased',
    title: 'Method Wibbley-Wobbley, Access-Control-Allow-Methods: WIBBLEY-WOBBLEY — blocked',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'Wibbley-Wobbley' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'WIBBLEY-WOBBLEY' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'Wibbley-Wobbley' }, request: false, page: 'network-error' },
    deviations: [{ ...chromeBefore109, expected: { request: { method: 'Wibbley-Wobbley' }, ...allowed } }],
  },
  {
    id: 'method-case/custom-allowed-both-ways',
    title: 'Method Wibbley-Wobbley, Access-Control-Allow-Methods lists both spellings — allowed everywhere',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'Wibbley-Wobbley' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'Wibbley-Wobbley, WIBBLEY-WOBBLEY' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'Wibbley-Wobbley' }, request: { method: 'Wibbley-Wobbley' }, ...allowed },
  },
  {
    id: 'method-case/lowercase-patch-allowed-lowercase',
    title: "fetch with method 'patch', Access-Control-Allow-Methods: patch — allowed, sent as 'patch'",
    reference: 'https://fetch.spec.whatwg.org/#concept-method-normalize',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'patch' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'patch' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'patch' }, request: { method: 'patch' }, ...allowed },
    deviations: [{ ...chromeBefore109, expected: { request: false, page: 'network-error' } }],
  },
  {
    id: 'method-case/lowercase-patch-allowed-uppercase',
    title: "fetch with method 'patch', Access-Control-Allow-Methods: PATCH — blocked ('patch' is not normalised)",
    reference: 'https://fetch.spec.whatwg.org/#concept-method-normalize',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'patch' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PATCH' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'patch' }, request: false, page: 'network-error' },
    deviations: [{ ...chromeBefore109, expected: { request: { method: 'patch' }, ...allowed } }],
  },
  {
    id: 'method-case/lowercase-put-normalised',
    title: "fetch with method 'put' is normalised to PUT: preflight asks for PUT, Access-Control-Allow-Methods: PUT allows it",
    reference: 'https://fetch.spec.whatwg.org/#concept-method-normalize',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'fetch', method: 'put' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'PUT' }, request: { method: 'PUT' }, ...allowed },
  },
  {
    id: 'method-case/xhr-lowercase-patch-allowed-lowercase',
    title: "XHR with method 'patch', Access-Control-Allow-Methods: patch — allowed, sent as 'patch'",
    reference: 'https://xhr.spec.whatwg.org/#the-open()-method',
    page: 'site-https',
    target: 'other-https',
    request: { api: 'xhr', method: 'patch' },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'patch' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    expected: { preflight: { method: 'patch' }, request: { method: 'patch' }, page: { status: 200, bodyReadable: true } },
    deviations: [{ ...chromeBefore109, expected: { request: false, page: 'network-error' } }],
  },
] satisfies ScenarioInput[];
