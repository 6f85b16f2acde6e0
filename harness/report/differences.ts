/**
 * Engines compared with each other, not only with the expectation: every field of every step's
 * trace (harness/runner/trace.ts) is compared across a row's cells. A difference that the
 * scenario's expectation, its declared deviations or an explicit `ignoreDifferences` entry does
 * not account for is an unchecked difference: it makes the row divergent and is named in each
 * cell, because no verdict shows it.
 */
import { createHash } from 'node:crypto';
import type { Observation, StepObservation, TraceValue } from '../model/observation.js';
import { keyMatches } from '../runner/trace.js';
import type { IgnoredDifference } from '../model/scenario.js';
import type { TraceDifference } from './schema.js';

/** What the comparison needs of a cell. */
export interface ComparedCell {
  project: string;
  steps: Array<Pick<StepObservation, 'trace' | 'checked' | 'deviationChecked'>>;
  ignoredDifferences: IgnoredDifference[];
}

export type { TraceDifference };

const sentSuffix = ': sent';

/** `preflight at hop 1 (api)` of `preflight at hop 1 (api): Origin`. */
export function labelOf(key: string): string {
  return key.slice(0, key.lastIndexOf(': '));
}

/** Whether a scenario's `ignoreDifferences` leaves this field (as `displayField` names it) out. */
export function isIgnored(entries: IgnoredDifference[], field: string): boolean {
  return entries.some((entry) => keyMatches(entry.field, field));
}

const pageResult = 'page: result';

/** The value a cell has for a key: a request that never arrived counts as not sent. */
function valueOf(trace: Record<string, TraceValue>, key: string): TraceValue | 'absent' | undefined {
  if (key.endsWith(sentSuffix)) return trace[key] ?? false;
  // A reason is missing only where the engine's messages could not be read: nothing to compare.
  if (key === 'page: blocked') return trace[key];
  if (key.startsWith('page: ')) return key in trace ? (trace[key] as TraceValue) : 'absent';
  // A header of a request this engine never sent is not compared: the `sent` key already differs.
  return trace[`${labelOf(key)}${sentSuffix}`] === true ? (trace[key] ?? null) : undefined;
}

/**
 * The groups of cells whose values for a key are compared: all of them, except that the page's
 * other fields are compared only between cells with the same result (a network error has no
 * status to compare with a response's; the result already differs).
 */
function comparedGroups(cells: ComparedCell[], step: number, key: string): ComparedCell[][] {
  if (!key.startsWith('page: ') || key === pageResult) return [cells];
  const groups = new Map<TraceValue | undefined, ComparedCell[]>();
  for (const cell of cells) {
    const result = cell.steps[step]?.trace[pageResult];
    groups.set(result, [...(groups.get(result) ?? []), cell]);
  }
  return [...groups.values()];
}

export function displayField(step: number, key: string): string {
  return step === 0 ? key : `step ${step}: ${key}`;
}

export function rowDifferences(cells: ComparedCell[]): TraceDifference[] {
  const differences: TraceDifference[] = [];
  const stepCount = Math.max(0, ...cells.map((cell) => cell.steps.length));
  for (let step = 0; step < stepCount; step++) {
    const present = cells.filter((cell) => cell.steps[step] !== undefined);
    const keys = new Set(present.flatMap((cell) => Object.keys(cell.steps[step]?.trace ?? {})));
    for (const key of [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
      for (const group of comparedGroups(present, step, key)) {
        const values: Record<string, TraceValue | 'absent'> = {};
        for (const cell of group) {
          const value = valueOf(cell.steps[step]?.trace ?? {}, key);
          if (value !== undefined) values[cell.project] = value;
        }
        if (new Set(Object.values(values).map((value) => JSON.stringify(value))).size <= 1) continue;
        const field = displayField(step, key);
        differences.push({ step, key, field, values, accountedBy: accountedBy(group, step, key, field, values) });
      }
    }
  }
  return differences;
}

function accountedBy(cells: ComparedCell[], step: number, key: string, field: string, values: Record<string, TraceValue | 'absent'>): TraceDifference['accountedBy'] {
  const compared = cells.filter((cell) => cell.project in values);
  if (compared.some((cell) => isIgnored(cell.ignoredDifferences, field))) return 'ignored';
  const pins = (patterns: string[] | undefined) => (patterns ?? []).some((pattern) => keyMatches(pattern, key));
  // Engines with a declared deviation on this field may differ; the others must agree, or each
  // be held to the standard's expectation (where a different value fails or shows as a deviation).
  const plain = compared.filter((cell) => !pins(cell.steps[step]?.deviationChecked));
  const held = plain.every((cell) => pins(cell.steps[step]?.checked)) || new Set(plain.map((cell) => JSON.stringify(values[cell.project]))).size <= 1;
  if (!held) return null;
  return plain.length < compared.length ? 'deviation' : 'expectation';
}

function formatValue(value: TraceValue | 'absent'): string {
  if (value === null) return 'none';
  if (value === 'absent') return 'absent';
  return typeof value === 'string' ? value || '""' : String(value);
}

/** "preflight at hop 1 (third): Origin: {page} here, null in chromium, webkit". */
export function describeFor(project: string, difference: TraceDifference): string {
  const own = difference.values[project];
  const others = new Map<string, string[]>();
  for (const [other, value] of Object.entries(difference.values)) {
    if (other === project) continue;
    const text = formatValue(value);
    others.set(text, [...(others.get(text) ?? []), other]);
  }
  const elsewhere = [...others].map(([text, projects]) => `${text} in ${projects.join(', ')}`).join('; ');
  return own === undefined ? `${difference.field}: not compared here; ${elsewhere}` : `${difference.field}: ${formatValue(own)} here, ${elsewhere}`;
}

/**
 * What sets this cell apart in its row, for its summary: each differing field with this cell's
 * value. Retries of one request (`#2`, `#3`, …) read as one count.
 */
export function distinguishingParts(cell: ComparedCell, differences: TraceDifference[]): string[] {
  const parts: string[] = [];
  const counted = new Set<string>();
  for (const difference of differences) {
    const retry = / #\d+: sent$/.test(difference.key) || (difference.key.endsWith(sentSuffix) && differences.some((d) => d.step === difference.step && d.key.startsWith(`${labelOf(difference.key)} #`)));
    if (retry) {
      const base = labelOf(difference.key).replace(/ #\d+$/, '');
      if (counted.has(`${difference.step} ${base}`)) continue;
      counted.add(`${difference.step} ${base}`);
      const trace = cell.steps[difference.step]?.trace ?? {};
      const count = Object.keys(trace).filter((key) => key === `${base}${sentSuffix}` || (key.startsWith(`${base} #`) && key.endsWith(sentSuffix))).length;
      parts.push(`${displayField(difference.step, base)}: sent ×${count}`);
      continue;
    }
    if (/ #\d+: /.test(difference.key)) continue;
    const value = difference.values[cell.project];
    if (value === undefined) continue;
    parts.push(`${difference.field}=${formatValue(value)}`);
  }
  return parts;
}

/**
 * What a cell itself did, whatever the other engines of its row did: each step's outcome and
 * whole normalised trace, except the fields the scenario ignores on purpose (a retry count), with
 * the run's ports left out. Two repetitions of a cell must have the same; a baseline keeps its digest.
 */
export function ownTrace(observation: Pick<Observation, 'steps' | 'ignoredDifferences'>): string {
  const ignored = (field: string) => isIgnored(observation.ignoredDifferences, field);
  const steps = observation.steps.map((step, index) => ({
    outcome: step.outcome,
    // A field of an ignored request (a retry) goes with it.
    trace: Object.fromEntries(
      Object.entries(step.trace).filter(([key]) => !ignored(displayField(index, key)) && !ignored(displayField(index, `${labelOf(key)}${sentSuffix}`))),
    ),
  }));
  return JSON.stringify(steps).replace(/:\/\/([a-z.-]+):\d+/g, '://$1');
}

/** A short digest of ownTrace, for the baseline. */
export function ownTraceDigest(observation: Pick<Observation, 'steps' | 'ignoredDifferences'>): string {
  return createHash('sha256').update(ownTrace(observation)).digest('hex').slice(0, 16);
}
