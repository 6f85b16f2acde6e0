import type { ScenarioInput } from '../../harness/model/scenario.js';
import { reasonsDiffer } from '../_shared/reasons.js';

// A CORS-preflight response must have an ok status (200-299), whatever CORS headers it carries,
// and a preflight never follows a redirect: a 3xx answer is a network error.
const reference = 'https://fetch.spec.whatwg.org/#cors-preflight-fetch';
const allowingPreflightHeaders = { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Methods': 'PUT' };
const corsResponse = { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } };

function okStatus(status: number, note: string): ScenarioInput {
  return {
    id: `preflight-response/status-${status}-ok`,
    title: `PUT: the preflight answers ${status}${note} with CORS headers — an ok status, the PUT is sent`,
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: { status, headers: allowingPreflightHeaders },
    response: corsResponse,
    expected: { preflight: { method: 'PUT' }, request: { method: 'PUT' }, page: { status: 200, bodyReadable: true } },
  };
}

function failingStatus(status: number, label: string): ScenarioInput {
  return {
    id: `preflight-response/status-${status}-fails`,
    title: `PUT: the preflight answers ${status} ${label}, even with all the CORS headers — the PUT is never sent`,
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: { status, headers: allowingPreflightHeaders },
    response: corsResponse,
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error', blocked: 'preflight-status-not-ok' },
  };
}

function redirectingPreflight(status: number): ScenarioInput {
  return {
    id: `preflight-response/redirect-${status}-fails`,
    title: `PUT: the preflight answers ${status} with a Location (to an origin that would allow it) — a preflight never follows redirects, the PUT is never sent`,
    reference,
    page: 'site',
    target: 'other',
    request: { api: 'fetch', method: 'PUT' },
    preflight: {
      status,
      headers: allowingPreflightHeaders,
      redirect: {
        to: 'api',
        preflight: { status: 204, headers: allowingPreflightHeaders },
        response: corsResponse,
      },
    },
    response: corsResponse,
    expected: { preflight: { method: 'PUT' }, request: false, page: 'network-error' },
    ignoreDifferences: [
      reasonsDiffer(
        'Chromium and WebKit report the redirect; Firefox reports "CORS request external redirect not allowed" and then that Access-Control-Allow-Origin does not match, although it holds the page origin',
      ),
    ],
  };
}

export default [
  okStatus(200, ' (instead of the usual 204)'),
  okStatus(299, ', the last 2xx code'),
  failingStatus(400, 'Bad Request'),
  failingStatus(403, 'Forbidden'),
  failingStatus(404, 'Not Found'),
  failingStatus(500, 'Internal Server Error'),
  redirectingPreflight(302),
  redirectingPreflight(307),
] satisfies ScenarioInput[];
