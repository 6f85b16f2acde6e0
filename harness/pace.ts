/**
 * How slow this machine is right now, measured, so that the safety nets (a check's deadline, an
 * engine's start, a harness test's limit) stretch on a busy CI runner or laptop instead of turning
 * slowness into a failure. None of them decides an outcome: a request's own timeout, which the
 * page sees, is never scaled.
 *
 * Two measures, the larger wins: how long a fixed piece of JavaScript takes here against a quiet
 * 2-core CI machine (a slower machine, or one whose cores are busy while it runs), and the load
 * average per core (processes waiting for a core or for the disk, over the last minute).
 * CORSMATRIX_SLOWNESS sets the factor instead.
 */
import { availableParallelism, loadavg } from 'node:os';

export interface Slowness {
  /** What the safety nets are multiplied by: 1 on a quiet machine, at most maxFactor. */
  factor: number;
  /** How it was found, for the run's first lines. */
  measuredBy: string;
}

const maxFactor = 6;
/** The fixed work's time on the CI machine (2 cores), quiet, measured 2026-12-07. */
const referenceMs = 110;

function fixedWork(): number {
  const items = Array.from({ length: 20_000 }, (_, i) => ({ i, name: `item-${i}` }));
  return (JSON.parse(JSON.stringify(items)) as unknown[]).length;
}

/** The factor from what was measured (or CORSMATRIX_SLOWNESS, `forced`). */
export function slownessOf({ forced, workMs, loadPerCore }: { forced?: string; workMs: number; loadPerCore: number }): Slowness {
  if (forced !== undefined && forced !== '') {
    const factor = Number(forced);
    if (!Number.isFinite(factor) || factor <= 0) throw new Error(`CORSMATRIX_SLOWNESS=${forced}: give a positive number, e.g. 2`);
    return { factor, measuredBy: 'CORSMATRIX_SLOWNESS' };
  }
  const factor = Math.min(maxFactor, Math.max(1, workMs / referenceMs, loadPerCore));
  return { factor: Math.round(factor * 10) / 10, measuredBy: `fixed work ${Math.round(workMs)} ms (quiet: ${referenceMs}), load ${loadPerCore.toFixed(1)} per core` };
}

let measured: Slowness | undefined;

/** This process's factor, measured once, when first asked for (about 100 ms on a quiet machine). */
export function slowness(): Slowness {
  if (measured) return measured;
  const forced = process.env.CORSMATRIX_SLOWNESS;
  if (forced !== undefined && forced !== '') return (measured = slownessOf({ forced, workMs: 0, loadPerCore: 0 }));
  fixedWork(); // compiled before it is timed
  const started = performance.now();
  for (let i = 0; i < 5; i++) fixedWork();
  const workMs = performance.now() - started;
  return (measured = slownessOf({ workMs, loadPerCore: loadavg()[0]! / availableParallelism() }));
}

/** A safety-net limit for this machine now: `ms` on a quiet one. */
export function scaled(ms: number): number {
  return Math.round(ms * slowness().factor);
}

/** A line for a run's start when the safety nets are stretched, so that a slow run says why it waited. */
export function slownessNote(): string | undefined {
  const { factor, measuredBy } = slowness();
  return factor > 1 ? `a busy or slow machine (${measuredBy}): safety limits ×${factor}` : undefined;
}
