/**
 * `npx corsmatrix` as a user runs it, in three engines: the examples (issue #13: each correct app
 * delivered, each realistic mistake unsafe for the look-alikes it lets through); servers written
 * here with one origin-matching mistake each, a refused origin's PUT, the policies real APIs have
 * (public, GET-only, a bearer token, a login cookie or storageState) with no secret in any output;
 * exit codes and CI reporters; and a broken config named field by field, nothing left running.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import escapeStringRegexp from 'escape-string-regexp';
import { readProjectReport } from '../../harness/report/own-server-schema.js';
import { differencesFromEarlierRoute } from './earlier-route.js';
import { portIsFree, runCommand, unmeasurableHere } from './run-command.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin/corsmatrix.mjs');

/** `npx corsmatrix`; stopped past `timeoutMs` (a little under the test's own limit), so a failure shows its progress. */
function corsmatrix(args: string[], cwd: string, timeoutMs?: number): Promise<{ code: number | null; output: string }> {
  return runCommand(process.execPath, [bin, ...args], cwd, timeoutMs === undefined ? {} : { timeoutMs });
}

/** Per example, the look-alike origins its mistake lets through: unsafe in every engine. */
const mistakes: Record<string, string[]> = {
  // An unescaped dot and no end anchor.
  express: ['https://app.example.com.evil.test', 'https://app-example.com', 'https://app.example.com:8443'],
  // Any origin reflected, with credentials.
  fastify: ['https://corsmatrix-elsewhere.test', 'null', 'https://evil.example.com', 'https://app.example.com.evil.test'],
  // No start anchor.
  hono: ['https://evilapp.example.com'],
};

test('the examples: each correct policy is delivered everywhere, each mistake is unsafe in all three engines', async () => {
  // 378 checks in three engines: about 7 min alone on 2 cores, over 10 beside library-policy.test.ts.
  test.setTimeout(scaled(1_200_000));
  const output = mkdtempSync(path.join(tmpdir(), 'corsmatrix-cli-'));
  try {
    const { code, output: log } = await corsmatrix(['--output', output], path.join(root, 'examples'), scaled(1_140_000));
    expect(log).toContain('starting chromium, firefox, webkit');
    expect(code, log).toBe(1);
    // Read back through the published schema: a report that departs from it fails here.
    const report = readProjectReport(readFileSync(path.join(output, 'report.json'), 'utf8'));
    expect(report.engines.map((engine) => engine.engine).sort()).toEqual(['chromium', 'firefox', 'webkit']);
    const rows = (target: string) => report.targets.find((view) => view.target === target)?.rows ?? [];
    for (const [example, letThrough] of Object.entries(mistakes)) {
      expect(rows(`${example}-correct`).length).toBeGreaterThan(10);
      for (const row of rows(`${example}-correct`)) {
        for (const [engine, cell] of Object.entries(row.cells)) {
          const expected = unmeasurableHere(row.check.kind, engine) ? 'not-measured' : 'intent-delivered';
          expect(cell.verdict, `${row.check.id} in ${engine}${cell.error ? ` (${cell.error})` : ''}`).toBe(expected);
        }
      }
      const unsafe = rows(`${example}-mistake`).filter((row) => Object.keys(row.cells).length === 3 && Object.values(row.cells).every((cell) => cell.verdict === 'unsafe'));
      expect(unsafe.map((row) => row.check.id)).toEqual(expect.arrayContaining(letThrough.map((origin) => `${example}-mistake/api/profile refused-origin ${origin}`)));
    }
    expect(readFileSync(path.join(output, 'report.md'), 'utf8')).toContain('How to fix:');
    // A blocked step names the step of the Fetch standard that failed (harness/model/reasons.ts).
    expect(readFileSync(path.join(output, 'report.html'), 'utf8')).toContain('step that failed: CORS check, step');
    for (const port of [3101, 3102, 3103, 3104, 3105, 3106]) expect(await portIsFree(port), `port ${port}`).toBe(true);
    // The route to the page origins changes no cell: each is the one the earlier route recorded.
    const observations = report.targets.flatMap((view) => view.rows.flatMap((row) => Object.values(row.cells).map((cell) => ({ ...cell, check: row.check }))));
    const route = differencesFromEarlierRoute(observations, report.engines, report.targets.map((view) => view.target));
    if ('notCompared' in route) test.info().annotations.push({ type: 'route not compared', description: route.notCompared });
    else expect(route.differences).toEqual([]);
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});

/**
 * One origin check per path, each with a mistake one check catches, and exact twins: the path, the
 * origins it means, the check it makes, whether its answers are cached without Vary, and the
 * checks (by the end of their id) that must be unsafe, or blocked what should pass, in all three engines.
 */
const originMistakes: Array<{ path: string; allowed: string[]; check: string; noVary?: true; flagged: Record<string, 'unsafe' | 'blocked-what-should-pass'>; twinKinds?: string }> = [
  { path: '/exact', allowed: ['http://app.example.com'], check: 'allowed.includes(origin)', flagged: {}, twinKinds: '(allowed|refused)-origin' },
  { path: '/exact-apex', allowed: ['http://example.com'], check: 'allowed.includes(origin)', flagged: {}, twinKinds: '(allowed|refused)-origin' },
  { path: '/child', allowed: ['http://app.example.com'], check: "allowed.includes(origin) || origin.endsWith('.app.example.com')", flagged: { 'refused-origin http://evil.app.example.com': 'unsafe' } },
  { path: '/apex-dot', allowed: ['http://example.com'], check: '/^http:\\/\\/example.com$/.test(origin)', flagged: { 'refused-origin http://example-com': 'unsafe' } },
  { path: '/last-dot', allowed: ['http://app.example.com'], check: '/^http:\\/\\/app\\.example.com$/.test(origin)', flagged: { 'refused-origin http://app.example-com': 'unsafe' } },
  {
    path: '/site-suffix',
    allowed: ['http://app.example.com'],
    check: "origin.startsWith('http://') && new URL(origin).hostname.endsWith('example.com')",
    flagged: { 'refused-origin http://evilexample.com': 'unsafe', 'refused-origin http://example.com': 'unsafe' },
  },
  { path: '/host-substring', allowed: ['http://app.example.com'], check: "origin.startsWith('http://') && 'app.example.com'.includes(new URL(origin).hostname)", flagged: { 'refused-origin http://app.example.co': 'unsafe' } },
  { path: '/lax', allowed: ['http://app.example.com'], check: '/^http:\\/\\/app\\.example\\.com([^.a-z0-9-].*)?$/.test(origin)', flagged: { 'refused-origin http://app.example.com_.evil.test': 'unsafe' } },
  // Two front ends of one site, a cacheable answer: without Vary the second gets the first's.
  { path: '/two-fronts', allowed: ['http://app.example.com', 'http://example.com'], check: 'allowed.includes(origin)', flagged: {}, twinKinds: 'vary-origin' },
  {
    path: '/two-fronts-no-vary',
    allowed: ['http://app.example.com', 'http://example.com'],
    check: 'allowed.includes(origin)',
    noVary: true,
    flagged: { 'vary-origin http://example.com after http://app.example.com': 'blocked-what-should-pass' },
  },
];

test('origin matching: each mistake is flagged in all three engines by the check that catches it (a look-alike let through, two allowed pages without Vary), and its exact twin is delivered', async () => {
  // A safety limit: about 120 cells, 1.5 min alone on 2 cores.
  test.setTimeout(scaled(600_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-origin-mistakes-'));
  try {
    const routes = originMistakes
      .map(({ path: at, allowed, check, noVary }) => `  ${JSON.stringify(at)}: { allows: (origin, allowed = ${JSON.stringify(allowed)}) => ${check}, vary: ${!noVary} },`)
      .join('\n');
    writeFileSync(
      path.join(dir, 'server.cjs'),
      `const paths = {\n${routes}\n};
require('node:http').createServer((req, res) => {
  const at = new URL(req.url, 'http://x').pathname;
  const route = paths[at.replace(/\\/corsmatrix-missing$/, '')];
  const origin = req.headers.origin;
  if (route && origin && route.allows(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  if (!route || route.vary) res.setHeader('Vary', 'Origin');
  res.setHeader('Cache-Control', 'max-age=60');
  res.statusCode = at in paths || at === '/' ? 200 : 404;
  res.end('ok');
}).listen(3111, '127.0.0.1');`,
    );
    const paths = originMistakes.map(({ path: at, allowed }) => ({ path: at, allowedOrigins: allowed }));
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default ${JSON.stringify({ pages: ['http://app.example.com', 'http://example.com'], targets: [{ name: 'api', webServer: { command: 'node server.cjs', url: 'http://127.0.0.1:3111/' }, paths }] })};\n`,
    );
    // The twins' checks of the kinds their mistakes are about; of each mistake, the checks that flag it.
    const twins = originMistakes.filter(({ twinKinds }) => twinKinds).map(({ path: at, twinKinds }) => `${escapeStringRegexp(`api${at} `)}${twinKinds} `);
    const mistaken = originMistakes.flatMap(({ path: at, flagged }) => Object.keys(flagged).map((check) => `${escapeStringRegexp(`api${at} ${check}`)}$`));
    const { code, output } = await corsmatrix(['--grep', [...twins, ...mistaken].join('|'), '--output', path.join(dir, 'report')], dir, scaled(560_000));
    expect(code, output).toBe(1);
    const report = readProjectReport(readFileSync(path.join(dir, 'report/report.json'), 'utf8'));
    const rows = report.targets[0]?.rows ?? [];
    for (const { path: at, flagged } of originMistakes) {
      const own = rows.filter((row) => row.check.id.startsWith(`api${at} `));
      const flags = Object.entries(flagged);
      if (flags.length === 0) {
        expect(own.length, at).toBeGreaterThan(2);
        for (const row of own) {
          for (const [engine, cell] of Object.entries(row.cells)) {
            const expected = unmeasurableHere(row.check.kind, engine) ? 'not-measured' : 'intent-delivered';
            expect(cell.verdict, `${row.check.id} in ${engine}${cell.error ? ` (${cell.error})` : ''}`).toBe(expected);
          }
        }
      } else {
        expect(own.map((row) => row.check.id).sort(), at).toEqual(flags.map(([check]) => `api${at} ${check}`).sort());
        for (const [check, verdict] of flags) {
          const row = own.find((candidate) => candidate.check.id === `api${at} ${check}`);
          expect(Object.keys(row?.cells ?? {}).sort(), check).toEqual(['chromium', 'firefox', 'webkit']);
          for (const [engine, cell] of Object.entries(row?.cells ?? {})) expect(cell.verdict, `api${at} ${check} in ${engine}${cell.error ? ` (${cell.error})` : ''}`).toBe(verdict);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a refused origin's PUT: a preflight that lets every origin through has the PUT reach the server (unsafe in three engines, as the server's own log shows), its twin that checks the preflight too is delivered", async () => {
  // A safety limit: about 100 cells, 1.5 min alone on 2 cores.
  test.setTimeout(scaled(600_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-refused-put-'));
  try {
    // The server's own log of the PUTs it ran, by path and Origin: what corsmatrix must find out without it.
    writeFileSync(
      path.join(dir, 'server.cjs'),
      `const app = 'http://app.example.com';
const log = require('node:path').join(__dirname, 'puts.log');
require('node:http').createServer((req, res) => {
  const at = new URL(req.url, 'http://x').pathname;
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    // The mistake: the preflight answers every origin; only the request's answer checks the list.
    if (origin && (origin === app || at.startsWith('/reflecting-preflight'))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
    }
    res.statusCode = 204;
    return res.end();
  }
  if (req.method === 'PUT') require('node:fs').appendFileSync(log, at + ' ' + origin + '\\n');
  if (origin === app) res.setHeader('Access-Control-Allow-Origin', app);
  res.statusCode = ['/', '/reflecting-preflight', '/checked-preflight'].includes(at) ? 200 : 404;
  res.end('ok');
}).listen(3113, '127.0.0.1');`,
    );
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default ${JSON.stringify({
        pages: ['http://app.example.com'],
        targets: [
          {
            name: 'api',
            webServer: { command: 'node server.cjs', url: 'http://127.0.0.1:3113/' },
            paths: ['/reflecting-preflight', '/checked-preflight'].map((at) => ({ path: at, allowedOrigins: ['http://app.example.com'], methods: ['PUT'] })),
          },
        ],
      })};\n`,
    );
    const { code, output } = await corsmatrix(['--grep', 'refused-origin|method PUT$', '--output', path.join(dir, 'report')], dir, scaled(560_000));
    expect(code, output).toBe(1);
    const report = readProjectReport(readFileSync(path.join(dir, 'report/report.json'), 'utf8'));
    const rows = report.targets[0]?.rows ?? [];
    const refusedRows = (at: string) => rows.filter((row) => row.check.id.startsWith(`api${at} refused-origin `));
    expect(refusedRows('/reflecting-preflight').length).toBeGreaterThan(10);
    const logged = readFileSync(path.join(dir, 'puts.log'), 'utf8').split('\n').filter(Boolean);
    const total: Record<string, number> = {};
    for (const at of ['/reflecting-preflight', '/checked-preflight']) {
      const reflecting = at === '/reflecting-preflight';
      for (const row of refusedRows(at)) {
        const page = row.check.steps[0]?.request.page ?? '';
        expect(Object.keys(row.cells).sort(), row.check.id).toEqual(['chromium', 'firefox', 'webkit']);
        let reachedCells = 0;
        for (const [engine, cell] of Object.entries(row.cells)) {
          const put = cell.steps[1];
          const where = `${row.check.id} in ${engine}${cell.error ? ` (${cell.error})` : ''}: ${JSON.stringify(put?.reached)}`;
          // The GET is refused either way; the PUT reached the server exactly where the preflight let
          // it through, unless the engine sent nothing at all (WebKit: an https page, an http target).
          expect(cell.steps[0]?.verdict, where).toBe('intent-delivered');
          expect(put?.request.method, where).toBe('PUT');
          const unsent = put?.reached?.by === 'engine' && put.reached.words.includes('did not send');
          expect(put?.reached?.value, where).toBe(reflecting && !unsent);
          expect(cell.verdict, where).toBe(put?.reached?.value ? 'unsafe' : 'intent-delivered');
          if (put?.reached?.value) reachedCells++;
        }
        // The server's own log agrees: the PUT ran in exactly the engines that say so.
        expect(logged.filter((line) => line === `${at} ${page}`).length, `${at} ${page}`).toBe(reachedCells);
        total[at] = (total[at] ?? 0) + reachedCells;
      }
      // The allowed origin's PUT passes on both paths.
      const allowedPut = rows.find((row) => row.check.id === `api${at} method PUT`);
      expect(Object.values(allowedPut?.cells ?? {}).map((cell) => cell.verdict)).toEqual(['intent-delivered', 'intent-delivered', 'intent-delivered']);
    }
    // Nearly every refused origin's PUT in every engine reached the reflecting path's server; none the checked one's.
    expect(total['/reflecting-preflight']).toBeGreaterThan(refusedRows('/reflecting-preflight').length * 3 - 3);
    expect(total['/checked-preflight']).toBe(0);
    // Chromium says which answer failed its check: the engine's account, not the preflight answer's.
    const chromiumPut = refusedRows('/reflecting-preflight')[0]?.cells.chromium?.steps[1]?.reached;
    expect(chromiumPut?.by).toBe('engine');
    const markdown = readFileSync(path.join(dir, 'report/report.md'), 'utf8');
    expect(markdown).toContain('PUT from http://evil.example.com reached the server: its preflight let it through');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('policies real APIs have: a public path, a GET-only path and one that needs a bearer token run in three engines; a public path reflected with credentials is unsafe; the token is in no report and no output', async () => {
  // A safety limit: about 120 cells, 1.5 min alone on 2 cores.
  test.setTimeout(scaled(600_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-policies-'));
  const token = `s3cr3t-${randomBytes(8).toString('hex')}`;
  try {
    writeFileSync(
      path.join(dir, 'server.cjs'),
      `const app = 'http://app.example.com';
const own = ['/', '/public', '/public-reflect', '/items', '/me'];
require('node:http').createServer((req, res) => {
  const at = new URL(req.url, 'http://x').pathname;
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (at.startsWith('/public-reflect')) {
    if (origin) { res.setHeader('Access-Control-Allow-Origin', origin); res.setHeader('Access-Control-Allow-Credentials', 'true'); }
  } else if (at.startsWith('/public')) res.setHeader('Access-Control-Allow-Origin', '*');
  else if (origin === app) res.setHeader('Access-Control-Allow-Origin', app);
  // A preflight carries no credentials: it is answered before the login is checked.
  if (req.method === 'OPTIONS') {
    if (at.startsWith('/me')) res.setHeader('Access-Control-Allow-Headers', 'Authorization');
    res.statusCode = 204;
    return res.end();
  }
  if (at.startsWith('/me') && req.headers.authorization !== 'Bearer ' + process.env.API_TOKEN) { res.statusCode = 401; return res.end('who are you?'); }
  res.statusCode = own.includes(at) ? 200 : 404;
  res.end(at === '/me' ? 'you' : 'ok');
}).listen(3112, '127.0.0.1');`,
    );
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default {
  pages: ['http://app.example.com'],
  targets: [{
    name: 'api',
    webServer: { command: 'node server.cjs', url: 'http://127.0.0.1:3112/' },
    paths: [
      { path: '/public', allowedOrigins: '*' },
      { path: '/public-reflect', allowedOrigins: '*' },
      { path: '/items', allowedOrigins: ['http://app.example.com'] },
      { path: '/me', allowedOrigins: ['http://app.example.com'], requestHeaders: ['Authorization'], auth: { headers: { Authorization: 'Bearer ' + process.env.API_TOKEN } } },
    ],
  }],
};\n`,
    );
    const summary = path.join(dir, 'summary.md');
    // The GET-only path: what makes it one (the methods and headers the preflight refuses).
    const grep = ['api/public ', 'api/items method', 'api/items header', 'api/me ', 'api/public-reflect refused-origin http://corsmatrix-elsewhere.test with credentials'].map(escapeStringRegexp).join('|');
    const result = await runCommand(process.execPath, [bin, '--grep', grep, '--reporter', 'html', 'markdown', 'json', 'junit', 'github', '--output', path.join(dir, 'report')], dir, {
      timeoutMs: scaled(560_000),
      env: { API_TOKEN: token, GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.code, result.output).toBe(1);
    const report = readProjectReport(readFileSync(path.join(dir, 'report/report.json'), 'utf8'));
    const rows = report.targets[0]?.rows ?? [];
    const verdicts = (prefix: string) => rows.filter((row) => row.check.id.startsWith(prefix)).flatMap((row) => Object.entries(row.cells).map(([engine, cell]) => `${row.check.id} in ${engine}: ${cell.verdict}${cell.error ? ` (${cell.error})` : ''}`));
    for (const [prefix, least] of [['api/public ', 12], ['api/items ', 6], ['api/me ', 30]] as const) {
      const all = verdicts(prefix);
      expect(all.length, prefix).toBeGreaterThanOrEqual(least);
      expect(all.filter((line) => !line.endsWith(': intent-delivered')), prefix).toEqual([]);
    }
    expect(verdicts('api/public-reflect ')).toEqual(['chromium', 'firefox', 'webkit'].map((engine) => `api/public-reflect refused-origin http://corsmatrix-elsewhere.test with credentials in ${engine}: unsafe`));
    // The token went with the requests: the signed-in answer, not the 401.
    const me = rows.find((row) => row.check.id === 'api/me allowed-origin http://app.example.com');
    expect(Object.values(me?.cells ?? {}).map((cell) => cell.steps[0]?.page.status)).toEqual([200, 200, 200]);
    // …and is nowhere in what the run wrote or printed.
    const written = ['report.html', 'report.md', 'report.json', 'junit.xml'].map((name) => readFileSync(path.join(dir, 'report', name), 'utf8'));
    for (const text of [...written, readFileSync(summary, 'utf8'), result.output]) expect(text).not.toContain(token);
    // The report says the header was sent, and that its value is the config's secret.
    expect(me?.check.steps[0]?.request.headers).toEqual({ Authorization: '(secret: auth.headers)' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a path that needs a login cookie, given in the config or as a storageState file: each profile signs in on the target under the name its front end calls it by, and the signed-in answer reaches the page in three engines; no cookie value in any report or output', async () => {
  // A safety limit: about 20 cells, well under a minute alone.
  test.setTimeout(scaled(300_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-cookie-'));
  const session = `sid-${randomBytes(8).toString('hex')}`;
  const stored = `st-${randomBytes(8).toString('hex')}`;
  try {
    // Its login is checked before CORS, as in many apps: a signed-out request gets a bare 401,
    // which no page can read. It also logs the Host each request named.
    writeFileSync(
      path.join(dir, 'server.cjs'),
      `const app = 'http://app.example.com';
const fs = require('node:fs');
require('node:http').createServer((req, res) => {
  const at = new URL(req.url, 'http://x').pathname;
  fs.appendFileSync('hosts.log', req.method + ' ' + at + ' ' + req.headers.host + '\\n');
  if (at === '/health') return res.end('ok');
  const cookies = (req.headers.cookie || '').split('; ');
  const wanted = at.startsWith('/me-state') ? 'state=' + process.env.STORED : 'sid=' + process.env.SESSION;
  if (req.method !== 'OPTIONS' && !cookies.includes(wanted)) { res.statusCode = 401; return res.end('who are you?'); }
  res.setHeader('Vary', 'Origin');
  if (req.headers.origin === app) { res.setHeader('Access-Control-Allow-Origin', app); res.setHeader('Access-Control-Allow-Credentials', 'true'); }
  if (req.method === 'OPTIONS') { res.statusCode = 204; return res.end(); }
  res.statusCode = at === '/me' || at === '/me-state' ? 200 : 404;
  res.end('you');
}).listen(3114, '127.0.0.1');`,
    );
    // What Playwright writes after a test signs in: a cookie of the API's host, and one of another.
    const cookie = (name: string, value: string, domain: string) => ({ name, value, domain, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' });
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ cookies: [cookie('state', stored, 'api.example.com'), cookie('other', 'x', 'elsewhere.test')], origins: [] }));
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default {
  pages: ['http://app.example.com'],
  targets: [{
    name: 'api',
    webServer: { command: 'node server.cjs', url: 'http://127.0.0.1:3114/health' },
    // The same site as the page, as in production: a Lax cookie goes with its requests.
    origin: 'http://api.example.com',
    paths: [
      { path: '/me', allowedOrigins: ['http://app.example.com'], credentials: true, auth: { cookies: [{ name: 'sid', value: process.env.SESSION }] } },
      { path: '/me-state', allowedOrigins: ['http://app.example.com'], credentials: true, auth: { storageState: 'state.json' } },
    ],
  }],
};\n`,
    );
    const grep = ['api/me allowed-origin', 'api/me error-answer', 'api/me refused-origin https://corsmatrix-elsewhere.test', 'api/me-state allowed-origin'].map(escapeStringRegexp).join('|');
    const result = await runCommand(process.execPath, [bin, '--grep', grep, '--reporter', 'html', 'markdown', 'json', 'junit', '--output', path.join(dir, 'report')], dir, {
      timeoutMs: scaled(280_000),
      env: { SESSION: session, STORED: stored },
    });
    const report = readProjectReport(readFileSync(path.join(dir, 'report/report.json'), 'utf8'));
    const rows = report.targets[0]?.rows ?? [];
    const cells = rows.flatMap((row) => Object.entries(row.cells).map(([engine, cell]) => ({ id: row.check.id, engine, cell })));
    expect(cells.length, result.output).toBeGreaterThanOrEqual(12);
    expect(cells.filter(({ cell }) => cell.verdict !== 'intent-delivered').map(({ id, engine, cell }) => `${id} in ${engine}: ${cell.verdict} ${cell.error ?? ''}`)).toEqual([]);
    expect(result.code, result.output).toBe(0);
    // Signed in: the answer behind the login reached the page, under the API's own name.
    for (const id of ['api/me allowed-origin http://app.example.com', 'api/me-state allowed-origin http://app.example.com']) {
      const row = rows.find((candidate) => candidate.check.id === id);
      expect(row?.check.url).toMatch(/^http:\/\/api\.example\.com\/me/);
      // Same site: no note that the browser's third-party rules decided.
      const cookies = id.startsWith('api/me-state') ? 'state' : 'sid';
      expect(Object.values(row?.cells ?? {}).map((cell) => [cell.steps[0]?.page.status, cell.signedIn?.cookies.join(), cell.signedIn?.note])).toEqual([
        [200, cookies, undefined],
        [200, cookies, undefined],
        [200, cookies, undefined],
      ]);
    }
    // The browsers reached the server under that name; Node asked it under that name too.
    const hosts = readFileSync(path.join(dir, 'hosts.log'), 'utf8').split('\n').filter((line) => line.startsWith('GET /me'));
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((line) => !line.endsWith(' api.example.com'))).toEqual([]);
    // No value anywhere: not the config's cookie, not the storageState's.
    const written = ['report.html', 'report.md', 'report.json', 'junit.xml'].map((name) => readFileSync(path.join(dir, 'report', name), 'utf8'));
    for (const text of [...written, result.output]) {
      expect(text).not.toContain(session);
      expect(text).not.toContain(stored);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a server whose preflight answer outlives the declared Max-Age is not delivered in Chromium, which reports its preflights', async () => {
  // A safety limit: 20 s alone; one check stuck once under load costs two 60 s deadlines.
  test.setTimeout(scaled(240_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-max-age-'));
  try {
    // Caches preflights for ten minutes, where the policy means every PUT to be preflighted again.
    const server = `require('node:http').createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', 'http://app.example.com');
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') { res.setHeader('Access-Control-Allow-Methods', 'PUT'); res.setHeader('Access-Control-Max-Age', '600'); }
  res.end('ok');
}).listen(3107, '127.0.0.1');`;
    writeFileSync(path.join(dir, 'server.cjs'), server);
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default { pages: ['http://app.example.com'], engines: ['chromium'], targets: [{ name: 'api', webServer: { command: 'node server.cjs', url: 'http://127.0.0.1:3107/' }, paths: [{ path: '/orders', allowedOrigins: ['http://app.example.com'], methods: ['PUT'], maxAge: 0 }] }] };\n`,
    );
    const { code, output } = await corsmatrix(['--output', path.join(dir, 'report')], dir, scaled(220_000));
    expect(code, output).toBe(1);
    const report = readProjectReport(readFileSync(path.join(dir, 'report/report.json'), 'utf8'));
    const rows = report.targets[0]?.rows ?? [];
    expect(rows.find((row) => row.check.kind === 'max-age')?.cells.chromium?.verdict).toBe('intent-not-delivered');
    expect(rows.find((row) => row.check.kind === 'method' && row.check.id.endsWith('method PUT'))?.cells.chromium?.verdict).toBe('intent-delivered');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit codes: a failed check is 1 at the --fail-on level it reaches, 0 below it or accepted; --grep and --target select; the CI reporters', async () => {
  // A safety limit: seven runs of one check in Chromium, 50 s alone.
  test.setTimeout(scaled(420_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-exit-'));
  try {
    // Reflects any origin with credentials (unsafe for a refused origin) and caches preflights for
    // ten minutes where the policy means none (not delivered, in Chromium, which reports preflights).
    writeFileSync(
      path.join(dir, 'server.cjs'),
      `require('node:http').createServer((req, res) => {
  if (req.headers.origin) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('Access-Control-Allow-Credentials', 'true'); }
  res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS') { res.setHeader('Access-Control-Allow-Methods', 'PUT'); res.setHeader('Access-Control-Max-Age', '600'); }
  res.end('ok');
}).listen(3110, '127.0.0.1');`,
    );
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default { pages: ['http://app.example.com'], engines: ['chromium'], targets: [{ name: 'api', webServer: { command: 'node server.cjs', url: 'http://127.0.0.1:3110/' }, paths: [{ path: '/orders', allowedOrigins: ['http://app.example.com'], credentials: true, methods: ['PUT'], maxAge: 0 }] }, { name: 'other', url: 'http://127.0.0.1:9', paths: [{ path: '/', allowedOrigins: ['http://app.example.com'] }] }] };\n`,
    );
    const refused = 'refused-origin https://corsmatrix-elsewhere';
    const listed = await corsmatrix(['--list', '--target', 'api', '--grep', `max-age|${refused}`], dir, scaled(60_000));
    expect(listed.code, listed.output).toBe(0);
    expect(listed.output).toContain('corsmatrix: 2 checks in chromium: 2 cells');
    const expectations: Array<[string[], number]> = [
      [['--grep', 'max-age'], 1],
      [['--grep', 'max-age', '--fail-on', 'unsafe'], 0],
      [['--grep', refused, '--fail-on', 'unsafe'], 1],
      [['--grep', refused, '--fail-on', 'none'], 0],
    ];
    for (const [args, code] of expectations) {
      // --target keeps the run away from the target that does not answer (which would be 3).
      const result = await corsmatrix(['--target', 'api', ...args, '--output', path.join(dir, 'report')], dir, scaled(60_000));
      expect(result.code, `${args.join(' ')}\n${result.output}`).toBe(code);
      expect(result.output).toContain('[1/1]');
    }
    // The unsafe finding accepted in Chromium until a day to come: it fails nothing; the reporters a CI uses.
    const accept = (expires: string) =>
      writeFileSync(path.join(dir, 'corsmatrix.accepted.json'), JSON.stringify({ findings: [{ target: 'api', check: `api/orders ${refused}.test`, engine: 'chromium', reason: 'a known one', expires }] }));
    accept('2999-12-31');
    const summary = path.join(dir, 'summary.md');
    const env = { GITHUB_STEP_SUMMARY: summary };
    const reporters = ['--reporter', 'junit', 'github', 'json-stdout'];
    const acceptedRun = await runCommand(process.execPath, [bin, '--target', 'api', '--grep', refused, ...reporters, '--output', path.join(dir, 'ci')], dir, { timeoutMs: scaled(60_000), env });
    expect(acceptedRun.code, acceptedRun.output).toBe(0);
    expect(acceptedRun.output).toContain('0 delivered, 0 failed, 1 accepted, 0 not measured');
    // stdout is the report's JSON alone; the progress went to stderr.
    const json = readProjectReport(acceptedRun.stdout);
    expect(json.targets[0]?.rows[0]?.cells.chromium?.accepted?.reason).toBe('a known one');
    expect(json.accepted?.[0]?.status).toBe('accepted');
    expect(readFileSync(path.join(dir, 'ci/junit.xml'), 'utf8')).toContain('<skipped message="accepted (unsafe): a known one"/>');
    expect(readFileSync(summary, 'utf8')).toContain('| [api](#api) | 0 | 0 | 0 | 1 |');
    // Expired yesterday or before: the finding fails the run again, and a GitHub annotation says so.
    accept('2020-01-01');
    const expired = await runCommand(process.execPath, [bin, '--target', 'api', '--grep', refused, '--reporter', 'github', '--output', path.join(dir, 'ci')], dir, { timeoutMs: scaled(60_000), env });
    expect(expired.code, expired.output).toBe(1);
    expect(expired.output).toContain(`corsmatrix: accepted finding api/orders ${refused}.test (chromium): expired`);
    expect(expired.stdout).toMatch(/^::error file=corsmatrix\.config\.ts,line=1,title=corsmatrix api%3A https%3A\/\/corsmatrix-elsewhere\.test must not read \/orders/m);
    expect(expired.stdout).toMatch(/^::warning file=corsmatrix\.accepted\.json,title=corsmatrix accepted finding%3A api\/orders refused-origin/m);

    const unknown = await corsmatrix(['--target', 'nope'], dir, scaled(60_000));
    expect(unknown.code, unknown.output).toBe(2);
    expect(unknown.output).toContain('--target nope: no such target; the config has api, other');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit code 3: an engine that cannot start is the environment, not a verdict', async () => {
  test.setTimeout(scaled(120_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-no-engine-'));
  const server = http.createServer((req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as net.AddressInfo;
    writeFileSync(
      path.join(dir, 'corsmatrix.config.ts'),
      `export default { pages: ['http://app.example.com'], engines: ['chromium'], targets: [{ name: 'api', url: 'http://127.0.0.1:${port}/', paths: [{ path: '/', allowedOrigins: ['http://app.example.com'] }] }] };\n`,
    );
    // No Playwright build and no system Chromium where they are looked for.
    const env = { PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'no-browsers'), CORSMATRIX_CHROMIUM: path.join(dir, 'no-chromium') };
    const result = await runCommand(process.execPath, [bin, '--output', path.join(dir, 'report')], dir, { timeoutMs: scaled(60_000), env });
    expect(result.code, result.output).toBe(3);
    expect(result.output).toContain('corsmatrix: chromium did not run: no Chromium');
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a broken config gets one message per field, and nothing is left running', async () => {
  // A safety limit: four runs, 45 s alone; each is stopped after 60 s so that one stuck shows its output.
  test.setTimeout(scaled(300_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-config-'));
  const write = (config: string) => writeFileSync(path.join(dir, 'corsmatrix.config.ts'), `export default ${config};\n`);
  try {
    write(`{ pages: ['https://app.example.com/'], targets: [{ name: 'api', url: 'http://127.0.0.1:1', paths: [{ path: '/', allowedOrigins: ['https://app.example.com'], allowCredentials: true }] }] }`);
    let result = await corsmatrix([], dir, scaled(60_000));
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('pages.0: an origin is scheme://host[:port]');
    expect(result.output).toContain('targets.0.paths.0: Unrecognized key: "allowCredentials"');

    write(`{ pages: ['https://app.example.com'], targets: [{ name: 'api', url: 'http://127.0.0.1:9', paths: [{ path: '/', allowedOrigins: ['https://app.example.com'] }] }] }`);
    result = await corsmatrix([], dir, scaled(60_000));
    // A target that never answers is the environment's fault (3), not the config's.
    expect(result.code, result.output).toBe(3);
    expect(result.output).toMatch(/targets\.0\.url: http:\/\/127\.0\.0\.1:9 does not answer \(connect ECONNREFUSED/);

    write(`{ pages: ['https://app.example.com'], targets: [{ name: 'api', webServer: { command: 'node -e "setTimeout(() => {}, 60000)"', url: 'http://127.0.0.1:3109/', timeout: 1500 }, paths: [{ path: '/', allowedOrigins: ['https://app.example.com'] }] }] }`);
    result = await corsmatrix([], dir, scaled(60_000));
    expect(result.code, result.output).toBe(3);
    expect(result.output).toContain('targets.0.webServer: Timed out waiting 1500ms from config.webServer.');
    expect(result.output).not.toContain('starting chromium');

    // A port already taken by something else, as Playwright's webServer says it.
    const squatter = net.createServer((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
    await new Promise<void>((resolve) => squatter.listen(3108, '127.0.0.1', resolve));
    try {
      write(`{ pages: ['https://app.example.com'], targets: [{ name: 'api', webServer: { command: 'node server.js', url: 'http://127.0.0.1:3108/' }, paths: [{ path: '/', allowedOrigins: ['https://app.example.com'] }] }] }`);
      result = await corsmatrix([], dir, scaled(60_000));
      expect(result.code, result.output).toBe(3);
      expect(result.output).toContain('targets.0.webServer: http://127.0.0.1:3108/ is already used');
    } finally {
      squatter.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
