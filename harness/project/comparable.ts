/**
 * The cells of a project run without what changes from run to run (the run's token, the targets'
 * loopback ports, timings), so that two runs made two ways (two routes to the page origins, two
 * commits, two users) can be compared cell by cell: scripts/route-differential.ts over the
 * examples and every library target, and the library policy tests against the recorded run of the
 * earlier route (docs/route-differential/).
 *
 * A cell is its verdict, and per step: its verdict, what the page saw, why it was blocked (the
 * reason, the request refused and who said so; not the engine's wording, which names URLs), and
 * whether a preflight was sent.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { CheckObservation } from './observation.js';

export interface ComparableCell {
  /** `<check id> | <engine>`. */
  key: string;
  verdict: string;
  error?: string | undefined;
  steps: unknown[];
}

/** A recorded run: its cells, and each engine's name and version as `<engine> <version>`. */
export interface ComparableRun {
  engines: string[];
  cells: ComparableCell[];
}

/** What differs from run to run: the run tokens in URLs and the loopback ports of the targets. */
function withoutRunDetails(text: string): string {
  return text.replace(/corsmatrix-run=[A-Za-z0-9_-]+/g, 'corsmatrix-run=T').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:P');
}

/** Drops `durationMs` wherever it is: how long a request took says nothing about what it did. */
function withoutTimings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimings);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== 'durationMs').map(([name, item]) => [name, withoutTimings(item)]));
}

export function comparableCell(observation: CheckObservation): ComparableCell {
  const cell: ComparableCell = {
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
  return normalCell(cell);
}

/** A cell as both sides of a comparison hold it, however it was recorded. */
function normalCell(cell: ComparableCell): ComparableCell {
  return withoutTimings(JSON.parse(withoutRunDetails(JSON.stringify(cell)))) as ComparableCell;
}

/** A recorded run, gzipped (`.gz`) or not. */
export function readComparableRun(file: string): ComparableRun {
  const text = (file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file)).toString('utf8');
  const run = JSON.parse(text) as Partial<ComparableRun>;
  return { engines: run.engines ?? [], cells: (run.cells ?? []).map(normalCell) };
}

export interface CellDifference {
  key: string;
  before: ComparableCell | undefined;
  after: ComparableCell | undefined;
}

/** The cells that differ, or are in one run only; `keys` limits the comparison to these cells. */
export function differingCells(before: ComparableCell[], after: ComparableCell[], keys?: (key: string) => boolean): CellDifference[] {
  const byKey = (cells: ComparableCell[]) => new Map(cells.filter((cell) => !keys || keys(cell.key)).map((cell) => [cell.key, cell]));
  const [a, b] = [byKey(before), byKey(after)];
  return [...new Set([...a.keys(), ...b.keys()])]
    .map((key) => ({ key, before: a.get(key), after: b.get(key) }))
    .filter(({ before: one, after: other }) => !isDeepStrictEqual(one, other));
}
