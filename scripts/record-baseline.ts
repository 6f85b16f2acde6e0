/**
 * Records the last run's matrix (reports/matrix.json) as the baseline that later runs compare
 * with. Usage: npx playwright test && npm run baseline [-- --from reports/matrix.json --to baseline/matrix.json]
 * After a run of part of the catalogue (`--grep`), `--merge` replaces only that run's cells.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Command } from 'commander';
import { baselineFrom, mergeBaseline, readBaseline, writeBaseline } from '../harness/report/baseline.js';
import { readMatrix } from '../harness/report/schema.js';

const values = new Command('npm run baseline --')
  .description("records the last run's matrix as the baseline that later runs compare with")
  .option('--from <file>', 'the matrix to record', 'reports/matrix.json')
  .option('--to <file>', 'the baseline to write', 'baseline/matrix.json')
  .option('--merge', "replace only this run's cells (after a run of part of the catalogue)", false)
  .parse()
  .opts<{ from: string; to: string; merge: boolean }>();
const { from, to } = values;
if (!existsSync(from)) {
  console.error(`corsmatrix baseline: ${from} does not exist; run \`npx playwright test\` first`);
  process.exit(1);
}
const matrix = readMatrix(readFileSync(from, 'utf8'));
const recorded = baselineFrom(matrix);
const previous = values.merge ? readBaseline(to) : undefined;
if (values.merge && !previous) {
  console.error(`corsmatrix baseline: --merge needs an existing ${to}`);
  process.exit(1);
}
const baseline = previous ? mergeBaseline(previous, recorded) : recorded;
writeBaseline(to, baseline);
const cells = Object.values(baseline.cells).reduce((sum, projects) => sum + Object.keys(projects).length, 0);
console.log(`corsmatrix baseline: recorded ${cells} cells of ${Object.keys(baseline.cells).length} scenarios from ${from} in ${to}${previous ? ` (${Object.keys(recorded.cells).length} scenarios from this run, the rest kept)` : ''}`);
