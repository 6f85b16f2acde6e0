/**
 * What `npx corsmatrix` does with a finished run (issue #33), without browsers: accepted findings
 * and what becomes of each entry, the exit code they lead to, the report's overview (unsafe
 * targets first), JUnit XML, and GitHub's annotations and step summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import type { EngineName } from '../../harness/model/engine-names.js';
import { acceptFindings, loadAcceptedFindings, AcceptedFileError, type AcceptedFinding } from '../../harness/own-server/accepted.js';
import { generateChecks } from '../../harness/own-server/checks.js';
import { configSchema } from '../../harness/own-server/config.js';
import { exitCodes, runExitCode } from '../../harness/own-server/exit-codes.js';
import type { Check, CheckObservation, CheckVerdict } from '../../harness/own-server/observation.js';
import type { ProjectResult } from '../../harness/own-server/session.js';
import { checkStatus, projectMarkdown } from '../../harness/report/own-server.js';
import { configLine, emitProjectReports, githubAnnotations, projectJunit } from '../../harness/report/own-server-reporters.js';
import { stepSummary } from '../../harness/report/step-summary.js';
import { readProjectReport } from '../../harness/report/own-server-schema.js';

const configText = `export default {
  pages: ['https://app.example.com'],
  targets: [
    { name: 'shop', url: 'https://127.0.0.1:3200', paths: [{ path: '/cart', allowedOrigins: ['https://app.example.com'] }] },
    {
      name: 'api',
      url: 'https://127.0.0.1:3201',
      paths: [{ path: '/me', allowedOrigins: ['https://app.example.com'], credentials: true }],
    },
  ],
};
`;
const config = configSchema.parse({
  pages: ['https://app.example.com'],
  targets: [
    { name: 'shop', url: 'https://127.0.0.1:3200', paths: [{ path: '/cart', allowedOrigins: ['https://app.example.com'] }] },
    { name: 'api', url: 'https://127.0.0.1:3201', paths: [{ path: '/me', allowedOrigins: ['https://app.example.com'], credentials: true }] },
  ],
});
const checks = generateChecks(config);
const nullOrigin = 'api/me refused-origin null';
const elsewhere = 'api/me refused-origin https://corsmatrix-elsewhere.test';

function cell(check: Check, engine: EngineName, verdict: CheckVerdict): CheckObservation {
  return {
    check,
    engine: { engine, project: engine, browser: engine, version: '1', driver: 'stand-in', executable: '/bin/true', changedSettings: [] },
    url: check.url,
    steps: [],
    verdict,
    durationMs: 10,
  };
}

/** Every check delivered in Chromium and WebKit, except the api's null origin and any-origin checks: unsafe. */
function run(): ProjectResult {
  const observations = checks.flatMap((check) =>
    (['chromium', 'webkit'] as const).map((engine) => cell(check, engine, check.id === nullOrigin || check.id === elsewhere ? 'unsafe' : 'intent-delivered')),
  );
  return { targets: config.targets.map((target) => ({ name: target.name, url: target.url ?? '' })), checks, observations, engines: observations.slice(0, 2).map((observation) => observation.engine), unavailable: [] };
}

const verdictsCounted = (result: ProjectResult) => result.observations.filter((observation) => checkStatus(observation) !== 'accepted').map((observation) => observation.verdict);

test('an accepted finding fails no run; an expired one accepts nothing; a stale entry is reported', () => {
  expect(checks.map((check) => check.id)).toEqual(expect.arrayContaining([nullOrigin, elsewhere]));
  const entries: AcceptedFinding[] = [
    { target: 'api', check: nullOrigin, reason: 'sandboxed embeds', expires: '2027-01-31' },
    { target: 'api', check: elsewhere, engine: 'webkit', reason: 'old one', expires: '2026-12-01' },
    { target: 'shop', check: 'shop/cart allowed-origin https://app.example.com', reason: 'fixed since' },
    { target: 'shop', check: 'shop/cart refused-origin https://nowhere.test', reason: 'a typo' },
  ];
  const result = run();
  const statuses = acceptFindings(entries, result.observations, checks, checks, '2026-12-06');
  expect(statuses.map((entry) => [entry.status, entry.cells])).toEqual([['accepted', 2], ['expired', 1], ['not-occurring', 0], ['unknown-check', 0]]);
  // The any-origin check is still unsafe in both engines: the run fails.
  expect(runExitCode('failed', verdictsCounted(result), 0)).toBe(exitCodes.checkFailed);
  // Accept it too, and nothing fails: 0, or 3 when an engine did not start.
  const both = run();
  acceptFindings([entries[0] as AcceptedFinding, { target: 'api', check: elsewhere, reason: 'known' }], both.observations, checks, checks, '2026-12-06');
  expect(runExitCode('failed', verdictsCounted(both), 0)).toBe(exitCodes.delivered);
  expect(runExitCode('failed', verdictsCounted(both), 1)).toBe(exitCodes.environment);
  // On the last day it still accepts; a check outside the run's selection is "not run".
  expect(acceptFindings([entries[0] as AcceptedFinding], run().observations, checks, checks, '2027-01-31')[0]?.status).toBe('accepted');
  expect(acceptFindings([entries[0] as AcceptedFinding], [], [], checks, '2026-12-06')[0]?.status).toBe('not-run');
});

test('an accepted-findings file that cannot be used names the file and the field', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-accepted-'));
  try {
    expect(loadAcceptedFindings(undefined, dir)).toBeUndefined();
    const file = path.join(dir, 'corsmatrix.accepted.json');
    writeFileSync(file, JSON.stringify({ findings: [{ target: 'api', check: 'api/me refused-origin null', reason: 'r', expires: '31.01.2027' }, { target: 'api', check: 'shop/cart refused-origin null', engine: 'safari' }] }));
    const problem = (() => {
      try {
        loadAcceptedFindings(undefined, dir);
      } catch (error) {
        return error;
      }
    })();
    expect(problem).toBeInstanceOf(AcceptedFileError);
    const message = (problem as Error).message;
    expect(message).toContain(file);
    expect(message).toContain('findings.0.expires');
    expect(message).toContain('findings.1.engine');
    expect(message).toContain('findings.1.reason');
    writeFileSync(file, JSON.stringify({ findings: [{ target: 'api', check: 'shop/cart refused-origin null', reason: 'r' }] }));
    expect(() => loadAcceptedFindings(undefined, dir)).toThrow('findings.0.check: "shop/cart refused-origin null" is not a check of target "api"');
    expect(() => loadAcceptedFindings(path.join(dir, 'other.json'), dir)).toThrow('no such file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the report opens on an overview, unsafe targets first, accepted cells counted apart', () => {
  const result = run();
  result.accepted = acceptFindings([{ target: 'api', check: nullOrigin, reason: 'sandboxed embeds' }], result.observations, checks, checks, '2026-12-06');
  const markdown = projectMarkdown(result);
  const overview = markdown.split('\n').filter((line) => line.startsWith('| [')).map((line) => line.split(' | ').map((part) => part.replace(/^\| /, '').trim()));
  const shopCells = checks.filter((check) => check.target === 'shop').length * 2;
  const apiCells = checks.filter((check) => check.target === 'api').length * 2;
  // target | unsafe | blocked | not delivered | accepted | not measured | delivered
  expect(overview).toEqual([
    ['[api](#api)', '2', '0', '0', '2', '0', `${apiCells - 4} |`],
    ['[shop](#shop)', '0', '0', '0', '0', '0', `${shopCells} |`],
  ]);
  expect(markdown.indexOf('## api')).toBeLessThan(markdown.indexOf('## shop'));
  expect(markdown).toContain('accepted (unsafe): sandboxed embeds');
  expect(markdown).toContain(`- ${nullOrigin}: accepted in 2 cells; "sandboxed embeds"`);
});

test("a signed-in check that failed across sites says, under its target, that the browser's third-party rules decided; one that passed, or a note-less one, adds nothing", () => {
  const result = run();
  const note = 'https://app.example.com and https://127.0.0.1:3201 are different sites, so the browser\'s third-party cookie rules decide whether it sends the cookies';
  const allowed = result.observations.filter((observation) => observation.check.id === 'api/me allowed-origin https://app.example.com');
  expect(allowed).toHaveLength(2);
  result.observations = result.observations.map((observation) =>
    observation.check.id !== 'api/me allowed-origin https://app.example.com'
      ? observation
      : { ...observation, verdict: observation.engine.engine === 'chromium' ? 'blocked-what-should-pass' : 'intent-delivered', signedIn: { at: 'https://127.0.0.1:41000', cookies: ['sid'], note } },
  );
  const markdown = projectMarkdown(result);
  expect(markdown).toContain(`Signed in, and failed in chromium: ${note}.`);
  expect(markdown.match(/Signed in, and failed/g)).toHaveLength(1);
  expect(markdown.indexOf('Signed in, and failed')).toBeGreaterThan(markdown.indexOf('## api'));
  expect(markdown.indexOf('Signed in, and failed')).toBeLessThan(markdown.indexOf('## shop'));
});

test('JUnit XML: a case per check and engine, failures with the fix, accepted and not-measured cells skipped', () => {
  const result = run();
  acceptFindings([{ target: 'api', check: nullOrigin, engine: 'webkit', reason: 'sandboxed embeds' }], result.observations, checks, checks, '2026-12-06');
  const xml = projectJunit(result);
  const cases = checks.length * 2;
  expect(xml).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<testsuites name="corsmatrix" tests="${cases}" failures="3" errors="0" skipped="1">`));
  expect(xml).toContain(`<testcase classname="corsmatrix.api.webkit" name="${nullOrigin}" time="0.010"><skipped message="accepted (unsafe): sandboxed embeds"/></testcase>`);
  expect(xml).toContain(`<testcase classname="corsmatrix.api.chromium" name="${nullOrigin}" time="0.010"><failure type="unsafe" message="unsafe: null must not read /me (catches trusting the null origin`);
  expect(xml).toContain('Fix: ');
  // Below --fail-on, a failed check is a passed test case.
  expect(projectJunit(result, 'none')).toContain('failures="0"');
});

test('GitHub: an annotation per failing row on its config line, ten at most per level, and the step summary within its limit', async () => {
  expect(configLine(configText, 'api', '/me')).toBe(8);
  expect(configLine(configText, 'shop', '/cart')).toBe(4);
  expect(configLine(configText, 'gone', '/nowhere')).toBe(1);
  const result = run();
  const annotations = githubAnnotations(result, 'failed', { file: path.resolve('corsmatrix.config.ts'), text: configText });
  expect(annotations).toHaveLength(2);
  expect(annotations[1]).toMatch(/^::error file=corsmatrix\.config\.ts,line=8,title=corsmatrix api%3A null must not read \/me \(catches [^:]*::chromium: unsafe, webkit: unsafe%0AFix: compare the Origin/);
  expect(githubAnnotations(result, 'none', { file: 'c.ts', text: configText }).every((line) => line.startsWith('::warning '))).toBe(true);
  // Every check unsafe: 9 errors and one that sums up the rest.
  const all = run();
  for (const observation of all.observations) observation.verdict = 'unsafe';
  const capped = githubAnnotations(all, 'failed', { file: 'c.ts', text: configText });
  expect(capped).toHaveLength(10);
  expect(capped[9]).toContain(`and ${checks.length - 9} more`);
  const long = `# title\n${'| a row of the report |\n'.repeat(100)}`;
  const cut = stepSummary(long, 'report.md', 500);
  expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(500);
  expect(cut).toContain("cut at GitHub's step-summary limit");
  expect(stepSummary('short\n', 'report.md')).toBe('short\n');

  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-reporters-'));
  try {
    const summary = path.join(dir, 'summary.md');
    let stdout = '';
    const written = await emitProjectReports(result, {
      reporters: ['json', 'junit', 'github', 'json-stdout'],
      dir: path.join(dir, 'report'),
      config: { file: path.join(dir, 'corsmatrix.config.ts'), text: configText },
      stdout: (text) => (stdout += text),
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(written.map((file) => path.basename(file))).toEqual(['report.json', 'junit.xml']);
    expect(readFileSync(summary, 'utf8')).toContain(`| [api](#api) | 4 | 0 | 0 | 0 | 0 | ${checks.filter((check) => check.target === 'api').length * 2 - 4} |`);
    const [json, ...commands] = stdout.split(/\n(?=::)/);
    expect(readProjectReport(json ?? '').targets[0]?.target).toBe('api');
    expect(commands).toHaveLength(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
