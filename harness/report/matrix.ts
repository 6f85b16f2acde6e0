/**
 * The compatibility matrix as data: rows are scenarios grouped by topic, columns are projects
 * (engine + variant), cells are observations with a verdict. This is the JSON format; the HTML
 * and Markdown views are rendered from it.
 */
import type { Outcome } from '../model/observation.js';
import { blockedReasons } from '../model/reasons.js';
import type { CellStatus, Matrix, MatrixCell, MatrixColumn, MatrixRow } from './schema.js';
import { harnessVersion } from '../version.js';
import { engineNames } from '../model/engine-names.js';
import { describeFor, distinguishingParts, rowDifferences, type ComparedCell } from './differences.js';

export const matrixSchemaVersion = 1;

export type { Matrix, MatrixColumn, MatrixRow };

export function summarizeOutcome(outcome: Outcome): string {
  const parts: string[] = [];
  parts.push(outcome.preflight === false ? 'no preflight' : 'preflight');
  parts.push(outcome.request === false ? 'not sent' : `sent${outcome.finalRequest === false ? '' : ' (redirected)'}`);
  const page = outcome.page;
  if (page === 'network-error' && outcome.blocked !== null) parts.push(`blocked: ${blockedReasons[outcome.blocked].summary}`);
  else if (typeof page === 'string') parts.push(page);
  else parts.push(`${page.type === 'opaque' ? 'opaque' : page.status}${page.bodyReadable ? ' readable' : ''}`);
  return parts.join(' · ');
}

function cellSummary(cell: MatrixCell): string {
  if (cell.observation) return cell.observation.steps.map((step) => summarizeOutcome(step.outcome)).join(' → ');
  if (cell.status === 'error') return 'error';
  // A skip the harness explains (an engine that cannot start here, a scenario it cannot measure).
  return cell.reason?.startsWith('not measured') ? 'not measured' : 'not run';
}

/** How a column that measured nothing is named once, in the report and the run's last lines. */
export function missingColumnText({ project, reason }: Matrix['missingColumns'][number]): string {
  return reason.startsWith('not measured') ? `${project}: ${reason}` : `${project}: not run (${reason})`;
}

function emptyCounts(): Record<CellStatus, number> {
  return { 'matches-standard': 0, 'conforms-either-way': 0, 'known-deviation': 0, unexpected: 0, 'not-run': 0, error: 0 };
}

/** One line per row with unchecked differences: the row and each differing field with every engine's value. */
export function uncheckedRows(matrix: Matrix): string[] {
  return matrix.rows.flatMap((row) => {
    const unchecked = row.differences.filter((difference) => difference.accountedBy === null);
    if (unchecked.length === 0) return [];
    const fields = unchecked.map((d) => `${d.field} (${Object.entries(d.values).map(([project, value]) => `${project} ${JSON.stringify(value)}`).join(', ')})`);
    return [`${row.id} (${row.file}): ${fields.join('; ')}`];
  });
}

/** Plain engines first, in engineNames' order, then each engine's variants: the same whichever project finished first. */
function columnOrder(a: MatrixColumn, b: MatrixColumn): number {
  return (a.variant === undefined ? 0 : 1) - (b.variant === undefined ? 0 : 1)
    || engineNames.indexOf(a.engine) - engineNames.indexOf(b.engine)
    || a.project.localeCompare(b.project);
}

export function buildMatrix(cells: MatrixCell[], generatedAt = new Date().toISOString()): Matrix {
  const columns = new Map<string, MatrixColumn>();
  const projects = new Set<string>();
  const rows = new Map<string, MatrixRow>();
  for (const cell of cells) {
    projects.add(cell.project);
    if (cell.observation && !columns.has(cell.project)) columns.set(cell.project, cell.observation.engine);
    let row = rows.get(cell.scenarioId);
    if (!row) {
      const scenario = cell.observation?.scenario;
      row = {
        id: cell.scenarioId,
        topic: cell.scenarioId.includes('/') ? cell.scenarioId.slice(0, cell.scenarioId.indexOf('/')) : 'other',
        title: scenario?.title ?? cell.scenarioId,
        file: scenario?.file ?? '',
        reference: scenario?.reference ?? '',
        cells: {},
        divergent: false,
        differences: [],
      };
      rows.set(cell.scenarioId, row);
    } else if (cell.observation && row.file === '') {
      Object.assign(row, { title: cell.observation.scenario.title, file: cell.observation.scenario.file, reference: cell.observation.scenario.reference });
    }
    const byModel = cell.observation?.scenario.expectedByModel;
    if (byModel !== undefined) row.expectedByModel = byModel;
    const library = cell.library ?? cell.observation?.library?.name;
    if (library !== undefined) row.library = library;
    // With --repeat-each the first observation stands for the cell.
    if (!row.cells[cell.project]) {
      const outcomeSummary = cellSummary(cell);
      row.cells[cell.project] = { ...cell, summary: outcomeSummary, outcomeSummary, uncheckedDifferences: [] };
    }
  }
  const summary: Record<string, Record<CellStatus, number>> = {};
  for (const project of projects) summary[project] = emptyCounts();
  for (const row of rows.values()) {
    const observed = Object.values(row.cells).filter((cell) => cell.observation);
    const compared = observed.map((cell) => ({
      cell,
      compared: { project: cell.project, steps: cell.observation?.steps ?? [], ignoredDifferences: cell.observation?.ignoredDifferences ?? [] } satisfies ComparedCell,
    }));
    row.differences = rowDifferences(compared.map((pair) => pair.compared));
    const unchecked = row.differences.filter((difference) => difference.accountedBy === null);
    for (const { cell, compared: comparedCell } of compared) {
      // Two cells that read the same are the same: the summary names every field that sets one
      // apart, except those the scenario ignores on purpose (a retry count varies between runs).
      const parts = distinguishingParts(comparedCell, row.differences.filter((difference) => difference.accountedBy !== 'ignored'));
      if (parts.length > 0) cell.summary = `${cell.summary} · ${parts.join(' · ')}`;
      cell.uncheckedDifferences = unchecked.filter((difference) => cell.project in difference.values).map((difference) => describeFor(cell.project, difference));
    }
    const summaries = new Set(observed.map((cell) => cell.summary));
    row.divergent = summaries.size > 1 || unchecked.length > 0 || observed.some((cell) => cell.status !== 'matches-standard');
    for (const cell of Object.values(row.cells)) (summary[cell.project] ??= emptyCounts())[cell.status]++;
  }
  const missingColumns = [...projects]
    .filter((project) => !columns.has(project))
    .map((project) => ({ project, reason: cells.find((cell) => cell.project === project)?.reason ?? 'not run' }));
  return {
    schemaVersion: matrixSchemaVersion,
    harnessVersion,
    generatedAt,
    columns: [...columns.values()].sort(columnOrder),
    missingColumns,
    rows: [...rows.values()].sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id)),
    summary,
    baseline: null,
    unstableCells: [],
  };
}
