/**
 * The matrix report, end to end: a real run of a small catalogue writes HTML, Markdown and JSON;
 * the JSON matches its published schema; two shards merged with `playwright merge-reports` give
 * the same matrix as one run; and the HTML works in a real browser (grid, filter, detail).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { plainChromiumOptions } from '../../harness/engines/launch.js';
import type { Matrix } from '../../harness/report/matrix.js';
import { mergeBaseline, type Baseline } from '../../harness/report/baseline.js';
import { matrixJsonSchema } from '../../harness/report/schema.js';
import { renderHtml } from '../../harness/report/html.js';
import { readMatrix as parseMatrix } from '../../harness/report/schema.js';
import { scaled } from '../../harness/pace.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures/report-scenarios');
const reporter = path.join(root, 'harness/report/reporter.ts');
const projects = ['--project=chromium', '--project=webkit'];

let work: string;

test.describe.configure({ mode: 'serial', timeout: scaled(180_000) });

test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'corsmatrix-report-test-'));
});

test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

async function playwright(args: string[], env: Record<string, string>): Promise<string> {
  const { stdout } = await run('npx', ['playwright', ...args], {
    cwd: root,
    env: { ...process.env, CORSMATRIX_SCENARIOS: fixtures, CORSMATRIX_BASELINE: path.join(work, 'no-baseline.json'), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** A plain Chromium page for looking at a report, collecting the page's uncaught errors. */
async function openReportBrowser(): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await chromium.launch(plainChromiumOptions());
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { browser, page, errors };
}

function readMatrix(directory: string): Matrix {
  return parseMatrix(readFileSync(path.join(directory, 'matrix.json'), 'utf8'));
}

/** What must be equal between runs: cells and engines, not ports, tokens or timings. */
function comparable(matrix: Matrix) {
  return {
    columns: matrix.columns.map((c) => `${c.project} ${c.browser} ${c.version} ${c.driver.replace(/:\d+/g, '')}`).sort(),
    rows: matrix.rows.map((row) => ({
      id: row.id,
      divergent: row.divergent,
      cells: Object.fromEntries(Object.entries(row.cells).map(([project, cell]) => [project, `${cell.status}: ${cell.summary}`])),
    })),
  };
}

test('one run writes HTML, Markdown and JSON; the JSON matches the published schema', async () => {
  const out = path.join(work, 'single');
  await playwright(['test', ...projects, 'tests/browser/catalogue.spec.ts', `--output=${path.join(work, 'results-single')}`], { CORSMATRIX_REPORT_DIR: out });
  for (const file of ['matrix.html', 'matrix.md', 'matrix.json']) expect(existsSync(path.join(out, file)), file).toBe(true);
  const matrix = readMatrix(out);
  const parsed = matrixJsonSchema.safeParse(matrix);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  expect(matrix.rows.map((row) => row.id).sort()).toEqual(['report/authorization-wildcard', 'report/missing', 'report/only-webkit-measured', 'report/star']);
  const wildcard = matrix.rows.find((row) => row.id === 'report/authorization-wildcard');
  expect(wildcard?.cells.chromium?.status).toBe('known-deviation');
  expect(matrix.rows.find((row) => row.id === 'report/only-webkit-measured')?.cells.chromium?.status).toBe('not-run');
  const markdown = readFileSync(path.join(out, 'matrix.md'), 'utf8');
  // Rows where engines disagree come first.
  expect(markdown.indexOf('report/authorization-wildcard')).toBeLessThan(markdown.indexOf('report/star'));
  // A scenario that leaves `expected` out is checked against the model's, and every view says so.
  const missing = matrix.rows.find((row) => row.id === 'report/missing');
  expect(missing?.expectedByModel).toEqual([0]);
  expect(missing?.cells.chromium?.status).toBe('matches-standard');
  expect(markdown).toContain("| `report/missing` (expected: the Fetch standard's model) |");
  expect(matrix.rows.filter((row) => row.expectedByModel !== undefined).map((row) => row.id)).toEqual(['report/missing']);
  expect(readFileSync(path.join(out, 'matrix.html'), 'utf8')).toContain('<div class="by-model"');
});

test('two shards merged from blob reports give the same matrix as one run', async () => {
  // As on two machines: each shard writes its own blob report, then they are gathered in one place.
  const blobs = path.join(work, 'blobs');
  mkdirSync(blobs);
  for (const shard of ['1/2', '2/2']) {
    const name = shard.replace('/', '-');
    await playwright(['test', ...projects, 'tests/browser/catalogue.spec.ts', `--shard=${shard}`, '--reporter=blob', `--output=${path.join(work, `results-${name}`)}`], {
      PLAYWRIGHT_BLOB_OUTPUT_DIR: path.join(work, `blob-${name}`),
    });
    for (const file of readdirSync(path.join(work, `blob-${name}`))) copyFileSync(path.join(work, `blob-${name}`, file), path.join(blobs, file));
  }
  const merged = path.join(work, 'merged');
  await playwright(['merge-reports', `--reporter=${reporter}`, blobs], { CORSMATRIX_REPORT_DIR: merged });
  expect(comparable(readMatrix(merged))).toEqual(comparable(readMatrix(path.join(work, 'single'))));
});

test('the HTML report works in a real browser: grid, divergence filter, cell detail', async () => {
  const { browser, page, errors } = await openReportBrowser();
  try {
    await page.goto(`file://${path.join(work, 'single', 'matrix.html')}`);
    const matrix = readMatrix(path.join(work, 'single'));
    const chromiumColumn = matrix.columns.find((c) => c.project === 'chromium');
    await expect(page.locator('table.grid thead th', { hasText: 'chromium' }).first()).toContainText(chromiumColumn?.version ?? 'missing');
    await expect(page.locator('tbody tr[data-divergent]')).toHaveCount(4);
    await expect(page.locator('.summary')).toContainText('4 scenarios');

    await page.getByLabel('Only rows where engines disagree').check();
    await expect(page.locator('tbody tr[data-divergent]:visible')).toHaveCount(1);
    await expect(page.locator('tbody tr[data-divergent]:visible')).toContainText('report/authorization-wildcard');
    await page.getByLabel('Only rows where engines disagree').uncheck();

    await page.locator('tr', { hasText: 'report/star' }).locator('td.cell').first().click();
    const dialog = page.locator('dialog#detail');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Request received by other');
    await expect(dialog).toContainText("What the page's JavaScript saw");
    await expect(dialog).toContainText("The scenario's answer at other");
    // Long header values are folded until clicked.
    await expect(dialog.locator('.value.folded').first()).toBeVisible();
    await page.locator('#detail-close').click();

    // Why it was blocked: the short reason in the cell, the engine's own words in the detail.
    const missing = page.locator('table.grid tr', { hasText: 'report/missing' });
    for (const project of ['chromium', 'firefox', 'webkit']) {
      const index = matrix.columns.findIndex((column) => column.project === project);
      if (index === -1) continue;
      await expect(missing.locator('td.cell').nth(index)).toContainText('blocked: Access-Control-Allow-Origin missing');
    }
    await missing.locator('td.cell').first().click();
    await expect(dialog.locator('.why')).toContainText('Why it was blocked: Access-Control-Allow-Origin missing (allow-origin-missing), request at hop 0');
    const words = matrix.rows.find((row) => row.id === 'report/missing')?.cells[matrix.columns[0]?.project ?? '']?.observation?.steps[0]?.blocked?.words ?? [];
    expect(words.length).toBeGreaterThan(0);
    await expect(dialog.locator('.why .words').first()).toHaveText(words[0] ?? 'none');
    await page.locator('#detail-close').click();
    // The phrasebook lists the reason with each engine's message.
    const phrase = page.locator('table.phrasebook tr#reason-allow-origin-missing');
    await expect(phrase).toContainText('allow-origin-missing');
    if (matrix.columns.some((column) => column.project === 'chromium')) await expect(phrase).toContainText("No 'Access-Control-Allow-Origin' header is present");
    if (matrix.columns.some((column) => column.project === 'firefox')) await expect(phrase).toContainText('CORS header ‘Access-Control-Allow-Origin’ missing');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("the HTML report parses only the opened cell's detail, whatever characters it holds", async () => {
  const matrix = readMatrix(path.join(work, 'single'));
  // Characters that would shift the cells' offsets or end the script element if mishandled.
  const tricky = (id: string) => `${id} — 🟡 “quoted” </script><b>not bold</b> \u2028 \r\n end`;
  const rows = matrix.rows.map((row) => ({
    ...row,
    cells: Object.fromEntries(Object.entries(row.cells).map(([project, cell]) => [project, { ...cell, reason: tricky(`${row.id}@${project}`) }])),
  }));
  const file = path.join(work, 'tricky.html');
  writeFileSync(file, renderHtml({ ...matrix, rows }));
  const { browser, page, errors } = await openReportBrowser();
  try {
    await page.goto(`file://${file}`);
    const cells = page.locator('table.grid td.cell[data-cell]');
    const count = await cells.count();
    expect(count).toBeGreaterThan(3);
    const dialog = page.locator('dialog#detail');
    for (let i = 0; i < count; i++) {
      await cells.nth(i).click();
      // The dialog opens once this cell's detail is in it (its chunk is unpacked asynchronously).
      await expect(dialog).toBeVisible();
      const heading = (await dialog.locator('h2').textContent()) ?? '';
      const [scenarioId, project] = heading.split(' in ');
      await expect(dialog).toContainText(tricky(`${scenarioId}@${project}`));
      await page.locator('#detail-close').click();
    }
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a baseline recorded from part of the catalogue replaces only the cells that run had', () => {
  const cell = (summary: string) => ({ summary, status: 'matches-standard' as const, browser: 'b', version: '1' });
  const previous: Baseline = { schemaVersion: 1, recordedAt: 'then', harnessVersion: '0', cells: { a: { chromium: cell('a1'), firefox: cell('a2') }, b: { chromium: cell('b1') } } };
  const current: Baseline = { schemaVersion: 1, recordedAt: 'now', harnessVersion: '1', cells: { a: { chromium: cell('a1 changed') }, c: { webkit: cell('c1') } } };
  expect(mergeBaseline(previous, current)).toEqual({
    schemaVersion: 1,
    recordedAt: 'now',
    harnessVersion: '1',
    // Recorded without Firefox, which the row had: marked (see differences.test.ts).
    cells: { a: { chromium: { ...cell('a1 changed'), recordedAlone: true }, firefox: cell('a2') }, b: { chromium: cell('b1') }, c: { webkit: cell('c1') } },
  });
});
