/**
 * What fails a catalogue run beyond its tests, decided from the matrix alone so that a one-machine
 * run (the reporter's onEnd) and a sharded one (scripts/merge-shards.sh, after Playwright's
 * merge-reports, which exits 0 whatever its reporters say) fail on exactly the same things:
 * unchecked differences between engines always, and cells changed since the baseline when asked.
 */
import { uncheckedRows } from './matrix.js';
import type { Matrix } from './schema.js';

export interface GateOptions {
  /** Fail when a cell changed since the baseline (CORSMATRIX_FAIL_ON_CHANGE=1). */
  failOnChange: boolean;
}

export function failOnChangeFromEnv(configured = false): boolean {
  return process.env.CORSMATRIX_FAIL_ON_CHANGE === '1' || configured;
}

/** The lines to print, and whether the run fails on them. */
export function matrixGates(matrix: Matrix, options: GateOptions): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  const changed = matrix.baseline?.changes.length ?? 0;
  if (matrix.baseline) {
    const added = matrix.baseline.added.length;
    lines.push(`corsmatrix: ${changed} cells changed since the baseline ${matrix.baseline.file}${added > 0 ? `; ${added} cells are new` : ''}`);
    if (changed > 0 && options.failOnChange) {
      const shown = matrix.baseline.changes.slice(0, 20);
      lines.push(...shown.map((change) => `  ${change.scenarioId}@${change.project}: ${change.before.summary} → ${change.after.summary}`));
      if (changed > shown.length) lines.push(`  and ${changed - shown.length} more (matrix.md lists them all)`);
    }
  }
  // An unchecked difference is a hole in the catalogue: engines differ and no verdict says so.
  const unchecked = uncheckedRows(matrix);
  if (unchecked.length > 0) {
    lines.push(`corsmatrix: ${unchecked.length} rows have unchecked differences between engines (docs/reports.md, "Unchecked differences"):`);
    lines.push(...unchecked.map((line) => `  ${line}`));
  }
  return { lines, failed: unchecked.length > 0 || (changed > 0 && options.failOnChange) };
}
