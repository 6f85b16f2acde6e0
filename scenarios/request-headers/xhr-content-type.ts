import type { ScenarioInput } from '../../harness/model/scenario.js';

// XMLHttpRequest's send() with a string body keeps a Content-Type the page set, and replaces its
// charset parameter only when it is not already UTF-8 in some case (whatwg/xhr#224, 2018: Firefox
// found that always writing "UTF-8" broke sites). Found by the differential fuzzer (issue #39).
const body = { kind: 'text', text: 'payload' } as const;

export default [
  {
    id: 'request-headers/xhr-content-type-charset-utf-8-kept',
    title: 'Cross-origin XMLHttpRequest POST with Content-Type: text/plain; charset=utf-8 — sent as the page set it (the charset is UTF-8 already)',
    reference: 'https://xhr.spec.whatwg.org/#the-send()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: {
      preflight: false,
      request: { method: 'POST', origin: '{page}', cookie: null, secFetchSite: 'cross-site', secFetchMode: 'cors', secFetchDest: 'empty' },
      hops: [{ hop: 0, request: { contentType: 'text/plain; charset=utf-8' } }],
      page: { status: 200, bodyReadable: true },
    },
    deviations: [
      {
        engine: 'chromium',
        reason:
          'Chromium rewrites the charset of a Content-Type the page set to "UTF-8" whatever its case, as the XMLHttpRequest standard did before whatwg/xhr#224; ' +
          "its WPT expectations still record xhr/send-content-type-charset.htm's \"If charset= param is UTF-8 (case-insensitive), it should not be changed\" as failing.",
        bug: 'https://bugs.chromium.org/p/chromium/issues/detail?id=833347',
        expected: { hops: [{ hop: 0, request: { contentType: 'text/plain; charset=UTF-8' } }] },
      },
    ],
  },
] satisfies ScenarioInput[];
