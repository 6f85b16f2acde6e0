/**
 * The page-origin route's fidelity check: every cell of the examples (examples/corsmatrix.config.ts)
 * and of the library policy targets (every library, every origin form), in every engine, written
 * without what changes from run to run (tokens, ports, timings), so that two runs made two ways
 * (two commits, two users, two machines) can be compared cell by cell (harness/own-server/comparable.ts).
 *
 *   npm run compare-routes -- record <cells.json>
 *   npm run compare-routes -- compare <before.json[.gz]> <after.json[.gz]>     exits 1 on any difference
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryPolicyConfig } from '../harness/libraries/policy.js';
import { libraryNames } from '../harness/model/library-names.js';
import { comparableCell, differingCells, readComparableRun, type ComparableCell } from '../harness/own-server/comparable.js';
import { configSchema } from '../harness/own-server/config.js';
import { runProject } from '../harness/own-server/session.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: npm run compare-routes -- record <cells.json> | compare <before.json> <after.json>';

async function record(file: string): Promise<void> {
  const progress = { step: (message: string) => console.log(message), checkDone: () => {} };
  // Interrupted, the run still stops what it started (the targets' servers, the browsers).
  const interrupted = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => interrupted.abort(new Error(`interrupted by ${signal}`)));
  const examples = configSchema.parse(((await import(path.join(root, 'examples/corsmatrix.config.ts'))) as { default: unknown }).default);
  const cells: ComparableCell[] = [];
  const engines = new Set<string>();
  const settings = new Set<string>();
  for (const [name, config, dir] of [
    ['examples', examples, path.join(root, 'examples')],
    ['library policy', await libraryPolicyConfig({ libraries: libraryNames }), root],
  ] as const) {
    console.log(`${name}: ${config.targets.length} targets`);
    const result = await runProject(config, dir, progress, { signal: interrupted.signal });
    for (const { engine, why } of result.unavailable) console.log(`${engine} did not start: ${why}`);
    for (const engine of result.engines) {
      engines.add(`${engine.engine} ${engine.version}`);
      settings.add(`${engine.engine} ${engine.version}: ${engine.changedSettings.join('; ')}`);
    }
    cells.push(...result.observations.map(comparableCell));
  }
  writeFileSync(file, `${JSON.stringify({ engines: [...engines], settings: [...settings], cells }, null, 1)}\n`);
  console.log(`${cells.length} cells written to ${file}`);
}

function compare(beforeFile: string, afterFile: string): number {
  const [before, after] = [readComparableRun(beforeFile), readComparableRun(afterFile)];
  const differences = differingCells(before.cells, after.cells);
  for (const { key, before: one, after: other } of differences) console.log(`${key}\n  before: ${JSON.stringify(one)}\n  after:  ${JSON.stringify(other)}`);
  console.log(`${before.cells.length} cells before (${before.engines.join(', ') || 'engines not recorded'}), ${after.cells.length} after (${after.engines.join(', ')}), ${differences.length} differ`);
  return differences.length === 0 ? 0 : 1;
}

const [command, ...files] = process.argv.slice(2);
if (command === 'record' && files.length === 1) {
  await record(files[0] as string);
  process.exit(0);
} else if (command === 'compare' && files.length === 2) {
  process.exit(compare(files[0] as string, files[1] as string));
} else {
  console.error(usage);
  process.exit(2);
}
