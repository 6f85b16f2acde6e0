/**
 * Why a request was blocked: each engine's words read as the shared vocabulary. The corpus is
 * real messages captured from a full run (tests/fixtures/engine-messages.json, versions in it).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import type { EngineName } from '../../harness/model/engine-names.js';
import { explain, readMessage, type StepFacts } from '../../harness/reasons/explain.js';
import { phrasebooks } from '../../harness/reasons/phrases.js';
import { blockedReasonNames, type BlockedReason } from '../../harness/model/reasons.js';
import type { EngineMessage, ReceivedRequest } from '../../harness/model/observation.js';
import { failedPage as fakeFailedPage } from './fake-observation.js';

const failedPage = fakeFailedPage();

interface CapturedCase {
  scenario: string;
  project: string;
  pageError: string | null;
  lastRequest: { preflight: boolean; hop: number } | null;
  responseHeaders: Array<[string, string]>;
  messages: EngineMessage[];
  reason: BlockedReason;
}

const corpus = JSON.parse(readFileSync(new URL('../fixtures/engine-messages.json', import.meta.url), 'utf8')) as {
  capturedFrom: Record<string, string>;
  cases: Record<EngineName, CapturedCase[]>;
};

function entry(preflight: boolean, hop = 0): ReceivedRequest {
  return { token: 't', hop, origin: 'other', listener: 'http', method: preflight ? 'OPTIONS' : 'GET', path: `/s/t/${hop}`, httpVersion: '1.1', headers: [], isPreflight: preflight, bodyLength: 0, receivedAt: 0 };
}

function facts(engine: EngineName, messages: EngineMessage[], responseHeaders: Array<[string, string]> = [], received: ReceivedRequest[] = [entry(false)]): StepFacts {
  return { engine, page: failedPage, received, messages, messagesUnavailable: undefined, responseHeaders: () => responseHeaders, timeoutMs: 5000 };
}

test('every phrase reads its own example as it says', () => {
  for (const [engine, book] of Object.entries(phrasebooks) as Array<[EngineName, (typeof phrasebooks)[EngineName]]>) {
    for (const phrase of book.phrases) {
      const message: EngineMessage = phrase.code !== undefined ? { source: 'network', text: 'net::ERR_FAILED', code: phrase.code } : { source: 'console', text: phrase.example };
      expect(readMessage(engine, message, { pageError: phrase.pageError }).phrase, `${engine}: ${phrase.example}`).toBe(phrase);
    }
  }
});

test("WebKit's words for a CORS check that fails on a redirect name the check after the redirect's own words", () => {
  const redirect = 'Cross-origin redirection to http://api.site.localhost:1/s/t/1 denied by Cross-Origin Resource Sharing policy: ';
  const readings = [
    'Access-Control-Allow-Origin cannot contain more than one origin.',
    'Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.',
    'Credentials flag is true, but Access-Control-Allow-Credentials is not "true".',
  ].map((words) => readMessage('webkit', { source: 'console', text: `${redirect}${words}` }).phrase?.reads);
  expect(readings).toEqual(['allow-origin-multiple', 'allow-origin-wildcard-with-credentials', 'allow-credentials-not-true']);
});

for (const engine of ['chromium', 'firefox', 'webkit'] as const) {
  test(`${engine}: every captured message of a failed request reads as the reason recorded for it, none unrecognised`, () => {
    const cases = corpus.cases[engine];
    expect(cases.length).toBeGreaterThan(20);
    for (const captured of cases) {
      const received = captured.lastRequest ? [entry(captured.lastRequest.preflight, captured.lastRequest.hop)] : [];
      const blocked = explain({ ...facts(engine, captured.messages, captured.responseHeaders, received), page: { ...failedPage, error: captured.pageError } });
      expect(blocked?.reason, `${captured.scenario} in ${captured.project}`).toBe(captured.reason);
      expect(blocked?.unrecognised, captured.scenario).toEqual([]);
    }
  });

  test(`${engine}: the captured run met at least 8 kinds of failure`, () => {
    const kinds = new Set(corpus.cases[engine].map((captured) => captured.reason));
    for (const kind of ['allow-origin-missing', 'allow-origin-mismatch', 'allow-origin-wildcard-with-credentials', 'preflight-status-not-ok', 'method-not-allowed', 'header-not-allowed', 'preflight-redirected', 'network-failure'] as const) {
      expect(kinds.has(kind), `${engine} corpus lacks ${kind}`).toBe(true);
    }
    expect(corpus.capturedFrom[engine]).toMatch(/\d/);
  });
}

test("WebKit's one sentence for the Access-Control-Allow-Origin check is made precise by the header the server sent", () => {
  const words: EngineMessage[] = [
    { source: 'console', level: 'SECURITY ERROR', text: 'Origin http://site.localhost:1 is not allowed by Access-Control-Allow-Origin. Status code: 200' },
    { source: 'console', level: 'JS ERROR', text: 'Fetch API cannot load http://other.localhost:1/s/t/0 due to access control checks.' },
  ];
  expect(explain(facts('webkit', words, []))?.reason).toBe('allow-origin-missing');
  expect(explain(facts('webkit', words, [['Access-Control-Allow-Origin', 'http://api.site.localhost:1']]))?.reason).toBe('allow-origin-mismatch');
  expect(explain(facts('webkit', words, [['Access-Control-Allow-Origin', 'http://a'], ['access-control-allow-origin', 'http://b']]))?.reason).toBe('allow-origin-multiple');
  expect(explain(facts('webkit', words, []))?.words).toEqual([words[0]?.text]);
  // Nothing of the step reached the server: the engine judged the answer its HTTP cache kept.
  const fromCache = { ...facts('webkit', words, [], []), cachedResponseHeaders: (): Array<[string, string]> => [['Access-Control-Allow-Origin', 'http://site.localhost:1']] };
  expect(explain(fromCache)?.reason).toBe('allow-origin-mismatch');
});

test("without a server log (your own server), WebKit's Access-Control-Allow-Origin sentence is read against the answer asked from Node, and mixed content is named", () => {
  const words: EngineMessage[] = [
    { source: 'console', level: 'SECURITY ERROR', text: 'Origin https://evil.example.com is not allowed by Access-Control-Allow-Origin. Status code: 200' },
    { source: 'console', level: 'JS ERROR', text: 'Fetch API cannot load https://127.0.0.1:3101/api?corsmatrix-run=t due to access control checks.' },
  ];
  const withoutLog = (messages: EngineMessage[], answered: Array<[string, string]>) => ({
    ...facts('webkit', messages, []),
    received: [],
    refused: { request: 'unknown', hop: null } as const,
    responseHeaders: () => answered,
  });
  expect(explain(withoutLog(words, [['Access-Control-Allow-Origin', 'https://app.example.com']]))).toMatchObject({ reason: 'allow-origin-mismatch', request: 'unknown' });
  expect(explain(withoutLog(words, []))?.reason).toBe('allow-origin-missing');
  const mixed: EngineMessage[] = [
    { source: 'console', level: 'SECURITY WARN', text: '[blocked] The page at https://app.example.com/__corsmatrix/page requested insecure content from http://127.0.0.1:3101/api?corsmatrix-run=t. This content was blocked and must' },
    { source: 'console', level: 'SECURITY ERROR', text: 'Not allowed to request resource' },
    { source: 'console', level: 'JS ERROR', text: 'Fetch API cannot load http://127.0.0.1:3101/api?corsmatrix-run=t due to access control checks.' },
  ];
  expect(explain(withoutLog(mixed, []))).toMatchObject({ reason: 'mixed-content', unrecognised: [] });
});

test('Authorization refused next to a * in Access-Control-Allow-Headers reads as "not covered by *"', () => {
  const chromium: EngineMessage[] = [{ source: 'network', text: 'net::ERR_FAILED', code: 'HeaderDisallowedByPreflightResponse', parameter: 'authorization' }];
  const preflight = [entry(true)];
  expect(explain(facts('chromium', chromium, [['Access-Control-Allow-Headers', '*']], preflight))?.reason).toBe('authorization-not-covered-by-wildcard');
  expect(explain(facts('chromium', chromium, [['Access-Control-Allow-Headers', 'x-trace']], preflight))?.reason).toBe('header-not-allowed');
  const firefox: EngineMessage[] = [
    { source: 'page-error', text: 'The Same Origin Policy disallows reading the remote resource at http://o/s/t/0. (Reason: header ‘authorization’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response).' },
  ];
  const blocked = explain(facts('firefox', firefox, [['access-control-allow-headers', 'X-A, *']], preflight));
  expect(blocked).toMatchObject({ reason: 'authorization-not-covered-by-wildcard', request: 'preflight', hop: 0, by: 'engine' });
});

test("Firefox's follow-up messages yield to the specific one; alone, 'did not succeed' is a network failure", () => {
  const at = 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0.';
  const didNotSucceed: EngineMessage = { source: 'page-error', text: `${at} (Reason: CORS request did not succeed). Status code: (null).` };
  const external: EngineMessage = { source: 'page-error', text: `${at} (Reason: CORS request external redirect not allowed).` };
  const status307: EngineMessage = { source: 'page-error', text: `${at} (Reason: CORS preflight response did not succeed). Status code: 307.` };
  expect(explain(facts('firefox', [external, status307, didNotSucceed]))?.reason).toBe('preflight-redirected');
  expect(explain(facts('firefox', [external, didNotSucceed]))?.reason).toBe('redirect-not-allowed');
  expect(explain(facts('firefox', [didNotSucceed, didNotSucceed]))?.reason).toBe('network-failure');
});

test('a message nobody mapped stays visible as unrecognised, never as a network failure', () => {
  const odd: EngineMessage = { source: 'console', text: 'Something new the engine says about CORS' };
  const blocked = explain(facts('chromium', [{ source: 'console', text: 'Failed to load resource: net::ERR_FAILED' }, odd]));
  expect(blocked).toMatchObject({ reason: 'unrecognised', words: [odd.text], unrecognised: [odd.text] });
  // Next to a known reason the reason stands, and the stranger is still listed.
  const known: EngineMessage = { source: 'network', text: 'net::ERR_FAILED', code: 'MissingAllowOriginHeader' };
  expect(explain(facts('chromium', [known, odd]))).toMatchObject({ reason: 'allow-origin-missing', unrecognised: [odd.text] });
});

test("a request refused before it is made is explained by the error the page got, in each engine's words", () => {
  const noCors = { chromium: "TypeError: Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode.", firefox: 'TypeError: Window.fetch: Invalid request method PUT.', webkit: 'TypeError: Method must be GET, POST or HEAD in no-cors mode.' };
  for (const [engine, error] of Object.entries(noCors) as Array<[EngineName, string]>) {
    expect(explain({ ...facts(engine, [], [], []), page: { ...failedPage, error } })).toMatchObject({ reason: 'no-cors-method', request: 'none', words: [error] });
  }
  // The page's generic words never count as a reason, nor as unrecognised.
  expect(explain({ ...facts('webkit', [], [], []), page: { ...failedPage, error: 'TypeError: Load failed' } })).toMatchObject({ reason: 'silent', unrecognised: [] });
});

test('no words, a timeout, or messages that cannot be read: each says so', () => {
  expect(explain(facts('webkit', []))).toMatchObject({ reason: 'silent', by: 'engine', words: [] });
  expect(explain({ ...facts('firefox', []), page: { ...failedPage, result: 'timeout' } })).toMatchObject({ reason: 'network-failure', by: 'harness' });
  const remote = explain({ ...facts('webkit', []), messagesUnavailable: 'a remote WebDriver endpoint gives no access to the console' });
  expect(remote).toMatchObject({ reason: 'not-captured', by: 'harness', words: ['a remote WebDriver endpoint gives no access to the console'] });
  expect(explain({ ...facts('chromium', []), page: { ...failedPage, result: 'response', status: 200 } })).toBeNull();
  expect(explain(facts('chromium', [], [], []))).toMatchObject({ request: 'none', hop: null });
});

test('the vocabulary has a summary and a step of the standard for every reason', () => {
  expect(blockedReasonNames.length).toBeGreaterThanOrEqual(18);
});
