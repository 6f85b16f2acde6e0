import type { DeviationInput, ScenarioInput } from '../../harness/model/scenario.js';

// Resource Timing shows a cross-origin response's detailed timing (DNS, connection, request and
// response start, sizes, protocol) only when the response passes the timing allow check:
// Timing-Allow-Origin names the page's origin or is *. CORS does not decide it: a response the
// page may read can still have coarse timing, and the reverse. Same-origin responses always pass.
const allowAll = { 'Access-Control-Allow-Origin': '*' };
const reference = 'https://fetch.spec.whatwg.org/#concept-tao-check';

// Since whatwg/fetch#1556 (2023) the body sizes follow CORS, not Timing-Allow-Origin: a response
// the page may read exposes encodedBodySize and decodedBodySize whatever its timing says.
const chromiumSizesFollowTao: DeviationInput = {
  engine: 'chromium',
  reason: 'Chromium still hides encodedBodySize and decodedBodySize of a readable cross-origin response without Timing-Allow-Origin: Fetch made them CORS-protected, not TAO-protected, in 2023 (whatwg/fetch#1556).',
  bug: 'https://crbug.com/1404669',
  expected: { page: { bodySizes: 'hidden' } },
};
const webkitSizesSameOriginOnly = (timing: 'coarse' | 'partial'): DeviationInput => ({
  engine: 'webkit',
  reason:
    'WebKit exposes transferSize, encodedBodySize and decodedBodySize for same-origin requests only, Timing-Allow-Origin or CORS notwithstanding (bug 245501, 2022); ' +
    'Fetch makes the body sizes CORS-protected (whatwg/fetch#1556, WebKit bug 251144) and transferSize TAO-protected.',
  bug: 'https://bugs.webkit.org/show_bug.cgi?id=251144',
  expected: { page: { bodySizes: 'hidden', timing } },
});

export default [
  {
    id: 'exposure/timing-without-timing-allow-origin',
    title: 'A readable cross-origin fetch without Timing-Allow-Origin — coarse timing (detail fields zero), but the body sizes are there: CORS guards them',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', readTiming: true },
    response: { status: 200, headers: allowAll, body: 'timed' },
    expected: { preflight: false, request: true, page: { status: 200, type: 'cors', bodyReadable: true, timing: 'coarse', bodySizes: 'exposed' } },
    deviations: [chromiumSizesFollowTao, webkitSizesSameOriginOnly('coarse')],
  },
  {
    id: 'exposure/timing-allow-origin-star',
    title: 'A cross-origin fetch with Timing-Allow-Origin: * — detailed timing',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', readTiming: true },
    response: { status: 200, headers: { ...allowAll, 'Timing-Allow-Origin': '*' }, body: 'timed' },
    expected: { preflight: false, request: true, page: { status: 200, type: 'cors', bodyReadable: true, timing: 'detailed', bodySizes: 'exposed' } },
    deviations: [webkitSizesSameOriginOnly('partial')],
  },
  {
    id: 'exposure/timing-allow-origin-page-origin',
    title: "A cross-origin fetch with Timing-Allow-Origin naming the page's origin — detailed timing",
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', readTiming: true },
    response: { status: 200, headers: { ...allowAll, 'Timing-Allow-Origin': '{page}' }, body: 'timed' },
    expected: { preflight: false, request: true, page: { status: 200, type: 'cors', bodyReadable: true, timing: 'detailed', bodySizes: 'exposed' } },
    deviations: [webkitSizesSameOriginOnly('partial')],
  },
  {
    id: 'exposure/timing-allow-origin-other-origin',
    title: 'A cross-origin fetch with Timing-Allow-Origin naming another origin — coarse timing, though the body is readable',
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', readTiming: true },
    response: { status: 200, headers: { ...allowAll, 'Timing-Allow-Origin': '{origin:api}' }, body: 'timed' },
    expected: { preflight: false, request: true, page: { status: 200, type: 'cors', bodyReadable: true, timing: 'coarse', bodySizes: 'exposed' } },
    deviations: [chromiumSizesFollowTao, webkitSizesSameOriginOnly('coarse')],
  },
  {
    id: 'exposure/timing-same-origin',
    title: 'A same-origin fetch without Timing-Allow-Origin — detailed timing: the check passes for the same origin',
    reference,
    page: 'site',
    target: 'site',
    request: { api: 'fetch', readTiming: true },
    response: { status: 200, body: 'timed' },
    expected: { preflight: false, request: true, page: { status: 200, type: 'basic', bodyReadable: true, timing: 'detailed', bodySizes: 'exposed' } },
  },
] satisfies ScenarioInput[];
