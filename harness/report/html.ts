/**
 * The matrix as one self-contained HTML page: no network needed to open it. The grid is
 * rendered here; a cell's detail is built in the page from embedded, gzipped JSON when clicked,
 * and only that cell's chunk is unpacked, so thousands of rows stay quick to open.
 */
import { gzipSync } from 'node:zlib';
import escapeHtml from 'escape-html';
import { inPageSource } from '../probe/probe.js';
import { libraryVerdictLabels, libraryVerdicts } from '../model/verdicts.js';
import type { CellStatus } from './collect.js';
import { libraryViews } from './libraries.js';
import { buildPhrasebook } from './phrasebook.js';
import { blockedReasons } from '../model/reasons.js';
import { variantNames } from '../model/engine-names.js';
import { missingColumnText, type Matrix, type MatrixRow } from './matrix.js';
import { cellStatuses } from './schema.js';
import type { EngineIdentity } from '../model/observation.js';
import { cellDetail, cellDetailStyle, renderCellDetail, type Cell, type CellDetail, type DetailContext } from './cell-detail.js';
import { describeChange } from './baseline.js';

export const statusLabels: Record<CellStatus, string> = {
  'matches-standard': 'matches the standard',
  // Differs from the expectation only where the standard allows more than one outcome.
  'conforms-either-way': 'conforming either way',
  'known-deviation': 'known deviation',
  unexpected: 'unexpected',
  'not-run': 'not run',
  error: 'error',
};

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #1b1f24; }
h1 { font-size: 1.4em; margin: 0 0 .3em; }
.summary { margin: .2em 0; }
.legend span, td.cell { border-radius: 3px; }
.legend span { padding: 1px 6px; margin-right: .5em; }
.matches-standard { background: #d8f5dd; }
.conforms-either-way { background: #e3f4ea; }
.known-deviation { background: #fff1c2; }
.unexpected { background: #ffd4d1; }
.not-run { background: #eceff1; color: #57606a; }
.error { background: #ead7ff; }
td.cell.has-unchecked { box-shadow: inset 4px 0 0 #cf222e; }
td.cell .unchecked { color: #a40e26; font-weight: 600; margin-top: .2em; }
table { border-collapse: separate; border-spacing: 2px; margin-top: .8em; }
th, td { padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #fff; border-bottom: 2px solid #d0d7de; }
thead small { display: block; font-weight: normal; color: #57606a; max-width: 16em; }
tr.topic th { background: #f6f8fa; font-size: 1.05em; padding-top: .6em; }
section.topic, section.library { content-visibility: auto; }
table.grid { table-layout: fixed; width: 100%; min-width: 60em; }
table.grid col.scenario { width: 30%; }
td.scenario { overflow-wrap: anywhere; }
td.scenario a { font-family: ui-monospace, monospace; font-size: .85em; }
td.scenario div { color: #424a53; }
td.scenario div.by-model { font-size: .85em; font-style: italic; }
td.cell { cursor: pointer; font-size: .9em; overflow-wrap: anywhere; }
td.cell:hover { outline: 2px solid #0969da; }
body.only-divergent tr[data-divergent="0"], body.only-divergent section.topic.quiet { display: none; }
dialog { max-width: 70em; width: 90vw; max-height: 85vh; border: 1px solid #d0d7de; border-radius: 6px; }
dialog h2 { font-size: 1.1em; margin-top: 0; }
dialog h3 { font-size: 1em; margin: 1em 0 .3em; }
dialog table { border-spacing: 0; font-size: .9em; }
dialog td, dialog th { border-bottom: 1px solid #eaeef2; padding: 2px 6px; }
.changes td { font-size: .9em; }
.intent-delivered { background: #d8f5dd; }
.blocked-what-should-pass { background: #ffe2c2; }
.unsafe { background: #ffb8b3; font-weight: 600; }
.intent-not-delivered { background: #fff1c2; }
section.library h3 { margin: 1.2em 0 .2em; }
section.library ul { margin: .3em 0 0; padding-left: 1.2em; max-width: 70em; }
table.phrasebook td { font-size: .85em; max-width: 28em; }
table.phrasebook td.words div { font-family: ui-monospace, monospace; margin-bottom: .3em; }
table.phrasebook td.words small { color: #57606a; }
`;

/**
 * Runs in the report page: the divergence filter and the cell detail dialog. The cells' detail
 * (most of the page's bytes) comes in gzipped chunks; opening a cell unpacks only its chunk, once,
 * and parses only that cell's JSON: a report of thousands of rows opens as fast as its grid.
 */
function pageScript(render: typeof renderCellDetail): void {
  // The data islands are the page's trust boundary: renderHtml wrote them, so each is read as its type once.
  const embedded = JSON.parse(document.getElementById('corsmatrix-index')?.textContent ?? '{}') as DetailIndex;
  const chunks = new Map<number, Promise<string>>();
  const chunkText = (chunk: number): Promise<string> => {
    let text = chunks.get(chunk);
    if (!text) {
      const bytes = Uint8Array.from(atob(document.getElementById(`corsmatrix-cells-${chunk}`)?.textContent ?? ''), (c) => c.charCodeAt(0));
      text = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
      chunks.set(chunk, text);
    }
    return text;
  };
  const cellDetail = async (cell: number): Promise<CellDetail> => {
    const chunk = Math.floor(cell / embedded.chunkSize);
    const at = cell % embedded.chunkSize;
    const offsets = embedded.offsets[chunk] ?? [];
    return JSON.parse((await chunkText(chunk)).slice(offsets[at], offsets[at + 1])) as CellDetail;
  };
  // Checked rather than cast: an id renamed in the HTML fails here, by name.
  const byId = <T extends HTMLElement>(id: string, type: new () => T): T => {
    const node = document.getElementById(id);
    if (!(node instanceof type)) throw new Error(`#${id} is not a ${type.name}`);
    return node;
  };
  const dialog = byId('detail', HTMLDialogElement);
  const body = byId('detail-body', HTMLElement);

  const checkbox = byId('only-divergent', HTMLInputElement);
  const applyFilter = () => document.body.classList.toggle('only-divergent', checkbox.checked);
  checkbox.addEventListener('change', applyFilter);
  applyFilter();

  // Cells of the main grid and of the per-library tables open the same detail.
  document.addEventListener('click', async (event) => {
    const cell = event.target instanceof Element ? event.target.closest('td.cell[data-cell]') : null;
    if (!(cell instanceof HTMLElement)) return;
    const detail = await cellDetail(Number(cell.dataset.cell));
    const title = document.createElement('h2');
    title.textContent = `${detail.scenarioId} in ${detail.project}`;
    // The report's cells have no trace (it stays in matrix.json), so nothing in them is marked as differing.
    const context: DetailContext = { engine: embedded.engines[detail.project] ?? {}, reasons: embedded.reasons, statusLabels: embedded.statusLabels, differences: [], heading: 'h3' };
    body.replaceChildren(title, ...render(detail, context));
    dialog.showModal();
  });
  document.getElementById('detail-close')?.addEventListener('click', () => dialog.close());
}

/** A row whose expectation the Fetch standard's model gave (its file left `expected` out) says so. */
export function expectedByModelText(row: MatrixRow): string | undefined {
  const steps = row.expectedByModel;
  if (steps === undefined || steps.length === 0) return undefined;
  const which = steps.length === 1 && steps[0] === 0 ? '' : ` (step${steps.length > 1 ? 's' : ''} ${steps.join(', ')})`;
  return `expected: the Fetch standard's model${which}`;
}

function expectedByModelNote(row: MatrixRow): string {
  const text = expectedByModelText(row);
  return text === undefined ? '' : `<div class="by-model" title="The scenario file leaves expected out; harness/standard/ predicted it">${escapeHtml(text)}</div>`;
}

function columnHeader(matrix: Matrix, project: string): string {
  const column = matrix.columns.find((c) => c.project === project);
  const version = column ? `${column.browser} ${column.version}` : (matrix.missingColumns.find((m) => m.project === project)?.reason ?? 'not run');
  const driver = column ? `<small>${escapeHtml(column.driver)}</small>` : '';
  return `<th>${escapeHtml(project)}<small>${escapeHtml(version)}</small>${driver}</th>`;
}

/** The columns of a grid table: fixed widths, so that its layout needs no cell measured. */
function gridHeader(matrix: Matrix, projects: string[]): string {
  return `<colgroup><col class="scenario">${projects.map(() => '<col>').join('')}</colgroup><thead><tr><th>Scenario</th>${projects.map((p) => columnHeader(matrix, p)).join('')}</tr></thead>`;
}

export function projectsOf(matrix: Matrix): string[] {
  return [...matrix.columns.map((c) => c.project), ...matrix.missingColumns.map((m) => m.project)];
}

/** The plain engine a project varies (`chromium` of `chromium-legacy-method-case`); none for a plain engine's project. */
function variedEngine(matrix: Matrix, project: string): string | undefined {
  const column = matrix.columns.find((c) => c.project === project);
  if (column) return column.variant === undefined ? undefined : column.engine;
  const variant = variantNames.find((name) => project.endsWith(`-${name}`));
  return variant === undefined ? undefined : project.slice(0, -variant.length - 1);
}

/** The grid's columns: the plain engines. Each variant runs a handful of rows and is shown apart (variantsOf). */
export function gridProjectsOf(matrix: Matrix): string[] {
  return projectsOf(matrix).filter((project) => variedEngine(matrix, project) === undefined);
}

/** Each engine variant, the plain engine it varies, and the rows it ran: shown beside that engine's cells. */
export function variantsOf(matrix: Matrix): Array<{ project: string; engine: string; rows: MatrixRow[] }> {
  return projectsOf(matrix).flatMap((project) => {
    const engine = variedEngine(matrix, project);
    if (engine === undefined) return [];
    const rows = matrix.rows.filter((row) => row.cells[project] !== undefined);
    return rows.length > 0 || matrix.missingColumns.some((missing) => missing.project === project) ? [{ project, engine, rows }] : [];
  });
}

function summaryLine(matrix: Matrix): string {
  const parts = projectsOf(matrix).map((project) => {
    const counts = matrix.summary[project];
    if (!counts) return '';
    const detail = cellStatuses
      .filter((status) => counts[status] > 0)
      .map((status) => `${counts[status]} ${statusLabels[status]}`)
      .join(', ');
    return `<b>${escapeHtml(project)}</b>: ${escapeHtml(detail)}`;
  });
  const divergent = matrix.rows.filter((row) => row.divergent).length;
  const unchecked = matrix.rows.filter((row) => row.differences.some((difference) => difference.accountedBy === null)).length;
  return `${matrix.rows.length} scenarios, ${divergent} where engines disagree with each other or with the standard, ${unchecked} with unchecked differences. ${parts.join(' · ')}`;
}

function changesSection(matrix: Matrix): string {
  if (!matrix.baseline) return '';
  const { changes, added, recordedAt, file } = matrix.baseline;
  const newCells = added.length > 0 ? `<p>New since the baseline, not in it yet (${added.length} cells): ${escapeHtml(added.join(', '))}</p>` : '';
  if (changes.length === 0) return `<p>No cell changed since the baseline (${escapeHtml(file)}, recorded ${escapeHtml(recordedAt)}).</p>${newCells}`;
  const rows = changes
    .map((c) => {
      const { before, now } = describeChange(c);
      return `<tr><td>${escapeHtml(c.scenarioId)}</td><td>${escapeHtml(c.project)}</td><td>${escapeHtml(before)}</td><td>${escapeHtml(now)}</td></tr>`;
    })
    .join('');
  return `<h2>${changes.length} cells changed since the baseline</h2><p>${escapeHtml(file)}, recorded ${escapeHtml(recordedAt)}</p><table class="changes"><thead><tr><th>scenario</th><th>project</th><th>before</th><th>now</th></tr></thead><tbody>${rows}</tbody></table>${newCells}`;
}

/** For each reason a request was blocked, each engine's words: generated from this run. */
function phrasebookSection(matrix: Matrix, projects: string[]): string {
  const rows = buildPhrasebook(matrix, projects);
  if (rows.length === 0) return '';
  const body = rows.map((row) => {
    const tds = projects.map((project) => {
      const entries = row.byProject[project] ?? [];
      if (entries.length === 0) return '<td class="words"></td>';
      const shown = entries.slice(0, 4).map((entry) => `<div>${escapeHtml(entry.text)} <small>×${entry.count}, e.g. ${escapeHtml(entry.example)}</small></div>`);
      const more = entries.length > 4 ? `<small>and ${entries.length - 4} more wordings</small>` : '';
      return `<td class="words">${shown.join('')}${more}</td>`;
    });
    return `<tr id="reason-${escapeHtml(row.reason)}"><td><b>${escapeHtml(row.summary)}</b><br><code>${escapeHtml(row.reason)}</code><br><small>${escapeHtml(row.step)}</small></td>${tds.join('')}</tr>`;
  });
  return `<h2 id="phrasebook">Why it was blocked: what each engine says</h2>
<p>Every reason this run met, with the messages each engine printed for it (URLs and status codes generalised). The mapping from each engine's words to a reason is harness/reasons/phrases.ts.</p>
<table class="phrasebook"><thead><tr><th>Reason</th>${projects.map((p) => columnHeader(matrix, p)).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function librarySections(matrix: Matrix, projects: string[], cells: CellDetails): string {
  const views = libraryViews(matrix);
  if (views.length === 0) return '';
  const legend = libraryVerdicts.map((verdict) => `<span class="${verdict}">${libraryVerdictLabels[verdict]}</span>`).join('');
  const sections = views.map((view) => {
    const rows = view.rows.map(({ row, name, cells: viewCells }) => {
      const tds = projects.map((project) => {
        const viewCell = viewCells[project];
        if (!viewCell) return '<td class="cell not-run">not run</td>';
        const index = cells.indexOf(viewCell.cell);
        const className = viewCell.verdict ?? viewCell.cell.status;
        return `<td class="cell ${className}" data-cell="${index}" title="${escapeHtml(viewCell.cell.summary)}">${escapeHtml(viewCell.label)}</td>`;
      });
      return `<tr><td class="scenario" title="${escapeHtml(row.file)}"><a href="${escapeHtml(row.reference)}">${escapeHtml(name)}</a><div>${escapeHtml(row.title.replace(`${view.library}: `, ''))}</div></td>${tds.join('')}</tr>`;
    });
    const findings = view.rows
      .filter((row) => row.finding)
      .map(({ name, finding }) => `<li><b>${escapeHtml(name)}</b>: ${escapeHtml(finding?.summary ?? '')}${finding?.link ? ` <a href="${escapeHtml(finding.link)}">${escapeHtml(finding.link)}</a>` : ''}</li>`);
    return `<section class="library" id="library-${escapeHtml(view.library)}" style="contain-intrinsic-size: auto ${120 + rows.length * 56 + findings.length * 40}px"><h3>${escapeHtml(view.library)}: ${escapeHtml(view.description)}</h3>
<table class="grid">${gridHeader(matrix, projects)}<tbody>${rows.join('\n')}</tbody></table>
${findings.length > 0 ? `<p>Findings:</p><ul>${findings.join('')}</ul>` : ''}</section>`;
  });
  return `<h2 id="libraries">CORS libraries: do real browsers deliver what the options mean?</h2><p class="legend">${legend}</p>${sections.join('\n')}`;
}

/** A cell of the grid; a per-library view types its cells without the unchecked differences. */
/** The page's index of the cells' detail, a JSON data island: written by renderHtml, read by pageScript. */
interface DetailIndex {
  chunkSize: number;
  /** Per chunk, where each of its cells' JSON starts in the unpacked text, and where the last ends. */
  offsets: number[][];
  reasons: Record<string, { summary: string; step: string }>;
  statusLabels: Record<string, string>;
  /** Each project's engine, once, rather than in each of its cells. */
  engines: Record<string, EngineIdentity>;
}

/** The details embedded in the page, each cell once, though a library cell is shown twice. */
class CellDetails {
  readonly texts: string[] = [];
  readonly #indexes = new Map<Cell, number>();

  indexOf(cell: Cell): number {
    let index = this.#indexes.get(cell);
    if (index === undefined) {
      index = this.texts.push(JSON.stringify(cellDetail(cell))) - 1;
      this.#indexes.set(cell, index);
    }
    return index;
  }
}

export function renderHtml(matrix: Matrix): string {
  const projects = gridProjectsOf(matrix);
  const cells = new CellDetails();
  const topics = new Map<string, MatrixRow[]>();
  for (const row of matrix.rows) topics.set(row.topic, [...(topics.get(row.topic) ?? []), row]);
  // One table per topic, in a section the browser lays out only when it comes near the screen
  // (content-visibility), with fixed column widths so that the tables line up without measuring
  // every cell: thousands of rows open as fast as the first screenful.
  const header = gridHeader(matrix, projects);
  const variants = variantsOf(matrix);
  const topicTables: string[] = [];
  for (const [topic, rows] of topics) {
    const quiet = rows.every((row) => !row.divergent) ? ' quiet' : '';
    const bodyRows: string[] = [`<tr class="topic"><th colspan="${projects.length + 1}">${escapeHtml(topic)}</th></tr>`];
    for (const row of rows) {
      const tds = projects.map((project) => {
        const cell = row.cells[project];
        if (!cell) return '<td class="cell not-run">not run</td>';
        const index = cells.indexOf(cell);
        const unchecked = cell.uncheckedDifferences.length;
        const flag = unchecked > 0 ? `<div class="unchecked">${unchecked} unchecked difference${unchecked > 1 ? 's' : ''}</div>` : '';
        return `<td class="cell ${cell.status}${unchecked > 0 ? ' has-unchecked' : ''}" data-cell="${index}" title="${escapeHtml(statusLabels[cell.status])}">${escapeHtml(cell.summary)}${flag}</td>`;
      });
      const reference = row.reference ? `<a href="${escapeHtml(row.reference)}">${escapeHtml(row.id)}</a>` : escapeHtml(row.id);
      const variantLinks = variants.filter((variant) => variant.rows.includes(row)).map((variant) => `<a class="variant" href="#variant-${escapeHtml(variant.project)}">also in ${escapeHtml(variant.project)}</a>`).join(' ');
      bodyRows.push(
        `<tr data-divergent="${row.divergent ? 1 : 0}"><td class="scenario" title="${escapeHtml(row.file)}">${reference}<div>${escapeHtml(row.title)}</div>${expectedByModelNote(row)}${variantLinks}</td>${tds.join('')}</tr>`,
      );
    }
    // The estimated height keeps the scrollbar honest until the section is laid out.
    topicTables.push(`<section class="topic${quiet}" style="contain-intrinsic-size: auto ${60 + rows.length * 56}px"><table class="grid">${header}<tbody>${bodyRows.join('\n')}</tbody></table></section>`);
  }
  const variantSections = variants.map(({ project, engine, rows }) => {
    const columns = [engine, project];
    const missing = matrix.missingColumns.find((m) => m.project === project);
    const body = rows.map((row) => {
      const tds = columns.map((column) => {
        const cell = row.cells[column];
        if (!cell) return '<td class="cell not-run">not run</td>';
        return `<td class="cell ${cell.status}" data-cell="${cells.indexOf(cell)}" title="${escapeHtml(statusLabels[cell.status])}">${escapeHtml(cell.summary)}</td>`;
      });
      return `<tr data-divergent="${row.divergent ? 1 : 0}"><td class="scenario" title="${escapeHtml(row.file)}">${escapeHtml(row.id)}<div>${escapeHtml(row.title)}</div></td>${tds.join('')}</tr>`;
    });
    const note = missing ? `<p>${escapeHtml(missingColumnText(missing))}</p>` : '';
    return `<section class="variant" id="variant-${escapeHtml(project)}"><h3>${escapeHtml(project)}: ${rows.length} scenarios, beside ${escapeHtml(engine)}</h3>${note}<table class="grid">${gridHeader(matrix, columns)}<tbody>${body.join('\n')}</tbody></table></section>`;
  });
  const variantsHtml = variantSections.length > 0 ? `<h2 id="variants">Engine variants: older or optional behaviour, where each ran</h2>${variantSections.join('\n')}` : '';
  const libraries = librarySections(matrix, projects, cells);
  // One JSON text per cell, back to back, in gzipped chunks (base64), and where each cell starts
  // in its chunk (UTF-16 units, as the page's string has them): the page unpacks only the chunk of
  // the cell opened, and parses only that cell. Base64 has nothing HTML parsing could change.
  const chunkSize = 100;
  const chunkScripts: string[] = [];
  const offsets: number[][] = [];
  for (let first = 0; first < cells.texts.length; first += chunkSize) {
    const texts = cells.texts.slice(first, first + chunkSize);
    const starts = [0];
    for (const cellText of texts) starts.push((starts.at(-1) ?? 0) + cellText.length);
    offsets.push(starts);
    chunkScripts.push(`<script type="application/octet-stream" id="corsmatrix-cells-${offsets.length - 1}">${gzipSync(texts.join('')).toString('base64')}</script>`);
  }
  // Each project's engine identity, from any of its cells (one run, one browser per project).
  const engines: Record<string, EngineIdentity> = {};
  for (const row of matrix.rows) for (const cell of Object.values(row.cells)) if (cell.observation) engines[cell.project] ??= cell.observation.engine;
  const indexJson = JSON.stringify({ chunkSize, offsets, reasons: blockedReasons, statusLabels, engines } satisfies DetailIndex).replace(/</g, '\\u003c');
  const legend = cellStatuses.map((status) => `<span class="${status}">${statusLabels[status]}</span>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>corsmatrix: what browsers do with cross-origin requests</title>
<style>${style}${cellDetailStyle}</style></head>
<body>
<h1>corsmatrix: what browsers do with cross-origin requests</h1>
<p class="summary">${summaryLine(matrix)}</p>
<p class="legend">${legend}</p>
<p class="meta">Generated ${escapeHtml(matrix.generatedAt)} by corsmatrix ${escapeHtml(matrix.harnessVersion)}. Each cell: preflight? · actual request sent? · what the page saw, or why it was blocked (<a href="#phrasebook">each engine's words</a>). Click a cell for the detail.</p>
${changesSection(matrix)}
<label><input type="checkbox" id="only-divergent"> Only rows where engines disagree with each other or with the standard</label>
${topicTables.join('\n')}
${variantsHtml}
${libraries}
${phrasebookSection(matrix, projectsOf(matrix))}
<dialog id="detail"><button id="detail-close" style="float:right">Close</button><div id="detail-body"></div></dialog>
<script type="application/json" id="corsmatrix-index">${indexJson}</script>
${chunkScripts.join('\n')}
<script>${inPageSource(pageScript)}(${inPageSource(renderCellDetail)});</script>
</body></html>
`;
}
