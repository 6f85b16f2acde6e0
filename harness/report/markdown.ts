/**
 * The matrix as compact Markdown for a pull-request comment or a CI step summary: rows where
 * engines disagree (with each other or with the standard) first, then the rest.
 */
import { checkVerdictMarks } from '../own-server/observation.js';
import { describeChange } from './baseline.js';
import type { CellStatus } from './collect.js';
import { cellStatuses } from './schema.js';
import { expectedByModelText, gridProjectsOf, projectsOf, statusLabels, variantsOf } from './html.js';
import { libraryViews } from './libraries.js';
import { buildPhrasebook } from './phrasebook.js';
import { missingColumnText, type Matrix, type MatrixRow } from './matrix.js';

const marks: Record<CellStatus, string> = {
  'matches-standard': '✅',
  'conforms-either-way': '☑️',
  'known-deviation': '🟡',
  unexpected: '❌',
  'not-run': '⚪',
  error: '💥',
};

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(rows: MatrixRow[], projects: string[]): string[] {
  const lines = [`| scenario | ${projects.map(escapeCell).join(' | ')} |`, `| --- | ${projects.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const cells = projects.map((project) => {
      const cell = row.cells[project];
      if (!cell) return `${marks['not-run']} not run`;
      const unchecked = cell.uncheckedDifferences.length > 0 ? ` ⚠️ ${cell.uncheckedDifferences.length} unchecked` : '';
      return `${marks[cell.status]} ${escapeCell(cell.summary)}${unchecked}`;
    });
    const byModel = expectedByModelText(row);
    lines.push(`| \`${escapeCell(row.id)}\`${byModel === undefined ? '' : ` (${escapeCell(byModel)})`} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/** Per library: its scenarios by engine, each cell the verdict on the developer's intent, then the findings. */
function librarySections(matrix: Matrix, projects: string[]): string[] {
  const views = libraryViews(matrix);
  if (views.length === 0) return [];
  const lines = ['### CORS libraries: do real browsers deliver what the options mean?', ''];
  for (const view of views) {
    lines.push(`#### ${escapeCell(view.library)}: ${escapeCell(view.description)}`, '');
    lines.push(`| scenario | ${projects.map(escapeCell).join(' | ')} |`, `| --- | ${projects.map(() => '---').join(' | ')} |`);
    for (const row of view.rows) {
      const cells = projects.map((project) => {
        const cell = row.cells[project];
        if (!cell) return `${marks['not-run']} not run`;
        return `${cell.verdict ? checkVerdictMarks[cell.verdict] : marks[cell.cell.status]} ${escapeCell(cell.label)}`;
      });
      lines.push(`| \`${escapeCell(row.name)}\` | ${cells.join(' | ')} |`);
    }
    lines.push('');
    for (const row of view.rows) {
      if (row.finding) lines.push(`- **${escapeCell(row.name)}**: ${row.finding.summary}${row.finding.link ? ` (${row.finding.link})` : ''}`);
    }
    lines.push('');
  }
  return lines;
}

/** Each reason with its code and the raw words each engine printed for it. */
function phrasebookSection(matrix: Matrix, projects: string[]): string[] {
  const rows = buildPhrasebook(matrix, projects);
  if (rows.length === 0) return [];
  const lines = ['<details><summary>Why it was blocked: what each engine says</summary>', ''];
  lines.push(`| reason | ${projects.map(escapeCell).join(' | ')} |`, `| --- | ${projects.map(() => '---').join(' | ')} |`);
  for (const row of rows) {
    const cells = projects.map((project) => (row.byProject[project] ?? []).slice(0, 3).map((entry) => `${escapeCell(entry.text)} (×${entry.count})`).join('<br>'));
    lines.push(`| \`${row.reason}\` ${escapeCell(row.summary)} | ${cells.join(' | ')} |`);
  }
  lines.push('', '</details>', '');
  return lines;
}

export function renderMarkdown(matrix: Matrix): string {
  const projects = projectsOf(matrix);
  const versions = projects.map((project) => {
    const column = matrix.columns.find((c) => c.project === project);
    return column ? `${project}: ${column.browser} ${column.version} (${column.driver})` : missingColumnText(matrix.missingColumns.find((m) => m.project === project) ?? { project, reason: '' });
  });
  const divergent = matrix.rows.filter((row) => row.divergent);
  const agreeing = matrix.rows.filter((row) => !row.divergent);
  const legend = cellStatuses.map((status) => `${marks[status]} ${statusLabels[status]}`).join(' · ');
  const lines = [
    '## corsmatrix',
    '',
    `${matrix.rows.length} scenarios; ${divergent.length} where engines disagree with each other or with the standard.`,
    '',
    ...versions.map((v) => `- ${escapeCell(v)}`),
    '',
    legend,
    '',
  ];
  if (matrix.baseline) {
    const { changes, added } = matrix.baseline;
    lines.push(changes.length === 0 ? `No cell changed since the baseline (recorded ${matrix.baseline.recordedAt}).` : `### ${changes.length} cells changed since the baseline`, '');
    if (changes.length > 0) {
      lines.push('| scenario | project | before | now |', '| --- | --- | --- | --- |');
      for (const c of changes) {
        const { before, now } = describeChange(c);
        lines.push(`| \`${escapeCell(c.scenarioId)}\` | ${escapeCell(c.project)} | ${escapeCell(before)} | ${escapeCell(now)} |`);
      }
      lines.push('');
    }
    if (added.length > 0) lines.push(`New since the baseline, not in it yet (${added.length} cells): ${added.map((id) => `\`${escapeCell(id)}\``).join(', ')}`, '');
  }
  const unchecked = matrix.rows.filter((row) => row.differences.some((difference) => difference.accountedBy === null));
  if (unchecked.length > 0) {
    lines.push(`### ${unchecked.length} rows with unchecked differences`, '', 'Engines did different things here and nothing in the scenario checks it:', '');
    for (const row of unchecked) {
      for (const difference of row.differences.filter((d) => d.accountedBy === null)) {
        const values = Object.entries(difference.values).map(([project, value]) => `${project} ${JSON.stringify(value)}`);
        lines.push(`- \`${escapeCell(row.id)}\` ${escapeCell(difference.field)}: ${escapeCell(values.join(', '))}`);
      }
    }
    lines.push('');
  }
  // The plain engines in the grid; each variant beside the engine it varies, on the rows it ran.
  const grid = gridProjectsOf(matrix);
  if (divergent.length > 0) lines.push('### Where engines disagree', '', ...table(divergent, grid), '');
  if (agreeing.length > 0) lines.push('<details><summary>Where every engine matches the standard</summary>', '', ...table(agreeing, grid), '', '</details>', '');
  for (const variant of variantsOf(matrix)) {
    lines.push(`### ${escapeCell(variant.project)}: ${variant.rows.length} scenarios, beside ${escapeCell(variant.engine)}`, '', ...table(variant.rows, [variant.engine, variant.project]), '');
  }
  lines.push(...librarySections(matrix, grid));
  lines.push(...phrasebookSection(matrix, projects));
  return lines.join('\n');
}
