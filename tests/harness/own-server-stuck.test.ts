/**
 * A check whose driver call never returns (harness/own-server/run.ts): given up at its deadline with
 * what the engine was doing, run again in a fresh profile, and the run goes on; likewise a check
 * whose page went away under it, and a browser that died (started again once). Stand-in engines,
 * because a real browser cannot be made to hang on purpose; own-server-cli.test.ts kills a real one.
 */
import { test, expect } from '@playwright/test';
import type { BrowserEngine, BrowserSession } from '../../harness/engines/types.js';
import type { Check, CheckObservation } from '../../harness/own-server/observation.js';
import { runChecksInOrder } from '../../harness/own-server/run.js';
import type { PageObservation } from '../../harness/model/observation.js';

const response: PageObservation = { result: 'response', status: 200, type: 'cors', redirected: false, url: null, bodyReadable: true, body: 'ok', headers: {}, visibleHeaderNames: [], error: null, durationMs: 1 };

/**
 * Port 9 (discard) on loopback: corsmatrix's own question to the server is refused at once. With
 * credentials, so that each attempt has a profile of its own (the shared profile's test is below).
 */
function check(id: string): Check {
  return {
    id,
    kind: 'allowed-origin',
    target: 'api',
    url: 'http://127.0.0.1:9/resource',
    steps: [{ request: { page: 'http://app.example.com', method: 'GET', headers: {}, credentials: 'include', readHeaders: [] }, intent: { intent: 'allow' } }],
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
    discardShared: async () => {},
    close: async () => {},
  };
  return { engine, counts };
}

async function run(engine: BrowserEngine, ids: string[], restartEngine?: (dead: BrowserEngine) => Promise<BrowserEngine>) {
  const observations: CheckObservation[] = [];
  const stuck: string[] = [];
  await runChecksInOrder(ids.map(check), engine, {
    hostPage: 'http://app.example.com',
    deadlineMs: 1_000,
    onRetry: (_, why) => stuck.push(why),
    ...(restartEngine ? { restartEngine } : {}),
    onObservation: (observation) => observations.push(observation),
  });
  return { observations, stuck };
}

test('a check stuck once is run again in a fresh profile, and its cell says so', async () => {
  const { engine, counts } = standIn((call, attempt) => call === 'probe' && attempt === 1);
  const { observations, stuck } = await run(engine, ['first']);
  expect(stuck).toEqual(['webkit was still making the GET request from http://app.example.com after 1 s; running it again in a fresh profile']);
  expect(observations).toHaveLength(1);
  expect(observations[0]?.verdict).toBe('intent-delivered');
  expect(observations[0]?.retried).toBe('webkit was still making the GET request from http://app.example.com after 1 s');
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

test("a check whose page went away under it (its process crashed) is run again in a fresh profile", async () => {
  const { engine, counts } = standIn(() => false);
  const newSession = engine.newSession.bind(engine);
  engine.newSession = async () => {
    const session = await newSession();
    if (counts.sessions !== 1) return session;
    // The first profile's page crashes during the request.
    return { ...session, interrupted: "its page's process crashed or was killed", probe: () => Promise.reject(new Error('page.evaluate: Target page, context or browser has been closed')) };
  };
  const { observations, stuck } = await run(engine, ['first', 'second']);
  expect(stuck).toEqual(["webkit: its page's process crashed or was killed (page.evaluate: Target page, context or browser has been closed); running it again in a fresh profile"]);
  expect(observations.map((observation) => [observation.verdict, observation.retried])).toEqual([
    ['intent-delivered', "webkit: its page's process crashed or was killed (page.evaluate: Target page, context or browser has been closed)"],
    ['intent-delivered', undefined],
  ]);
});

test('a browser that died is started again once for the rest of the run; dead again, the rest is not measured with why', async () => {
  const dying = (name: string, diesAtSession: number) => {
    const standing = standIn(() => false);
    const engine = standing.engine as BrowserEngine & { failure: string | undefined };
    const newSession = engine.newSession.bind(engine);
    engine.newSession = async () => {
      const session = await newSession();
      if (standing.counts.sessions < diesAtSession) return session;
      engine.failure = `${name} (pid 4242) was killed by SIGKILL while corsmatrix was using it`;
      return { ...session, probe: () => Promise.reject(new Error('browser has been closed')) };
    };
    return engine;
  };
  const restarts: BrowserEngine[] = [];
  // The first browser dies in the second check; the second one in its third check.
  const { observations, stuck } = await run(dying('first', 2), ['a', 'b', 'c', 'd', 'e', 'f'], async () => {
    const next = dying('second', 3);
    restarts.push(next);
    return next;
  });
  expect(restarts).toHaveLength(1);
  expect(stuck).toEqual(['first (pid 4242) was killed by SIGKILL while corsmatrix was using it; starting webkit again for the rest of the run']);
  expect(observations.map((observation) => [observation.check.id, observation.verdict, observation.retried ?? observation.error ?? ''])).toEqual([
    ['a', 'intent-delivered', ''],
    ['b', 'intent-delivered', 'first (pid 4242) was killed by SIGKILL while corsmatrix was using it'],
    ['c', 'intent-delivered', ''],
    ['d', 'not-measured', 'second (pid 4242) was killed by SIGKILL while corsmatrix was using it'],
    ['e', 'not-measured', 'not run: second (pid 4242) was killed by SIGKILL while corsmatrix was using it'],
    ['f', 'not-measured', 'not run: second (pid 4242) was killed by SIGKILL while corsmatrix was using it'],
  ]);
});

test('checks without credentials share a profile; one stuck there gives the shared profile up and is run again in a fresh one', async () => {
  const { engine, counts } = standIn(() => false);
  const uncredentialed = (id: string): Check => {
    const own = check(id);
    return { ...own, steps: own.steps.map((step) => ({ ...step, request: { ...step.request, credentials: 'same-origin' } })) };
  };
  let shared = 0;
  let discarded = 0;
  const never = new Promise<never>(() => {});
  // The first shared profile's page hangs in its second request; the next one is fine.
  let requests = 0;
  engine.sharedSession = async () => {
    const profile = discarded;
    shared++;
    return {
      goto: async () => {},
      evaluate: async <T>() => 'http://app.example.com' as T,
      probe: async () => (profile === 0 && ++requests === 2 ? never : response),
      takeMessages: async () => [],
      close: async () => {},
    };
  };
  engine.discardShared = async () => {
    discarded++;
  };
  const observations: CheckObservation[] = [];
  await runChecksInOrder(['a', 'b', 'c'].map(uncredentialed), engine, { hostPage: 'http://app.example.com', deadlineMs: 1_000, onObservation: (observation) => observations.push(observation) });
  expect(observations.map((observation) => [observation.check.id, observation.verdict, observation.retried ?? ''])).toEqual([
    ['a', 'intent-delivered', ''],
    ['b', 'intent-delivered', 'webkit was still making the GET request from http://app.example.com after 1 s'],
    ['c', 'intent-delivered', ''],
  ]);
  // a, b and c took the shared page; b's second attempt had a profile of its own.
  expect({ shared, discarded, fresh: counts.sessions, closed: counts.closed }).toEqual({ shared: 3, discarded: 1, fresh: 1, closed: 1 });
});
