/**
 * Loads scenario files without a browser and prints every message the loader has for them: the
 * schema's and the consistency checks', each naming the file, the scenario and the field.
 * Usage: npm run check [-- scenarios/redirects/preflighted.ts ...]; with no file, the catalogue
 * (or CORSMATRIX_SCENARIOS). Exits 1 when any file has a mistake.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { formatScenarioError, loadCatalogue } from '../harness/scenario/load.js';
import { scenarioRoots } from '../harness/scenario/roots.js';

const { positionals } = parseArgs({ allowPositionals: true });
const roots = positionals.length > 0 ? positionals.map((entry) => path.resolve(entry)) : scenarioRoots();
const catalogue = await loadCatalogue(roots);
for (const error of catalogue.errors) console.error(formatScenarioError(error));
const files = new Set(catalogue.scenarios.map((loaded) => loaded.file));
const broken = new Set(catalogue.errors.map((error) => error.file));
console.log(
  `corsmatrix check: ${catalogue.scenarios.length} scenarios in ${files.size} files load; ` +
    (catalogue.errors.length === 0 ? 'no mistakes' : `${catalogue.errors.length} mistakes in ${broken.size} files`),
);
process.exit(catalogue.errors.length === 0 ? 0 : 1);
