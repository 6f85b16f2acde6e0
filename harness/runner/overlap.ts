/**
 * Scenarios that wait on purpose (a preflight cache entry expiring) spend seconds doing nothing.
 * Run one after another they hold a worker for the sum of their waits; started together they hold
 * it for about the longest. They take turns for everything but the wait (RunOptions.turns), so no
 * two of them make requests, or navigate, at the same time: each one's requests go out as they
 * would alone, and only the idle time overlaps. Each runs where it runs alone, in the shared
 * profile's pages (a step takes its origin's page in its turn): the URLs of a run are its own, so
 * its preflight cache entries are too, and what another run does between its turns is what
 * another run would have done before it.
 */
import type { BrowserEngine } from '../engines/types.js';
import type { RunningOrigins } from '../origins/servers.js';
import type { LoadedScenario } from '../model/scenario.js';
import type { Scenario } from '../model/scenario.js';
import { ScenarioRun, Turns } from './run.js';
import type { Observation } from '../model/observation.js';

/** A scenario whose follow-up waits for time to pass, and that needs no permission (a prompt needs its page to keep the focus). */
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
 * Starts the runs of these scenarios, overlapping their waits. Each result is kept for the test
 * that reports it; a run that failed rejects its own promise only.
 */
export function overlapRuns(scenarios: LoadedScenario[], engine: BrowserEngine, origins: RunningOrigins): Map<string, Promise<Observation>> {
  const results = new Map<string, Promise<Observation>>();
  const turns = new Turns();
  for (const loaded of startOrder(scenarios)) {
    const result = startOverlapping(loaded, engine, origins, turns);
    // Kept by the map; a failure is reported by the test that awaits it, not as unhandled.
    result.catch(() => undefined);
    results.set(loaded.scenario.id, result);
  }
  return results;
}

async function startOverlapping(loaded: LoadedScenario, engine: BrowserEngine, origins: RunningOrigins, turns: Turns): Promise<Observation> {
  // Starting and releasing a run are part of a turn too: a scenario that stores cookies opens and
  // closes its fresh profile there, and where sessions are tabs of one window closing one selects
  // another (Firefox then refused to select the tab of the run whose turn it was: "no such frame").
  await turns.take();
  let run: ScenarioRun;
  try {
    run = await ScenarioRun.start(loaded, engine, origins, { turns });
  } finally {
    turns.give();
  }
  try {
    return await run.observe();
  } finally {
    await turns.take();
    try {
      await run.release();
    } finally {
      turns.give();
    }
  }
}
