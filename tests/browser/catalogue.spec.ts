/**
 * Every scenario of the catalogue, in the engine of the current project. A broken scenario file
 * becomes one failing test that names the file, the scenario and the field; the rest still run.
 */
import { loadCatalogue, formatScenarioError } from '../../harness/catalogue/load.js';
import { test } from '../../harness/runner/fixtures.js';
import { engineLabel, formatMismatches } from '../../harness/runner/format.js';
import { scenarioRoots } from '../../harness/scenario/roots.js';
import { overlapRuns } from '../../harness/runner/overlap.js';
import { catalogueGroups } from '../../harness/runner/groups.js';
import type { LoadedScenario } from '../../harness/catalogue/load.js';
import type { Observation } from '../../harness/model/observation.js';
import type { ScenarioRunner } from '../../harness/runner/fixtures.js';
import { notMeasuredIn } from '../../harness/runner/not-measured.js';

const catalogue = await loadCatalogue(scenarioRoots());

const errorsByFile = new Map<string, typeof catalogue.errors>();
for (const error of catalogue.errors) errorsByFile.set(error.file, [...(errorsByFile.get(error.file) ?? []), error]);
for (const [file, errors] of errorsByFile) {
  // The first mistake in the title, so `--list` shows it too; the test's error lists them all.
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  test(`invalid scenario file ${first ? formatScenarioError(first).replace(/\s+/g, ' ') : file}${more}`, () => {
    throw new Error(errors.map(formatScenarioError).join('\n'));
  });
}

/** The test of one scenario; `observe` runs it (alone, or in the worker's overlapping runs). */
function scenarioTest(loaded: LoadedScenario, observe: (fixtures: { scenarioRunner: ScenarioRunner }) => Promise<Observation>): void {
  const { scenario } = loaded;
  // A library row must be placed in its library's view even when no cell ran (all not measured).
  const annotation = [
    { type: 'scenario', description: scenario.id },
    { type: 'scenario-file', description: loaded.file },
    ...(scenario.library ? [{ type: 'library', description: scenario.library.name }] : []),
  ];
  test(`${scenario.id}: ${scenario.title}`, { annotation }, async ({ engine, scenarioRunner }, testInfo) => {
    const notMeasured = notMeasuredIn(scenario, engine);
    test.skip(notMeasured !== undefined, `not measured: ${notMeasured ?? ''}`);
    // The scenario's own timeouts and waits come on top of the usual budget, so a slow scenario
    // ends with its own note ("did not answer within ...") rather than the test's timeout.
    const ownWaitMs = (1 + scenario.then.length) * (scenario.timeoutMs ?? 0) + scenario.then.reduce((sum, step) => sum + (step.waitAfterLastPreflightMs ?? 0), 0);
    test.setTimeout(testInfo.timeout + ownWaitMs);
    const observation = await observe({ scenarioRunner });
    testInfo.annotations.push({ type: 'engine', description: engineLabel(observation) }, { type: 'verdict', description: observation.verdict });
    // A library that does not deliver the intent is a finding, not a failure: only a difference
    // from the declared expectation (below) fails the test.
    if (observation.library) testInfo.annotations.push({ type: 'library-verdict', description: observation.library.verdict });
    await testInfo.attach('corsmatrix-observation', { body: JSON.stringify(observation, null, 2), contentType: 'application/json' });
    if (observation.mismatches.length > 0) throw new Error(formatMismatches(observation));
  });
}

// Groups, each run in one worker in order, the longest first (harness/runner/groups.ts).
for (const group of catalogueGroups(catalogue.scenarios)) {
  test.describe(group.title, () => {
    test.describe.configure({ mode: 'default' });
    if (group.kind === 'run') {
      for (const loaded of group.scenarios) scenarioTest(loaded, ({ scenarioRunner }) => scenarioRunner.run(loaded));
      return;
    }
    // The scenarios that wait on purpose overlap their waits (harness/runner/overlap.ts): the
    // worker is held for about the longest wait, not their sum.
    let runs: Map<string, Promise<Observation>> | undefined;
    test.beforeAll(async ({ engineSlot, origins }) => {
      const { engine } = engineSlot;
      if (!engine || engine.failure) return;
      runs = overlapRuns(group.scenarios.filter(({ scenario }) => notMeasuredIn(scenario, engine) === undefined), engine, origins);
    });
    // With -g, the runs of unselected scenarios overlap the selected ones; none is left running.
    test.afterAll(async () => {
      await Promise.allSettled(runs?.values() ?? []);
    });
    for (const loaded of group.scenarios) {
      scenarioTest(loaded, async () => {
        const run = runs?.get(loaded.scenario.id);
        if (!run) throw new Error(`${loaded.scenario.id} was not started with the other scenarios that wait`);
        return run;
      });
    }
  });
}
