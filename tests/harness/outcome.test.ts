/** Comparing an outcome with a scenario's expectation, and choosing an engine's deviations. */
import { test, expect } from '@playwright/test';
import { applicableDeviations, compare, computeOutcome, effectiveExpectation, verdictOf } from '../../harness/runner/outcome.js';
import type { Outcome, ReceivedRequest, EngineIdentity } from '../../harness/model/observation.js';
import { deviationSchema, expectedSchema } from '../../harness/model/scenario.js';
import type { OriginName } from '../../harness/model/origin-names.js';
import { failedPage } from './fake-observation.js';

const origins = Object.fromEntries(
  ['site', 'site-port', 'api', 'other', 'site-https', 'api-https', 'other-https'].map((name) => [name, `http://${name}.localhost:1`]),
) as Record<OriginName, string>;
const context = { page: origins.site, target: origins.other, origins };

const identity = (version: string, variant?: 'legacy-method-case'): EngineIdentity => ({
  engine: 'chromium',
  variant,
  project: 'chromium',
  browser: 'Chromium',
  version,
  driver: 'test',
  executable: 'test',
  changedSettings: [],
});

const blocked: Outcome = {
  preflight: { method: 'patch', headers: null, origin: origins.site },
  request: false,
  finalRequest: false,
  page: 'network-error',
  blocked: 'method-not-allowed',
};

test('an expectation that matches gives no mismatches; one that does not names each field', () => {
  const expected = expectedSchema.parse({ preflight: { method: 'patch' }, request: false, page: 'network-error' });
  expect(compare(expected, blocked, context)).toEqual([]);
  const wrong = expectedSchema.parse({ preflight: { method: 'PATCH' }, request: { origin: '{page}' }, page: { status: 200 } });
  expect(compare(wrong, blocked, context)).toEqual([
    { field: 'preflight.method', expected: 'PATCH', observed: 'patch' },
    { field: 'request', expected: true, observed: false },
    { field: 'page', expected: 'response', observed: 'network-error' },
  ]);
});

test('{page} in an expectation is the page origin; null means the header was absent', () => {
  const expected = expectedSchema.parse({ preflight: false, request: { origin: '{page}', cookie: null }, page: 'network-error' });
  const outcome: Outcome = {
    preflight: false,
    request: { method: 'GET', origin: origins.site, cookie: 'a=1', secFetchDest: null, secFetchMode: null, secFetchSite: null },
    finalRequest: false,
    page: 'network-error',
    blocked: null,
  };
  expect(compare(expected, outcome, context)).toEqual([{ field: 'request.cookie', expected: null, observed: 'a=1' }]);
});

test('a deviation applies by version range or by variant, and only to its engine', () => {
  const deviation = deviationSchema.parse({
    engine: 'chromium',
    versions: '<109',
    variants: ['legacy-method-case'],
    reason: 'old Chrome',
    bug: 'https://crbug.com/1228178',
    expected: { request: true },
  });
  expect(applicableDeviations([deviation], identity('108.0.5359.1'))).toHaveLength(1);
  expect(applicableDeviations([deviation], identity('109.0.1'))).toHaveLength(0);
  expect(applicableDeviations([deviation], identity('156.0.8078.108', 'legacy-method-case'))).toHaveLength(1);
  expect(applicableDeviations([deviation], { ...identity('100'), engine: 'firefox' })).toHaveLength(0);
  const always = deviationSchema.parse({ engine: 'chromium', reason: 'r', bug: 'https://crbug.com/1', expected: {} });
  expect(applicableDeviations([always], identity('156'))).toHaveLength(1);
});

test('verdicts: standard, known deviation, unexpected (also when a declared deviation is gone)', () => {
  const expected = expectedSchema.parse({ preflight: true, request: false, page: 'network-error' });
  const deviation = deviationSchema.parse({ engine: 'chromium', reason: 'r', bug: 'https://crbug.com/1', expected: { request: true, page: { status: 200 } } });
  const effective = effectiveExpectation(expected, [deviation]);
  const standard = compare(expected, blocked, context);
  expect(verdictOf(standard, compare(expected, blocked, context))).toBe('matches-standard');
  expect(verdictOf(standard, compare(effective, blocked, context))).toBe('unexpected');
  const allowed: Outcome = { ...blocked, request: { method: 'patch', origin: null, cookie: null, secFetchDest: null, secFetchMode: null, secFetchSite: null }, page: { status: 200, type: 'cors', bodyReadable: true, headers: {} } };
  expect(verdictOf(compare(expected, allowed, context), compare(effective, allowed, context), [deviation])).toBe('known-deviation');
  // Where the standard allows the engine's outcome too (`standardAllows`) for every deviation that applied, the cell conforms
  // either way; one deviation without it keeps the cell a known deviation; an unexpected outcome stays unexpected.
  const allowedToo = { ...deviation, standardAllows: 'the text that allows it' };
  expect(verdictOf(compare(expected, allowed, context), compare(effective, allowed, context), [allowedToo])).toBe('conforms-either-way');
  expect(verdictOf(compare(expected, allowed, context), compare(effective, allowed, context), [allowedToo, deviation])).toBe('known-deviation');
  expect(verdictOf(standard, compare(effective, blocked, context), [allowedToo])).toBe('unexpected');
  expect(verdictOf(standard, compare(expected, blocked, context), [allowedToo])).toBe('matches-standard');
});

test('a deviation that lets the request through drops the reason the standard gives for blocking it', () => {
  const expected = expectedSchema.parse({ preflight: false, request: true, page: 'network-error', blocked: 'allow-origin-missing' });
  const deviation = deviationSchema.parse({ engine: 'webkit', reason: 'r', bug: 'https://bugs.webkit.org/1', expected: { page: { bodyReadable: true } } });
  const effective = effectiveExpectation(expected, [deviation]);
  expect(effective.blocked).toBeUndefined();
  const loaded: Outcome = { ...blocked, preflight: false, request: { method: 'GET', origin: null, cookie: null, secFetchDest: null, secFetchMode: null, secFetchSite: null }, page: { status: null, type: null, bodyReadable: true, headers: {} }, blocked: null };
  expect(compare(effective, loaded, context)).toEqual([]);
  expect(compare(expected, loaded, context).map((mismatch) => mismatch.field)).toEqual(['blocked', 'page']);
  // A deviation that only changes the wire keeps the reason.
  const wire = deviationSchema.parse({ engine: 'webkit', reason: 'r', bug: 'https://bugs.webkit.org/1', expected: { request: { origin: null } } });
  expect(effectiveExpectation(expected, [wire]).blocked).toBe('allow-origin-missing');
});

test('a retry of the same URL is not a redirect; a request to a later hop is', () => {
  const entry = (hop: number, method = 'GET'): ReceivedRequest => ({
    token: 't',
    hop,
    origin: 'other',
    listener: 'http',
    method,
    path: `/s/t/${hop}`,
    httpVersion: '1.1',
    headers: [['Origin', origins.site]],
    isPreflight: false,
    bodyLength: 0,
    receivedAt: 0,
  });
  const page = failedPage();
  const retried = computeOutcome(page, [entry(0), entry(0), entry(0)]);
  expect(retried.request).toMatchObject({ method: 'GET' });
  expect(retried.finalRequest).toBe(false);
  const redirected = computeOutcome(page, [entry(0), entry(1, 'POST')]);
  expect(redirected.finalRequest).toMatchObject({ method: 'POST' });
});
