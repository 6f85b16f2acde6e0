/**
 * The report of a corsmatrix.config run: one view per target, its checks as rows and the engines
 * as columns, unsafe first, then blocked, not delivered and not measured, each problem with its
 * fix hint and each engine's own reason. Markdown for a pull request, HTML to look at, JSON for tools.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import escapeHtml from 'escape-html';
import type { EngineName } from '../engines/names.js';
import { blockedReasons } from '../reasons/vocabulary.js';
import { checkVerdictLabels, checkVerdictMarks as marks, checkVerdictsWorstFirst, failingVerdicts, worstCheckVerdict, type Check, type CheckObservation, type CheckVerdict } from '../project/observation.js';
import type { ProjectResult } from '../project/session.js';
import { harnessVersion } from '../version.js';
import { projectReportSchemaVersion, type ProjectReport } from './project-schema.js';

const rank = (verdict: CheckVerdict) => checkVerdictsWorstFirst.indexOf(verdict);

export interface TargetRow {
  check: Check;
  /** Per engine name. */
  cells: Partial<Record<EngineName, CheckObservation>>;
  /** The row's worst verdict over its engines. */
  verdict: CheckVerdict;
}

export interface TargetView {
  target: string;
  url: string;
  rows: TargetRow[];
  counts: Partial<Record<CheckVerdict, number>>;
}

export function targetViews(result: ProjectResult): TargetView[] {
  return result.targets.map(({ name, url }) => {
    const rows = result.checks
      .filter((check) => check.target === name)
      .map((check) => {
        const cells: TargetRow['cells'] = {};
        for (const observation of result.observations) if (observation.check === check) cells[observation.engine.engine] = observation;
        const verdict = worstCheckVerdict(Object.values(cells).map((cell) => cell.verdict), 'not-measured');
        return { check, cells, verdict };
      })
      .sort((a, b) => rank(a.verdict) - rank(b.verdict));
    const counts: TargetView['counts'] = {};
    for (const row of rows) counts[row.verdict] = (counts[row.verdict] ?? 0) + 1;
    return { target: name, url, rows, counts };
  });
}

/** One cell in words: the verdict, and for a request that failed, the engine's reason. */
function cellText(cell: CheckObservation | undefined): string {
  if (!cell) return 'not run';
  if (cell.error !== undefined) return `not measured: ${cell.error}`;
  const label = checkVerdictLabels[cell.verdict];
  // The reason of the step that decided the verdict: in a check whose first request is refused on
  // purpose, a later step may be the one blocked that should have passed.
  const deciding = cell.steps.find((step) => step.verdict === cell.verdict && step.blocked !== null) ?? cell.steps.find((step) => step.blocked !== null);
  if (deciding?.blocked && cell.verdict !== 'not-measured') return `${label} (blocked: ${blockedReasons[deciding.blocked.reason].summary})`;
  return label;
}

function countsLine(view: TargetView): string {
  return checkVerdictsWorstFirst
    .filter((verdict) => view.counts[verdict])
    .map((verdict) => `${view.counts[verdict]} ${checkVerdictLabels[verdict]}`)
    .join(', ');
}

const md = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const defaultTitle = 'corsmatrix: your server in real browsers';

export function projectMarkdown(result: ProjectResult, title = defaultTitle): string {
  const engines = result.engines.map((identity) => identity.engine);
  const lines = [`# ${md(title)}`, ''];
  lines.push(`Engines: ${result.engines.map((identity) => `${identity.browser} ${identity.version}`).join(', ') || 'none'}.`);
  for (const { engine, why } of result.unavailable) lines.push(`- ${engine} did not start: ${why}`);
  for (const view of targetViews(result)) {
    lines.push('', `## ${view.target}`, '', `${view.url}: ${countsLine(view)}.`, '');
    lines.push(`| check | ${engines.join(' | ')} |`, `| --- | ${engines.map(() => '---').join(' | ')} |`);
    for (const row of view.rows) {
      const cells = engines.map((engine) => {
        const cell = row.cells[engine];
        return `${cell ? marks[cell.verdict] : '⚪'} ${md(cellText(cell))}`;
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
    const problems = view.rows.filter((row) => failingVerdicts.has(row.verdict));
    if (problems.length > 0) {
      lines.push('', 'How to fix:', '');
      for (const row of problems) lines.push(`- ${marks[row.verdict]} **${md(row.check.title)}**: ${md(row.check.fix)}`);
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
td.intent-delivered { background: #d8f5dd; }
.fix { color: #57606a; font-size: .92em; margin-top: .2em; }
details summary { cursor: pointer; } pre { white-space: pre-wrap; margin: .2em 0; font-size: .9em; }
`;

function stepDetail(cell: CheckObservation): string {
  const retried = cell.retried === undefined ? '' : `<pre>${escapeHtml(`run a second time: the first attempt was given up on (${cell.retried})`)}</pre>`;
  return retried + cell.steps
    .map((step, index) => {
      const saw = step.page.result === 'response' ? `status ${step.page.status}, body ${step.page.bodyReadable ? 'readable' : 'not readable'}` : `${step.page.result}${step.page.error ? ` (${step.page.error})` : ''}`;
      const reason = step.blocked ? `\nwhy blocked: ${blockedReasons[step.blocked.reason].summary}: ${step.blocked.words.join(' / ')}` : '';
      const server = step.server
        ? `\nthe server answers ${step.server.method} with Origin ${step.request.page} (asked from Node): ${step.server.status ?? step.server.error ?? ''} ${step.server.headers.filter(([name]) => name.toLowerCase().startsWith('access-control-') || name.toLowerCase() === 'vary').map(([name, value]) => `${name}: ${value}`).join('; ')}`
        : '';
      const preflight = step.preflightSent === null ? '' : `\npreflight sent: ${step.preflightSent ? 'yes' : 'no'}`;
      const unmeasured = step.unmeasured ? `\nnot measured: ${step.unmeasured}` : '';
      return `<pre>${escapeHtml(`step ${index + 1}: ${step.request.method} from ${step.request.page}: the page saw ${saw}${preflight}${unmeasured}${reason}${server}`)}</pre>`;
    })
    .join('');
}

export function projectHtml(result: ProjectResult, title = defaultTitle): string {
  const engines = result.engines.map((identity) => identity.engine);
  const sections = targetViews(result).map((view) => {
    const head = `<tr><th>check</th>${result.engines.map((identity) => `<th>${escapeHtml(identity.engine)}<br><small>${escapeHtml(`${identity.browser} ${identity.version}`)}</small></th>`).join('')}</tr>`;
    const rows = view.rows.map((row) => {
      const fix = failingVerdicts.has(row.verdict) ? `<div class="fix">Fix: ${escapeHtml(row.check.fix)}</div>` : '';
      const cells = engines.map((engine) => {
        const cell = row.cells[engine];
        if (!cell) return '<td class="not-measured">not run</td>';
        return `<td class="${cell.verdict}"><details><summary>${escapeHtml(cellText(cell))}</summary>${stepDetail(cell)}</details></td>`;
      });
      return `<tr><td>${escapeHtml(row.check.title)}${fix}</td>${cells.join('')}</tr>`;
    });
    return `<h2>${escapeHtml(view.target)}</h2><p>${escapeHtml(countsLine(view))}</p><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  });
  const unavailable = result.unavailable.map(({ engine, why }) => `<p>${escapeHtml(engine)} did not start: ${escapeHtml(why)}</p>`).join('');
  const settings = result.engines
    .map((identity) => `<li><b>${escapeHtml(identity.engine)}</b>: ${escapeHtml(identity.changedSettings.join('; '))}</li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${style}</style></head><body><h1>${escapeHtml(title)}</h1>${unavailable}${sections.join('')}<h2>Settings changed from each browser's defaults</h2><ul>${settings}</ul></body></html>\n`;
}

/** The run as JSON for tools (harness/report/project-schema.ts): each check once, in its row, and its cell in every engine. */
export function projectJson(result: ProjectResult, generatedAt = new Date()): string {
  const report: ProjectReport = {
    schemaVersion: projectReportSchemaVersion,
    harnessVersion,
    generatedAt: generatedAt.toISOString(),
    engines: result.engines,
    unavailable: result.unavailable,
    targets: targetViews(result).map((view) => ({
      target: view.target,
      url: view.url,
      counts: view.counts,
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
