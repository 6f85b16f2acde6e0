/**
 * A maintainer's entry point: runs one library's scenarios in Chromium, Firefox and WebKit,
 * against the npm release or a local checkout of the library, and compares every cell with the
 * library's baseline (baseline/library-<name>.json). Then checks the library the way
 * `npx corsmatrix` checks a user's server: the library policy in every origin form the library
 * has (harness/libraries/policy.ts), its cells compared with the declared policy findings. Exits
 * non-zero when a cell changed, a scenario differs from its expectation, or a policy cell is not
 * what the findings say.
 *
 *   npm run library -- <name> [--checkout /path/to/package] [--record] [-- <playwright options>]
 *
 * --record (with the npm release) writes the baseline from a passing run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { libraryAdapters } from '../harness/libraries/index.js';
import { comparePolicyRun, formsOf, libraryPolicyConfig } from '../harness/libraries/policy.js';
import { checkoutVariable, isLibraryName, libraryNames } from '../harness/model/library-names.js';
import type { LibraryDescription } from '../harness/model/library-options.js';
import { checkVerdictLabels } from '../harness/own-server/observation.js';
import { runProject } from '../harness/own-server/session.js';
import { baselineFrom, writeBaseline } from '../harness/report/baseline.js';
import { writeProjectReport } from '../harness/report/own-server.js';
import { readMatrix } from '../harness/report/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = `usage: npm run library -- <${libraryNames.join('|')}> [--checkout /path/to/package] [--record] [-- <playwright options>]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { checkout: { type: 'string' }, record: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
const [name, ...playwrightOptions] = positionals;
if (values.help || name === undefined || !isLibraryName(name)) {
  console.error(name !== undefined && !values.help ? `corsmatrix library: unknown library "${name}"\n${usage}` : usage);
  process.exit(values.help ? 0 : 2);
}

const env: NodeJS.ProcessEnv = { ...process.env };
if (values.checkout !== undefined) {
  const checkout = path.resolve(values.checkout);
  // The adapter reads this in every test worker and imports the library from there; it says
  // (below) what a checkout of its language must hold: a package.json, or a Python package.
  env[checkoutVariable(name)] = checkout;
  process.env[checkoutVariable(name)] = checkout;
}
if (values.record && values.checkout !== undefined) {
  console.error('corsmatrix library: --record writes the baseline of the npm release; leave out --checkout');
  process.exit(2);
}

const adapter = libraryAdapters[name];
let description: LibraryDescription;
try {
  description = adapter.describe();
} catch (error) {
  console.error(`corsmatrix library: ${error instanceof Error ? error.message.replace(/^corsmatrix: /, '') : String(error)}`);
  process.exit(2);
}
const unavailable = adapter.unavailable?.();
if (unavailable) {
  console.error(`corsmatrix library: ${name} cannot run here: ${unavailable}`);
  process.exit(2);
}
const baselineFile = path.join(root, 'baseline', `library-${name}.json`);
const reportDir = path.join(root, 'reports', `library-${name}`);
if (!values.record && !existsSync(baselineFile)) {
  console.error(`corsmatrix library: no baseline for ${name} yet (${path.relative(root, baselineFile)}); record one with: npm run library -- ${name} --record`);
  process.exit(2);
}
console.log(`corsmatrix library: ${name}: ${description.packageName} ${description.version}${description.checkout ? ` from ${description.checkout}` : adapter.start ? ' (the installed release)' : ' (npm release)'} on ${description.framework}`);

// The matrix reporter writes the report and compares with the baseline: keep it whatever
// reporter the caller asks for.
const matrixReporter = path.join(root, 'harness/report/reporter.ts');
const reporterIndex = playwrightOptions.findIndex((option) => option === '--reporter' || option.startsWith('--reporter='));
if (reporterIndex === -1) playwrightOptions.push(`--reporter=list,${matrixReporter}`);
else if (playwrightOptions[reporterIndex] === '--reporter') playwrightOptions[reporterIndex + 1] = `${playwrightOptions[reporterIndex + 1] ?? 'list'},${matrixReporter}`;
else playwrightOptions[reporterIndex] = `${playwrightOptions[reporterIndex] ?? ''},${matrixReporter}`;

const run = spawnSync(
  'npx',
  [
    'playwright',
    'test',
    '--project=chromium',
    '--project=firefox',
    '--project=webkit',
    '--grep',
    `libraries/${name}/`,
    `--output=${path.join(root, 'test-results', `library-${name}`)}`,
    ...playwrightOptions,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...env,
      CORSMATRIX_REPORT_DIR: reportDir,
      CORSMATRIX_BASELINE: baselineFile,
      // A cell that changed from the library's baseline fails the run.
      CORSMATRIX_FAIL_ON_CHANGE: values.record ? '0' : '1',
    },
  },
);
const status = run.status ?? 1;

const matrixFile = path.join(reportDir, 'matrix.json');
if (!existsSync(matrixFile)) {
  console.error(`corsmatrix library: the run wrote no ${path.relative(root, matrixFile)}`);
  process.exit(status || 1);
}
const matrix = readMatrix(readFileSync(matrixFile, 'utf8'));

if (values.record) {
  if (status !== 0) {
    console.error('corsmatrix library: not recording a baseline from a failing run; fix the scenarios first');
    process.exit(status);
  }
  writeBaseline(baselineFile, baselineFrom(matrix));
  console.log(`corsmatrix library: recorded ${path.relative(root, baselineFile)} from ${matrix.rows.length} scenarios; commit it`);
  process.exit(0);
}

const changes = matrix.baseline?.changes ?? [];
for (const change of changes) {
  console.log(`  changed: ${change.scenarioId} in ${change.project}: ${change.before.status}: ${change.before.summary} -> ${change.after.status}: ${change.after.summary}`);
}
for (const cell of matrix.baseline?.added ?? []) console.log(`  new, not in the baseline yet: ${cell}`);
console.log(`corsmatrix library: ${changes.length} cells changed since ${path.relative(root, baselineFile)}; report in ${path.relative(process.cwd(), reportDir)}/matrix.html`);
const catalogueStatus = status !== 0 ? status : changes.length > 0 ? 1 : 0;

// The same library, checked as a user's server is: generated checks from one declared policy.
console.log(`corsmatrix library: ${name}: the library policy in ${formsOf(name).join(', ')} form, as npx corsmatrix checks a server`);
const policyDir = path.join(reportDir, 'policy');
const result = await runProject(await libraryPolicyConfig({ libraries: [name] }), root, {
  step: (message) => console.log(`  ${message}`),
  checkDone: (observation, done, total) => {
    if (done % 25 === 0 || done === total) console.log(`  [${done}/${total}] checks done`);
  },
});
await writeProjectReport(policyDir, result, `corsmatrix: ${description.packageName} ${description.version} checked like your own server`);
const { explained, unexplained } = comparePolicyRun(result.observations);
for (const { observation, finding } of explained) {
  console.log(`  finding: ${observation.check.target} ${observation.engine.engine}: ${checkVerdictLabels[observation.verdict]}: ${observation.check.title} (${finding.finding.link ?? finding.finding.summary})`);
}
for (const { observation, declared } of unexplained) {
  const why = declared ? `the finding says ${checkVerdictLabels[declared.verdict]}` : 'no finding explains it';
  console.log(`  unexplained: ${observation.check.target} ${observation.engine.engine}: ${checkVerdictLabels[observation.verdict]}: ${observation.check.title} (${why})`);
}
for (const { engine, why } of result.unavailable) console.log(`  ${engine} did not run: ${why}`);
console.log(`corsmatrix library: policy: ${explained.length} cells as the findings say, ${unexplained.length} unexplained; report in ${path.relative(process.cwd(), policyDir)}/report.html`);
process.exit(catalogueStatus !== 0 ? catalogueStatus : unexplained.length > 0 || result.unavailable.length > 0 ? 1 : 0);
