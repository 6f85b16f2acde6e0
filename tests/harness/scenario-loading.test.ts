/**
 * Bad input: each kind of broken scenario file gives one clear message that names the file, the
 * scenario and the field, and the valid scenarios next to it still load.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { formatScenarioError, loadCatalogue, validateScenario } from '../../harness/catalogue/load.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const broken = path.join(fixtures, 'broken-scenarios');
const valid = path.join(fixtures, 'valid-scenarios');

const cases: Array<{ file: string; scenario?: string; field?: string; message: RegExp }> = [
  { file: 'syntax-error.ts', message: /cannot be loaded/ },
  { file: 'empty-file.ts', message: /must `export default` a non-empty array/ },
  { file: 'unknown-origin.ts', scenario: 'broken/unknown-origin', field: 'target', message: /site.*other/ },
  { file: 'unknown-engine.ts', scenario: 'broken/unknown-engine', field: 'deviations[0].engine', message: /chromium.*firefox.*webkit/ },
  { file: 'duplicate-id.ts', scenario: 'fixture/valid', field: 'id', message: /duplicate id, already used in .*one\.ts/ },
  { file: 'header-name-space.ts', scenario: 'broken/header-name-space', field: 'request.headers', message: /HTTP token/ },
  { file: 'header-name-colon.ts', scenario: 'broken/header-name-colon', field: 'response.headers', message: /HTTP token/ },
  { file: 'forbidden-header.ts', scenario: 'broken/forbidden-header', field: 'request.headers.Cookie', message: /forbidden request header/ },
  { file: 'non-numeric-status.ts', scenario: 'broken/non-numeric-status', field: 'response.status', message: /number/ },
  { file: 'redirect-unknown-origin.ts', scenario: 'broken/redirect-unknown-origin', field: 'response.redirect.to', message: /site/ },
  { file: 'contradicting-expectation.ts', scenario: 'broken/contradicting-expectation', field: 'expected.page.status', message: /expects status 200 but the declared response has status 404/ },
  { file: 'unknown-placeholder.ts', scenario: 'broken/unknown-placeholder', field: 'response.headers', message: /unknown placeholder \{pgae\}/ },
  { file: 'custom-method-over-http1.ts', scenario: 'broken/custom-method-over-http1', field: 'target', message: /HTTP\/1.*https/ },
  { file: 'fault-with-redirect.ts', scenario: 'broken/fault-with-redirect', field: 'response.fault', message: /fault "reset" sends nothing, so it cannot redirect/ },
  { file: 'timeout-without-stall.ts', scenario: 'broken/timeout-without-stall', field: 'expected.page', message: /only a target that stalls/ },
  { file: 'reason-with-response.ts', scenario: 'broken/reason-with-response', field: 'expected.blocked', message: /goes with page: 'network-error'/ },
  { file: 'unknown-reason.ts', scenario: 'broken/unknown-reason', field: 'expected.blocked', message: /allow-origin-missing/ },
  { file: 'websocket-with-preflight.ts', scenario: 'broken/websocket-with-preflight', field: 'preflight', message: /never preflighted/ },
  { file: 'beacon-with-response.ts', scenario: 'broken/beacon-with-response', field: 'expected.page', message: /only whether it was queued/ },
  { file: 'expected-left-out-beyond-the-model.ts', scenario: 'broken/expected-left-out-beyond-the-model', field: 'expected', message: /left out, but the Fetch standard's model cannot say it here \(the beacon API is not modelled yet\)/ },
];

test('the valid scenario loads next to every kind of broken file', async () => {
  const catalogue = await loadCatalogue([valid, broken]);
  expect(catalogue.scenarios.map((s) => s.scenario.id)).toEqual(['fixture/valid']);
});

for (const expected of cases) {
  test(`broken scenario file: ${expected.file}`, async () => {
    const catalogue = await loadCatalogue([valid, path.join(broken, expected.file)]);
    expect(catalogue.scenarios.map((s) => s.scenario.id)).toEqual(['fixture/valid']);
    expect(catalogue.errors, catalogue.errors.map(formatScenarioError).join('\n')).toHaveLength(1);
    const [error] = catalogue.errors;
    expect(error?.file).toContain(expected.file);
    expect(error?.scenario).toBe(expected.scenario);
    if (expected.field) expect(error?.field).toContain(expected.field);
    expect(error?.message).toMatch(expected.message);
    const text = formatScenarioError(error!);
    expect(text).toContain(expected.file);
    if (expected.scenario) expect(text).toContain(`scenario "${expected.scenario}"`);
  });
}

test('the shipped catalogue has no errors and unique ids', async () => {
  const catalogue = await loadCatalogue([fileURLToPath(new URL('../../scenarios', import.meta.url))]);
  expect(catalogue.errors.map(formatScenarioError)).toEqual([]);
  expect(catalogue.scenarios.length).toBeGreaterThanOrEqual(30);
});

test("a step that leaves expected out gets the Fetch standard's model's, and the scenario says which steps", async () => {
  const scenario = {
    id: 'fixture/expected-by-model',
    title: 'A header the preflight does not allow, then a safelisted request',
    reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
    page: 'site',
    target: 'other',
    request: { api: 'fetch', headers: { 'X-Trace': 'abc' } },
    preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}', 'Access-Control-Allow-Headers': 'X-Other' } },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
    then: [{ request: { api: 'fetch' } }, { request: { api: 'fetch' }, expected: { preflight: false, request: true, page: { status: 200 } } }],
  };
  const checked = await validateScenario(scenario);
  if (!('scenario' in checked)) throw new Error(JSON.stringify(checked.problems));
  expect(checked.scenario.expectedByModel).toEqual([0, 1]);
  expect(checked.scenario.expected).toEqual({
    preflight: { method: 'GET', headers: 'x-trace' },
    request: false,
    page: 'network-error',
    blocked: 'header-not-allowed',
  });
  expect(checked.scenario.then[0]?.expected).toMatchObject({ preflight: false, request: { origin: '{page}', secFetchSite: 'cross-site' }, page: { status: 200, type: 'cors', bodyReadable: true } });
  // A step that states its expectation keeps it, word for word.
  expect(checked.scenario.then[1]?.expected).toEqual({ preflight: false, request: true, page: { status: 200 } });

  const stated = await validateScenario({ ...scenario, expected: { preflight: true, request: false, page: 'network-error' }, then: [] });
  expect('scenario' in stated && stated.scenario.expectedByModel).toBe(undefined);
});
