/**
 * The playground (issue #17), driven in a real browser as its user would: a preset run in all
 * three engines, an edit that gets the request blocked with each engine's reason, a shared link,
 * a saved scenario that `npm run check` accepts, and invalid input that runs nothing. Its server
 * answers only its own page, and Ctrl-C (stop) leaves nothing running.
 */
import http from 'node:http';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { plainChromiumOptions } from '../../harness/engines/launch.js';
import { engineNames } from '../../harness/model/engine-names.js';
import { startPlayground, type RunningPlayground } from '../../harness/playground/server.js';
import { starterScenario } from '../../harness/playground/catalogue.js';
import { validateScenario } from '../../harness/catalogue/load.js';
import { portIsFree, runCommand } from './run-command.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const preset = 'preflight/custom-header-allowed-by-name';

test.describe.configure({ mode: 'serial' });

let scenarios: string;
let running: RunningPlayground;
let browser: Browser;
let page: Page;

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(scaled(120_000));
  // Presets from a copy of one catalogue file, so that a saved scenario lands in a folder of the
  // test's own (inside the project, where the test runner's loader compiles TypeScript).
  scenarios = testInfo.outputPath('scenarios');
  mkdirSync(path.join(scenarios, 'preflight'), { recursive: true });
  copyFileSync(path.join(root, 'scenarios/preflight/request-headers.ts'), path.join(scenarios, 'preflight/request-headers.ts'));
  running = await startPlayground({ engines: engineNames, scenarioRoot: scenarios, schemaModule: path.join(root, 'harness/model/scenario.ts') });
  expect(running.playground.unavailable).toEqual([]);
  browser = await chromium.launch(plainChromiumOptions());
  page = await browser.newPage();
});

test.afterAll(async () => {
  await browser?.close();
  const ports = running ? Object.values(running.playground.origins.ports) : [];
  await running?.stop();
  for (const port of [...ports, Number(new URL(running.url).port)]) expect(await portIsFree(port), `port ${port}`).toBe(true);
});

const jsonView = () => page.locator('textarea#json');
const scenarioShown = async () => JSON.parse(await jsonView().inputValue()) as Record<string, unknown>;
const engineBoxes = () => page.locator('#results section.engine');

test('a preset, run: three engines, each with its result, its trace and the expectation', async () => {
  test.setTimeout(scaled(60_000));
  await page.goto(running.url);
  await page.getByPlaceholder('search the catalogue').fill(preset);
  await page.getByPlaceholder('search the catalogue').press('Enter');
  await expect(jsonView()).toHaveValue(new RegExp(preset));
  await page.getByRole('button', { name: 'Run in every engine' }).click();
  await expect(engineBoxes()).toHaveCount(3, { timeout: scaled(30_000) });
  for (const engine of engineNames) {
    const box = page.locator(`#results section.engine[data-engine="${engine}"]`);
    await expect(box.locator('.verdict')).toHaveText('matches the standard');
    await expect(box).toContainText('preflight · sent · 200 readable');
    await expect(box).toContainText('Access-Control-Request-Headers');
    // The report's cell detail (report/cell-detail.ts), and the trace it leaves to matrix.json.
    await expect(box.locator('h4', { hasText: 'Preflight received by other' })).toHaveCount(1);
    await expect(box.locator('h4', { hasText: "What the page's JavaScript saw" })).toHaveCount(1);
    await expect(box.locator('h4', { hasText: 'Trace' })).toHaveCount(1);
  }
  await expect(page.locator('#results .expected')).toContainText('x-trace');
});

test('a header the preflight does not allow: blocked in every engine, with each engine’s reason', async () => {
  test.setTimeout(scaled(60_000));
  const headers = page.locator('textarea[data-path="request.headers"]');
  await headers.fill('X-Trace: abc\nX-Other: 1');
  expect((await scenarioShown()).request).toEqual({ api: 'fetch', method: 'GET', headers: { 'X-Trace': 'abc', 'X-Other': '1' } });
  // From the keyboard, as the button's title says.
  await page.keyboard.press('Control+Enter');
  await expect(engineBoxes().first()).toContainText('x-other', { timeout: scaled(30_000) });
  for (const engine of engineNames) {
    const box = page.locator(`#results section.engine[data-engine="${engine}"]`);
    await expect(box.locator('.verdict')).toHaveText('unexpected');
    await expect(box.locator('.why')).toContainText('Why it was blocked');
    // The engine's own words (or, where an engine prints none, the harness says so).
    await expect(box.locator('.why .words').first()).not.toBeEmpty();
    await expect(box).toContainText('preflight · not sent');
  }
});

test('the shared link reopens the same scenario', async () => {
  const edited = await scenarioShown();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/#scenario=[\w-]+$/);
  const other = await browser.newPage();
  try {
    await other.goto(link);
    await expect(other.locator('#message')).toHaveText('Opened the shared scenario.');
    expect(JSON.parse(await other.locator('textarea#json').inputValue())).toEqual(edited);
    await expect(other.locator('textarea[data-path="request.headers"]')).toHaveValue('X-Trace: abc\nX-Other: 1');
  } finally {
    await other.close();
  }
});

test('copy as code: the fetch() call and a server that answers as the scenario says', async () => {
  await page.getByLabel('Server framework').selectOption('express');
  await page.getByRole('button', { name: 'Copy as code' }).click();
  // The code comes from the server: wait for it before reading (allTextContents does not wait).
  await expect(page.locator('#code pre')).toHaveCount(2);
  const [request, server] = await page.locator('#code pre').allTextContents();
  const { origins } = running.playground.origins;
  expect(request).toContain(`// From a page at ${origins.site}`);
  expect(request).toContain(`const response = await fetch('${origins.other}/resource', {\n  headers: {\n    'X-Trace': 'abc',\n    'X-Other': '1',\n  },\n});`);
  expect(server).toContain("app.options('/resource', (req, res) => {");
  expect(server).toContain(`'Access-Control-Allow-Origin': '${origins.site}',`);
  expect(server).toContain("'Access-Control-Allow-Headers': 'X-Trace',");
  expect(server).toContain(`app.listen(${new URL(origins.other).port});`);
});

test('save as scenario: a file in the topic layout that npm run check accepts; the same id again is refused', async () => {
  test.setTimeout(scaled(60_000));
  await page.locator('input[data-path="id"]').fill('preflight/custom-header-not-listed');
  await page.locator('input[data-path="title"]').fill('A second custom header, not in Access-Control-Allow-Headers');
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  const file = path.join(scenarios, 'preflight/custom-header-not-listed.ts');
  await expect(page.locator('#message')).toContainText(`Saved as ${file}`);
  expect(readFileSync(file, 'utf8')).toContain("id: 'preflight/custom-header-not-listed'");
  const check = await runCommand(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-scenarios.ts', file], root);
  expect(check.output).toContain('1 scenarios in 1 files load; no mistakes');
  expect(check.code).toBe(0);

  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await expect(page.locator('#problems')).toContainText('"preflight/custom-header-not-listed" already exists in');
  // An id of the catalogue folder is refused too.
  await page.locator('input[data-path="id"]').fill(preset);
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await expect(page.locator('#problems')).toContainText(`"${preset}" already exists in`);
});

test("invalid input shows the loader's message and runs nothing", async () => {
  await page.locator('#results').evaluate((node) => node.replaceChildren());
  await page.locator('input[data-path="request.method"]').fill('GET X');
  await expect(page.locator('#problems')).toContainText('field "request.method": a method must be an HTTP token');
  const runs: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/run')) runs.push(request.url());
  });
  await page.getByRole('button', { name: 'Run in every engine' }).click();
  await expect(page.locator('#message')).toHaveText('Nothing was run: the scenario has mistakes (above).');
  await expect(engineBoxes()).toHaveCount(0);
  expect(runs).toEqual([]);
  // The server refuses it as well, without running it.
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 'x' }) });
    return (await response.json()) as { ok: boolean; problems: Array<{ field: string }> };
  });
  expect(answer.ok).toBe(false);
  expect(answer.problems.map((problem) => problem.field)).toContain('title');
});

test("the page's starter scenario, for a folder with no presets, is one the loader accepts", async () => {
  expect(await validateScenario(starterScenario)).toEqual({ scenario: expect.objectContaining({ id: 'playground/put-allowed' }) });
});

/** A POST with exactly these headers (fetch would not let a test set Host). */
function rawPost(url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end('{}');
  });
}

test('the server answers only its own page: another host or a cross-origin form post is refused', async () => {
  const url = new URL('api/save', running.url);
  // A DNS-rebinding page would send its own host name.
  expect(await rawPost(url, { Host: `attacker.test:${url.port}`, 'Content-Type': 'application/json' })).toBe(403);
  // What another site's page can send without a preflight: a text/plain POST.
  expect(await rawPost(url, { 'Content-Type': 'text/plain', Origin: 'http://attacker.test' })).toBe(415);
  expect(await rawPost(url, { 'Content-Type': 'application/json', Origin: 'http://attacker.test' })).toBe(403);
  // Its own page's request passes the guard (and is refused by the loader: {} is no scenario).
  expect(await rawPost(url, { 'Content-Type': 'application/json', Origin: url.origin })).toBe(200);
});

test("the expectation fills in from the standard's model as the scenario changes, and says where the model stops", async () => {
  test.setTimeout(scaled(60_000));
  const fromModel = page.locator('#from-model');
  const modelNote = page.locator('#model');
  // A preset keeps its own expectation until the box is ticked.
  await expect(fromModel).not.toBeChecked();
  await fromModel.check();
  await jsonView().fill(
    JSON.stringify({
      id: 'playground/model-fill',
      title: 'A PUT whose preflight answer lists no methods',
      reference: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
      page: 'site',
      target: 'other',
      request: { api: 'fetch', method: 'PUT' },
      preflight: { status: 204, headers: { 'Access-Control-Allow-Origin': '{page}' } },
      response: { status: 200, headers: { 'Access-Control-Allow-Origin': '{page}' } },
      expected: { preflight: false, request: true, page: 'network-error' },
    }),
  );
  // The JSON view is not rewritten while it has the focus.
  await jsonView().blur();
  await expect(modelNote).toContainText("Filled in from the standard's model");
  await expect.poll(async () => (await scenarioShown()).expected).toEqual({ preflight: { method: 'PUT', headers: null }, request: false, page: 'network-error', blocked: 'method-not-allowed' });
  // The preflight now allows PUT: the expectation follows, and every engine meets it.
  await page.locator('textarea[data-path="preflight.headers"]').fill('Access-Control-Allow-Origin: {page}\nAccess-Control-Allow-Methods: PUT');
  await expect.poll(async () => (await scenarioShown()).expected).toMatchObject({ preflight: { method: 'PUT' }, request: { method: 'PUT', origin: '{page}' }, page: { status: 200, type: 'cors', bodyReadable: true } });
  await page.getByRole('button', { name: 'Run in every engine' }).click();
  await expect(engineBoxes()).toHaveCount(3, { timeout: scaled(30_000) });
  for (const engine of engineNames) await expect(page.locator(`#results section.engine[data-engine="${engine}"] .verdict`)).toHaveText('matches the standard');
  // Where the model stops, it says so and leaves the expectation alone.
  await page.locator('select[data-path="request.api"]').selectOption('websocket');
  await expect(modelNote).toContainText(/does not reach|once the loader accepts/);
  // An expectation chosen by hand is the user's.
  await page.locator('select[data-path="request.api"]').selectOption('fetch');
  await page.locator('select[data-path="expected.blocked"]').selectOption(JSON.stringify('method-not-allowed'));
  await expect(fromModel).not.toBeChecked();
  await expect(modelNote).toContainText('The expectation is yours');
});
