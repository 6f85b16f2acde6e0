/**
 * Takes the pictures of the report in README.md and docs/: `npm run report:screenshot` (after a
 * run), with `-- target-view`, of the target view a run of the examples wrote (cd examples && npx
 * corsmatrix), and with `-- playground`, of the playground after a run in every engine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { plainChromiumOptions } from '../harness/engines/launch.js';
import { engineNames } from '../harness/model/engine-names.js';
import { startPlayground } from '../harness/playground/server.js';
import { defaultScenarioRoot } from '../harness/scenario/roots.js';

async function matrixPictures(page: Page): Promise<string[]> {
  await page.goto(`file://${path.resolve('reports/matrix.html')}`);
  await page.getByLabel('Only rows where engines disagree').check();
  await page.screenshot({ path: 'docs/report.png' });
  await page.locator('td.cell.known-deviation').first().click();
  await page.screenshot({ path: 'docs/report-detail.png' });
  await page.locator('#detail-close').click();
  await page.getByLabel('Only rows where engines disagree').uncheck();
  // Why a request was blocked: one cell's reason in the engine's words, then the phrasebook.
  await page.locator('table.grid tr', { hasText: 'preflight/delete-no-preflight-answer' }).locator('td.cell').nth(2).click();
  await page.locator('dialog .why').screenshot({ path: 'docs/report-why.png' });
  await page.locator('#detail-close').click();
  await page.locator('table.phrasebook tr#reason-method-not-allowed').screenshot({ path: 'docs/report-phrasebook.png' });
  return ['docs/report.png', 'docs/report-detail.png', 'docs/report-why.png', 'docs/report-phrasebook.png'];
}

async function targetViewPicture(page: Page): Promise<string[]> {
  const report = path.resolve('examples/corsmatrix-report/report.html');
  if (!existsSync(report)) throw new Error(`${report}: run the examples first (cd examples && npx corsmatrix)`);
  await page.goto(`file://${report}`);
  // The Express mistake: its unsafe rows first, one opened to show what each engine saw.
  const heading = page.locator('h2', { hasText: 'express-mistake' });
  const table = page.locator('h2:has-text("express-mistake") + p + table');
  await table.locator('td.unsafe details summary').first().click();
  await heading.evaluate((element) => element.scrollIntoView());
  await page.screenshot({ path: 'docs/target-view.png' });
  return ['docs/target-view.png'];
}

/** A preset with one request header too many for its preflight: blocked in all three, each engine's reason. */
async function playgroundPicture(page: Page): Promise<string[]> {
  const running = await startPlayground({ engines: engineNames, scenarioRoot: defaultScenarioRoot, schemaModule: path.resolve('harness/model/scenario.ts') });
  try {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(running.url);
    await page.getByPlaceholder('search the catalogue').fill('preflight/custom-header-allowed-by-name');
    await page.getByPlaceholder('search the catalogue').press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('textarea#json')?.value.includes('custom-header-allowed-by-name'));
    await page.locator('textarea[data-path="request.headers"]').fill('X-Trace: abc\nX-Other: 1');
    await page.getByRole('button', { name: 'Run in every engine' }).click();
    await page.locator('#results section.engine').nth(2).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'docs/playground.png' });
    return ['docs/playground.png'];
  } finally {
    await running.stop();
  }
}

const pictures: Record<string, (page: Page) => Promise<string[]>> = { 'target-view': targetViewPicture, playground: playgroundPicture };
const browser = await chromium.launch(plainChromiumOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  const written = await (pictures[process.argv[2] ?? ''] ?? matrixPictures)(page);
  console.log(`wrote ${written.join(', ')}`);
} finally {
  await browser.close();
}
