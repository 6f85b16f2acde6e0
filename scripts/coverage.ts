/**
 * Writes docs/coverage.md: which sections of the Fetch standard and the related specs the
 * catalogue exercises, from each scenario's `reference`. Usage: npm run coverage. Exits 1 when a
 * scenario refers to an unknown section or a core section has neither a scenario nor a reason.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coverageMarkdown, coverageOf } from '../harness/report/coverage.js';
import { formatScenarioError, loadCatalogue } from '../harness/catalogue/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';

const target = fileURLToPath(new URL('../docs/coverage.md', import.meta.url));
const catalogue = await loadCatalogue(scenarioRoots());
for (const error of catalogue.errors) console.error(formatScenarioError(error));
const scenarios = catalogue.scenarios.map(({ scenario, file }) => ({ id: scenario.id, file, reference: scenario.reference }));
const coverage = coverageOf(scenarios);
writeFileSync(target, `${coverageMarkdown(coverage, scenarios.length)}\n`);
for (const scenario of coverage.unknown) console.error(`${scenario.file}: scenario "${scenario.id}": field "reference": ${scenario.reference} is not a known section (harness/scenario/references.ts)`);
for (const entry of coverage.uncoveredCore) console.error(`harness/scenario/references.ts: core section ${entry.url} has no scenario and no leftOut reason`);
for (const entry of coverage.staleLeftOut) console.error(`harness/scenario/references.ts: section ${entry.url} says why nothing exercises it, but a scenario does: remove its leftOut`);
console.log(`corsmatrix coverage: ${coverage.bySection.size} sections exercised by ${scenarios.length} scenarios, written to docs/coverage.md`);
if (coverage.unknown.length > 0 || coverage.uncoveredCore.length > 0 || coverage.staleLeftOut.length > 0 || catalogue.errors.length > 0) process.exitCode = 1;
