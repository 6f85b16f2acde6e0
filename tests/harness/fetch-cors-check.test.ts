/**
 * The CORS check and the CORS-preflight check (harness/scenario/fetch-cors-check.ts), by the Fetch
 * standard's steps: what decides, for a server corsmatrix does not run, whether a browser sends a
 * refused origin's PUT after its preflight.
 */
import { test, expect } from '@playwright/test';
import { corsCheck, corsPreflightCheck, type PreflightedRequest } from '../../harness/scenario/fetch-cors-check.js';

const put: PreflightedRequest = { origin: 'https://evil.example.com', method: 'PUT', headers: [], credentials: 'same-origin' };
const answer = (headers: Array<[string, string]>, status = 204) => ({ status, headers });
const reflected: Array<[string, string]> = [['Access-Control-Allow-Origin', 'https://evil.example.com']];

test('the CORS check: the origin exactly or *, and with credentials the origin and Allow-Credentials: true', () => {
  const of = (request: Pick<PreflightedRequest, 'origin' | 'credentials'>, headers: Array<[string, string]>) => {
    const result = corsCheck(request, headers);
    return result.ok ? 'ok' : result.reason;
  };
  expect(of(put, [])).toBe('allow-origin-missing');
  expect(of(put, [['Access-Control-Allow-Origin', '*']])).toBe('ok');
  expect(of({ ...put, credentials: 'include' }, [['Access-Control-Allow-Origin', '*']])).toBe('allow-origin-wildcard-with-credentials');
  expect(of(put, [['Access-Control-Allow-Origin', 'https://app.example.com']])).toBe('allow-origin-mismatch');
  // Two headers are combined with ", ": never one origin.
  expect(of(put, [...reflected, ...reflected])).toBe('allow-origin-multiple');
  expect(of(put, [['access-control-allow-origin', ' https://evil.example.com ']])).toBe('ok');
  expect(of({ ...put, credentials: 'include' }, reflected)).toBe('allow-credentials-not-true');
  expect(of({ ...put, credentials: 'include' }, [...reflected, ['Access-Control-Allow-Credentials', 'TRUE']])).toBe('allow-credentials-not-true');
  expect(of({ ...put, credentials: 'include' }, [...reflected, ['Access-Control-Allow-Credentials', 'true']])).toBe('ok');
  expect(of({ origin: 'null', credentials: 'same-origin' }, [['Access-Control-Allow-Origin', 'null']])).toBe('ok');
});

test('the CORS-preflight check: an ok status, then the method and each unsafe header', () => {
  const of = (request: PreflightedRequest, status: number, headers: Array<[string, string]>) => {
    const result = corsPreflightCheck(request, answer(headers, status));
    return result.ok ? 'ok' : result.reason;
  };
  // The classic mistake: the preflight reflects every origin, and the PUT is sent.
  expect(of(put, 204, [...reflected, ['Access-Control-Allow-Methods', 'GET, PUT']])).toBe('ok');
  expect(of(put, 204, [['Access-Control-Allow-Methods', 'GET, PUT']])).toBe('allow-origin-missing');
  expect(of(put, 404, [...reflected, ['Access-Control-Allow-Methods', 'PUT']])).toBe('preflight-status-not-ok');
  expect(of(put, 302, [...reflected, ['Access-Control-Allow-Methods', 'PUT']])).toBe('preflight-redirected');
  expect(of(put, 204, [...reflected, ['Access-Control-Allow-Methods', 'GET']])).toBe('method-not-allowed');
  // Without Allow-Methods, a fetch()'s PUT is not allowed (the use-CORS-preflight flag is an XHR upload's).
  expect(of(put, 204, reflected)).toBe('method-not-allowed');
  // Compared byte for byte after normalizing: PATCH is not normalized, so "patch" does not allow it.
  expect(of({ ...put, method: 'PATCH' }, 204, [...reflected, ['Access-Control-Allow-Methods', 'patch']])).toBe('method-not-allowed');
  expect(of({ ...put, method: 'put' }, 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT']])).toBe('ok');
  // * covers every method, but not with credentials.
  expect(of(put, 204, [...reflected, ['Access-Control-Allow-Methods', '*']])).toBe('ok');
  expect(of({ ...put, credentials: 'include' }, 204, [...reflected, ['Access-Control-Allow-Credentials', 'true'], ['Access-Control-Allow-Methods', '*']])).toBe('method-not-allowed');
  expect(of(put, 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT, (bad)']])).toBe('allow-methods-invalid');
  const withHeader = (name: string): PreflightedRequest => ({ ...put, headers: [[name, 'x']] });
  expect(of(withHeader('X-Trace'), 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT']])).toBe('header-not-allowed');
  expect(of(withHeader('X-Trace'), 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'x-trace']])).toBe('ok');
  expect(of(withHeader('X-Trace'), 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', '*']])).toBe('ok');
  expect(of(withHeader('Authorization'), 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', '*']])).toBe('authorization-not-covered-by-wildcard');
  expect(of(withHeader('Authorization'), 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'Authorization']])).toBe('ok');
  // A safelisted header needs no listing.
  expect(of(withHeader('Accept'), 204, [...reflected, ['Access-Control-Allow-Methods', 'PUT']])).toBe('ok');
});
