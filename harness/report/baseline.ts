/**
 * Baselines: the outcome of every cell at one point in time, kept in the repository, so that a
 * browser upgrade or a library release that changes behaviour shows up as changed cells.
 * Recording is an explicit command (`npm run baseline`); a normal run only compares.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ownTraceDigest } from './differences.js';
import { baselineSchema, type Baseline, type BaselineCell, type BaselineComparison, type CellChange, type Matrix } from './schema.js';

export const baselineSchemaVersion = 1;

export type { Baseline, BaselineCell, BaselineComparison, CellChange };

export function baselineFrom(matrix: Matrix): Baseline {
  const cells: Baseline['cells'] = {};
  for (const row of matrix.rows) {
    for (const [project, cell] of Object.entries(row.cells)) {
      if (cell.status === 'not-run') continue;
      const engine = cell.observation?.engine;
      (cells[row.id] ??= {})[project] = {
        summary: cell.summary,
        outcomeSummary: cell.outcomeSummary,
        ...(cell.observation ? { trace: ownTraceDigest(cell.observation) } : {}),
        status: cell.status,
        browser: engine?.browser ?? '',
        version: engine?.version ?? '',
      };
    }
  }
  return { schemaVersion: baselineSchemaVersion, recordedAt: matrix.generatedAt, harnessVersion: matrix.harnessVersion, cells };
}

/**
 * A baseline from a run of part of the catalogue (`--grep`, `--project`): the run's cells replace
 * the previous baseline's, every other cell is kept as it was. A cell recorded without some of
 * its row's engines keeps the previous summary where its outcome is the same (that summary knew
 * the whole row), and is marked recordedAlone where it is not.
 */
export function mergeBaseline(previous: Baseline, current: Baseline): Baseline {
  const cells: Baseline['cells'] = { ...previous.cells };
  for (const [scenarioId, projects] of Object.entries(current.cells)) {
    const before = previous.cells[scenarioId] ?? {};
    const measured = measuredProjects(projects);
    const alone = [...measuredProjects(before)].some((project) => !measured.has(project));
    const merged = { ...before };
    for (const [project, cell] of Object.entries(projects)) {
      const kept = before[project];
      if (!alone) merged[project] = cell;
      else if (kept?.outcomeSummary !== undefined && kept.outcomeSummary === cell.outcomeSummary) merged[project] = { ...kept, trace: cell.trace, status: cell.status, browser: cell.browser, version: cell.version };
      else merged[project] = { ...cell, recordedAlone: true };
    }
    cells[scenarioId] = merged;
  }
  return { ...current, cells };
}

/**
 * The projects of a row that measured something. A cell that errored saw nothing, so nothing in
 * another cell's summary was set apart from it (buildMatrix compares observed cells only); a
 * cell that did not run is not recorded at all.
 */
function measuredProjects(cells: Record<string, BaselineCell>): Set<string> {
  return new Set(Object.entries(cells).filter(([, cell]) => cell.status !== 'error').map(([project]) => project));
}

function sameProjects(a: Record<string, BaselineCell>, b: Record<string, BaselineCell>): boolean {
  const [measuredA, measuredB] = [measuredProjects(a), measuredProjects(b)];
  return measuredA.size === measuredB.size && [...measuredA].every((project) => measuredB.has(project));
}

/** Whether what the cell itself did changed: by digest, or, for a cell recorded without one, by summary. */
function ownChanged(before: BaselineCell, after: BaselineCell, sameEngines: boolean): boolean {
  if (before.trace !== undefined && after.trace !== undefined) return before.trace !== after.trace;
  // The whole summary names the other engines: comparable only beside the same ones.
  if ((sameEngines && !before.recordedAlone) || before.outcomeSummary === undefined) return before.summary !== after.summary;
  return before.outcomeSummary !== after.outcomeSummary;
}

/**
 * Compares only the cells this run observed, so a filtered run does not report the rest as gone.
 * A cell changed when what it did changed (its trace's digest) or its status did: what the other
 * engines of its row did is theirs, so one engine that changed, errored or did not run moves no
 * other cell. A baseline cell recorded before digests were kept is compared by its summary, which
 * names what set it apart from the other engines; where the row has other engines than the
 * baseline's, only by its outcome.
 */
export function compareWithBaseline(baseline: Baseline, matrix: Matrix): Pick<BaselineComparison, 'changes' | 'added'> {
  const current = baselineFrom(matrix);
  const changes: CellChange[] = [];
  const added: string[] = [];
  for (const [scenarioId, projects] of Object.entries(current.cells)) {
    const recorded = baseline.cells[scenarioId];
    const sameEngines = recorded !== undefined && sameProjects(recorded, projects);
    for (const [project, after] of Object.entries(projects)) {
      const before = recorded?.[project];
      if (!before) {
        added.push(`${scenarioId}@${project}`);
        continue;
      }
      if (ownChanged(before, after, sameEngines) || before.status !== after.status) changes.push({ scenarioId, project, before, after });
    }
  }
  return { changes, added };
}

/**
 * A changed cell as the reports show it: summary and engine version, then and now. Where the
 * summaries read the same, what changed is a field no summary names (all engines changed it
 * alike): said, so that the row does not look unchanged.
 */
export function describeChange(change: CellChange): { before: string; now: string } {
  const { before, after } = change;
  const unnamed = before.summary === after.summary && before.status === after.status ? ' · a field of its trace that no summary names changed (see the cell)' : '';
  return { before: `${before.summary} (${before.browser} ${before.version})`, now: `${after.summary}${unnamed} (${after.browser} ${after.version})` };
}

export function readBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = baselineSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: not a baseline of schemaVersion ${baselineSchemaVersion} (${parsed.error.issues[0]?.message ?? ''}); record it again with npm run baseline`);
  }
  return parsed.data;
}

export function writeBaseline(file: string, baseline: Baseline): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
