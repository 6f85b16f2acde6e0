/**
 * The report of a corsmatrix.config run: one view per target, its checks as rows and the engines
 * as columns, unsafe first, then blocked, not delivered and not measured, each problem with its
 * fix hint and each engine's own reason. Markdown for a pull request, HTML to look at, JSON for tools.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import escapeHtml from 'escape-html';
import type { EngineName } from '../model/engine-names.js';
import { blockedReasons } from '../model/reasons.js';
import { checkVerdictLabels, checkVerdictMarks as marks, failingVerdicts, worstCheckVerdict, type Check, type CheckObservation, type CheckVerdict } from '../own-server/observation.js';
import { acceptedStatusText } from '../own-server/accepted.js';
import type { ProjectResult } from '../own-server/session.js';
import { harnessVersion } from '../version.js';
import { projectReportSchemaVersion, type ProjectReport } from './own-server-schema.js';

/**
 * What a cell shows: its verdict, or `accepted` for a failing cell the accepted-findings file
 * names (its verdict is still in the cell and the JSON). Worst first, as rows and targets are sorted.
 */
export const checkStatusesWorstFirst = ['unsafe', 'blocked-what-should-pass', 'intent-not-delivered', 'accepted', 'not-measured', 'intent-delivered'] as const;
export type CheckStatus = (typeof checkStatusesWorstFirst)[number];

export const checkStatusLabels: Record<CheckStatus, string> = { ...checkVerdictLabels, accepted: 'accepted' };
const statusMarks: Record<CheckStatus, string> = { ...marks, accepted: '☑️' };

export function checkStatus(cell: CheckObservation): CheckStatus {
  return cell.accepted && failingVerdicts.has(cell.verdict) ? 'accepted' : cell.verdict;
}

const rank = (status: CheckStatus) => checkStatusesWorstFirst.indexOf(status);
const worstStatus = (statuses: CheckStatus[]): CheckStatus => checkStatusesWorstFirst.find((status) => statuses.includes(status)) ?? 'not-measured';

export interface TargetRow {
  check: Check;
  /** Per engine name. */
  cells: Partial<Record<EngineName, CheckObservation>>;
  /** The row's worst verdict over its engines (accepted or not). */
  verdict: CheckVerdict;
  /** The row's worst status over its engines: what it shows, and its place in the view. */
  status: CheckStatus;
}

export interface TargetView {
  target: string;
  url: string;
  rows: TargetRow[];
  /** How many rows have each verdict. */
  counts: Partial<Record<CheckVerdict, number>>;
  /** How many cells show each status. */
  cellCounts: Partial<Record<CheckStatus, number>>;
  /** The view's worst cell status: targets are listed worst first. */
  status: CheckStatus;
}

/** One view per target, worst first (unsafe targets first), each target's rows worst first. */
export function targetViews(result: ProjectResult): TargetView[] {
  const views = result.targets.map(({ name, url }) => {
    const rows = result.checks
      .filter((check) => check.target === name)
      .map((check) => {
        const cells: TargetRow['cells'] = {};
        for (const observation of result.observations) if (observation.check === check) cells[observation.engine.engine] = observation;
        const verdict = worstCheckVerdict(Object.values(cells).map((cell) => cell.verdict), 'not-measured');
        return { check, cells, verdict, status: worstStatus(Object.values(cells).map(checkStatus)) };
      })
      .sort((a, b) => rank(a.status) - rank(b.status));
    const counts: TargetView['counts'] = {};
    for (const row of rows) counts[row.verdict] = (counts[row.verdict] ?? 0) + 1;
    const cellCounts: TargetView['cellCounts'] = {};
    for (const status of rows.flatMap((row) => Object.values(row.cells).map(checkStatus))) cellCounts[status] = (cellCounts[status] ?? 0) + 1;
    return { target: name, url, rows, counts, cellCounts, status: worstStatus(rows.map((row) => row.status)) };
  });
  // A stable sort: targets with the same worst status keep the config's order.
  return views.sort((a, b) => rank(a.status) - rank(b.status));
}

/** One cell in words: the verdict, and for a request that failed, the engine's reason. */
function cellText(cell: CheckObservation | undefined): string {
  if (!cell) return 'not run';
  if (cell.error !== undefined) return `not measured: ${cell.error}`;
  if (checkStatus(cell) === 'accepted') return `accepted (${checkVerdictLabels[cell.verdict]}): ${cell.accepted?.reason ?? ''}`;
  const label = checkVerdictLabels[cell.verdict];
  // A refused origin's request that reached the server: what it did, not why it was blocked after.
  const sent = cell.verdict === 'unsafe' ? cell.steps.find((step) => step.verdict === 'unsafe' && step.reached?.value) : undefined;
  if (sent) return `${label} (${sent.request.method} from ${sent.request.page} reached the server: its preflight let it through)`;
  // The reason of the step that decided the verdict: in a check whose first request is refused on
  // purpose, a later step may be the one blocked that should have passed.
  const deciding = cell.steps.find((step) => step.verdict === cell.verdict && step.blocked !== null) ?? cell.steps.find((step) => step.blocked !== null);
  if (deciding?.blocked && cell.verdict !== 'not-measured') return `${label} (blocked: ${blockedReasons[deciding.blocked.reason].summary})`;
  return label;
}

function signedInText(signedIn: NonNullable<CheckObservation['signedIn']>): string {
  return `signed in first at ${signedIn.at} (a page of corsmatrix's on the target's host), which set ${signedIn.cookies.join(', ')}${signedIn.note ? `; ${signedIn.note}` : ''}`;
}

/** What decided whether failing cells' sign-in cookies were sent (a page of another site), once per note with its engines. */
function signInNotes(view: TargetView): string[] {
  const notes = new Map<string, Set<string>>();
  for (const row of view.rows) {
    for (const cell of Object.values(row.cells)) {
      const note = cell.signedIn?.note;
      if (note !== undefined && failingVerdicts.has(cell.verdict)) notes.set(note, (notes.get(note) ?? new Set()).add(cell.engine.engine));
    }
  }
  return [...notes].map(([note, engines]) => `Signed in, and failed in ${[...engines].join(', ')}: ${note}.`);
}

/** A view's cells in words, worst first: "2 unsafe, 1 accepted, 40 delivered". */
function countsLine(view: TargetView): string {
  return checkStatusesWorstFirst
    .filter((status) => view.cellCounts[status])
    .map((status) => `${view.cellCounts[status]} ${checkStatusLabels[status]}`)
    .join(', ');
}

/** What became of the accepted-findings file's entries, for the reports; none without such a file. */
function acceptedLines(result: ProjectResult): string[] {
  return (result.accepted ?? []).map((entry) => `${entry.check}${entry.engine ? ` (${entry.engine})` : ''}: ${acceptedStatusText[entry.status]}${entry.status === 'accepted' ? ` in ${entry.cells} cell${entry.cells === 1 ? '' : 's'}` : ''}; "${entry.reason}"${entry.expires ? `, until ${entry.expires}` : ''}`);
}

const md = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const defaultTitle = 'corsmatrix: your server in real browsers';

export function projectMarkdown(result: ProjectResult, title = defaultTitle): string {
  const engines = result.engines.map((identity) => identity.engine);
  const lines = [`# ${md(title)}`, ''];
  lines.push(`Engines: ${result.engines.map((identity) => `${identity.browser} ${identity.version}`).join(', ') || 'none'}.`);
  for (const { engine, why } of result.unavailable) lines.push(`- ${engine} did not start: ${why}`);
  const views = targetViews(result);
  // The overview: cells per status for each target, worst target first.
  lines.push('', `| target | ${checkStatusesWorstFirst.map((status) => `${statusMarks[status]} ${checkStatusLabels[status]}`).join(' | ')} |`, `| --- | ${checkStatusesWorstFirst.map(() => '---:').join(' | ')} |`);
  for (const view of views) lines.push(`| [${md(view.target)}](#${view.target}) | ${checkStatusesWorstFirst.map((status) => view.cellCounts[status] ?? 0).join(' | ')} |`);
  const accepted = acceptedLines(result);
  if (accepted.length > 0) lines.push('', 'Accepted findings:', '', ...accepted.map((line) => `- ${md(line)}`));
  for (const view of views) {
    lines.push('', `## ${view.target}`, '', `${view.url}: ${countsLine(view)}.`, '');
    lines.push(`| check | ${engines.join(' | ')} |`, `| --- | ${engines.map(() => '---').join(' | ')} |`);
    for (const row of view.rows) {
      const cells = engines.map((engine) => {
        const cell = row.cells[engine];
        return `${cell ? statusMarks[checkStatus(cell)] : '⚪'} ${md(cellText(cell))}`;
      });
      lines.push(`| ${md(row.check.title)} | ${cells.join(' | ')} |`);
    }
    const unmeasured = new Map<string, string[]>();
    for (const row of view.rows) {
      for (const cell of Object.values(row.cells)) {
        const why = cell.error ?? cell.steps.find((step) => step.unmeasured !== undefined)?.unmeasured;
        if (cell.verdict === 'not-measured' && why) unmeasured.set(why, [...new Set([...(unmeasured.get(why) ?? []), cell.engine.engine])]);
      }
    }
    if (unmeasured.size > 0) lines.push('', ...[...unmeasured].map(([why, where]) => `Not measured in ${where.join(', ')}: ${md(why)}.`));
    const retried = view.rows.flatMap((row) => Object.values(row.cells).filter((cell) => cell.retried !== undefined).map((cell) => `Run a second time in ${cell.engine.engine}, ${md(row.check.title)}: the first attempt was given up on (${md(cell.retried ?? '')}).`));
    if (retried.length > 0) lines.push('', ...retried);
    const signIn = signInNotes(view);
    if (signIn.length > 0) lines.push('', ...signIn.map(md));
    const problems = view.rows.filter((row) => failingVerdicts.has(row.verdict));
    if (problems.length > 0) {
      lines.push('', 'How to fix:', '');
      for (const row of problems) lines.push(`- ${statusMarks[row.status]} **${md(row.check.title)}**: ${md(row.check.fix)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #1b1f24; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: separate; border-spacing: 2px; }
th, td { padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td.unsafe { background: #ffd4d1; } td.blocked-what-should-pass { background: #ffe2c2; }
td.intent-not-delivered { background: #fff1c2; } td.not-measured { background: #eceff1; color: #57606a; }
td.intent-delivered { background: #d8f5dd; } td.accepted { background: #e4e9f7; }
table.overview td { text-align: right; } table.overview td:first-child { text-align: left; }
.fix { color: #57606a; font-size: .92em; margin-top: .2em; }
details summary { cursor: pointer; } pre { white-space: pre-wrap; margin: .2em 0; font-size: .9em; }
`;

function stepDetail(cell: CheckObservation): string {
  const retried = cell.retried === undefined ? '' : `<pre>${escapeHtml(`run a second time: the first attempt was given up on (${cell.retried})`)}</pre>`;
  const signedIn = cell.signedIn === undefined ? '' : `<pre>${escapeHtml(signedInText(cell.signedIn))}</pre>`;
  return retried + signedIn + cell.steps
    .map((step, index) => {
      const saw = step.page.result === 'response' ? `status ${step.page.status}, body ${step.page.bodyReadable ? 'readable' : 'not readable'}` : `${step.page.result}${step.page.error ? ` (${step.page.error})` : ''}`;
      const reason = step.blocked
        ? `\nwhy blocked: ${blockedReasons[step.blocked.reason].summary}: ${step.blocked.words.join(' / ')}\nthe standard's step that failed: ${blockedReasons[step.blocked.reason].step}`
        : '';
      const server = step.server
        ? `\nthe server answers ${step.server.method} with Origin ${step.request.page} (asked from Node): ${step.server.status ?? step.server.error ?? ''} ${step.server.headers.filter(([name]) => name.toLowerCase().startsWith('access-control-') || name.toLowerCase() === 'vary').map(([name, value]) => `${name}: ${value}`).join('; ')}`
        : '';
      const preflight = step.preflightSent === null ? '' : `\npreflight sent: ${step.preflightSent ? 'yes' : 'no'}`;
      const reached = step.reached ? `\nreached the server: ${step.reached.value ? 'yes' : 'no'} (${step.reached.by === 'engine' ? "the engine's account" : 'the preflight answer'}: ${step.reached.words})` : '';
      const unmeasured = step.unmeasured ? `\nnot measured: ${step.unmeasured}` : '';
      return `<pre>${escapeHtml(`step ${index + 1}: ${step.request.method} from ${step.request.page}: the page saw ${saw}${preflight}${reached}${unmeasured}${reason}${server}`)}</pre>`;
    })
    .join('');
}

export function projectHtml(result: ProjectResult, title = defaultTitle): string {
  const engines = result.engines.map((identity) => identity.engine);
  const views = targetViews(result);
  const overviewRows = views.map(
    (view) => `<tr><td><a href="#target-${escapeHtml(view.target)}">${escapeHtml(view.target)}</a></td>${checkStatusesWorstFirst.map((status) => `<td class="${view.cellCounts[status] ? status : ''}">${view.cellCounts[status] ?? 0}</td>`).join('')}</tr>`,
  );
  const overview = `<table class="overview"><thead><tr><th>target</th>${checkStatusesWorstFirst.map((status) => `<th>${escapeHtml(checkStatusLabels[status])}</th>`).join('')}</tr></thead><tbody>${overviewRows.join('')}</tbody></table>`;
  const accepted = acceptedLines(result);
  const acceptedList = accepted.length > 0 ? `<h2>Accepted findings</h2><ul>${accepted.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '';
  const sections = views.map((view) => {
    const head = `<tr><th>check</th>${result.engines.map((identity) => `<th>${escapeHtml(identity.engine)}<br><small>${escapeHtml(`${identity.browser} ${identity.version}`)}</small></th>`).join('')}</tr>`;
    const rows = view.rows.map((row) => {
      const fix = failingVerdicts.has(row.verdict) ? `<div class="fix">Fix: ${escapeHtml(row.check.fix)}</div>` : '';
      const cells = engines.map((engine) => {
        const cell = row.cells[engine];
        if (!cell) return '<td class="not-measured">not run</td>';
        return `<td class="${checkStatus(cell)}"><details><summary>${escapeHtml(cellText(cell))}</summary>${stepDetail(cell)}</details></td>`;
      });
      return `<tr><td>${escapeHtml(row.check.title)}${fix}</td>${cells.join('')}</tr>`;
    });
    const notes = signInNotes(view).map((note) => `<p>${escapeHtml(note)}</p>`).join('');
    return `<h2 id="target-${escapeHtml(view.target)}">${escapeHtml(view.target)}</h2><p>${escapeHtml(countsLine(view))}</p><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>${notes}`;
  });
  const unavailable = result.unavailable.map(({ engine, why }) => `<p>${escapeHtml(engine)} did not start: ${escapeHtml(why)}</p>`).join('');
  const settings = result.engines
    .map((identity) => `<li><b>${escapeHtml(identity.engine)}</b>: ${escapeHtml(identity.changedSettings.join('; '))}</li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${style}</style></head><body><h1>${escapeHtml(title)}</h1>${unavailable}${overview}${acceptedList}${sections.join('')}<h2>Settings changed from each browser's defaults</h2><ul>${settings}</ul></body></html>\n`;
}

/** The run as JSON for tools (harness/report/own-server-schema.ts): each check once, in its row, and its cell in every engine. */
export function projectJson(result: ProjectResult, generatedAt = new Date()): string {
  const report: ProjectReport = {
    schemaVersion: projectReportSchemaVersion,
    harnessVersion,
    generatedAt: generatedAt.toISOString(),
    engines: result.engines,
    unavailable: result.unavailable,
    ...(result.accepted ? { accepted: result.accepted } : {}),
    targets: targetViews(result).map((view) => ({
      target: view.target,
      url: view.url,
      counts: view.counts,
      cellCounts: view.cellCounts,
      rows: view.rows.map((row) => ({ check: row.check, verdict: row.verdict, cells: Object.fromEntries(Object.entries(row.cells).map(([engine, { check: _check, ...cell }]) => [engine, cell])) })),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Writes report.html, report.md and report.json into `dir`. */
export async function writeProjectReport(dir: string, result: ProjectResult, title = defaultTitle): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'report.html'), projectHtml(result, title));
  await writeFile(path.join(dir, 'report.md'), projectMarkdown(result, title));
  await writeFile(path.join(dir, 'report.json'), projectJson(result));
}
