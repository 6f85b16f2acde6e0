import type { ScenarioInput } from '../../harness/model/scenario.js';

// A cross-origin stylesheet always applies to the page, but its rules (link.sheet.cssRules) can
// be read by script only when it was fetched with CORS: crossorigin plus Access-Control-Allow-Origin.
const css = 'p { color: rgb(1, 2, 3); }';
const cssType = { 'Content-Type': 'text/css' };

export default [
  {
    id: 'elements/stylesheet-no-crossorigin-rules-hidden',
    title: '<link rel=stylesheet> from another origin without crossorigin — the sheet applies, but reading cssRules throws',
    reference: 'https://drafts.csswg.org/cssom/#dom-cssstylesheet-cssrules',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'stylesheet' },
    response: { status: 200, headers: cssType, body: css },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors', secFetchDest: 'style' }, page: { bodyReadable: false } },
  },
  {
    id: 'elements/stylesheet-no-crossorigin-allow-origin-ignored',
    title: '<link rel=stylesheet> without crossorigin: Access-Control-Allow-Origin: * on the response changes nothing, cssRules still throws',
    reference: 'https://drafts.csswg.org/cssom/#dom-cssstylesheet-cssrules',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'stylesheet' },
    response: { status: 200, headers: { ...cssType, 'Access-Control-Allow-Origin': '*' }, body: css },
    expected: { preflight: false, request: { origin: null, secFetchMode: 'no-cors' }, page: { bodyReadable: false } },
  },
  {
    id: 'elements/stylesheet-crossorigin-allowed',
    title: '<link rel=stylesheet crossorigin> with Access-Control-Allow-Origin: * — cssRules readable',
    reference: 'https://html.spec.whatwg.org/multipage/semantics.html#attr-link-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'stylesheet', crossorigin: 'anonymous' },
    response: { status: 200, headers: { ...cssType, 'Access-Control-Allow-Origin': '*' }, body: css },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors', secFetchDest: 'style' }, page: { bodyReadable: true } },
  },
  {
    id: 'elements/stylesheet-crossorigin-without-allow-origin',
    title: '<link rel=stylesheet crossorigin> without Access-Control-Allow-Origin — the stylesheet fails to load',
    reference: 'https://html.spec.whatwg.org/multipage/semantics.html#attr-link-crossorigin',
    page: 'site',
    target: 'other',
    request: { api: 'element', element: 'stylesheet', crossorigin: 'anonymous' },
    response: { status: 200, headers: cssType, body: css },
    expected: { preflight: false, request: { origin: '{page}', secFetchMode: 'cors' }, page: 'network-error' },
  },
] satisfies ScenarioInput[];
