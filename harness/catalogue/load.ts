/**
 * Finds scenario files, imports them and validates every scenario on its own, so that one
 * broken file or scenario is reported by name while the rest of the catalogue still runs. A
 * step that leaves `expected` out gets the Fetch standard's model's (harness/standard/).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { scenarioSchema, withExpectations, type LoadedScenario, type Scenario } from '../model/scenario.js';
import { checkConsistency, type ConsistencyProblem } from '../scenario/consistency.js';
import { expectationsFromModel } from '../standard/expectation.js';

export type { LoadedScenario };

export interface ScenarioError {
  file: string;
  /** The scenario's id, or `#<index>` when it has none. */
  scenario?: string;
  field?: string;
  message: string;
}

export interface Catalogue {
  scenarios: LoadedScenario[];
  errors: ScenarioError[];
}

export function formatScenarioError(error: ScenarioError): string {
  const where = [error.file];
  if (error.scenario !== undefined) where.push(`scenario "${error.scenario}"`);
  if (error.field !== undefined && error.field !== '') where.push(`field "${error.field}"`);
  return `${where.join(': ')}: ${error.message}`;
}

export function listScenarioFiles(root: string): string[] {
  let stat;
  try {
    stat = statSync(root);
  } catch {
    return [];
  }
  if (stat.isFile()) return [root];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    // A folder or file whose name starts with "_" holds shared pieces that scenario files import.
    .filter((name) => /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.split(path.sep).some((part) => part.startsWith('_')))
    .sort()
    .map((name) => path.join(root, name));
}

function fieldPath(issuePath: readonly PropertyKey[]): string {
  return issuePath.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

type Issue = z.core.$ZodIssue;

/**
 * A union (headers as an object or as pairs, a boolean or an object) reports only "Invalid
 * input"; show the issue of the branch that got furthest, which names the real mistake.
 */
function specificIssues(issue: Issue, prefix: readonly PropertyKey[] = []): Array<{ path: PropertyKey[]; message: string }> {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const depth = (branch: Issue[]) => Math.max(...branch.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
    if (best.length > 0 && depth(best) > 0) return best.flatMap((inner) => specificIssues(inner, path));
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    return issue.issues.map((inner) => ({ path, message: `${inner.message} (got "${String(path[path.length - 1])}")` }));
  }
  return [{ path, message: issue.message }];
}

function describeIssues(error: z.ZodError): ConsistencyProblem[] {
  return error.issues.flatMap((issue) => specificIssues(issue)).map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
}

function scenarioLabel(value: unknown, index: number): string {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id;
  return `#${index}`;
}

/** Imports one file and validates each scenario in it. Never throws. */
export async function loadScenarioFile(file: string, displayName = path.relative(process.cwd(), file)): Promise<Catalogue> {
  const result: Catalogue = { scenarios: [], errors: [] };
  let exported: unknown;
  try {
    const module: { default?: unknown } = await import(pathToFileURL(path.resolve(file)).href);
    exported = module.default;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    result.errors.push({ file: displayName, message: `cannot be loaded: ${message}` });
    return result;
  }
  if (!Array.isArray(exported) || exported.length === 0) {
    result.errors.push({
      file: displayName,
      message: 'must `export default` a non-empty array of scenarios (see scenarios/README.md)',
    });
    return result;
  }
  for (const [index, value] of exported.entries()) {
    const label = scenarioLabel(value, index);
    const checked = await validateScenario(value);
    if ('problems' in checked) {
      for (const problem of checked.problems) result.errors.push({ file: displayName, scenario: label, ...problem });
      continue;
    }
    result.scenarios.push({ scenario: checked.scenario, file: displayName, index });
  }
  return result;
}

/**
 * One scenario checked as the loader checks it: the schema, the expectations it leaves out
 * (from the model), then what spans several fields.
 */
export async function validateScenario(value: unknown): Promise<{ scenario: Scenario } | { problems: ConsistencyProblem[] }> {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { problems: describeIssues(parsed.error) };
  const fromModel = await expectationsFromModel(parsed.data);
  const scenario = 'why' in fromModel ? undefined : withExpectations(parsed.data, fromModel.expectations, fromModel.byModel);
  if (!scenario) {
    const why = 'why' in fromModel ? fromModel.why : 'no expectation';
    const field = parsed.data.expected === undefined ? 'expected' : `then[${parsed.data.then.findIndex((step) => step.expected === undefined)}].expected`;
    return { problems: [{ field, message: `is left out, but the Fetch standard's model cannot say it here (${why}): write it (scenarios/README.md)` }] };
  }
  const problems = checkConsistency(scenario);
  return problems.length > 0 ? { problems } : { scenario };
}

/** Loads every scenario under the given files or directories and rejects duplicate ids. */
export async function loadCatalogue(roots: string[]): Promise<Catalogue> {
  const files = roots.flatMap(listScenarioFiles);
  const catalogue: Catalogue = { scenarios: [], errors: [] };
  if (files.length === 0) {
    catalogue.errors.push({ file: roots.join(', '), message: 'no scenario files found' });
    return catalogue;
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const loaded = await loadScenarioFile(file);
    catalogue.errors.push(...loaded.errors);
    for (const entry of loaded.scenarios) {
      const first = seen.get(entry.scenario.id);
      if (first !== undefined) {
        catalogue.errors.push({
          file: entry.file,
          scenario: entry.scenario.id,
          field: 'id',
          message: `duplicate id, already used in ${first}`,
        });
        continue;
      }
      seen.set(entry.scenario.id, entry.file);
      catalogue.scenarios.push(entry);
    }
  }
  return catalogue;
}
