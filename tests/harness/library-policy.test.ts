/**
 * The library suite as a user of `npx corsmatrix` (harness/libraries/policy.ts): each library,
 * served by its own webServer command, checked with the checks generated from one declared policy
 * in three real engines, and its cells compared with the declared policy findings.
 */
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { libraryNames } from '../../harness/model/library-names.js';
import { comparePolicyRun, formsOf, libraryPolicyConfig, policyCheckName, type PolicyFinding } from '../../harness/libraries/policy.js';
import type { CheckObservation, CheckVerdict } from '../../harness/own-server/observation.js';
import { runProject } from '../../harness/own-server/session.js';
import { projectJson } from '../../harness/report/own-server.js';
import { readProjectReport } from '../../harness/report/own-server-schema.js';
import { differencesFromEarlierRoute } from './earlier-route.js';
import { portIsFree, unmeasurableHere } from './run-command.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const unmeasurable = ({ check, engine }: CheckObservation) => unmeasurableHere(check.kind, engine.engine);

const describe = ({ observation }: { observation: CheckObservation }) => `${observation.check.target} ${observation.engine.engine}: ${policyCheckName(observation.check)}: ${observation.verdict}`;

test('the origin forms each library has an option for', () => {
  expect(Object.fromEntries(libraryNames.map((name) => [name, formsOf(name)]))).toEqual({
    'koa-cors': ['exact', 'function'],
    'express-cors': ['list', 'exact', 'regexp', 'function'],
    'fastify-cors': ['list', 'exact', 'regexp', 'function'],
    'hono-cors': ['list', 'exact', 'function'],
    'elysia-cors': ['list', 'exact', 'regexp', 'function'],
    'itty-cors': ['list', 'exact', 'regexp', 'function'],
    'h3-cors': ['list', 'exact', 'regexp', 'function'],
    'flask-cors': ['list', 'exact', 'regexp'],
  });
});

test('a policy cell is explained only by a finding for its target, check, engine and verdict', async () => {
  const config = await libraryPolicyConfig({ libraries: ['express-cors'], forms: ['function'] });
  expect(config.targets.map((target) => target.name)).toEqual(['express-cors-function']);
  const finding: PolicyFinding = {
    library: 'express-cors',
    forms: ['function'],
    check: 'vary-origin https://evil.example.com refused first',
    verdict: 'blocked-what-should-pass',
    engines: ['firefox'],
    finding: { summary: 'a test finding' },
  };
  const check = {
    id: 'express-cors-function/resource vary-origin https://evil.example.com refused first',
    kind: 'vary-origin' as const,
    target: 'express-cors-function',
    url: 'https://127.0.0.1:1/resource',
    steps: [],
    title: 'a check',
    fix: 'a fix',
  };
  const cell = (engine: 'chromium' | 'firefox', verdict: CheckVerdict): CheckObservation => ({
    check,
    engine: { engine, project: engine, browser: engine, version: '1', driver: 'test', executable: engine, changedSettings: [] },
    url: check.url,
    steps: [],
    verdict,
    durationMs: 0,
  });
  const names = (observations: CheckObservation[]) => {
    const { explained, unexplained } = comparePolicyRun(observations, [finding]);
    return { explained: explained.map(describe), unexplained: unexplained.map(describe) };
  };
  expect(names([cell('firefox', 'blocked-what-should-pass'), cell('chromium', 'intent-delivered')])).toEqual({
    explained: ['express-cors-function firefox: vary-origin https://evil.example.com refused first: blocked-what-should-pass'],
    unexplained: [],
  });
  // Fixed in Firefox, or broken in an engine the finding does not name: both are news.
  expect(names([cell('firefox', 'intent-delivered'), cell('chromium', 'blocked-what-should-pass')]).unexplained).toEqual([
    'express-cors-function firefox: vary-origin https://evil.example.com refused first: intent-delivered',
    'express-cors-function chromium: vary-origin https://evil.example.com refused first: blocked-what-should-pass',
  ]);
  expect(names([cell('firefox', 'unsafe')]).unexplained).toHaveLength(1);
  expect(names([cell('chromium', 'not-measured')])).toEqual({ explained: [], unexplained: [] });
});

// The declared findings each library's run must show, and nothing else fail: cors's origin function
// leaves Vary out of a refusal (expressjs/cors#330); itty-router sends no Vary at all and never
// exposes a header on the actual response; Flask-CORS sends no Vary for a list of one origin.
const expectedFindings = [
  'express-cors-function firefox: vary-origin https://evil.example.com refused first: blocked-what-should-pass',
  'itty-cors-function firefox: vary-origin https://evil.example.com refused first: blocked-what-should-pass',
  ...(['chromium', 'firefox', 'webkit'] as const).map((engine) => `itty-cors-function ${engine}: exposed-header X-Request-Id: blocked-what-should-pass`),
  'flask-cors-list firefox: vary-origin https://evil.example.com refused first: blocked-what-should-pass',
];

// One test per library, so that the runs spread over the workers and each has a limit of its own.
// A library without an origin function (Flask-CORS) is checked in its list form.
for (const library of libraryNames) {
  const form = formsOf(library).includes('function') ? 'function' : 'list';
  test(`${library} in its origin-${form} form, checked like a user server in three engines: exactly the declared findings fail`, async () => {
    // A safety limit, not a timing test: about a minute alone, two or three beside the rest of the run.
    test.setTimeout(scaled(600_000));
    const config = await libraryPolicyConfig({ libraries: [library], forms: [form] });
    const ports = config.targets.map((target) => Number(new URL(target.webServer?.url ?? '').port));
    const result = await runProject(config, root, { step: () => {}, checkDone: () => {} });
    expect(result.unavailable).toEqual([]);
    expect(result.engines.map((engine) => engine.engine).sort()).toEqual(['chromium', 'firefox', 'webkit']);
    expect(result.checks.length).toBeGreaterThan(15);
    // Only Chromium says whether a preflight was sent (Max-Age); nothing else goes unmeasured.
    const unmeasured = result.observations.filter((observation) => observation.verdict === 'not-measured');
    expect(unmeasured.filter((observation) => !unmeasurable(observation)).map((observation) => `${describe({ observation })}${observation.error ? ` (${observation.error})` : ''}`)).toEqual([]);
    expect(result.observations.filter(unmeasurable).every((observation) => observation.verdict === 'not-measured')).toBe(true);
    const { explained, unexplained } = comparePolicyRun(result.observations);
    expect(unexplained.map(describe)).toEqual([]);
    expect(explained.map(describe).sort()).toEqual(expectedFindings.filter((line) => line.startsWith(`${library}-${form} `)).sort());
    readProjectReport(projectJson(result));
    for (const port of ports) expect(await portIsFree(port), `port ${port}`).toBe(true);
    // The route to the page origins changes no cell: each is the one the earlier route recorded.
    const route = differencesFromEarlierRoute(result.observations, result.engines, config.targets.map((target) => target.name));
    if ('notCompared' in route) test.info().annotations.push({ type: 'route not compared', description: route.notCompared });
    else expect(route.differences).toEqual([]);
  });
}
