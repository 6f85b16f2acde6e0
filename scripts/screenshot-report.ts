/** Takes the README's picture of the report: npm run report:screenshot (after a run). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { systemBrowsers } from '../harness/engines/launch.js';

const executablePath = existsSync(chromium.executablePath()) ? undefined : systemBrowsers.chromium;
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
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
await browser.close();
console.log('wrote docs/report.png, docs/report-detail.png, docs/report-why.png and docs/report-phrasebook.png');
