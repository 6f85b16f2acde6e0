/**
 * The differential fuzzer (issue #39): scenarios from the grammar (generate.ts), each given the
 * Fetch standard's model's expectation and run in every engine, as the playground runs one. A
 * difference (an engine against the model, or engines against each other in a field nothing
 * checks) is minimised, by dropping and simplifying parts while the same difference persists, and
 * written as a ready scenario file with what each engine did.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName } from '../model/engine-names.js';
import type { ScenarioInput } from '../model/scenario.js';
import { scenarioFileSource } from '../playground/catalogue.js';
import { Playground, type RunResult } from '../playground/runs.js';
import type { MatrixRow } from '../report/schema.js';
import { loadCatalogue, validateScenario } from '../catalogue/load.js';
import { scenarioRoots } from '../scenario/roots.js';
import { predictAsking } from '../standard/compare.js';
import { expectationsOf } from '../standard/expectation.js';
import { generateScenario, seededRandom } from './generate.js';
import { knownDeviations, triage, type EngineDifference } from './triage.js';

export interface FuzzOptions {
  count: number;
  seed: number;
  engines: readonly EngineName[];
  /** Where found scenarios are written. */
  out: string;
  /** At most this many runs to minimise one difference. */
  minimiseRuns: number;
  log: (line: string) => void;
}

export interface Finding {
  id: string;
  file: string;
  /** Every difference is one a catalogue deviation already declares for that engine and field. */
  known: boolean;
  /** The catalogue scenarios whose deviations cover it. */
  knownFrom: string[];
  /** What differs: `<engine> differs from the standard: <field>`, or `engines differ: <field>`. */
  differences: string[];
  /** Runs spent minimising it. */
  runs: number;
}

export interface FuzzSummary {
  generated: number;
  /** Made, but the loader refused them (a combination the schema's checks rule out). */
  refused: number;
  /** Where the model does not reach: run nowhere. */
  outside: number;
  ran: number;
  findings: Finding[];
  seconds: number;
  unavailable: Array<{ engine: EngineName; why: string }>;
}

/** A run's differences: each engine's from the standard, field by field, and the fields engines differ in that nothing checks. */
export function differencesOf(row: MatrixRow): { engines: EngineDifference[]; between: string[]; lines: string[] } {
  const engines: EngineDifference[] = [];
  const lines: string[] = [];
  for (const [project, cell] of Object.entries(row.cells)) {
    if (cell.status === 'unexpected') {
      for (const mismatch of cell.observation?.mismatches ?? []) {
        engines.push({ project, field: mismatch.field, observed: mismatch.observed });
        lines.push(`${project} differs from the standard: ${mismatch.field}`);
      }
    }
    if (cell.status === 'error') lines.push(`${project}: error`);
  }
  const between = row.differences.filter((difference) => difference.accountedBy === null).map((difference) => difference.field);
  lines.push(...between.map((field) => `engines differ: ${field}`));
  return { engines, between, lines: [...new Set(lines)].sort() };
}

/** Simpler versions of a scenario, one change each: a header, the body, the method, credentials, the redirect. */
function simplifications(input: ScenarioInput): ScenarioInput[] {
  const out: ScenarioInput[] = [];
  const request = input.request;
  if (request.api === 'fetch' || request.api === 'xhr') {
    const headers = Array.isArray(request.headers) ? request.headers : [];
    headers.forEach((_, index) => out.push({ ...input, request: { ...request, headers: headers.filter((__, other) => other !== index) } }));
    if (request.body !== undefined) out.push({ ...input, request: { ...request, body: undefined } });
    if (request.method !== 'GET') out.push({ ...input, request: { ...request, method: 'GET', body: undefined } });
    if (request.readHeaders?.length) out.push({ ...input, request: { ...request, readHeaders: [] } });
    if (request.api === 'fetch' && request.credentials !== undefined) out.push({ ...input, request: { ...request, credentials: undefined } });
    if (request.api === 'xhr' && request.withCredentials) out.push({ ...input, request: { ...request, withCredentials: false } });
  }
  const response = input.response;
  if (response?.redirect) out.push({ ...input, response: response.redirect.response });
  const dropHeader = <T extends { headers?: unknown }>(spec: T, replace: (next: T) => ScenarioInput) => {
    const headers = Array.isArray(spec.headers) ? (spec.headers as Array<[string, string]>) : [];
    headers.forEach((_, index) => out.push(replace({ ...spec, headers: headers.filter((__, other) => other !== index) })));
  };
  if (input.preflight) {
    out.push({ ...input, preflight: undefined });
    dropHeader(input.preflight, (preflight) => ({ ...input, preflight }));
  }
  if (response) dropHeader(response, (next) => ({ ...input, response: next }));
  return out;
}

const schemaModule = fileURLToPath(new URL('../model/scenario.ts', import.meta.url));

/** The found scenario as a catalogue file, with the engines' results in a comment above it. */
function writeFinding(out: string, input: ScenarioInput, row: MatrixRow, differences: string[], how: string): string {
  const file = path.resolve(out, `${input.id.replace(/^fuzz\//, '')}.ts`);
  const shown = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));
  const results = Object.entries(row.cells).flatMap(([project, cell]) => [
    `// - ${project}: ${cell.status}: ${cell.outcomeSummary}`,
    ...(cell.observation?.mismatches ?? []).map((mismatch) => `//   ${mismatch.field}: the standard ${shown(mismatch.expected)}, ${project} ${shown(mismatch.observed)}`),
  ]);
  const between = row.differences.filter((difference) => difference.accountedBy === null).map((difference) => `//   ${difference.field}: ${Object.entries(difference.values).map(([project, value]) => `${project} ${shown(value)}`).join(', ')}`);
  const header = `// ${how}
// What differs:
${differences.map((line) => `// - ${line}`).join('\n')}
// What each engine did:
${[...results, ...between].join('\n')}
// The expectation is the Fetch standard's model's (harness/standard/). Before this joins the
// catalogue: name the topic and the case, and give each deviating engine a deviation citing a bug
// (searched for; "no bug found" where there is none).
`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, scenarioFileSource(input, file, schemaModule, header));
  return file;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const catalogue = await loadCatalogue(scenarioRoots());
  const known = knownDeviations(catalogue.scenarios.map(({ scenario }) => scenario));
  const playground = await Playground.start(options.engines);
  const { origins } = playground.origins;
  const summary: FuzzSummary = { generated: 0, refused: 0, outside: 0, ran: 0, findings: [], seconds: 0, unavailable: playground.unavailable };
  // The scenario with the model's expectation, run in every engine; undefined where it is refused or outside the model.
  const run = async (input: ScenarioInput): Promise<{ input: ScenarioInput; row: MatrixRow } | 'refused' | 'outside'> => {
    const checked = await validateScenario(input);
    if ('problems' in checked) return 'refused';
    const answer = await predictAsking(checked.scenario, origins);
    if (!answer.covered) return 'outside';
    const [expected] = expectationsOf(checked.scenario, answer.prediction, origins);
    if (!expected) return 'outside';
    // Where the model names no single reason for a network error, engines that give different ones conform either way.
    const eitherReason = expected.page === 'network-error' && expected.blocked === undefined;
    const withExpectation: ScenarioInput = {
      ...input,
      expected,
      ...(eitherReason ? { ignoreDifferences: [{ field: 'page: blocked', reason: `the standard names no single reason: ${answer.prediction.steps.at(-1) ?? ''}` }] } : {}),
    };
    const result: RunResult = await playground.run(withExpectation);
    if (!result.ok) return 'refused';
    return { input: withExpectation, row: result.row };
  };
  try {
    const random = seededRandom(options.seed);
    for (let index = 1; index <= options.count; index++) {
      const generated = generateScenario(random, options.seed, index);
      summary.generated++;
      const first = await run(generated);
      if (first === 'refused') summary.refused++;
      if (first === 'outside') summary.outside++;
      if (typeof first === 'string') continue;
      summary.ran++;
      const found = differencesOf(first.row);
      const differences = found.lines;
      if (differences.length === 0) continue;
      // Minimise: keep a simplification while the same differences persist.
      let best = first;
      let runs = 0;
      for (let improved = true; improved && runs < options.minimiseRuns; ) {
        improved = false;
        for (const candidate of simplifications(best.input)) {
          if (runs >= options.minimiseRuns) break;
          const tried = await run(candidate);
          if (typeof tried === 'string') continue;
          runs++;
          if (differencesOf(tried.row).lines.join('\n') === differences.join('\n')) {
            best = tried;
            improved = true;
            break;
          }
        }
      }
      const last = differencesOf(best.row);
      const triaged = triage(last.engines, last.between, known);
      const how = `Found by \`npm run fuzz -- --seed ${options.seed}\` (scenario ${index}), minimised in ${runs} runs; ${triaged.known ? `known: declared in ${triaged.scenarios.join(', ')}` : 'new'}.`;
      const file = writeFinding(path.join(options.out, triaged.known ? 'known' : 'new'), best.input, best.row, differences, how);
      summary.findings.push({ id: best.input.id, file, known: triaged.known, knownFrom: triaged.scenarios, differences, runs });
      options.log(`corsmatrix fuzz: ${triaged.known ? 'known' : 'NEW'} ${best.input.id}: ${differences.join('; ')} -> ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await playground.stop();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
