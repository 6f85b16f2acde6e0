/**
 * Nothing left behind: after a run, a failing run, Ctrl-C in the middle and a browser that
 * crashes, no browser, driver, Xvfb, worker or server process of that run remains and its ports
 * are free. Each case starts a real `npx playwright test` marked with an environment variable
 * that all of its descendants inherit, and counts the marked processes afterwards.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { markedProcesses, runMarkerVariable, waitForNoMarkedProcesses } from '../../harness/runner/process-scan.js';
import { readMatrix } from '../../harness/report/schema.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);

test.describe.configure({ mode: 'serial', timeout: scaled(180_000) });

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'corsmatrix-cleanup-test-'));
});
test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface NestedRun {
  marker: string;
  reportDir: string;
  output: () => string;
  /** The whole process group, as a terminal's Ctrl-C would reach it. */
  signal: (signal: NodeJS.Signals) => void;
  exited: Promise<number | null>;
}

function nestedRun(name: string, scenarios: string, projects: string[]): NestedRun {
  const marker = randomUUID();
  const reportDir = path.join(work, name);
  const child = spawn('npx', ['playwright', 'test', 'tests/browser/catalogue.spec.ts', '--workers=1', ...projects.map((p) => `--project=${p}`), `--output=${path.join(work, `${name}-results`)}`], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, [runMarkerVariable]: marker, CORSMATRIX_SCENARIOS: scenarios, CORSMATRIX_REPORT_DIR: reportDir, CORSMATRIX_BASELINE: path.join(work, 'none.json') },
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { marker, reportDir, output: () => text, signal: (signal) => process.kill(-(child.pid ?? 0), signal), exited };
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function expectNothingLeft(run: NestedRun): Promise<void> {
  const left = await waitForNoMarkedProcesses(run.marker, scaled(15_000));
  expect(left.map((p) => `${p.pid} ${p.command.slice(0, 120)}`)).toEqual([]);
}

/** The origins' ports, read from the observations of the run's report. */
function portsOf(run: NestedRun): number[] {
  const matrix = readMatrix(readFileSync(path.join(run.reportDir, 'matrix.json'), 'utf8'));
  const ports = new Set<number>();
  for (const row of matrix.rows) {
    for (const cell of Object.values(row.cells)) {
      for (const origin of Object.values(cell.observation?.origins ?? {})) ports.add(Number(new URL(origin).port));
    }
  }
  return [...ports];
}

async function expectPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    await new Promise<void>((resolve, reject) => {
      const server = net.createServer().once('error', reject);
      server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
    });
  }
}

const allEngines = ['chromium', 'firefox', 'webkit'];

test('after a passing run', async () => {
  const run = nestedRun('passing', fixture('report-scenarios'), allEngines);
  expect(await run.exited, run.output()).toBe(0);
  await expectNothingLeft(run);
  const ports = portsOf(run);
  expect(ports.length).toBeGreaterThan(0);
  await expectPortsFree(ports);
});

test('after a failing run', async () => {
  const run = nestedRun('failing', fixture('failing-scenarios'), allEngines);
  expect(await run.exited, run.output()).toBe(1);
  expect(run.output()).toContain('differs from its expectation');
  await expectNothingLeft(run);
  await expectPortsFree(portsOf(run));
});

test('after Ctrl-C (SIGINT) in the middle of a run', async () => {
  const run = nestedRun('interrupted', fixture('slow-scenarios'), ['webkit', 'chromium']);
  // Wait until the run is busy: a browser of this run is up.
  await waitFor('a browser of the run', () => markedProcesses(run.marker).find((p) => p.command.includes('--remote-debugging-pipe') || p.command.includes('MiniBrowser')), scaled(60_000));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  run.signal('SIGINT');
  await run.exited;
  await expectNothingLeft(run);
});

test('after a browser crash: that scenario fails with the reason, the run goes on, nothing is left', async () => {
  const run = nestedRun('crash', fixture('slow-scenarios'), ['chromium', 'webkit']);
  const browser = await waitFor(
    'the Chromium browser process',
    () => markedProcesses(run.marker).find((p) => p.command.includes('--remote-debugging-pipe')),
    60_000,
  );
  // Killed once it has run a scenario, not while a loaded machine is still launching it.
  await waitFor('the first Chromium scenario to end', () => (/\[chromium\] › .*slow-1/.test(run.output()) ? true : undefined), scaled(90_000));
  process.kill(browser.pid, 'SIGKILL');
  expect(await run.exited).toBe(1);
  const output = run.output();
  // Named with its process and how it ended (or, where Playwright said so first, as closed).
  expect(output).toMatch(new RegExp(`\\(pid ${browser.pid}\\) was killed by SIGKILL while corsmatrix was using it|browser has been closed`));
  // WebKit's scenarios still ran and passed after Chromium died.
  const matrix = readMatrix(readFileSync(path.join(run.reportDir, 'matrix.json'), 'utf8'));
  const webkitCells = matrix.rows.map((row) => row.cells.webkit?.status);
  expect(webkitCells).toEqual(['matches-standard', 'matches-standard', 'matches-standard', 'matches-standard']);
  await expectNothingLeft(run);
});
