/**
 * The page-origin route's fidelity check: every cell of the examples (examples/corsmatrix.config.ts)
 * and of the library policy targets (every library, every origin form), in every engine, written
 * without what changes from run to run (tokens, ports, timings), so that two runs made two ways
 * (two commits, two users, two machines) can be compared cell by cell.
 *
 *   npm run compare-routes -- record <cells.json>
 *   npm run compare-routes -- compare <before.json[.gz]> <after.json[.gz]>     exits 1 on any difference
 *
 * A cell is its verdict, and per step: its verdict, what the page saw, why it was blocked (the
 * reason, the request refused and who said so; not the engine's wording, which names URLs), and
 * whether a preflight was sent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { libraryPolicyConfig } from '../harness/libraries/policy.js';
import { libraryNames } from '../harness/libraries/names.js';
import { configSchema } from '../harness/project/config.js';
import type { CheckObservation } from '../harness/project/observation.js';
import { runProject } from '../harness/project/session.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: npm run compare-routes -- record <cells.json> | compare <before.json> <after.json>';

interface Cell {
  key: string;
  verdict: string;
  error?: string | undefined;
  steps: unknown[];
}

/** What differs from run to run: the run tokens in URLs and the loopback ports of the targets. */
function withoutRunDetails(text: string): string {
  return text.replace(/corsmatrix-run=[A-Za-z0-9_-]+/g, 'corsmatrix-run=T').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:P');
}

function cellOf(observation: CheckObservation): Cell {
  const cell: Cell = {
    key: `${observation.check.id} | ${observation.engine.engine}`,
    verdict: observation.verdict,
    error: observation.error,
    steps: observation.steps.map((step) => ({
      verdict: step.verdict,
      page: step.page,
      blocked: step.blocked && { reason: step.blocked.reason, request: step.blocked.request, by: step.blocked.by },
      preflightSent: step.preflightSent,
      unmeasured: step.unmeasured,
    })),
  };
  return JSON.parse(withoutRunDetails(JSON.stringify(cell))) as Cell;
}

async function record(file: string): Promise<void> {
  const progress = { step: (message: string) => console.log(message), checkDone: () => {} };
  // Interrupted, the run still stops what it started (the targets' servers, the browsers).
  const interrupted = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => interrupted.abort(new Error(`interrupted by ${signal}`)));
  const examples = configSchema.parse(((await import(path.join(root, 'examples/corsmatrix.config.ts'))) as { default: unknown }).default);
  const cells: Cell[] = [];
  const settings: string[] = [];
  for (const [name, config, dir] of [
    ['examples', examples, path.join(root, 'examples')],
    ['library policy', await libraryPolicyConfig({ libraries: libraryNames }), root],
  ] as const) {
    console.log(`${name}: ${config.targets.length} targets`);
    const result = await runProject(config, dir, progress, interrupted.signal);
    for (const { engine, why } of result.unavailable) console.log(`${engine} did not start: ${why}`);
    for (const engine of result.engines) settings.push(`${engine.engine} ${engine.version}: ${engine.changedSettings.join('; ')}`);
    cells.push(...result.observations.map(cellOf));
  }
  writeFileSync(file, `${JSON.stringify({ settings: [...new Set(settings)], cells }, null, 1)}\n`);
  console.log(`${cells.length} cells written to ${file}`);
}

function compare(beforeFile: string, afterFile: string): number {
  const read = (file: string) => JSON.parse((file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file)).toString('utf8')) as { cells: Cell[] };
  const before = new Map(read(beforeFile).cells.map((cell) => [cell.key, cell]));
  const after = new Map(read(afterFile).cells.map((cell) => [cell.key, cell]));
  let differences = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(key), after.get(key)];
    if (isDeepStrictEqual(a, b)) continue;
    differences++;
    console.log(`${key}\n  before: ${JSON.stringify(a)}\n  after:  ${JSON.stringify(b)}`);
  }
  console.log(`${before.size} cells before, ${after.size} after, ${differences} differ`);
  return differences === 0 ? 0 : 1;
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
