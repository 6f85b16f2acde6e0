/**
 * What `npx corsmatrix` exits with, so that CI can tell "your server is broken" from "this runner
 * cannot run the checks". Like `npm audit --audit-level`, `--fail-on` sets which findings fail.
 */
import { failingVerdicts, type CheckVerdict } from './observation.js';

export const exitCodes = {
  /** Every check that ran was delivered (or accepted), in every engine that started. */
  delivered: 0,
  /** A check failed at the `--fail-on` level: unsafe, or (by default) also blocked or not delivered. */
  checkFailed: 1,
  /** The config cannot be used as written (or the command line names what it does not have). */
  config: 2,
  /** The environment: an engine could not start, a target never answered, a port was taken. */
  environment: 3,
} as const;

export const failOnLevels = ['unsafe', 'failed', 'none'] as const;
export type FailOn = (typeof failOnLevels)[number];

const failingAt: Record<FailOn, ReadonlySet<CheckVerdict>> = {
  unsafe: new Set(['unsafe']),
  failed: failingVerdicts,
  none: new Set(),
};

/** Whether a cell with this verdict fails a run at this level. */
export function failsAt(level: FailOn, verdict: CheckVerdict): boolean {
  return failingAt[level].has(verdict);
}

/**
 * A finished run's exit code. A failing check wins over an engine that did not start: the server
 * is broken whichever runner saw it; otherwise an engine that did not start means 3, not 0.
 */
export function runExitCode(level: FailOn, verdicts: readonly CheckVerdict[], enginesUnavailable: number): number {
  if (verdicts.some((verdict) => failsAt(level, verdict))) return exitCodes.checkFailed;
  return enginesUnavailable > 0 ? exitCodes.environment : exitCodes.delivered;
}
