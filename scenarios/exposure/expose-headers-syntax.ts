import type { ScenarioInput } from '../../harness/model/scenario.js';

// Access-Control-Expose-Headers is a comma-separated list of header names (`#field-name`):
// several names, any case, optional whitespace around the commas, and several header lines
// (combined into one list) all work the same.
const customHeaders = { 'X-Alpha': 'a', 'X-Beta': 'b', 'X-Gamma': 'c' };
const readThree = ['X-Alpha', 'X-Beta', 'X-Gamma'];

export default [
  {
    id: 'exposure/expose-headers-several-names',
    title: 'Access-Control-Expose-Headers: X-Alpha, X-Beta — both readable, X-Gamma (not listed) hidden',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: readThree },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-Alpha, X-Beta', ...customHeaders } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Alpha': 'a', 'X-Beta': 'b', 'X-Gamma': null } } },
  },
  {
    id: 'exposure/expose-headers-case-insensitive',
    title: 'Access-Control-Expose-Headers: x-alpha, X-BETA exposes X-Alpha and X-Beta: names match whatever their case',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: readThree },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'x-alpha, X-BETA', ...customHeaders } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Alpha': 'a', 'X-Beta': 'b', 'X-Gamma': null } } },
  },
  {
    id: 'exposure/expose-headers-extra-whitespace',
    title: 'Access-Control-Expose-Headers with spaces and tabs around the commas ("  X-Alpha ,\\tX-Beta  ") still exposes both',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: readThree },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '  X-Alpha ,\tX-Beta  ', ...customHeaders } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Alpha': 'a', 'X-Beta': 'b', 'X-Gamma': null } } },
  },
  {
    id: 'exposure/expose-headers-two-header-lines',
    title: 'Two Access-Control-Expose-Headers lines (X-Alpha, then X-Beta) are combined: both readable',
    reference: 'https://fetch.spec.whatwg.org/#http-access-control-expose-headers',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'GET', readHeaders: readThree },
    response: {
      status: 200,
      headers: [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Expose-Headers', 'X-Alpha'],
        ['Access-Control-Expose-Headers', 'X-Beta'],
        ['X-Alpha', 'a'],
        ['X-Beta', 'b'],
        ['X-Gamma', 'c'],
      ],
    },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Alpha': 'a', 'X-Beta': 'b', 'X-Gamma': null } } },
  },
  {
    id: 'exposure/expose-headers-xhr-several-names',
    title: 'XHR getResponseHeader with Access-Control-Expose-Headers: X-Alpha, X-Beta — both readable, X-Gamma hidden',
    reference: 'https://xhr.spec.whatwg.org/#the-getresponseheader()-method',
    page: 'site',
    target: 'other',
    request: { api: 'xhr', method: 'GET', readHeaders: readThree },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-Alpha, X-Beta', ...customHeaders } },
    expected: { preflight: false, request: true, page: { status: 200, headers: { 'X-Alpha': 'a', 'X-Beta': 'b', 'X-Gamma': null } } },
  },
] satisfies ScenarioInput[];
