/**
 * npm run bench: how fast and how big a full run is, against the project's targets.
 *
 * Measures, per engine: browser start-up; a raw floor (the catalogue's requests made from one
 * already-open page, no test runner, no per-scenario navigation); the harness in-process (one
 * runScenario after another, no test runner); and real `npx playwright test` runs per engine and
 * for all engines (and the variants) at 1 and 2 workers, with peak memory of the harness and the
 * browsers; the interactive latency of one scenario in three warm engines at once, in process and
 * through the playground's API; the time to
 * bring all origins up; and a 3,000-row HTML report's size and its open, filter and detail times
 * in Chromium. Each figure is printed beside its target and the previous run's value (read from
 * the previous reports/bench.json, then replaced). Figures only: nothing here fails on a timing.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchEngine, plainChromiumOptions, type EngineConfig } from '../harness/engines/launch.js';
import type { BrowserEngine } from '../harness/engines/types.js';
import { startOrigins, type RunningOrigins } from '../harness/origins/servers.js';
import { renderHtml } from '../harness/report/html.js';
import type { Matrix } from '../harness/report/matrix.js';
import { probeRequest, runScenario } from '../harness/runner/run.js';
import { markedProcesses, runMarkerVariable } from '../harness/runner/process-scan.js';
import { loadCatalogue, type LoadedScenario } from '../harness/catalogue/load.js';
import { buildPlan } from '../harness/scenario/plan.js';
import { ownPageUrl, scenarioUrl } from '../harness/model/urls.js';
import { defaultScenarioRoot } from '../harness/scenario/roots.js';
import { startPlayground } from '../harness/playground/server.js';
import { readMatrix } from '../harness/report/schema.js';
import { configSchema } from '../harness/own-server/config.js';
import { runProject } from '../harness/own-server/session.js';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'chromium,firefox,webkit' },
    'skip-runs': { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: 'reports/bench.json' },
  },
});
const engines = (values.engines ?? '').split(',').filter(Boolean) as EngineConfig['engine'][];
// `--only report,playground` measures those parts alone; the others keep their previous figures.
const parts = ['origins', 'engines', 'interactive', 'playground', 'project', 'runs', 'report'] as const;
const only = values.only?.split(',');
const unknownPart = only?.find((part) => !(parts as readonly string[]).includes(part));
if (unknownPart !== undefined) throw new Error(`npm run bench: --only takes ${parts.join(', ')}, not "${unknownPart}"`);
const measures = (part: (typeof parts)[number]) => (only ? only.includes(part) : part !== 'runs' || !values['skip-runs']);
const allEngines = engines.length === 3;

const benchReason = 'npm run bench times the origins and the raw in-page floor without a test runner';

/** One printed figure: its value, the target where the project has one, and the previous run's value. */
interface Figure {
  label: string;
  value: number;
  unit: string;
  target?: number;
}
const figures: Record<string, Figure> = {};
const previousResults: Record<string, unknown> & { figures?: Record<string, Figure> } = (() => {
  const file = values.out ?? 'reports/bench.json';
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
})();
const previousFigures = previousResults.figures ?? {};

function figure(key: string, label: string, value: number, unit: string, target?: number): void {
  figures[key] = { label, value, unit, ...(target === undefined ? {} : { target }) };
  const goal = target === undefined ? '' : ` | target <= ${target} ${unit}: ${value <= target ? 'met' : `MISSED by ${round(value - target)} ${unit}`}`;
  const before = previousFigures[key];
  const change = before === undefined ? ' | previous: none' : ` | previous ${before.value} ${unit}${before.value > 0 ? ` (${value >= before.value ? '+' : ''}${round(((value - before.value) / before.value) * 100, 0)}%)` : ''}`;
  console.log(`  ${label}: ${value} ${unit}${goal}${change}`);
}

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024, 0);

/**
 * What Ctrl-C or a kill must stop before the bench exits: its browsers (each engine's close also
 * stops its driver and Xvfb), its origins and its nested test runs.
 */
const stopOnInterrupt = new Set<() => Promise<unknown>>();
function stopIfInterrupted(stop: () => Promise<unknown>): () => void {
  stopOnInterrupt.add(stop);
  return () => stopOnInterrupt.delete(stop);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\ncorsmatrix bench: ${signal}; stopping the browsers, origins and test runs it started`);
    void Promise.allSettled([...stopOnInterrupt].map((stop) => stop())).finally(() => process.exit(130));
  });
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** The floor: every scenario's requests from one open page per page origin, nothing in between. */
async function rawFloor(engine: BrowserEngine, origins: RunningOrigins, scenarios: LoadedScenario[]): Promise<number[]> {
  const session = await engine.newSession();
  const times: number[] = [];
  try {
    const byPage = new Map<string, LoadedScenario[]>();
    for (const loaded of scenarios) byPage.set(loaded.scenario.page, [...(byPage.get(loaded.scenario.page) ?? []), loaded]);
    for (const [page, group] of byPage) {
      const tokens = group.map((loaded, i) => `bench-floor-${i}-${randomUUID().slice(0, 8)}`);
      group.forEach((loaded, i) => origins.plans.register(buildPlan(loaded.scenario, tokens[i] as string, origins.origins)));
      await session.goto(ownPageUrl(origins.origins[page as keyof typeof origins.origins], tokens[0] as string));
      for (const [i, loaded] of group.entries()) {
        const { scenario } = loaded;
        const url = scenarioUrl(origins.origins, scenario.target, tokens[i] as string, 0);
        const started = performance.now();
        await session.probe(probeRequest(scenario.request, url, 5000));
        for (const step of scenario.then) {
          if (step.waitAfterLastPreflightMs) await new Promise((resolve) => setTimeout(resolve, step.waitAfterLastPreflightMs));
          await session.probe(probeRequest(step.request ?? scenario.request, url, 5000));
        }
        times.push(performance.now() - started);
        origins.plans.unregister(tokens[i] as string);
        origins.log.release(tokens[i] as string);
      }
    }
  } finally {
    await session.close();
  }
  return times;
}

interface RunFigures {
  label: string;
  wallSeconds: number;
  tests: number;
  perTestMs: { median: number; p95: number };
  peakHarnessRssMb: number;
  peakBrowsersRssMb: number;
  exitCode: number | null;
}

interface PlaywrightJsonReport {
  suites: PlaywrightJsonSuite[];
}
interface PlaywrightJsonSuite {
  suites?: PlaywrightJsonSuite[];
  specs?: Array<{ tests: Array<{ projectName: string; results: Array<{ duration: number; status: string }> }> }>;
}

function testDurations(report: PlaywrightJsonReport): number[] {
  const out: number[] = [];
  const walk = (suite: PlaywrightJsonSuite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) for (const r of t.results) if (r.status === 'passed') out.push(r.duration);
    for (const child of suite.suites ?? []) walk(child);
  };
  report.suites.forEach(walk);
  return out;
}

/** A real `npx playwright test` over the catalogue, sampling the memory of all its processes. */
async function playwrightRun(label: string, args: string[]): Promise<RunFigures> {
  const marker = randomUUID();
  const jsonFile = path.join(os.tmpdir(), `corsmatrix-bench-${marker}.json`);
  const started = performance.now();
  const child = spawn('npx', ['playwright', 'test', 'tests/browser/catalogue.spec.ts', '--reporter=json', `--output=${path.join(os.tmpdir(), `corsmatrix-bench-${marker}`)}`, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, [runMarkerVariable]: marker, PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile },
  });
  // The runner cleans up after SIGINT as after Ctrl-C (tests/harness/cleanup.test.ts).
  const forget = stopIfInterrupted(() => new Promise((resolve) => child.once('exit', resolve).kill('SIGINT')));
  let peakHarness = 0;
  let peakBrowsers = 0;
  const sampler = setInterval(() => {
    let browsers = 0;
    for (const p of markedProcesses(marker)) {
      // The runner and its workers are node processes; everything else belongs to a browser.
      if (/(^|\/)node(\s|$)|npx|playwright/.test(p.command.split(' ')[0] ?? '') || p.command.startsWith('node ')) peakHarness = Math.max(peakHarness, p.rss);
      else browsers += p.rss;
    }
    peakBrowsers = Math.max(peakBrowsers, browsers);
  }, 250);
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  forget();
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  const durations = existsSync(jsonFile) ? testDurations(JSON.parse(readFileSync(jsonFile, 'utf8')) as PlaywrightJsonReport) : [];
  return {
    label,
    wallSeconds: round(wallSeconds),
    tests: durations.length,
    perTestMs: { median: round(median(durations), 0), p95: round(percentile(durations, 95), 0) },
    peakHarnessRssMb: mb(peakHarness),
    peakBrowsersRssMb: mb(peakBrowsers),
    exitCode,
  };
}

/** A synthetic report of `rowCount` rows (the real run's rows repeated): size, render, open, filter and detail. */
async function reportFigures(rowCount: number): Promise<Record<string, number>> {
  const source = 'reports/matrix.json';
  if (!existsSync(source)) return {};
  const real = readMatrix(readFileSync(source, 'utf8'));
  const template = real.rows.filter((row) => Object.keys(row.cells).length > 0);
  if (template.length === 0) return {};
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const row = template[i % template.length] as Matrix['rows'][number];
    // Cells of their own, as a real report has: the page embeds each cell object once.
    return { ...row, id: `${row.id}-${i}`, cells: Object.fromEntries(Object.entries(row.cells).map(([project, cell]) => [project, { ...cell }])) };
  });
  const matrix: Matrix = { ...real, rows };
  const [html, renderMs] = await timed(async () => renderHtml(matrix));
  const file = path.join(os.tmpdir(), `corsmatrix-bench-${rowCount}.html`);
  writeFileSync(file, html);
  const browser = await chromium.launch(plainChromiumOptions());
  const forget = stopIfInterrupted(() => browser.close());
  try {
    const page = await browser.newPage();
    const [, loadMs] = await timed(() => page.goto(`file://${file}`, { waitUntil: 'load' }).then(() => undefined));
    // In-page times, so that Playwright's own round trips do not count.
    const filterMs = await page.evaluate(async () => {
      const started = performance.now();
      const box = document.getElementById('only-divergent') as HTMLInputElement;
      box.click();
      document.body.getBoundingClientRect();
      await new Promise(requestAnimationFrame);
      const ms = performance.now() - started;
      box.click();
      return ms;
    });
    const detailMs = await page.evaluate(async () => {
      const cells = document.querySelectorAll<HTMLElement>('td.cell[data-cell]');
      const dialog = document.getElementById('detail') as HTMLDialogElement;
      const started = performance.now();
      cells[cells.length - 1]?.click();
      // The detail is unpacked asynchronously: wait until the dialog shows it.
      while (!dialog.open) await new Promise(requestAnimationFrame);
      document.body.getBoundingClientRect();
      await new Promise(requestAnimationFrame);
      return performance.now() - started;
    });
    return { rows: rowCount, htmlMegabytes: round(html.length / 1024 / 1024, 1), renderInNodeMs: round(renderMs, 0), loadInChromiumMs: round(loadMs, 0), filterMs: round(filterMs, 0), openDetailMs: round(detailMs, 0) };
  } finally {
    forget();
    await browser.close();
  }
}

/** Scenarios spread over the catalogue that every engine measures, without waits on purpose. */
function interactiveSample(names: readonly EngineConfig['engine'][], scenarios: LoadedScenario[], samples: number): LoadedScenario[] {
  const eligible = scenarios.filter(
    ({ scenario }) =>
      !scenario.notMeasured.some((entry) => names.includes(entry.engine)) &&
      scenario.timeoutMs === undefined &&
      !scenario.then.some((step) => step.waitAfterLastPreflightMs !== undefined),
  );
  const step = Math.max(1, Math.floor(eligible.length / samples));
  return eligible.filter((_, i) => i % step === 0).slice(0, samples);
}

/**
 * The playground as its page uses it, engines warm: from the Run request to the answer with
 * every engine's result (validation, the runs, the comparison, HTTP on both sides).
 */
async function playgroundLatency(names: EngineConfig['engine'][], scenarios: LoadedScenario[], samples: number): Promise<number[]> {
  const running = await startPlayground({ engines: names, scenarioRoot: defaultScenarioRoot, schemaModule: path.resolve('harness/model/scenario.ts') });
  const forget = stopIfInterrupted(() => running.stop());
  const headers = { 'Content-Type': 'application/json' };
  try {
    const picked = interactiveSample(names, scenarios, samples);
    const inputs = await Promise.all(picked.map(async ({ scenario }) => (await fetch(new URL(`api/preset?id=${encodeURIComponent(scenario.id)}`, running.url))).text()));
    await fetch(new URL('api/run', running.url), { method: 'POST', headers, body: inputs[0] });
    const times: number[] = [];
    for (const body of inputs) {
      const [, ms] = await timed(async () => (await fetch(new URL('api/run', running.url), { method: 'POST', headers, body })).json());
      times.push(ms);
    }
    return times;
  } finally {
    forget();
    await running.stop();
  }
}

/**
 * What a playground run costs: one scenario in all engines at once, origins and browsers warm,
 * from the request to the last engine's result. Scenarios that wait on purpose are left out.
 */
async function interactiveLatency(engines: BrowserEngine[], origins: RunningOrigins, scenarios: LoadedScenario[], samples: number): Promise<number[]> {
  const picked = interactiveSample(engines.map((engine) => engine.identity.engine), scenarios, samples);
  // One round first, so that each engine's shared page exists, as it would in a warm playground.
  for (const loaded of picked.slice(0, 1)) await Promise.all(engines.map((engine) => runScenario(loaded, engine, origins)));
  const times: number[] = [];
  for (const loaded of picked) {
    const [, ms] = await timed(() => Promise.all(engines.map((engine) => runScenario(loaded, engine, origins))));
    times.push(ms);
  }
  return times;
}

// With --only, the parts not measured keep their previous results, so that the file stays whole.
const results: Record<string, unknown> = { ...(only ? previousResults : {}), machine: { cpus: os.cpus().length, memoryGb: round(os.totalmem() / 2 ** 30, 0), node: process.version } };
const catalogue = await loadCatalogue([defaultScenarioRoot]);
console.log(`corsmatrix bench: ${catalogue.scenarios.length} scenarios, engines ${engines.join(', ')}, ${os.cpus().length} cores`);

// Origins.
const upTimes: number[] = [];
for (let i = 0; i < (measures('origins') ? 5 : 0); i++) {
  const [origins, ms] = await timed(() => startOrigins({ outsideTestRun: benchReason }));
  upTimes.push(ms);
  await origins.stop();
}
if (measures('origins')) {
  results.originsUpMs = { median: round(median(upTimes)), max: round(Math.max(...upTimes)) };
  console.log('origins');
  figure('originsUpMedianMs', 'all origins up, median', round(median(upTimes)), 'ms', 300);
}

// Per engine, in-process.
const perEngine: Record<string, unknown> = {};
const origins = await startOrigins({ outsideTestRun: benchReason });
const forgetOrigins = stopIfInterrupted(() => origins.stop());
for (const name of measures('engines') ? engines : []) {
  const scenarios = catalogue.scenarios.filter((s) => !s.scenario.notMeasured.some((n) => n.engine === name));
  const [engine, launchMs] = await timed(() => launchEngine({ engine: name }, name));
  const forget = stopIfInterrupted(() => engine.close());
  try {
    const floor = await rawFloor(engine, origins, scenarios);
    const harness: number[] = [];
    const [, harnessWallMs] = await timed(async () => {
      for (const loaded of scenarios) {
        const [, ms] = await timed(() => runScenario(loaded, engine, origins));
        harness.push(ms);
      }
    });
    const figures = {
      browser: `${engine.identity.browser} ${engine.identity.version}`,
      launchMs: round(launchMs, 0),
      floorMsPerScenario: { median: round(median(floor)), p95: round(percentile(floor, 95)) },
      harnessInProcessMsPerScenario: { median: round(median(harness)), p95: round(percentile(harness, 95)) },
      harnessInProcessWallSeconds: round(harnessWallMs / 1000),
      ratioToFloor: round(median(harness) / median(floor), 2),
    };
    perEngine[name] = figures;
    console.log(`${name} (${figures.browser}), in process`);
    figure(`${name}.launchMs`, 'browser start-up', figures.launchMs, 'ms');
    figure(`${name}.floorMedianMs`, 'raw floor, median per scenario', figures.floorMsPerScenario.median, 'ms');
    figure(`${name}.harnessMedianMs`, 'harness, median per scenario', figures.harnessInProcessMsPerScenario.median, 'ms');
    figure(`${name}.harnessP95Ms`, 'harness, p95 per scenario', figures.harnessInProcessMsPerScenario.p95, 'ms');
    figure(`${name}.ratioToFloor`, 'ratio of harness to floor', figures.ratioToFloor, '×', 2);
  } finally {
    forget();
    await engine.close();
  }
}
if (measures('engines')) results.inProcess = perEngine;

// Interactive latency: all engines warm at once.
if (measures('interactive')) {
  const warm: BrowserEngine[] = [];
  const closeWarm = () => Promise.all(warm.map((engine) => engine.close()));
  stopOnInterrupt.add(closeWarm);
  try {
    for (const name of engines) warm.push(await launchEngine({ engine: name }, name));
    const times = await interactiveLatency(warm, origins, catalogue.scenarios, 40);
    results.interactiveMs = { samples: times.length, median: round(median(times), 0), p95: round(percentile(times, 95), 0) };
    console.log(`one scenario in ${engines.join(', ')} at once, warm (${times.length} scenarios)`);
    figure('interactiveMedianMs', 'request to all results, median', round(median(times), 0), 'ms', 300);
    figure('interactiveP95Ms', 'request to all results, p95', round(percentile(times, 95), 0), 'ms');
  } finally {
    stopOnInterrupt.delete(closeWarm);
    await closeWarm();
  }
}
forgetOrigins();
await origins.stop();

if (measures('playground')) {
  const times = await playgroundLatency(engines, catalogue.scenarios, 20);
  results.playgroundMs = { samples: times.length, median: round(median(times), 0), p95: round(percentile(times, 95), 0) };
  console.log(`the playground: Run to all ${engines.length} results, warm (${times.length} presets)`);
  figure('playgroundMedianMs', 'Run to all results, median', round(median(times), 0), 'ms', 1000);
  figure('playgroundP95Ms', 'Run to all results, p95', round(percentile(times, 95), 0), 'ms');
}

// `npx corsmatrix` on a generated target: a correct server for a policy without credentials, its
// checks run twice in all engines at once, each check in a fresh profile (as until 2026-12-07),
// then the uncredentialed ones sharing a profile. Cells per second of the checks (the engines'
// start-up left out), and the cells whose verdict differs between the two (there must be none).
if (measures('project')) {
  const allowed = ['http://app.example.com', 'http://admin.example.com'];
  const server = http.createServer((req, res) => {
    const origin = req.headers.origin ?? '';
    res.setHeader('Vary', 'Origin');
    if (allowed.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'X-Request-Id');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'X-Trace');
        res.setHeader('Access-Control-Max-Age', '600');
      }
    }
    res.setHeader('X-Request-Id', '42');
    res.statusCode = req.method === 'OPTIONS' ? 204 : new URL(req.url ?? '/', 'http://x').pathname === '/orders' ? 200 : 404;
    res.end(req.method === 'OPTIONS' ? undefined : 'ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const forgetServer = stopIfInterrupted(() => new Promise((resolve) => server.close(resolve)));
  try {
    const { port } = server.address() as AddressInfo;
    const config = configSchema.parse({
      pages: allowed,
      engines,
      targets: [{ name: 'bench', url: `http://127.0.0.1:${port}`, paths: [{ path: '/orders', allowedOrigins: allowed, methods: ['PUT', 'DELETE'], requestHeaders: ['X-Trace'], exposedHeaders: ['X-Request-Id'], maxAge: 600 }] }],
    });
    const measured: Array<{ label: string; cells: number; seconds: number; verdicts: Map<string, string> }> = [];
    for (const [label, freshProfiles] of [['a fresh profile per check', true], ['uncredentialed checks share a profile', false]] as const) {
      // The checks start after the last start-up line; progress lines stop until the first check ends.
      let checksFrom = Date.now();
      let lastDone = checksFrom;
      let started = false;
      const result = await runProject(config, process.cwd(), {
        step: () => {
          if (!started) checksFrom = Date.now();
        },
        checkDone: () => {
          started = true;
          lastDone = Date.now();
        },
      }, { freshProfiles });
      const verdicts = new Map(result.observations.map((observation) => [`${observation.check.id} | ${observation.engine.engine}`, observation.verdict]));
      measured.push({ label, cells: result.observations.length, seconds: (lastDone - checksFrom) / 1000, verdicts });
    }
    const [before, after] = measured as [(typeof measured)[0], (typeof measured)[0]];
    const changed = [...before.verdicts].filter(([key, verdict]) => after.verdicts.get(key) !== verdict).map(([key, verdict]) => `${key}: ${verdict} -> ${after.verdicts.get(key) ?? 'none'}`);
    results.project = { cells: after.cells, runs: measured.map(({ label, cells, seconds }) => ({ label, cells, seconds: round(seconds), cellsPerSecond: round(cells / seconds, 1) })), changed };
    console.log(`npx corsmatrix on a generated target without credentials: ${after.cells} cells in ${engines.join(', ')} at once`);
    figure('project.freshCellsPerSecond', `${before.label}: cells per second`, round(before.cells / before.seconds, 1), '/s');
    figure('project.sharedCellsPerSecond', `${after.label}: cells per second`, round(after.cells / after.seconds, 1), '/s');
    figure('project.speedUp', 'shared over fresh (issue #34 asks at least 3)', round(before.seconds / after.seconds, 2), '×');
    console.log(`    cells whose verdict differs between the two: ${changed.length === 0 ? 'none' : changed.join('; ')}`);
  } finally {
    forgetServer();
    await new Promise((resolve) => server.close(resolve));
  }
}

// Real runs through the test runner. The whole-run target grows with the catalogue (#16: 90 s
// for 429 scenarios, scaled once the catalogue more than doubled).
if (measures('runs')) {
  const runs: RunFigures[] = [];
  for (const name of engines) runs.push(await playwrightRun(`${name}, 2 workers`, [`--project=${name}`, '--workers=2']));
  const variants = allEngines ? ['--project=*-*'] : [];
  const all = [...engines.map((e) => `--project=${e}`), ...variants];
  runs.push(await playwrightRun('all engines, 1 worker', [...all, '--workers=1']));
  runs.push(await playwrightRun('all engines, 2 workers', [...all, '--workers=2']));
  const growth = catalogue.scenarios.length / 429;
  const wholeRunTarget = round(90 * (growth > 2 ? growth : 1), 0);
  console.log(`npx playwright test (the target for the whole run: 90 s, or 90 s x scenarios / 429 = ${wholeRunTarget} s once the catalogue more than doubled)`);
  for (const run of runs) {
    const key = run.label.replace(/[^a-z0-9]+/gi, '-');
    const whole = run.label === 'all engines, 2 workers';
    figure(`run.${key}.wallSeconds`, `${run.label}${whole && allEngines ? ' and the variants' : ''}: wall`, run.wallSeconds, 's', whole ? wholeRunTarget : undefined);
    figure(`run.${key}.peakHarnessRssMb`, `${run.label}: harness processes, peak RSS`, run.peakHarnessRssMb, 'MB', 300);
    console.log(`    ${run.tests} scenarios passed, ${round(run.tests / run.wallSeconds, 1)}/s, per test median ${run.perTestMs.median} ms, p95 ${run.perTestMs.p95} ms; browsers peak RSS ${run.peakBrowsersRssMb} MB (exit ${run.exitCode})`);
  }
  results.runs = runs;
}

const report = measures('report') ? await reportFigures(3000) : {};
if (measures('report')) results.report3000Rows = report;
if (report.rows) {
  console.log(`report with ${report.rows} rows x ${engines.length} engines (rows of reports/matrix.json repeated)`);
  figure('report.htmlMegabytes', 'matrix.html size', report.htmlMegabytes ?? NaN, 'MB');
  figure('report.renderInNodeMs', 'rendered in Node', report.renderInNodeMs ?? NaN, 'ms');
  figure('report.loadMs', 'opened in Chromium', report.loadInChromiumMs ?? NaN, 'ms', 1000);
  figure('report.filterMs', 'divergence filter', report.filterMs ?? NaN, 'ms', 200);
  figure('report.detailMs', "a cell's detail", report.openDetailMs ?? NaN, 'ms', 200);
}
results.figures = { ...(only ? previousFigures : {}), ...figures };

mkdirSync(path.dirname(values.out ?? 'reports/bench.json'), { recursive: true });
writeFileSync(values.out ?? 'reports/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`corsmatrix bench: figures in ${values.out}`);
