/**
 * Baselines: the outcome of every cell at one point in time, kept in the repository, so that a
 * browser upgrade or a library release that changes behaviour shows up as changed cells.
 * Recording is an explicit command (`npm run baseline`); a normal run only compares.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CellStatus } from './collect.js';
import type { Matrix } from './matrix.js';

export const baselineSchemaVersion = 1;

export interface BaselineCell {
  summary: string;
  status: CellStatus;
  browser: string;
  version: string;
}

export interface Baseline {
  schemaVersion: typeof baselineSchemaVersion;
  recordedAt: string;
  harnessVersion: string;
  /** scenario id → project → cell */
  cells: Record<string, Record<string, BaselineCell>>;
}

export interface CellChange {
  scenarioId: string;
  project: string;
  before: BaselineCell;
  after: BaselineCell;
}

export interface BaselineComparison {
  file: string;
  recordedAt: string;
  /** Cells the baseline has, whose summary or status is now different. */
  changes: CellChange[];
  /** `scenario@project` of cells the baseline does not have yet: a new scenario or a new column. */
  added: string[];
}

export function baselineFrom(matrix: Matrix): Baseline {
  const cells: Baseline['cells'] = {};
  for (const row of matrix.rows) {
    for (const [project, cell] of Object.entries(row.cells)) {
      if (cell.status === 'not-run') continue;
      const engine = cell.observation?.engine;
      (cells[row.id] ??= {})[project] = {
        summary: cell.summary,
        status: cell.status,
        browser: engine?.browser ?? '',
        version: engine?.version ?? '',
      };
    }
  }
  return { schemaVersion: baselineSchemaVersion, recordedAt: matrix.generatedAt, harnessVersion: matrix.harnessVersion, cells };
}

/** Compares only the cells this run observed, so a filtered run does not report the rest as gone. */
export function compareWithBaseline(baseline: Baseline, matrix: Matrix): Pick<BaselineComparison, 'changes' | 'added'> {
  const current = baselineFrom(matrix);
  const changes: CellChange[] = [];
  const added: string[] = [];
  for (const [scenarioId, projects] of Object.entries(current.cells)) {
    for (const [project, after] of Object.entries(projects)) {
      const before = baseline.cells[scenarioId]?.[project];
      if (!before) added.push(`${scenarioId}@${project}`);
      else if (before.summary !== after.summary || before.status !== after.status) changes.push({ scenarioId, project, before, after });
    }
  }
  return { changes, added };
}

export function readBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
  if (baseline.schemaVersion !== baselineSchemaVersion) {
    throw new Error(`${file}: baseline schemaVersion ${String(baseline.schemaVersion)} is not ${baselineSchemaVersion}; record it again with npm run baseline`);
  }
  return baseline;
}

export function writeBaseline(file: string, baseline: Baseline): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
