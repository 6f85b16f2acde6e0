/**
 * The cells of a project run without what changes from run to run (the run's token, the targets'
 * loopback ports, timings), so that two runs made two ways (two routes to the page origins, two
 * commits, two users) can be compared cell by cell: scripts/route-differential.ts over the
 * examples and every library target, and the library policy tests against the recorded run of the
 * earlier route (docs/route-differential/).
 *
 * A cell is its verdict, and per step: its verdict, what the page saw, why it was blocked (the
 * reason, the request refused and who said so; not the engine's wording, which names URLs), and
 * whether a preflight was sent. What two runs of the same route were seen to differ in is not
 * compared, each rule below saying why: a reason without the engine's words, a checkout path in a
 * stack trace, a cell one run could not measure.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { CheckObservation } from './observation.js';

/** A step as the comparison reads it; the rest of its fields are compared as they are. */
interface ComparableStep {
  page?: { body?: unknown; [field: string]: unknown } | null;
  blocked?: { reason?: string; [field: string]: unknown } | null;
  [field: string]: unknown;
}

export interface ComparableCell {
  /** `<check id> | <engine>`. */
  key: string;
  verdict: string;
  error?: string | undefined;
  steps: ComparableStep[];
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
      reached: step.reached && { value: step.reached.value, by: step.reached.by },
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

/**
 * A step's reason is compared only where both runs had the engine's words for it: `silent` (no
 * message within the wait) is when a message arrived, not what the engine did. Seen in Chromium,
 * for a sandboxed frame's request under load, in both directions between two runs.
 */
function withoutSilence(one: ComparableCell, other: ComparableCell): [ComparableCell, ComparableCell] {
  const silentAt = (cell: ComparableCell, index: number) => cell.steps[index]?.blocked?.reason === 'silent';
  const strip = (cell: ComparableCell): ComparableCell => ({
    ...cell,
    steps: cell.steps.map((step, index) => {
      if (!step.blocked || !(silentAt(one, index) || silentAt(other, index))) return step;
      const { reason: _reason, ...rest } = step.blocked;
      return { ...step, blocked: rest };
    }),
  });
  return [strip(one), strip(other)];
}

/**
 * A page body up to the first file URL: a server's stack trace names the directory it runs from
 * (a checkout path), and the body is cut at a fixed length, so the rest shifts with that path.
 */
function withoutFilePaths(cell: ComparableCell): ComparableCell {
  return {
    ...cell,
    steps: cell.steps.map((step) => {
      const { page } = step;
      if (!page || typeof page.body !== 'string' || !page.body.includes('file:///')) return step;
      return { ...step, page: { ...page, body: page.body.slice(0, page.body.indexOf('file:///')) } };
    }),
  };
}

/**
 * Not measured in one run is not compared: it says what the harness could not do (a browser
 * that closed under load), not what the engine did. The tests that run the guard check on
 * their own that nothing else went unmeasured.
 */
function sameCell(one: ComparableCell | undefined, other: ComparableCell | undefined): boolean {
  if (!one || !other) return one === other;
  if (one.verdict === 'not-measured' || other.verdict === 'not-measured') return true;
  return isDeepStrictEqual(...withoutSilence(withoutFilePaths(one), withoutFilePaths(other)));
}

/** The cells that differ, or are in one run only; `keys` limits the comparison to these cells. */
export function differingCells(before: ComparableCell[], after: ComparableCell[], keys?: (key: string) => boolean): CellDifference[] {
  const byKey = (cells: ComparableCell[]) => new Map(cells.filter((cell) => !keys || keys(cell.key)).map((cell) => [cell.key, cell]));
  const [a, b] = [byKey(before), byKey(after)];
  return [...new Set([...a.keys(), ...b.keys()])]
    .map((key) => ({ key, before: a.get(key), after: b.get(key) }))
    .filter(({ before: one, after: other }) => !sameCell(one, other));
}
