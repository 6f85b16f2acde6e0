/**
 * The map of the standards (docs/coverage.md): every scenario cites a known section, every core
 * section is exercised or says why not, and the committed map is the one the catalogue gives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { coverageMarkdown, coverageOf, type ReferencingScenario } from '../../harness/report/coverage.js';
import { loadCatalogue } from '../../harness/catalogue/load.js';
import { scenarioRoots } from '../../harness/scenario/roots.js';

async function catalogueReferences(): Promise<ReferencingScenario[]> {
  const catalogue = await loadCatalogue(scenarioRoots());
  return catalogue.scenarios.map(({ scenario, file }) => ({ id: scenario.id, file, reference: scenario.reference }));
}

test('every scenario cites a known section, and every core section is exercised or says why not', async () => {
  const coverage = coverageOf(await catalogueReferences());
  expect(coverage.unknown.map((scenario) => `${scenario.id}: ${scenario.reference}`), 'add the section to harness/scenario/references.ts, or cite a known one').toEqual([]);
  expect(coverage.uncoveredCore.map((entry) => entry.url)).toEqual([]);
  expect(coverage.staleLeftOut.map((entry) => entry.url)).toEqual([]);
});

test('a reference to an unknown section is caught, and a core section without scenario or reason is named', () => {
  const coverage = coverageOf([{ id: 'x/y', file: 'x.ts', reference: 'https://fetch.spec.whatwg.org/#no-such-section' }]);
  expect(coverage.unknown.map((scenario) => scenario.id)).toEqual(['x/y']);
  expect(coverage.uncoveredCore.map((entry) => entry.url)).toContain('https://fetch.spec.whatwg.org/#cors-check');
});

test('docs/coverage.md is the map the catalogue gives (npm run coverage regenerates it)', async () => {
  const scenarios = await catalogueReferences();
  const committed = readFileSync(fileURLToPath(new URL('../../docs/coverage.md', import.meta.url)), 'utf8');
  expect(committed, 'docs/coverage.md is out of date: run npm run coverage').toBe(`${coverageMarkdown(coverageOf(scenarios), scenarios.length)}\n`);
});
