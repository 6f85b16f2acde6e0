/**
 * Faults the harness must survive and explain: a target that resets the connection, one that
 * never answers, a port another process took first, a browser that never connects to its
 * WebDriver driver, and a start outside a test run. (A browser that dies mid-run is in
 * cleanup.test.ts.) Also that the shared profile's pages skip navigation only where isolation allows it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { chromium, test, expect } from '@playwright/test';
import { launchEngine, systemBrowsers } from '../../harness/engines/launch.js';
import type { BrowserEngine, BrowserSession } from '../../harness/engines/types.js';
import { WebDriverClient, WebDriverEngine, type WebDriverEngineOptions } from '../../harness/engines/drivers/webdriver.js';
import { loopback, startOrigins, testWorkerVariable, type RunningOrigins } from '../../harness/origins/servers.js';
import { needsFreshProfile, runScenario, ScenarioRun } from '../../harness/runner/run.js';
import { headerPairs } from '../../harness/scenario/consistency.js';
import { loadCatalogue, type LoadedScenario } from '../../harness/catalogue/load.js';
import { defaultScenarioRoot } from '../../harness/scenario/roots.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = existsSync(chromium.executablePath()) ? chromium.executablePath() : systemBrowsers.chromium;

let origins: RunningOrigins;
test.beforeAll(async () => {
  origins = await startOrigins();
});
test.afterAll(async () => {
  await origins.stop();
});

/** Holds a loopback port, as another program on the machine would. */
async function occupyPort(): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, loopback, resolve));
  return server;
}

test('a port that another process took first: the origins choose another', async () => {
  const squatter = await occupyPort();
  const taken = (squatter.address() as net.AddressInfo).port;
  let offered = 0;
  // The first offer is the taken port, as when another process binds it between choosing and listening.
  const own = await startOrigins({
    choosePort: async () => (offered++ === 0 ? taken : getPort({ host: loopback })),
  });
  try {
    expect(offered).toBeGreaterThan(Object.keys(own.ports).length);
    expect(Object.values(own.ports)).not.toContain(taken);
    // The origin on the re-chosen port answers.
    const status = await new Promise<number>((resolve, reject) =>
      http.get({ host: loopback, port: own.ports.http, path: '/__corsmatrix/page', headers: { host: `site.localhost:${own.ports.http}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject),
    );
    expect(status).toBe(200);
  } finally {
    await own.stop();
    squatter.close();
  }
});

test('the origins refuse to start outside a test run, and say how a script opts in', () => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env[testWorkerVariable];
  const script = "import { startOrigins } from './harness/origins/servers.ts'; await startOrigins();";
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8', timeout: scaled(30_000) });
  expect(child.status).not.toBe(0);
  expect(child.stderr).toContain('start only inside a test run');
  expect(child.stderr).toContain('outsideTestRun');
});

test('a stalled request is released when its run ends, so no connection outlives the run', async () => {
  const token = 'stall-release';
  await origins.plans.register({
    token,
    scenarioId: 'test',
    cookies: [],
    pageHeaders: [],
    hops: [{ origin: 'other', preflight: undefined, response: { status: 200, headers: [], body: '', bodyEncoding: 'utf8', fault: 'stall' } }],
  });
  const ended = new Promise<string>((resolve) => {
    const request = http.get({ host: loopback, port: origins.ports.http, path: `/s/${token}/0`, headers: { host: `other.localhost:${origins.ports.http}` } }, () =>
      resolve('answered'),
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
  // Arrived, and still unanswered a moment later.
  await expect.poll(() => origins.log.forToken(token).length).toBe(1);
  const early = await Promise.race([ended, new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
  expect(early).toBe('waiting');
  await origins.plans.unregister(token);
  expect(await ended).toMatch(/ECONNRESET|socket hang up/);
  origins.log.release(token);
});

test('a browser that never connects to its WebDriver driver: the session start is retried, then given up with a reason', async () => {
  // A stand-in driver: the first session request hangs, as WebKitWebDriver does when MiniBrowser never connects.
  let sessionRequests = 0;
  let answered = 2; // which session request gets an answer; the others hang
  const driver = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/session') return void response.writeHead(404).end('{}');
    request.resume();
    if (++sessionRequests !== answered) return;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ value: { sessionId: 'second', capabilities: { browserName: 'StandIn', browserVersion: '1.0' } } }));
  });
  await new Promise<void>((resolve) => driver.listen(0, loopback, resolve));
  const endpoint = `http://${loopback}:${(driver.address() as net.AddressInfo).port}`;
  const options: WebDriverEngineOptions = {
    clients: [new WebDriverClient(endpoint)],
    capabilities: {},
    identity: { engine: 'webkit', variant: undefined, project: 'webkit', driver: 'stand-in', executable: 'stand-in', changedSettings: [] },
    owned: [],
    sessionStartTimeoutMs: 300,
  };
  try {
    const engine = await WebDriverEngine.start(options);
    expect(sessionRequests).toBe(2);
    expect(engine.identity.browser).toBe('StandIn');
    answered = 0; // from now on every session request hangs
    await expect(engine.newSession()).rejects.toThrow(`WebDriver ${endpoint}: no browser session after 2 attempts of 300 ms each`);
    expect(sessionRequests).toBe(4);
  } finally {
    driver.closeAllConnections();
    driver.close();
  }
});

test.describe('in a browser', () => {
  let engine: BrowserEngine;
  let scenarios: Map<string, LoadedScenario>;
  test.beforeAll(async () => {
    test.skip(!existsSync(chromiumPath) && !process.env.CI, `no Chromium at ${chromiumPath}`);
    scenarios = new Map((await loadCatalogue([defaultScenarioRoot])).scenarios.map((loaded) => [loaded.scenario.id, loaded]));
    engine = await launchEngine({ engine: 'chromium' }, 'chromium');
  });
  test.afterAll(async () => {
    await engine?.close();
  });
  const scenario = (id: string): LoadedScenario => {
    const loaded = scenarios.get(id);
    if (!loaded) throw new Error(`no scenario ${id} in the catalogue`);
    return loaded;
  };

  test('a target that never answers: the scenario times out and the note names the origin that stalled', async () => {
    const observation = await runScenario(scenario('faults/stall-preflight'), engine, origins);
    expect(observation.steps[0]?.page.result).toBe('timeout');
    expect(observation.verdict).toBe('matches-standard');
    expect(observation.notes).toEqual([expect.stringMatching(/^step 0: origin "other" received OPTIONS \/s\/\S+ and did not answer within 1000 ms$/)]);
  });

  test('a target that resets the connection: a network error, and a note that says it was the server', async () => {
    const observation = await runScenario(scenario('faults/reset-response'), engine, origins);
    expect(observation.steps[0]?.page.result).toBe('network-error');
    expect(observation.notes).toEqual([expect.stringMatching(/^step 0: origin "other" reset the connection on GET \/s\/\S+, as the scenario declares/)]);
  });

  test('a run released in the middle (its test timed out) leaves no plan behind, and cannot be observed again', async () => {
    const run = await ScenarioRun.start(scenario('faults/stall-response'), engine, origins);
    expect(origins.plans.get(run.token)).toBeDefined();
    const observing = run.observe();
    // The stalled response is in flight when the fixture's teardown releases the run.
    await expect.poll(() => origins.log.forToken(run.token).length).toBeGreaterThan(0);
    await run.release();
    await run.release();
    expect(origins.plans.get(run.token)).toBeUndefined();
    expect(origins.log.forToken(run.token)).toEqual([]);
    await observing.catch(() => undefined);
    await expect(run.observe()).rejects.toThrow(`scenario run ${run.token} has no session: it was released`);
  });

  test('each page origin has a page of the shared profile, which stays on its document between runs, except after a stall or for a page of its own', async () => {
    const visited: string[] = [];
    const pages = new Map<string, BrowserSession>();
    /** The engine's shared page for an origin, its navigations counted as origin and path. */
    const counted = async (origin = ''): Promise<BrowserSession> => {
      const shared = await engine.sharedSession(origin);
      const known = pages.get(origin);
      if (known) return known;
      const session: BrowserSession = {
        goto: async (url) => {
          visited.push(`${new URL(url).origin}${new URL(url).pathname}`);
          await shared.goto(url);
        },
        probe: (request) => shared.probe(request),
        evaluate: <T,>(expression: string) => shared.evaluate<T>(expression),
        takeMessages: (wait) => shared.takeMessages(wait),
        close: () => shared.close(),
      };
      pages.set(origin, session);
      return session;
    };
    const runner: BrowserEngine = {
      identity: engine.identity,
      get failure() {
        return engine.failure;
      },
      newSession: (grant) => engine.newSession(grant),
      grantablePermissions: engine.grantablePermissions,
      sessionLimit: engine.sessionLimit,
      sharedSession: counted,
      discardShared: () => engine.discardShared(),
      close: () => engine.close(),
    };
    const page = (name: 'site' | 'api' | 'other', path = '/__corsmatrix/page') => `${origins.origins[name]}${path}`;

    await runScenario(scenario('allow-origin/star'), runner, origins);
    await runScenario(scenario('allow-origin/exact'), runner, origins);
    expect(visited).toEqual([page('site')]);

    // Steps on site, api and other: each origin's page is navigated once, then reused as it is.
    const multiOrigin = scenario('libraries/express-cors/origin-list');
    expect(multiOrigin.scenario.then.map((step) => step.page)).toEqual(['api', 'other']);
    await runScenario(multiOrigin, runner, origins);
    await runScenario(multiOrigin, runner, origins);
    expect(visited).toEqual([page('site'), page('api'), page('other')]);
    // The pages are the engine's, so another runner on it finds them too.
    expect(await (await engine.sharedSession(origins.origins.api)).evaluate('location.origin')).toBe(origins.origins.api);

    await runScenario(scenario('faults/stall-response'), runner, origins);
    await runScenario(scenario('allow-origin/star'), runner, origins);
    await runScenario(multiOrigin, runner, origins);
    // After a stall the document may still hold the stalled fetch: the next run there navigates;
    // the other origins' pages are not touched.
    expect(visited.slice(3)).toEqual([page('site')]);

    const withPageHeaders = [...scenarios.values()].find((loaded) => headerPairs(loaded.scenario.pageHeaders).length > 0 && !needsFreshProfile(loaded.scenario) && loaded.scenario.page === 'site');
    expect(withPageHeaders).toBeDefined();
    await runScenario(withPageHeaders!, runner, origins);
    await runScenario(scenario('allow-origin/star'), runner, origins);
    expect(visited.slice(4)).toEqual([expect.stringMatching(new RegExp(`^${origins.origins.site}/__corsmatrix/page/\\S+$`)), page('site')]);
  });
});
