/**
 * The corsmatrix Playwright reporter: gathers every scenario's observation per project and
 * writes the compatibility matrix (HTML, Markdown, JSON) when the run ends, compared with the
 * baseline if one is recorded. Registered in playwright.config.ts, so a plain
 * `npx playwright test` writes it; `npx playwright merge-reports` with the same reporter builds
 * the whole matrix from sharded blob reports (scripts/merge-shards.sh, which then applies the
 * same gates, harness/report/gates.ts, since merge-reports exits 0 whatever a reporter decides).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { compareWithBaseline, readBaseline } from './baseline.js';
import { cellFrom, type MatrixCell } from './collect.js';
import { ownTrace } from './differences.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { failOnChangeFromEnv, matrixGates } from './gates.js';
import { stepSummary } from './step-summary.js';
import { buildMatrix, missingColumnText } from './matrix.js';
import { slownessNote } from '../pace.js';

export interface CorsMatrixReporterOptions {
  /** Directory for matrix.html, matrix.md and matrix.json; default `reports/`. */
  outputDir?: string;
  /** Baseline to compare with; default `baseline/matrix.json`. */
  baseline?: string;
  /** Fail the run when a cell changed since the baseline (CORSMATRIX_FAIL_ON_CHANGE=1 also sets it). */
  failOnChange?: boolean;
}

/** What must be the same in every repetition of a cell: its status and what it did (ownTrace). */
function repetitionSummary(cell: MatrixCell): string {
  return cell.observation ? `${cell.status} ${ownTrace(cell.observation)}` : cell.status;
}

export default class CorsMatrixReporter implements Reporter {
  readonly #cells = new Map<string, MatrixCell>();
  /** Every summary seen per cell, to find cells that vary between repetitions. */
  readonly #seen = new Map<string, Set<string>>();
  readonly #outcomes = new Map<string, TestResult['status']>();
  readonly #options: Required<CorsMatrixReporterOptions>;
  #root = process.cwd();

  constructor(options: CorsMatrixReporterOptions = {}) {
    this.#options = {
      outputDir: process.env.CORSMATRIX_REPORT_DIR ?? options.outputDir ?? 'reports',
      baseline: process.env.CORSMATRIX_BASELINE ?? options.baseline ?? 'baseline/matrix.json',
      failOnChange: failOnChangeFromEnv(options.failOnChange),
    };
  }

  onBegin(config: FullConfig): void {
    if (config.configFile) this.#root = path.dirname(config.configFile);
    const note = slownessNote();
    if (note) console.log(`corsmatrix: ${note}`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#outcomes.set(`${test.id}#${test.repeatEachIndex}`, result.status);
    const cell = cellFrom(test, result, test.parent.project()?.name ?? 'unknown');
    if (!cell) return;
    const key = `${cell.scenarioId}@${cell.project}`;
    // With --repeat-each, the first observation of a cell stands for it; the rest are compared.
    if (!this.#cells.has(key)) this.#cells.set(key, cell);
    this.#seen.set(key, (this.#seen.get(key) ?? new Set()).add(repetitionSummary(cell)));
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const status of this.#outcomes.values()) {
      if (status === 'passed') counts.passed++;
      else if (status === 'skipped') counts.skipped++;
      else counts.failed++;
    }
    let status: FullResult['status'] | undefined;
    if (this.#cells.size > 0) {
      const outputDir = path.resolve(this.#root, this.#options.outputDir);
      mkdirSync(outputDir, { recursive: true });
      const matrix = buildMatrix([...this.#cells.values()]);
      matrix.unstableCells = [...this.#seen.entries()].filter(([, summaries]) => summaries.size > 1).map(([key]) => key);
      const baselineFile = path.resolve(this.#root, this.#options.baseline);
      const baseline = readBaseline(baselineFile);
      if (baseline) {
        matrix.baseline = { file: path.relative(this.#root, baselineFile), recordedAt: baseline.recordedAt, ...compareWithBaseline(baseline, matrix) };
      }
      const markdown = renderMarkdown(matrix);
      writeFileSync(path.join(outputDir, 'matrix.json'), `${JSON.stringify(matrix, null, 2)}\n`);
      writeFileSync(path.join(outputDir, 'matrix.md'), markdown);
      writeFileSync(path.join(outputDir, 'matrix.html'), renderHtml(matrix));
      if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, stepSummary(markdown, `${path.relative(this.#root, outputDir) || '.'}/matrix.md`));
      const relative = path.relative(process.cwd(), outputDir) || '.';
      console.log(`\ncorsmatrix: ${matrix.rows.length} scenarios; matrix in ${relative}/matrix.html, .md and .json`);
      // A column that measured nothing, once, with the reason (its cells are skipped, not failed, when it could not start).
      for (const missing of matrix.missingColumns) console.log(`corsmatrix: ${missingColumnText(missing)}`);
      if (matrix.unstableCells.length > 0) console.log(`corsmatrix: ${matrix.unstableCells.length} cells varied between repetitions: ${matrix.unstableCells.join(', ')}`);
      const gates = matrixGates(matrix, { failOnChange: this.#options.failOnChange });
      for (const line of gates.lines) console.log(line);
      if (gates.failed && result.status === 'passed') status = 'failed';
    }
    // A closing line any CI log reader understands.
    console.log(`corsmatrix: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    return status ? { status } : undefined;
  }

  printsToStdio(): boolean {
    return false;
  }
}
