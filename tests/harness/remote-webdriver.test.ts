/**
 * Remote WebDriver endpoints that serve a fixed number of sessions (safaridriver and
 * WebKitWebDriver serve one): the configuration, waiting for a busy endpoint, the message when
 * it stays busy, and a real catalogue slice through a WebKitWebDriver at the default worker count.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { test, expect } from '@playwright/test';
import { systemBrowsers } from '../../harness/engines/launch.js';
import { startProcess } from '../../harness/engines/processes.js';
import { remoteWebDriverConfig, remoteWorkerLimit } from '../../harness/engines/remote/remote.js';
import { WebDriverClient, WebDriverEngine, type WebDriverEngineOptions } from '../../harness/engines/drivers/webdriver.js';
import { startXvfb } from '../../harness/engines/webkit/xvfb.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loopback = '127.0.0.1';

test('the endpoints, their sessions and the capabilities come from the environment, and a mistake names its variable', () => {
  expect(remoteWebDriverConfig('webkit', {})).toBeUndefined();
  expect(
    remoteWebDriverConfig('webkit', {
      CORSMATRIX_WEBKIT_WEBDRIVER_URL: 'http://127.0.0.1:4444, http://127.0.0.1:4445',
      CORSMATRIX_WEBKIT_MAX_SESSIONS: '2',
    }),
  ).toMatchObject({ endpoints: ['http://127.0.0.1:4444', 'http://127.0.0.1:4445'], maxSessionsPerEndpoint: 2, capabilities: { browserName: 'safari' } });
  expect(remoteWorkerLimit('webkit', { CORSMATRIX_WEBKIT_WEBDRIVER_URL: 'http://a:1,http://b:2', CORSMATRIX_WEBKIT_MAX_SESSIONS: '3' })).toBe(6);
  expect(remoteWorkerLimit('chromium', { CORSMATRIX_CHROMIUM_WEBDRIVER_URL: 'http://grid:4444' })).toBe(1);
  expect(() => remoteWebDriverConfig('webkit', { CORSMATRIX_WEBKIT_WEBDRIVER_URL: '127.0.0.1:4444' })).toThrow(/^CORSMATRIX_WEBKIT_WEBDRIVER_URL="127.0.0.1:4444" is not valid/);
  expect(() => remoteWebDriverConfig('webkit', { CORSMATRIX_WEBKIT_WEBDRIVER_URL: 'http://a:1', CORSMATRIX_WEBKIT_MAX_SESSIONS: '0' })).toThrow(
    /^CORSMATRIX_WEBKIT_MAX_SESSIONS="0" is not valid/,
  );
  expect(() => remoteWebDriverConfig('webkit', { CORSMATRIX_WEBKIT_WEBDRIVER_URL: 'http://a:1', CORSMATRIX_WEBKIT_CAPABILITIES: '{browserName:1}' })).toThrow(
    /^CORSMATRIX_WEBKIT_CAPABILITIES="\{browserName:1\}" is not valid: not JSON/,
  );
  // A malformed setting leaves the worker count alone; the launcher reports the mistake.
  expect(remoteWorkerLimit('webkit', { CORSMATRIX_WEBKIT_WEBDRIVER_URL: 'nonsense' })).toBeUndefined();
});

/**
 * A stand-in driver that serves one session at a time and refuses others as WebKitWebDriver does.
 * `answerFirstAfterMs`: the first session opens at once but is answered late, like a MiniBrowser
 * that starts slowly on a loaded machine; a client that gave up on it leaves the driver busy.
 */
async function oneSessionDriver({ answerFirstAfterMs = 0 } = {}): Promise<{ endpoint: string; refusals: () => number; current: () => string | undefined; close: () => void }> {
  let open: string | undefined;
  let count = 0;
  let refusals = 0;
  const driver = http.createServer((request, response) => {
    request.resume();
    const answer = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
    if (request.method === 'GET' && request.url === '/status') return answer(200, { ready: open === undefined });
    if (request.method === 'POST' && request.url === '/session') {
      if (open !== undefined) {
        refusals++;
        return answer(500, { error: 'session not created', message: 'Maximum number of active sessions', stacktrace: '' });
      }
      open = `session-${++count}`;
      const created = { sessionId: open, capabilities: { browserName: 'StandIn', browserVersion: '1.0' } };
      if (count === 1 && answerFirstAfterMs > 0) return void setTimeout(() => answer(200, created), answerFirstAfterMs);
      return answer(200, created);
    }
    if (request.method === 'DELETE' && request.url === `/session/${open}`) {
      open = undefined;
      return answer(200, null);
    }
    answer(404, { error: 'unknown command', message: `${request.method} ${request.url}` });
  });
  await new Promise<void>((resolve) => driver.listen(0, loopback, resolve));
  return {
    endpoint: `http://${loopback}:${(driver.address() as net.AddressInfo).port}`,
    refusals: () => refusals,
    current: () => open,
    close: () => {
      driver.closeAllConnections();
      driver.close();
    },
  };
}

function standInOptions(endpoints: string[], sessionWaitMs: number): WebDriverEngineOptions {
  return {
    clients: endpoints.map((endpoint) => new WebDriverClient(endpoint)),
    capabilities: {},
    identity: { engine: 'webkit', variant: undefined, project: 'webkit', driver: 'stand-in', executable: 'stand-in', changedSettings: [] },
    owned: [],
    sessionWaitMs,
    busyHint: 'the hint for the user',
  };
}

test('a second engine on a one-session endpoint waits for the first to close, then gets a session', async () => {
  const driver = await oneSessionDriver();
  try {
    const first = await WebDriverEngine.start(standInOptions([driver.endpoint], 5_000));
    const second = WebDriverEngine.start(standInOptions([driver.endpoint], 5_000));
    await expect.poll(driver.refusals).toBeGreaterThan(1);
    await first.close();
    const engine = await second;
    expect(engine.identity.browser).toBe('StandIn');
    // A fresh profile replaces the shared session on the same endpoint, within the one-session limit.
    const fresh = await engine.newSession();
    await fresh.close();
    await engine.close();
  } finally {
    driver.close();
  }
});

test('with a list of endpoints, a second engine takes the free one without waiting', async () => {
  const [a, b] = await Promise.all([oneSessionDriver(), oneSessionDriver()]);
  try {
    const first = await WebDriverEngine.start(standInOptions([a.endpoint, b.endpoint], 0));
    const second = await WebDriverEngine.start(standInOptions([a.endpoint, b.endpoint], 0));
    expect(a.refusals() + b.refusals()).toBe(1);
    await Promise.all([first.close(), second.close()]);
  } finally {
    a.close();
    b.close();
  }
});

test('an endpoint that stays busy: the wait ends with the driver\'s refusal and what to change', async () => {
  const driver = await oneSessionDriver();
  try {
    const first = await WebDriverEngine.start(standInOptions([driver.endpoint], 0));
    const started = Date.now();
    await expect(WebDriverEngine.start(standInOptions([driver.endpoint], 700))).rejects.toThrow(
      `WebDriver ${driver.endpoint} refused a session: "Maximum number of active sessions"; still refused after waiting 1 s for a free session. the hint for the user`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(driver.refusals()).toBeGreaterThan(2);
    await first.close();
  } finally {
    driver.close();
  }
});

test('a catalogue slice with fresh sessions through one WebKitWebDriver as the remote endpoint, at the default worker count', async () => {
  const { webkitDriver, miniBrowser } = systemBrowsers;
  test.skip(!existsSync(webkitDriver) || !existsSync(miniBrowser), `no WebKitWebDriver or MiniBrowser (${webkitDriver}, ${miniBrowser})`);
  // Generous: the nested run competes with the rest of the suite for two cores; speed is the bench's business.
  test.setTimeout(scaled(420_000));
  const work = mkdtempSync(path.join(tmpdir(), 'corsmatrix-remote-test-'));
  const display = await startXvfb();
  const port = await getPort({ host: loopback });
  const driver = startProcess(webkitDriver, [`--port=${port}`, '--host=local'], { env: { ...process.env, DISPLAY: display.display } });
  try {
    const endpoint = `http://${loopback}:${port}`;
    await new WebDriverClient(endpoint).waitUntilReady(10_000);
    // credentials/ has scenarios that need a fresh session (cookies) and ones that share one.
    const child = spawn('npx', ['playwright', 'test', '--project=webkit', '-g', 'credentials/', '--reporter=line', `--output=${path.join(work, 'results')}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        CORSMATRIX_WORKERS: '',
        CORSMATRIX_REPORT_DIR: path.join(work, 'report'),
        CORSMATRIX_BASELINE: path.join(work, 'none.json'),
        CORSMATRIX_WEBKIT_WEBDRIVER_URL: endpoint,
        CORSMATRIX_WEBKIT_CAPABILITIES: JSON.stringify({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } }),
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    expect(output).toMatch(/Running \d+ tests using 1 worker/);
    expect(output).toMatch(/\d{2,} passed/);
    expect(output).not.toMatch(/failed|flaky|skipped/);
  } finally {
    await driver.stop();
    await display.stop();
    rmSync(work, { recursive: true, force: true });
  }
});

test('with drivers of its own, an endpoint left holding a session given up on is replaced at once, not waited for', async () => {
  // One driver whose first session answers after the attempt gave up (it then holds the driver
  // for good), one that already holds a session nobody will close.
  const late = await oneSessionDriver({ answerFirstAfterMs: 1_500 });
  const leftOver = await oneSessionDriver();
  await new WebDriverClient(leftOver.endpoint).command('POST', 'session', { capabilities: {} });
  const drivers = [late, leftOver];
  const replaced: string[] = [];
  const options: WebDriverEngineOptions = {
    ...standInOptions([late.endpoint, leftOver.endpoint], 20_000),
    sessionStartTimeoutMs: 400,
    openAhead: true,
    replaceEndpoint: async (client) => {
      replaced.push(client.endpoint);
      drivers.find((driver) => driver.endpoint === client.endpoint)?.close();
      const fresh = await oneSessionDriver();
      drivers.push(fresh);
      return new WebDriverClient(fresh.endpoint);
    },
  };
  try {
    const started = Date.now();
    // Which driver is asked first depends on the worker (TEST_PARALLEL_INDEX): the late one is
    // replaced after one attempt given up on (0.4 s), the other as soon as it refuses while
    // holding no session of the engine's, well within the 20 s a busy endpoint is waited for.
    const engine = await WebDriverEngine.start(options);
    expect(engine.identity.browser).toBe('StandIn');
    await expect.poll(() => [...replaced].sort()).toEqual([late.endpoint, leftOver.endpoint].sort());
    await expect.poll(() => drivers.slice(2).map((driver) => driver.current())).toEqual(['session-1', 'session-1']);
    expect(Date.now() - started).toBeLessThan(5_000);
    const fresh = await engine.newSession();
    await fresh.close();
    await engine.close();
    expect(drivers.slice(2).map((driver) => driver.current())).toEqual([undefined, undefined]);
  } finally {
    for (const driver of drivers) driver.close();
  }
});

test('with drivers of its own (WebKitGTK), the next fresh session is opened before a run asks for it', async () => {
  const a = await oneSessionDriver();
  const b = await oneSessionDriver();
  const sessions = () => [a.current(), b.current()].sort();
  try {
    const engine = await WebDriverEngine.start({ ...standInOptions([a.endpoint, b.endpoint], 5_000), openAhead: true });
    // The shared session on one driver, the next one already open on the other.
    await expect.poll(sessions).toEqual(['session-1', 'session-1']);
    await engine.newSession();
    // The fresh profile is the one opened ahead; the shared session's driver opens the next.
    await expect.poll(sessions).toEqual(['session-1', 'session-2']);
    await engine.close();
    expect(sessions()).toEqual([undefined, undefined]);
  } finally {
    a.close();
    b.close();
  }
});
