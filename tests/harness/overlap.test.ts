/**
 * Runs that overlap their waits (harness/runner/overlap.ts) take turns for everything else: one
 * holder at a time, in the order they asked. The catalogue's groups (harness/runner/groups.ts)
 * put the costly scenarios first and the rest in small groups by topic.
 */
import { test, expect } from '@playwright/test';
import { needsFreshProfile, Turns } from '../../harness/runner/run.js';
import { catalogueGroups, topicGroupSize } from '../../harness/runner/groups.js';
import { overlapRuns, startOrder, waitedMs, waitsOnPurpose } from '../../harness/runner/overlap.js';
import { loadCatalogue } from '../../harness/catalogue/load.js';
import { defaultScenarioRoot } from '../../harness/scenario/roots.js';
import { launchEngine } from '../../harness/engines/launch.js';
import { startOrigins } from '../../harness/origins/servers.js';
import type { BrowserEngine, BrowserSession } from '../../harness/engines/types.js';
import { scaled } from '../../harness/pace.js';

test('turns go to one holder at a time, in the order they were asked for', async () => {
  const turns = new Turns();
  const log: string[] = [];
  let active = 0;
  const work = async (name: string, steps: number) => {
    for (let step = 0; step < steps; step++) {
      await turns.take();
      active++;
      expect(active).toBe(1);
      log.push(`${name}${step}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
      turns.give();
      // The wait on purpose: others take their turns meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all([work('a', 2), work('b', 2), work('c', 2)]);
  expect(log).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'c1']);
});

test('the catalogue scenarios that wait on purpose are the preflight-cache expiry ones', async () => {
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  const waiting = scenarios.filter(({ scenario }) => waitsOnPurpose(scenario)).map(({ scenario }) => scenario.id);
  expect(waiting.length).toBeGreaterThan(3);
  for (const id of waiting) expect(id).toMatch(/max-age/);
});

test('the catalogue groups hold every scenario once: fresh profiles and waits first, the rest by topic in small groups', async () => {
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  const groups = catalogueGroups(scenarios);
  const ids = groups.flatMap((group) => group.scenarios.map(({ scenario }) => scenario.id));
  expect(ids.sort()).toEqual(scenarios.map(({ scenario }) => scenario.id).sort());
  expect(groups.map(({ title }) => title).slice(0, 2)).toEqual(['fresh profiles', 'waits']);
  const [fresh, waits, ...topics] = groups;
  expect(fresh?.scenarios.every(({ scenario }) => needsFreshProfile(scenario) && !waitsOnPurpose(scenario))).toBe(true);
  expect(waits?.kind).toBe('waits');
  expect(waits?.scenarios.every(({ scenario }) => waitsOnPurpose(scenario))).toBe(true);
  for (const group of topics) {
    expect(group.kind).toBe('run');
    expect(group.scenarios.length).toBeLessThanOrEqual(topicGroupSize);
    // One topic per group, named in its title, and no scenario that needs a profile of its own.
    const topic = group.title.replace(/ \(\d+\/\d+\)$/, '');
    for (const { scenario } of group.scenarios) {
      expect(scenario.id.startsWith(`${topic}/`)).toBe(true);
      expect(needsFreshProfile(scenario)).toBe(false);
    }
  }
  // A big topic is split: preflight-triggers has far more than one group's worth.
  expect(topics.filter(({ title }) => title.startsWith('preflight-triggers (')).length).toBeGreaterThan(1);
});

/** The engine, with a record of every session call, and of each that began while another was under way. */
function watched(engine: BrowserEngine): { engine: BrowserEngine; overlaps: string[]; calls: string[] } {
  const overlaps: string[] = [];
  const calls: string[] = [];
  let busy = 0;
  const around = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    calls.push(what);
    if (busy > 0) overlaps.push(what);
    busy++;
    try {
      return await call();
    } finally {
      busy--;
    }
  };
  const wrap = (session: BrowserSession, name: string): BrowserSession => ({
    goto: (url) => around(`${name} goto`, () => session.goto(url)),
    // What the page under test is when probed: visible, as a user's page is.
    probe: (request) =>
      around(`${name} probe`, async () => {
        calls.push(`${name} ${await session.evaluate<string>('document.visibilityState')}`);
        return session.probe(request);
      }),
    evaluate: (expression) => around(`${name} evaluate`, () => session.evaluate(expression)),
    takeMessages: (wait) => around(`${name} takeMessages`, () => session.takeMessages(wait)),
    ...(session.takePreflights ? { takePreflights: () => session.takePreflights?.() ?? [] } : {}),
    ...(session.focus ? { focus: () => around(`${name} focus`, () => session.focus?.() ?? Promise.resolve()) } : {}),
    close: () => around(`${name} close`, () => session.close()),
  });
  let sessions = 0;
  return {
    overlaps,
    calls,
    engine: {
      identity: engine.identity,
      get failure() {
        return engine.failure;
      },
      sessionLimit: engine.sessionLimit,
      grantablePermissions: engine.grantablePermissions,
      newSession: (grant) => around('newSession', async () => wrap(await engine.newSession(grant), `session ${++sessions}`)),
      sharedSession: async (origin) => wrap(await engine.sharedSession(origin), `shared ${origin ?? ''}`),
      discardShared: () => engine.discardShared(),
      close: () => engine.close(),
    },
  };
}

test('runs that overlap their waits never act on the browser at the same time, closing a profile included', async () => {
  test.setTimeout(scaled(60_000));
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  // Quick scenarios: each run's turn is asked for while another holds it, so any call made
  // outside a turn meets another one.
  const quick = scenarios.filter(({ scenario }) => scenario.id.startsWith('allow-origin/') && scenario.then.length === 0).slice(0, 3);
  expect(quick).toHaveLength(3);
  const origins = await startOrigins();
  const real = await launchEngine({ engine: 'chromium' }, 'chromium');
  try {
    const { engine, overlaps } = watched(real);
    const observations = await Promise.all(overlapRuns(quick, engine, origins).values());
    expect(observations.map((observation) => observation.mismatches)).toEqual([[], [], []]);
    // Where sessions are tabs of one window, closing one selects another: that is acting on the browser too.
    expect(overlaps).toEqual([]);
  } finally {
    await real.close();
    await origins.stop();
  }
});

test('overlapping runs start with the longest wait, so that the shorter ones fit inside it', async () => {
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  const waits = scenarios.filter(({ scenario }) => waitsOnPurpose(scenario));
  const [first] = startOrder(waits);
  expect(first && waitedMs(first.scenario)).toBe(Math.max(...waits.map(({ scenario }) => waitedMs(scenario))));
  expect(startOrder(waits)).toHaveLength(waits.length);
});

for (const engineName of ['firefox', 'webkit'] as const) {
  test(`${engineName}: runs that overlap their waits run in the shared profile's pages, each probed in a visible page`, async () => {
    test.setTimeout(scaled(60_000));
    const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
    // One that waits on site's page, and one that meanwhile visits site's, api's and other's.
    const waiting = [
      scenarios.find(({ scenario }) => waitsOnPurpose(scenario) && scenario.id.startsWith('libraries/')),
      scenarios.find(({ scenario }) => scenario.id === 'libraries/express-cors/origin-list'),
    ].filter((loaded) => loaded !== undefined);
    expect(waiting).toHaveLength(2);
    const origins = await startOrigins();
    const real = await launchEngine({ engine: engineName }, engineName);
    try {
      const { engine, overlaps, calls } = watched(real);
      const observations = await Promise.all(overlapRuns(waiting, engine, origins).values());
      expect(observations.map((observation) => observation.mismatches)).toEqual([[], []]);
      expect(overlaps).toEqual([]);
      // No profile of their own: where they run alone.
      expect(calls).not.toContain('newSession');
      // Where pages are tabs (Firefox), a run that took its turn back selected its page again.
      expect(new Set(calls.filter((call) => / goto$/.test(call))).size).toBe(3);
      const probes = calls.filter((call) => /^shared \S+ (visible|hidden|prerender)$/.test(call));
      expect(probes.length).toBeGreaterThanOrEqual(4);
      for (const probe of probes) expect(probe).toMatch(/ visible$/);
      // The second run went while the first waited: all its probes come before the first's last one.
      const [first, second] = observations;
      expect(first && second && first.steps.length > 1 && second.steps.length > 1).toBe(true);
      const lastRequestAt = (observation: typeof first) => Math.max(...(observation?.steps.flatMap((step) => step.received.map((entry) => entry.receivedAt)) ?? []));
      const firstRequestAt = (observation: typeof first) => Math.min(...(observation?.steps.flatMap((step) => step.received.map((entry) => entry.receivedAt)) ?? []));
      expect(firstRequestAt(second)).toBeLessThan(lastRequestAt(first));
    } finally {
      await real.close();
      await origins.stop();
    }
  });
}
