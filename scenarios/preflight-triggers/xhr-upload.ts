import type { ScenarioInput } from '../../harness/model/scenario.js';

// XMLHttpRequest sets the use-CORS-preflight flag when a listener is registered on xhr.upload
// before send() (preflight/xhr-upload-listener shows a POST with one). Without a listener the
// same POST is a simple request. The flag does not depend on there being a body.
const allowed = { page: { status: 200, bodyReadable: true } } as const;

export default [
  {
    id: 'preflight-triggers/xhr-post-no-upload-listener',
    title: 'XHR POST with a text body and no upload listener is a simple request: no preflight',
    reference: 'https://xhr.spec.whatwg.org/#the-send()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'POST', body: { kind: 'text', text: 'hello' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: false, request: { method: 'POST', origin: '{page}' }, ...allowed },
  },
  {
    id: 'preflight-triggers/xhr-get-upload-listener',
    title: 'XHR GET (no body) with an upload listener: the upload listener flag still forces a preflight',
    reference: 'https://xhr.spec.whatwg.org/#the-send()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', uploadListener: true },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: { preflight: { method: 'GET', headers: null }, request: { method: 'GET' }, ...allowed },
    deviations: [
      {
        engine: 'chromium',
        reason:
          'Chromium looks at upload listeners only when the request has a body (XMLHttpRequest::CreateRequest), so a GET with an upload listener goes out without a preflight. No Chromium bug or WPT test for this was found; the link is the XHR send() steps, which set the flag regardless of the body',
        bug: 'https://xhr.spec.whatwg.org/#the-send()-method',
        expected: { preflight: false },
      },
    ],
  },
] satisfies ScenarioInput[];
