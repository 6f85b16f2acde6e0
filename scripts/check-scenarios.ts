/**
 * Loads scenario files without a browser and prints every message the loader has for them: the
 * schema's and the consistency checks', each naming the file, the scenario and the field.
 * Usage: npm run check [-- scenarios/redirects/preflighted.ts ...]; with no file, the catalogue
 * (or CORSMATRIX_SCENARIOS). Exits 1 when any file has a mistake.
 *
 * With --model, each scenario's `expected` is also compared with the Fetch standard's model
 * (harness/standard/): per scenario for the files named, in sum for the catalogue. Exits 1 when
 * a scenario the model covers disagrees with it.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { formatScenarioError, loadCatalogue, type LoadedScenario } from '../harness/catalogue/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';
import { compareWithModel, type Agreement } from '../harness/standard/compare.js';
import type { Scenario } from '../harness/model/scenario.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { model: { type: 'boolean', default: false } } });
const roots = positionals.length > 0 ? positionals.map((entry) => path.resolve(entry)) : scenarioRoots();
const catalogue = await loadCatalogue(roots);
for (const error of catalogue.errors) console.error(formatScenarioError(error));
const files = new Set(catalogue.scenarios.map((loaded) => loaded.file));
const broken = new Set(catalogue.errors.map((error) => error.file));
console.log(
  `corsmatrix check: ${catalogue.scenarios.length} scenarios in ${files.size} files load; ` +
    (catalogue.errors.length === 0 ? 'no mistakes' : `${catalogue.errors.length} mistakes in ${broken.size} files`),
);
const disagreements = values.model ? await checkAgainstModel(catalogue.scenarios, positionals.length > 0) : 0;
process.exit(catalogue.errors.length === 0 && disagreements === 0 ? 0 : 1);

function describe(scenario: Scenario, agreement: Agreement): string {
  if (agreement.verdict === 'agree' && scenario.expectedByModel) return `takes the model's expectation (it leaves \`expected\` out of step ${scenario.expectedByModel.join(', ')})`;
  if (agreement.verdict === 'agree') return 'agrees with the model';
  if (agreement.verdict === 'outside') return `outside the model: ${agreement.why}`;
  return `DISAGREES with the model: ${agreement.fields.map((field) => `${field.field}: the scenario says ${JSON.stringify(field.scenario)}, the standard ${JSON.stringify(field.model)}`).join('; ')}`;
}

/** Prints the comparison and returns how many scenarios disagree. */
async function checkAgainstModel(scenarios: LoadedScenario[], each: boolean): Promise<number> {
  // One at a time: a library scenario starts its library's app.
  const results: Array<{ loaded: LoadedScenario; agreement: Agreement }> = [];
  for (const loaded of scenarios) results.push({ loaded, agreement: await compareWithModel(loaded.scenario) });
  const count = (verdict: Agreement['verdict']) => results.filter((result) => result.agreement.verdict === verdict).length;
  for (const { loaded, agreement } of results) {
    if (each || agreement.verdict === 'disagree') console.log(`${path.relative(process.cwd(), loaded.file)}: ${loaded.scenario.id} ${describe(loaded.scenario, agreement)}`);
  }
  if (!each) {
    const why = new Map<string, number>();
    for (const { agreement } of results) if (agreement.verdict === 'outside') why.set(agreement.why, (why.get(agreement.why) ?? 0) + 1);
    console.log('corsmatrix check: where the model stops, most scenarios first:');
    for (const [reason, scenarioCount] of [...why].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${String(scenarioCount).padStart(4)}  ${reason}`);
  }
  const covered = count('agree') + count('disagree');
  console.log(
    `corsmatrix check: the model covers ${covered} of ${results.length} scenarios (${Math.round((100 * covered) / Math.max(results.length, 1))}%): ` +
      `${count('agree')} agree (${results.filter(({ loaded }) => loaded.scenario.expectedByModel).length} of them take its expectation), ${count('disagree')} disagree; ${count('outside')} outside it`,
  );
  return count('disagree');
}
