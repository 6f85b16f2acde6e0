/**
 * A check whose driver call never returns (harness/project/run.ts): given up at its deadline with
 * what the engine was doing, run again in a fresh profile, and the run goes on. Stand-in engines,
 * because a real browser cannot be made to hang on purpose.
 */
import { test, expect } from '@playwright/test';
import type { BrowserEngine, BrowserSession } from '../../harness/engines/types.js';
import type { Check, CheckObservation } from '../../harness/project/observation.js';
import { runChecksInOrder } from '../../harness/project/run.js';
import type { PageObservation } from '../../harness/probe/probe.js';

const response: PageObservation = { result: 'response', status: 200, type: 'cors', redirected: false, url: null, bodyReadable: true, body: 'ok', headers: {}, visibleHeaderNames: [], error: null, durationMs: 1 };

/** Port 9 (discard) on loopback: corsmatrix's own question to the server is refused at once. */
function check(id: string): Check {
  return {
    id,
    kind: 'allowed-origin',
    target: 'api',
    url: 'http://127.0.0.1:9/resource',
    steps: [{ request: { page: 'http://app.example.com', method: 'GET', headers: {}, credentials: 'same-origin', readHeaders: [] }, intent: { intent: 'allow' } }],
    title: id,
    fix: 'none',
  };
}

type Call = 'newSession' | 'goto' | 'probe';

/** An engine whose sessions hang in `call` for the attempts `hangs` says, and count what is closed. */
function standIn(hangs: (call: Call, attempt: number) => boolean) {
  const counts = { sessions: 0, closed: 0 };
  const never = new Promise<never>(() => {});
  const session = (attempt: number): BrowserSession => {
    let origin = '';
    return {
      goto: async (url) => {
        if (hangs('goto', attempt)) return never;
        origin = new URL(url).origin;
      },
      evaluate: async <T>() => origin as T,
      probe: async () => (hangs('probe', attempt) ? never : response),
      takeMessages: async () => [],
      close: async () => {
        counts.closed++;
      },
    };
  };
  const engine: BrowserEngine = {
    identity: { engine: 'webkit', project: 'webkit', browser: 'stand-in', version: '1', driver: 'stand-in', executable: 'stand-in', changedSettings: [] },
    failure: undefined,
    sessionLimit: 1,
    grantablePermissions: [],
    newSession: async () => {
      const attempt = ++counts.sessions;
      return hangs('newSession', attempt) ? never : session(attempt);
    },
    sharedSession: () => Promise.reject(new Error('not used')),
    close: async () => {},
  };
  return { engine, counts };
}

async function run(engine: BrowserEngine, ids: string[]) {
  const observations: CheckObservation[] = [];
  const stuck: string[] = [];
  await runChecksInOrder(ids.map(check), engine, {
    hostPage: 'http://app.example.com',
    deadlineMs: 1_000,
    onStuck: (_, why) => stuck.push(why),
    onObservation: (observation) => observations.push(observation),
  });
  return { observations, stuck };
}

test('a check stuck once is run again in a fresh profile, and its cell says so', async () => {
  const { engine, counts } = standIn((call, attempt) => call === 'probe' && attempt === 1);
  const { observations, stuck } = await run(engine, ['first']);
  expect(stuck).toEqual(['webkit was still making the GET request from http://app.example.com after 1 s']);
  expect(observations).toHaveLength(1);
  expect(observations[0]?.verdict).toBe('intent-delivered');
  expect(observations[0]?.retried).toBe(stuck[0]);
  expect(counts).toEqual({ sessions: 2, closed: 2 });
});

test('a check stuck twice is not measured, and an engine stuck in three checks in a row runs no more', async () => {
  const { engine, counts } = standIn((call) => call === 'goto');
  const { observations } = await run(engine, ['a', 'b', 'c', 'd']);
  expect(observations.map((observation) => observation.verdict)).toEqual(['not-measured', 'not-measured', 'not-measured', 'not-measured']);
  expect(observations[0]?.error).toBe('stuck twice: webkit was still loading http://app.example.com/__corsmatrix/page after 1 s');
  expect(observations[3]?.error).toBe('not run: webkit was stuck in 3 checks in a row');
  // Each stuck profile is closed when given up on; the fourth check opened none.
  expect(counts).toEqual({ sessions: 6, closed: 6 });
});

test('a profile that never opens is given up on too, and a failure that is not a hang is not retried', async () => {
  const opening = standIn((call, attempt) => call === 'newSession' && attempt === 1);
  const { observations } = await run(opening.engine, ['first']);
  expect(observations[0]?.retried).toBe('webkit was still opening a fresh profile after 1 s');
  expect(observations[0]?.verdict).toBe('intent-delivered');

  const failing = standIn(() => false);
  failing.engine.newSession = () => Promise.reject(new Error('the browser is gone'));
  const failed = await run(failing.engine, ['first', 'second']);
  expect(failed.stuck).toEqual([]);
  expect(failed.observations.map((observation) => observation.error)).toEqual(['the browser is gone', 'the browser is gone']);
});
