/**
 * Scenarios that wait on purpose (a preflight cache entry expiring) spend seconds doing nothing.
 * Run one after another they hold a worker for the sum of their waits; started together, each in
 * a profile of its own, they hold it for about the longest. They take turns for everything but
 * the wait (RunOptions.turns), so no two of them make requests, or open or close a profile, at
 * the same time: each one's requests go out as they would alone, and only the idle time overlaps.
 * Where the engine holds one session (WebDriver), each has a window of its own in the shared
 * session's profile instead, which is where that engine runs them one after another too: the
 * URLs of a run are its own, so its preflight cache entries are too.
 */
import type { BrowserEngine } from '../engines/types.js';
import type { RunningOrigins } from '../origins/servers.js';
import type { LoadedScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';
import { ScenarioRun, Turns, type Observation, type RunOptions } from './run.js';

/** A scenario whose follow-up waits for time to pass, and that can have a profile of its own. */
export function waitsOnPurpose(scenario: Scenario): boolean {
  return scenario.then.some((step) => step.waitAfterLastPreflightMs !== undefined) && scenario.setup.permissions.length === 0;
}

/** How long a scenario waits on purpose in all. */
export function waitedMs(scenario: Scenario): number {
  return scenario.then.reduce((sum, step) => sum + (step.waitAfterLastPreflightMs ?? 0), 0);
}

/** The order overlapping runs start in: the longest wait first, so that the others fit inside it. */
export function startOrder(scenarios: LoadedScenario[]): LoadedScenario[] {
  return [...scenarios].sort((a, b) => waitedMs(b.scenario) - waitedMs(a.scenario));
}

/**
 * Starts the runs of these scenarios, overlapping their waits where the engine can hold a
 * session or a window per run, one after another where it cannot. Each result is kept for the
 * test that reports it; a run that failed rejects its own promise only.
 */
export function overlapRuns(scenarios: LoadedScenario[], engine: BrowserEngine, origins: RunningOrigins): Map<string, Promise<Observation>> {
  const results = new Map<string, Promise<Observation>>();
  const turns = new Turns();
  // A profile per run where sessions can be open side by side, else a window per run.
  const own: RunOptions | undefined = engine.sessionLimit > 1 ? { ownSession: true } : engine.newWindow ? { ownWindow: true } : undefined;
  let previous: Promise<unknown> = Promise.resolve();
  for (const loaded of startOrder(scenarios)) {
    const result = own ? startOverlapping(loaded, engine, origins, { ...own, turns }) : previous.then(() => startAlone(loaded, engine, origins));
    // Kept by the map; a failure is reported by the test that awaits it, not as unhandled.
    result.catch(() => undefined);
    results.set(loaded.scenario.id, result);
    if (!own) previous = result.catch(() => undefined);
  }
  return results;
}

async function startOverlapping(loaded: LoadedScenario, engine: BrowserEngine, origins: RunningOrigins, options: RunOptions & { turns: Turns }): Promise<Observation> {
  const { turns } = options;
  // Making the profile is part of the turn: nothing else runs while another run measures.
  await turns.take();
  let run: ScenarioRun;
  try {
    run = await ScenarioRun.start(loaded, engine, origins, options);
  } finally {
    turns.give();
  }
  try {
    return await run.observe();
  } finally {
    // Closing the profile is part of a turn too: where sessions are tabs of one window, closing
    // one selects another, and Firefox then refused to select the tab of the run whose turn it
    // was ("no such frame").
    await turns.take();
    try {
      await run.release();
    } finally {
      turns.give();
    }
  }
}

async function startAlone(loaded: LoadedScenario, engine: BrowserEngine, origins: RunningOrigins): Promise<Observation> {
  const run = await ScenarioRun.start(loaded, engine, origins);
  try {
    return await run.observe();
  } finally {
    await run.release();
  }
}
