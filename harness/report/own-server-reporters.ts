/**
 * Where a `npx corsmatrix` run's results go, chosen with `--reporter`: the report files (HTML,
 * Markdown, JSON), the JSON on stdout for a pipe, JUnit XML for a CI system's test view, and
 * GitHub Actions workflow commands (annotations on the config's lines, the Markdown in the step
 * summary). Each is rendered from the same target views as the report itself.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import escapeHtml from 'escape-html';
import { engineNames } from '../model/engine-names.js';
import { acceptedStatusText } from '../own-server/accepted.js';
import { failsAt, type FailOn } from '../own-server/exit-codes.js';
import { checkVerdictLabels, failingVerdicts } from '../own-server/observation.js';
import type { ProjectResult } from '../own-server/session.js';
import { checkStatus, projectHtml, projectJson, projectMarkdown, targetViews } from './own-server.js';
import { stepSummary } from './step-summary.js';

export const projectReporters = ['html', 'markdown', 'json', 'json-stdout', 'junit', 'github'] as const;
export type ProjectReporter = (typeof projectReporters)[number];
export const defaultProjectReporters: ProjectReporter[] = ['html', 'markdown', 'json'];

/** The files each file reporter writes into the output directory. */
export const reporterFiles: Partial<Record<ProjectReporter, string>> = { html: 'report.html', markdown: 'report.md', json: 'report.json', junit: 'junit.xml' };

/** XML has no escape for most control characters: they are dropped (an engine's message may hold one). */
const xml = (text: string) => escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));

/**
 * JUnit XML: a test suite per target, a test case per check and engine (classname
 * `corsmatrix.<target>.<engine>`, name the check's id). A failing cell is a failure with the fix;
 * an accepted or not-measured cell is skipped with why.
 */
export function projectJunit(result: ProjectResult, failOn: FailOn = 'failed', generatedAt = new Date()): string {
  type Case = { outcome: 'passed' | 'failure' | 'skipped'; xml: string };
  const totals = { tests: 0, failure: 0, skipped: 0 };
  const suites = targetViews(result).map((view) => {
    const cases = view.rows.flatMap((row) =>
      engineNames.flatMap((engine): Case[] => {
        const cell = row.cells[engine];
        if (!cell) return [];
        const status = checkStatus(cell);
        const open = `<testcase classname="corsmatrix.${xml(view.target)}.${engine}" name="${xml(row.check.id)}" time="${(cell.durationMs / 1000).toFixed(3)}">`;
        if (status === 'accepted') return [{ outcome: 'skipped', xml: `${open}<skipped message="${xml(`accepted (${checkVerdictLabels[cell.verdict]}): ${cell.accepted?.reason ?? ''}`)}"/></testcase>` }];
        if (status === 'not-measured') return [{ outcome: 'skipped', xml: `${open}<skipped message="${xml(`not measured: ${cell.error ?? cell.steps.find((step) => step.unmeasured)?.unmeasured ?? ''}`)}"/></testcase>` }];
        if (!failsAt(failOn, cell.verdict)) return [{ outcome: 'passed', xml: `${open}</testcase>` }];
        const reason = cell.steps.map((step) => step.blocked?.words.join(' / ')).find((words) => words) ?? cell.error ?? '';
        const body = `${row.check.title}\nFix: ${row.check.fix}${reason ? `\nThe engine's words: ${reason}` : ''}\nURL: ${cell.url}`;
        return [{ outcome: 'failure', xml: `${open}<failure type="${cell.verdict}" message="${xml(`${checkVerdictLabels[cell.verdict]}: ${row.check.title}`)}">${xml(body)}</failure></testcase>` }];
      }),
    );
    const count = (outcome: Case['outcome']) => cases.filter((testCase) => testCase.outcome === outcome).length;
    totals.tests += cases.length;
    totals.failure += count('failure');
    totals.skipped += count('skipped');
    const seconds = view.rows.flatMap((row) => Object.values(row.cells)).reduce((sum, cell) => sum + cell.durationMs, 0) / 1000;
    return `  <testsuite name="${xml(view.target)}" tests="${cases.length}" failures="${count('failure')}" errors="0" skipped="${count('skipped')}" time="${seconds.toFixed(3)}" timestamp="${generatedAt.toISOString()}">\n${cases.map((testCase) => `    ${testCase.xml}`).join('\n')}\n  </testsuite>`;
  });
  // XML comments may not hold "--".
  const unavailable = result.unavailable.map(({ engine, why }) => `  <!-- ${engine} did not start: ${xml(why).replace(/--/g, '- -')} -->\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="corsmatrix" tests="${totals.tests}" failures="${totals.failure}" errors="0" skipped="${totals.skipped}">\n${unavailable}${suites.join('\n')}\n</testsuites>\n`;
}

/** A workflow command's message, and its properties, escaped as the runner reads them. */
const commandData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const commandProperty = (text: string) => commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The line of the config that declares a path of a target: the first line after the target's
 * name that quotes the path, else the name's line, else the first line.
 */
export function configLine(configText: string, target: string, policyPath: string): number {
  const lines = configText.split('\n');
  const quoted = (value: string) => (line: string) => [`'${value}'`, `"${value}"`, `\`${value}\``].some((form) => line.includes(form));
  const nameLine = lines.findIndex(quoted(target));
  const pathLine = lines.findIndex((line, index) => index >= Math.max(nameLine, 0) && quoted(policyPath)(line));
  return (pathLine >= 0 ? pathLine : Math.max(nameLine, 0)) + 1;
}

/** GitHub shows at most 10 annotations of each level per step: the rest are summed up in the last. */
const annotationsPerLevel = 10;

/**
 * GitHub Actions workflow commands: an error for each row that fails the run (a warning for one
 * that fails below `--fail-on`), on the config line of its path, and a warning for each accepted
 * finding that expired or no longer occurs.
 */
export function githubAnnotations(result: ProjectResult, failOn: FailOn, config: { file: string; text: string }, acceptedFile?: string): string[] {
  const file = commandProperty(path.relative(process.cwd(), config.file) || config.file);
  const byLevel: Record<'error' | 'warning', string[]> = { error: [], warning: [] };
  for (const view of targetViews(result)) {
    for (const row of view.rows) {
      const failing = Object.values(row.cells).filter((cell) => checkStatus(cell) !== 'accepted' && failingVerdicts.has(cell.verdict));
      if (failing.length === 0) continue;
      const level = failing.some((cell) => failsAt(failOn, cell.verdict)) ? 'error' : 'warning';
      // A check's id is `<target><policy's path> <kind> …` (harness/own-server/checks.ts).
      const policyPath = row.check.id.slice(view.target.length).split(' ')[0] ?? '/';
      const line = configLine(config.text, view.target, policyPath);
      const engines = failing.map((cell) => `${cell.engine.engine}: ${checkVerdictLabels[cell.verdict]}`).join(', ');
      byLevel[level].push(`::${level} file=${file},line=${line},title=${commandProperty(`corsmatrix ${view.target}: ${row.check.title}`)}::${commandData(`${engines}\nFix: ${row.check.fix}`)}`);
    }
  }
  for (const entry of result.accepted ?? []) {
    if (entry.status === 'expired' || entry.status === 'not-occurring' || entry.status === 'unknown-check') {
      const where = acceptedFile ? `file=${commandProperty(path.relative(process.cwd(), acceptedFile) || acceptedFile)},` : '';
      byLevel.warning.push(`::warning ${where}title=${commandProperty(`corsmatrix accepted finding: ${entry.check}`)}::${commandData(acceptedStatusText[entry.status])}`);
    }
  }
  return (['error', 'warning'] as const).flatMap((level) => {
    const all = byLevel[level];
    if (all.length <= annotationsPerLevel) return all;
    const shown = all.slice(0, annotationsPerLevel - 1);
    return [...shown, `::${level} title=corsmatrix::${commandData(`and ${all.length - shown.length} more; the step summary and the report list them all`)}`];
  });
}

export interface ReportOptions {
  reporters: readonly ProjectReporter[];
  dir: string;
  title?: string;
  failOn?: FailOn;
  /** The config, for the GitHub annotations' lines. */
  config?: { file: string; text: string };
  acceptedFile?: string;
  /** Where workflow commands and JSON go (process.stdout). */
  stdout?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
  /** The config's secret values (auth headers): struck out of everything written, wherever one turns up. */
  secrets?: readonly string[];
}

/** The text with every secret replaced by a mark that says what it was. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((redacted, secret) => redacted.replaceAll(secret, '(secret)'), text);
}

/** Every chosen reporter's output: the files into `dir`, the rest to stdout and GitHub's files. */
export async function emitProjectReports(result: ProjectResult, options: ReportOptions): Promise<string[]> {
  const failOn = options.failOn ?? 'failed';
  // The checks never hold a secret; a server or an engine may still echo one into what is written.
  const clean = (text: string) => redact(text, options.secrets ?? []);
  const write = options.stdout ?? ((text: string) => process.stdout.write(text));
  const stdout = (text: string) => write(clean(text));
  const env = options.env ?? process.env;
  const written: string[] = [];
  const file = async (reporter: ProjectReporter, text: string) => {
    const name = reporterFiles[reporter];
    if (!name || !options.reporters.includes(reporter)) return;
    await mkdir(options.dir, { recursive: true });
    await writeFile(path.join(options.dir, name), clean(text));
    written.push(path.join(options.dir, name));
  };
  await file('html', projectHtml(result, options.title));
  await file('markdown', projectMarkdown(result, options.title));
  await file('json', projectJson(result));
  await file('junit', projectJunit(result, failOn));
  if (options.reporters.includes('json-stdout')) stdout(projectJson(result));
  if (options.reporters.includes('github')) {
    if (options.config) for (const line of githubAnnotations(result, failOn, options.config, options.acceptedFile)) stdout(`${line}\n`);
    if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, clean(stepSummary(projectMarkdown(result, options.title), '`--reporter markdown` writes it to report.md')));
  }
  return written;
}
