/**
 * Runs that overlap their waits (harness/runner/overlap.ts) take turns for everything else: one
 * holder at a time, in the order they asked. The catalogue's groups (harness/runner/groups.ts)
 * put the costly scenarios first and the rest in small groups by topic.
 */
import { test, expect } from '@playwright/test';
import { needsFreshProfile, Turns } from '../../harness/runner/run.js';
import { catalogueGroups, topicGroupSize } from '../../harness/runner/groups.js';
import { overlapRuns, startOrder, waitedMs, waitsOnPurpose } from '../../harness/runner/overlap.js';
import { loadCatalogue } from '../../harness/scenario/load.js';
import { defaultScenarioRoot } from '../../harness/scenario/roots.js';
import { launchEngine } from '../../harness/engines/launch.js';
import { startOrigins } from '../../harness/origins/servers.js';
import type { BrowserEngine, BrowserSession } from '../../harness/engines/types.js';

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
    probe: (request) => around(`${name} probe`, () => session.probe(request)),
    evaluate: (expression) => around(`${name} evaluate`, () => session.evaluate(expression)),
    takeMessages: (wait) => around(`${name} takeMessages`, () => session.takeMessages(wait)),
    ...(session.takePreflights ? { takePreflights: () => session.takePreflights?.() ?? [] } : {}),
    ...(session.focus ? { focus: () => around(`${name} focus`, () => session.focus?.() ?? Promise.resolve()) } : {}),
    close: () => around(`${name} close`, () => session.close()),
  });
  let sessions = 0;
  let windows = 0;
  const { newWindow } = engine;
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
      sharedSession: async () => wrap(await engine.sharedSession(), 'shared'),
      ...(newWindow ? { newWindow: () => around('newWindow', async () => wrap(await newWindow.call(engine), `window ${++windows}`)) } : {}),
      close: () => engine.close(),
    },
  };
}

test('runs that overlap their waits never act on the browser at the same time, closing a profile included', async () => {
  test.setTimeout(60_000);
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

test('where the engine holds one session (WebKit over WebDriver), runs overlap their waits in windows of their own', async () => {
  test.setTimeout(60_000);
  const { scenarios } = await loadCatalogue([defaultScenarioRoot]);
  const waiting = scenarios.filter(({ scenario }) => waitsOnPurpose(scenario) && scenario.id.startsWith('libraries/')).slice(0, 2);
  expect(waiting).toHaveLength(2);
  const origins = await startOrigins();
  const real = await launchEngine({ engine: 'webkit' }, 'webkit');
  try {
    expect(real.sessionLimit).toBe(1);
    const { engine, overlaps, calls } = watched(real);
    const observations = await Promise.all(overlapRuns(waiting, engine, origins).values());
    expect(observations.map((observation) => observation.mismatches)).toEqual([[], []]);
    expect(overlaps).toEqual([]);
    // The second run started while the first waited: its first navigation comes before the first's last request.
    expect(calls.filter((call) => call === 'newWindow')).toHaveLength(2);
    expect(calls.indexOf('window 2 goto')).toBeGreaterThan(-1);
    expect(calls.indexOf('window 2 goto')).toBeLessThan(calls.lastIndexOf('window 1 probe'));
    // Each window is closed with its run; the shared session stays usable.
    const shared = await real.sharedSession();
    await shared.goto(`${origins.origins.site}/`);
    expect(await shared.evaluate<string>('document.visibilityState')).toBe('visible');
  } finally {
    await real.close();
    await origins.stop();
  }
});
