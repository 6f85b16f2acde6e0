/**
 * The differential fuzzer's parts that need no browser (harness/fuzz/): the grammar's scenarios
 * (reproducible per seed, accepted by the loader), the triage against the catalogue's deviations,
 * and how a run's row becomes a list of differences. `npm run fuzz` runs the whole loop in the engines.
 */
import { test, expect } from '@playwright/test';
import { generateScenario, seededRandom } from '../../harness/fuzz/generate.js';
import { differencesOf } from '../../harness/fuzz/run.js';
import { knownDeviations, triage } from '../../harness/fuzz/triage.js';
import type { MatrixRow } from '../../harness/report/schema.js';
import { loadCatalogue, validateScenario } from '../../harness/catalogue/load.js';
import { scenarioRoots } from '../../harness/scenario/roots.js';

const make = (seed: number, count = 200) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => generateScenario(random, seed, index + 1));
};

test('the same seed makes the same scenarios, every one of which the loader accepts', async () => {
  const scenarios = make(7);
  expect(make(7)).toEqual(scenarios);
  expect(make(8)).not.toEqual(scenarios);
  const refused = [];
  for (const scenario of scenarios) {
    const checked = await validateScenario(scenario);
    if ('problems' in checked) refused.push({ id: scenario.id, problems: checked.problems });
  }
  expect(refused).toEqual([]);
  // The grammar reaches each part it promises.
  expect(new Set(scenarios.map((scenario) => scenario.request.api))).toEqual(new Set(['fetch', 'xhr']));
  expect(scenarios.some((scenario) => scenario.response?.redirect)).toBe(true);
  expect(scenarios.some((scenario) => scenario.request.api === 'fetch' && scenario.request.credentials === 'include')).toBe(true);
  expect(new Set(scenarios.map((scenario) => (scenario.request.api === 'fetch' || scenario.request.api === 'xhr' ? scenario.request.method : ''))).size).toBeGreaterThan(6);
});

test('triage: a difference a catalogue deviation declares for that engine, field and value is known, any other is new', async () => {
  const { scenarios } = await loadCatalogue(scenarioRoots());
  const known = knownDeviations(scenarios.map(({ scenario }) => scenario));
  // WebKit sends no Sec-Fetch-Site after a cross-origin redirect: declared (webkitNoFetchMetadataAfterCrossOriginRedirect).
  const noMetadata = { project: 'webkit', field: 'finalRequest.secFetchSite', observed: null };
  const afterRedirect = triage([noMetadata], [], known);
  expect(afterRedirect.known).toBe(true);
  expect(afterRedirect.scenarios.length).toBeGreaterThan(0);
  // Another value in the same field, or a difference between engines that nothing checks, is new.
  expect(triage([{ ...noMetadata, observed: 'same-origin' }], [], known).known).toBe(false);
  expect(triage([noMetadata], ['page: status'], known).known).toBe(false);
  // A deviation that gives the page a response also says the engine names no reason: every engine lets `*` cover Authorization.
  const letThrough = [
    { project: 'chromium', field: 'request', observed: true },
    { project: 'chromium', field: 'page', observed: 'response' },
    { project: 'chromium', field: 'blocked', observed: null },
  ];
  expect(triage(letThrough, [], known).known).toBe(true);
  expect(triage([{ project: 'chromium', field: 'blocked', observed: 'allow-origin-missing' }], [], known).known).toBe(false);
});

test("a run's row becomes its differences: each engine against the standard, and what nothing checks", () => {
  const cell = (status: 'matches-standard' | 'unexpected', fields: string[]) => ({
    scenarioId: 'fuzz/s1-1',
    project: 'x',
    status,
    summary: '',
    outcomeSummary: '',
    uncheckedDifferences: [],
    ...(fields.length > 0 ? { observation: { mismatches: fields.map((field) => ({ field, expected: 1, observed: 2 })) } } : {}),
  });
  const row = {
    cells: { chromium: cell('matches-standard', []), firefox: cell('unexpected', ['finalRequest.secFetchSite']) },
    differences: [
      { step: 0, key: 'a', field: 'request at hop 0 (site): Range', values: {}, accountedBy: null },
      { step: 0, key: 'b', field: 'page: status', values: {}, accountedBy: 'expectation' },
    ],
  } as unknown as MatrixRow;
  expect(differencesOf(row)).toEqual({
    engines: [{ project: 'firefox', field: 'finalRequest.secFetchSite', observed: 2 }],
    between: ['request at hop 0 (site): Range'],
    lines: ['engines differ: request at hop 0 (site): Range', 'firefox differs from the standard: finalRequest.secFetchSite'],
  });
});
