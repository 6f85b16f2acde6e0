/**
 * Comparing two runs cell by cell (harness/own-server/comparable.ts): what changes from run to run is
 * no difference, anything the page saw or the verdict is.
 */
import { test, expect } from '@playwright/test';
import { comparableCell, differingCells } from '../../harness/own-server/comparable.js';
import type { CheckObservation } from '../../harness/own-server/observation.js';

type BlockedReason = NonNullable<CheckObservation['steps'][number]['blocked']>['reason'];

function observation(run: { token: string; port: number; durationMs: number; status: number; blocked?: BlockedReason; body?: string; measured?: false }): CheckObservation {
  const url = `https://127.0.0.1:${run.port}/resource?corsmatrix-run=${run.token}`;
  const request = { page: 'https://app.example.com', method: 'GET', headers: {}, credentials: 'include' as const, readHeaders: [] };
  return {
    check: {
      id: 'api/resource allowed-origin https://app.example.com',
      kind: 'allowed-origin',
      target: 'api',
      url: `https://127.0.0.1:${run.port}/resource`,
      steps: [{ request, intent: { intent: 'allow' } }],
      title: 'a check',
      fix: 'a fix',
    },
    engine: { engine: 'firefox', project: 'firefox', browser: 'firefox', version: '1', driver: 'test', executable: 'firefox', changedSettings: [] },
    url,
    steps: [
      {
        request,
        intent: { intent: 'allow' },
        page: { result: 'response', status: run.status, type: 'cors', redirected: false, url, bodyReadable: true, body: run.body ?? 'ok', headers: {}, visibleHeaderNames: [], error: null, durationMs: run.durationMs },
        blocked: run.blocked ? { reason: run.blocked, request: 'unknown', hop: null, by: 'engine', words: [], unrecognised: [] } : null,
        messages: [],
        preflightSent: null,
        verdict: 'intent-delivered',
      },
    ],
    verdict: run.measured === false ? 'not-measured' : 'intent-delivered',
    durationMs: run.durationMs,
  };
}

test("a run's token, the targets' ports and timings are no difference; what the page saw is", () => {
  const first = comparableCell(observation({ token: 'aaaa', port: 41000, durationMs: 12, status: 200 }));
  const again = comparableCell(observation({ token: 'bbbb', port: 42000, durationMs: 480, status: 200 }));
  expect(differingCells([first], [again])).toEqual([]);
  const other = comparableCell(observation({ token: 'bbbb', port: 42000, durationMs: 480, status: 204 }));
  expect(differingCells([first], [other]).map(({ key }) => key)).toEqual(['api/resource allowed-origin https://app.example.com | firefox']);
  // A cell in one run only is a difference; `keys` limits the comparison.
  expect(differingCells([first], []).map(({ after }) => after)).toEqual([undefined]);
  expect(differingCells([first], [], (key) => key.startsWith('other/'))).toEqual([]);
});

test('a reason is compared where both runs had the engine\'s words: silence is when a message came, not what the engine did', () => {
  const blocked = (reason: BlockedReason) => comparableCell(observation({ token: 'a', port: 1, durationMs: 1, status: 0, blocked: reason }));
  expect(differingCells([blocked('silent')], [blocked('allow-origin-missing')])).toEqual([]);
  expect(differingCells([blocked('allow-origin-mismatch')], [blocked('allow-origin-missing')])).toHaveLength(1);
});

test('a stack trace is compared up to the checkout path it names; a cell one run could not measure is not compared', () => {
  const cell = (options: { body?: string; measured?: false; status?: number }) => comparableCell(observation({ token: 'a', port: 1, durationMs: 1, status: options.status ?? 500, ...options }));
  const trace = (root: string) => `<pre>Error: the database is down<br> at file://${root}/examples/express/server.mjs:12:5`.slice(0, 70);
  expect(differingCells([cell({ body: trace('/tmp/old-route') })], [cell({ body: trace('/tmp/tmp.XKBrb27T4v') })])).toEqual([]);
  expect(differingCells([cell({ body: '<pre>Error: the cache is down at file:///a' })], [cell({ body: trace('/a') })])).toHaveLength(1);
  expect(differingCells([cell({ measured: false })], [cell({ status: 204 })])).toEqual([]);
});
