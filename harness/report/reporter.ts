/**
 * The corsmatrix Playwright reporter: gathers every scenario's observation per project and
 * writes the compatibility matrix when the run ends. Registered in playwright.config.ts, so a
 * plain `npx playwright test` writes it; it also works on merged blob reports.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { cellFrom, type MatrixCell } from './collect.js';
import { buildMatrix } from './matrix.js';

export interface CorsMatrixReporterOptions {
  /** Directory for matrix.json (and the other formats); default `reports/`. */
  outputDir?: string;
}

export default class CorsMatrixReporter implements Reporter {
  readonly #cells: MatrixCell[] = [];
  readonly #outputDir: string;
  #config: FullConfig | undefined;

  constructor(options: CorsMatrixReporterOptions = {}) {
    this.#outputDir = options.outputDir ?? 'reports';
  }

  onBegin(config: FullConfig, _suite: Suite): void {
    this.#config = config;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'unknown';
    const cell = cellFrom(test, result, project);
    if (cell) this.#cells.push(cell);
  }

  onEnd(): void {
    if (this.#cells.length === 0) return;
    const base = this.#config?.configFile ? path.dirname(this.#config.configFile) : process.cwd();
    const outputDir = path.resolve(base, this.#outputDir);
    mkdirSync(outputDir, { recursive: true });
    const matrix = buildMatrix(this.#cells);
    writeFileSync(path.join(outputDir, 'matrix.json'), `${JSON.stringify(matrix, null, 2)}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
