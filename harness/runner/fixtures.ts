/**
 * Playwright Test fixtures. Worker-scoped: the origins and the browser, started once per worker
 * and stopped when it ends, also after a failure. Nothing else starts or stops them. Test-scoped:
 * the scenario runs of one test, each released when the test ends, also when it failed or timed
 * out in the middle of a run (its plan unregistered, its log forgotten, a fresh session closed).
 */
import { test as base } from '@playwright/test';
import { launchEngine, type EngineConfig } from '../engines/launch.js';
import { EngineUnavailableError } from '../engines/errors.js';
import type { BrowserEngine } from '../engines/types.js';
import { startOrigins, type RunningOrigins } from '../origins/servers.js';
import type { LoadedScenario } from '../model/scenario.js';
import { ScenarioRun } from './run.js';
import { scaled } from '../pace.js';
import type { Observation } from '../model/observation.js';

export type EngineSlot = { engine: BrowserEngine; unavailable?: undefined } | { engine?: undefined; unavailable: string };

export interface HarnessWorkerFixtures {
  /** Which engine this project runs; set per project in playwright.config.ts. */
  engineConfig: EngineConfig;
  origins: RunningOrigins;
  engineSlot: EngineSlot;
}

export interface ScenarioRunner {
  /** Runs the scenario in the project's engine against the worker's origins. */
  run(loaded: LoadedScenario): Promise<Observation>;
}

export interface HarnessTestFixtures {
  /** The project's browser; the test is skipped when it cannot start (failed under CI=true for a plain browser that is missing). */
  engine: BrowserEngine;
  scenarioRunner: ScenarioRunner;
  /** Playwright Test's own per-test fixtures for its `page` and `context`; see below. */
  _setupContextOptions: void;
  _setupArtifacts: void;
}

export const test = base.extend<HarnessTestFixtures, HarnessWorkerFixtures>({
  engineConfig: [{ engine: 'chromium' }, { option: true, scope: 'worker' }],

  origins: [
    async ({}, use) => {
      const origins = await startOrigins();
      try {
        await use(origins);
      } finally {
        await origins.stop();
      }
    },
    { scope: 'worker', timeout: scaled(30_000) },
  ],

  engineSlot: [
    async ({ engineConfig, origins }, use, workerInfo) => {
      let slot: EngineSlot;
      try {
        // `site-port` (the http-alt listener) plays the public website in the local-network-access variant.
        slot = { engine: await launchEngine(engineConfig, workerInfo.project.name, { publicPorts: [origins.ports['http-alt']] }) };
      } catch (error) {
        // An engine that cannot start here is not measured: its tests are skipped with the reason,
        // and the report says so. Only CI, which ran `npm run setup`, fails for a plain browser
        // that is missing; a variant can need what a machine does not offer (root, or user
        // namespaces), and that is no fault of the run. Any other error is a failure.
        if (!(error instanceof EngineUnavailableError) || (process.env.CI && engineConfig.variant === undefined)) throw error;
        slot = { unavailable: `not measured: ${error.message}` };
      }
      try {
        await use(slot);
      } finally {
        await slot.engine?.close();
      }
    },
    { scope: 'worker', timeout: scaled(60_000) },
  ],

  // Playwright Test's own set-up for its `page` and `context` fixtures, which no test here uses,
  // replaced by nothing. Before each test it set up some thirty option fixtures, each a step whose
  // stack it captured (close to half of a worker's CPU here, measured 2026-12-02); and it added the
  // project's context options to every context made in the worker, the harness's own included,
  // where a context must have exactly the settings it records (fidelity.ts). Without it, the
  // harness's contexts keep Playwright's defaults, and Playwright's trace and screenshot options
  // do not apply to them. (If Playwright renames these, the overrides become fixtures that do
  // nothing, and its own run again: slower, nothing else.) A plain function keeps their options.
  _setupContextOptions: async ({}, use) => use(),
  _setupArtifacts: async ({}, use) => use(),

  engine: async ({ engineSlot }, use) => {
    if (engineSlot.unavailable !== undefined) base.skip(true, engineSlot.unavailable);
    const engine = engineSlot.engine as BrowserEngine;
    if (engine.failure) throw new Error(`${engine.identity.project}: ${engine.failure}; this worker cannot run more scenarios`);
    try {
      await use(engine);
    } catch (error) {
      // Name the cause when the browser died under the test, not just "target closed".
      if (engine.failure) throw new Error(`${engine.identity.project}: ${engine.failure} during this scenario (${String(error)})`);
      throw error;
    }
  },

  scenarioRunner: async ({ engine, origins }, use) => {
    const open = new Set<ScenarioRun>();
    await use({
      async run(loaded) {
        const run = await ScenarioRun.start(loaded, engine, origins);
        open.add(run);
        try {
          return await run.observe();
        } finally {
          open.delete(run);
          await run.release();
        }
      },
    });
    // Only a test that ended in the middle of a run (a timeout) leaves one here.
    for (const run of open) await run.release();
  },
});

export { expect } from '@playwright/test';
