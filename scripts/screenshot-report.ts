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
await browser.close();
console.log('wrote docs/report.png and docs/report-detail.png');
