/**
 * docs/deviations.md is what `npm run deviations` writes from the catalogue: one row for every
 * declared deviation, with its reason and bug, and one for every cell not measured here. Only the
 * "seen in" column depends on a run, so it is the one part not checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { loadCatalogue } from '../../harness/catalogue/load.js';
import { deviationRowEnds, notMeasuredRow } from '../../harness/report/deviations-doc.js';
import { scenarioRoots } from '../../harness/scenario/roots.js';

const root = path.resolve(import.meta.dirname, '../..');

test('docs/deviations.md lists every declared deviation and every cell not measured, as the catalogue has them (npm run deviations)', async () => {
  const { scenarios } = await loadCatalogue(scenarioRoots());
  const written = readFileSync(path.join(root, 'docs/deviations.md'), 'utf8').split('\n');
  const missing: string[] = [];
  let declared = 0;
  for (const { scenario } of scenarios) {
    for (const deviation of scenario.deviations) {
      declared++;
      const { start, end } = deviationRowEnds(scenario.id, deviation);
      if (!written.some((line) => line.startsWith(start) && line.endsWith(end))) missing.push(`${scenario.id} (${deviation.engine})`);
    }
    for (const entry of scenario.notMeasured) {
      if (!written.includes(notMeasuredRow(scenario.id, entry))) missing.push(`${scenario.id} (${entry.engine}, not measured)`);
    }
  }
  expect(missing, 'rows missing or stale: run npm run deviations').toEqual([]);
  const notMeasured = scenarios.reduce((sum, { scenario }) => sum + scenario.notMeasured.length, 0);
  expect(written.filter((line) => line.startsWith('| `')).length, 'rows for deviations no longer declared: run npm run deviations').toBe(declared + notMeasured);
});
