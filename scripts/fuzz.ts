/**
 * The differential fuzzer (issue #39): scenarios made from the schema's grammar, each run in the
 * engines with the Fetch standard's model's expectation; each difference minimised and written as
 * a ready scenario file. Usage:
 *   npm run fuzz -- [--count 100] [--seed 1] [--engines chromium,firefox,webkit] [--out found] [--minimise-runs 25]
 * The same seed makes the same scenarios. Exits 0 whatever it finds: findings are its output.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { engineNames, type EngineName } from '../harness/model/engine-names.js';
import { isOneOf } from '../harness/model/name-lists.js';
import { fuzz } from '../harness/fuzz/run.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string' },
    engines: { type: 'string', default: engineNames.join(',') },
    out: { type: 'string', default: 'found' },
    'minimise-runs': { type: 'string', default: '25' },
  },
});
const number = (name: string, value: string | undefined, fallback: number): number => {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`corsmatrix fuzz: --${name} wants a whole number, not "${value}"`);
    process.exit(2);
  }
  return parsed;
};
const engines = (values.engines ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
const unknown = engines.filter((name) => !isOneOf(engineNames, name));
if (unknown.length > 0 || engines.length === 0) {
  console.error(`corsmatrix fuzz: --engines takes ${engineNames.join(', ')} (comma-separated), not "${unknown.join(', ') || values.engines}"`);
  process.exit(2);
}
const seed = number('seed', values.seed, Math.floor(Math.random() * 1_000_000));
const count = number('count', values.count, 100);
console.log(`corsmatrix fuzz: ${count} scenarios, seed ${seed} (the same seed makes the same scenarios), in ${engines.join(', ')}`);
const summary = await fuzz({
  count,
  seed,
  engines: engines.filter((name): name is EngineName => isOneOf(engineNames, name)),
  out: path.resolve(values.out ?? 'found', `seed-${seed}`),
  minimiseRuns: number('minimise-runs', values['minimise-runs'], 25),
  log: (line) => console.log(line),
});
for (const { engine, why } of summary.unavailable) console.log(`corsmatrix fuzz: ${engine} did not start: ${why}`);
// New differences first: a known one is a deviation the catalogue already declares.
const fresh = summary.findings.filter((finding) => !finding.known);
const known = summary.findings.filter((finding) => finding.known);
if (fresh.length > 0) console.log(`corsmatrix fuzz: NEW (${fresh.length}):\n${fresh.map((finding) => `  ${path.relative(process.cwd(), finding.file)}: ${finding.differences.join('; ')}`).join('\n')}`);
if (known.length > 0) console.log(`corsmatrix fuzz: known (${known.length}):\n${known.map((finding) => `  ${path.relative(process.cwd(), finding.file)}: as ${finding.knownFrom.join(', ')}`).join('\n')}`);
console.log(
  `corsmatrix fuzz: made ${summary.generated} scenarios in ${summary.seconds.toFixed(1)} s (${(summary.generated / Math.max(summary.seconds, 0.001)).toFixed(2)} a second): ` +
    `${summary.ran} run, ${summary.outside} outside the model, ${summary.refused} refused by the loader; ${summary.findings.length} with a difference (${fresh.length} new, ${known.length} known)`,
);
