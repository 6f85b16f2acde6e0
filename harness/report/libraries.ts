/**
 * The per-library view of the matrix: for each CORS library, its scenarios as rows and the
 * engines as columns, each cell saying whether real browsers delivered the developer's intent.
 * Rendered by html.ts and markdown.ts from the same data.
 */
import { libraryVerdictLabels, type LibraryVerdict } from '../model/verdicts.js';
import type { LibraryObservation } from '../model/observation.js';
import type { Finding } from '../model/scenario.js';
import type { CellStatus, MatrixCell } from './collect.js';
import type { Matrix, MatrixRow } from './matrix.js';

export interface LibraryViewCell {
  cell: MatrixCell & { summary: string };
  /** Absent when the cell did not run. */
  verdict: LibraryVerdict | undefined;
  /** The verdict, or why there is none; flags a cell that also differs from its expectation. */
  label: string;
}

export interface LibraryViewRow {
  row: MatrixRow;
  /** The id without `libraries/<library>/`. */
  name: string;
  cells: Record<string, LibraryViewCell>;
  finding: Finding | null;
}

export interface LibraryView {
  library: string;
  /** What ran, e.g. `cors 2.8.6 on express 5.3.0`, or `... (checkout /path)`. */
  description: string;
  rows: LibraryViewRow[];
}

function describe(observation: LibraryObservation): string {
  const checkout = observation.checkout ? ` (checkout ${observation.checkout})` : '';
  return `${observation.packageName} ${observation.version}${checkout} on ${observation.framework}`;
}

const statusNotes: Partial<Record<CellStatus, string>> = {
  'conforms-either-way': ' (the engine differs from the expectation where the standard allows it)',
  'known-deviation': ' (through a known engine deviation)',
  unexpected: ' (differs from the expectation)',
};

function viewCell(cell: MatrixCell & { summary: string }): LibraryViewCell {
  const library = cell.observation?.library;
  if (!library) return { cell, verdict: undefined, label: cell.status === 'not-run' ? 'not run' : 'error' };
  return { cell, verdict: library.verdict, label: `${libraryVerdictLabels[library.verdict]}${statusNotes[cell.status] ?? ''}` };
}

export function libraryViews(matrix: Matrix): LibraryView[] {
  const views = new Map<string, LibraryView>();
  for (const row of matrix.rows) {
    if (row.library === undefined) continue;
    let view = views.get(row.library);
    if (!view) {
      view = { library: row.library, description: '', rows: [] };
      views.set(row.library, view);
    }
    const observations = Object.values(row.cells).flatMap((cell) => (cell.observation?.library ? [cell.observation.library] : []));
    const [first] = observations;
    if (first && view.description === '') view.description = describe(first);
    const cells: Record<string, LibraryViewCell> = {};
    for (const [project, cell] of Object.entries(row.cells)) cells[project] = viewCell(cell);
    view.rows.push({
      row,
      name: row.id.replace(`libraries/${row.library}/`, ''),
      cells,
      finding: first?.finding ?? null,
    });
  }
  return [...views.values()].sort((a, b) => a.library.localeCompare(b.library));
}
