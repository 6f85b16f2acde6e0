/** corsmatrix.config: the policy a user declares, the mistakes it is checked for, and the checks it implies. */
import { test, expect } from '@playwright/test';
import { configProblems, configSchema, defineConfig } from '../../harness/own-server/config.js';
import { generateChecks, lookAlikes, pageOriginsOf, secretCookiesOf, secretHeadersOf, secretsOf, secretValue } from '../../harness/own-server/checks.js';
import { redact } from '../../harness/report/own-server-reporters.js';
import { questionFor } from '../../harness/own-server/ask.js';
import { tokensInText, withRunToken } from '../../harness/model/urls.js';

const config = configSchema.parse(
  defineConfig({
    pages: ['https://app.example.com', 'https://admin.example.com'],
    targets: [
      {
        name: 'api',
        url: 'http://localhost:3000',
        paths: [
          {
            path: '/orders',
            allowedOrigins: ['https://app.example.com'],
            credentials: true,
            methods: ['PUT'],
            requestHeaders: ['Authorization'],
            exposedHeaders: ['X-Request-Id'],
            maxAge: 600,
          },
        ],
      },
    ],
  }),
);

test('a config mistake names its field', () => {
  expect(configProblems({ pages: ['https://app.example.com/'], targets: [] })).toEqual([
    'pages.0: an origin is scheme://host[:port], with no path and no trailing slash, e.g. "https://app.example.com"',
    'targets: Too small: expected array to have >=1 items',
  ]);
  const both = { pages: ['https://app.example.com'], targets: [{ name: 'api', url: 'http://localhost:1', webServer: { command: 'node s.js', url: 'http://localhost:1' }, paths: [{ path: '/', allowedOrigins: ['https://app.example.com'] }] }] };
  expect(configProblems(both)).toEqual(['targets.0.url: give a target either `url` (a running server) or `webServer` (a command that starts it), not both']);
  const typo = { pages: ['https://app.example.com'], targets: [{ name: 'api', url: 'http://localhost:1', paths: [{ path: 'orders', allowedOrigin: [] }] }] };
  expect(configProblems(typo)).toEqual(expect.arrayContaining(['targets.0.paths.0.path: a path starts with "/"', 'targets.0.paths.0: Unrecognized key: "allowedOrigin"']));
  expect(configProblems(config)).toEqual([]);
});

test('look-alikes of an origin, each with the matching mistake it catches', () => {
  const origins = Object.fromEntries(lookAlikes('https://app.example.com').map((alike) => [alike.origin, alike.catches]));
  expect(origins).toEqual({
    'https://app.example.com.evil.test': 'a prefix match (startsWith, or a RegExp without $)',
    'https://evilapp.example.com': 'a suffix match (endsWith, or a RegExp without ^)',
    'https://app.example.co': 'a substring match (includes, indexOf)',
    'http://app.example.com': 'the other scheme: an https allowlist that trusts http',
    'https://app.example.com:8443': 'a match on the host alone, ignoring the port',
    'https://corsmatrix-elsewhere.test': 'reflecting any Origin',
    null: 'trusting the null origin (sandboxed frames, data: URLs)',
    'https://app-example.com': 'an unescaped dot in a RegExp (the dot after "app")',
    'https://app.example-com': 'an unescaped dot in a RegExp (the dot after "app.example")',
    'https://evil.example.com': 'trusting every subdomain of the site',
    'https://example.com': 'a match on the site instead of the host (example.com is not app.example.com)',
    'https://evilexample.com': 'a suffix match on the site (endsWith("example.com")), which anyone who registers evilexample.com passes',
    'https://evil.app.example.com': 'trusting every subdomain of the allowed host (a match on ".app.example.com")',
    'https://app.example.com_.evil.test': 'a RegExp that ends the host at a character it does not expect ("_", meant for :port)',
  });
  // Same site by the browsers' rule (scheme and registrable domain): what a cached answer can reach.
  expect(lookAlikes('https://app.example.com').filter((alike) => alike.sameSite).map((alike) => alike.origin)).toEqual([
    'https://evilapp.example.com',
    'https://app.example.com:8443',
    'https://evil.example.com',
    'https://example.com',
    'https://evil.app.example.com',
  ]);
});

test('look-alikes of an apex domain, of an origin with a port, of a private suffix and of a short host', () => {
  const of = (origin: string) => lookAlikes(origin).map((alike) => `${alike.kind} ${alike.origin}`);
  // An apex: its subdomains are its own site; its one dot can be unescaped.
  expect(of('https://example.com')).toEqual(
    expect.arrayContaining(['child https://evil.example.com', 'unescaped-dot https://example-com', 'suffix https://evilexample.com', 'substring https://example.co']),
  );
  expect(of('https://example.com').some((entry) => entry.startsWith('apex') || entry.startsWith('sibling'))).toBe(false);
  // The port stays on every look-alike but the one that changes it; the substring drops a character of the host.
  const ported = lookAlikes('https://app.example.com:8443');
  expect(ported.filter((alike) => alike.origin !== 'null' && alike.kind !== 'any-origin' && alike.kind !== 'other-port').every((alike) => alike.origin.endsWith(':8443'))).toBe(true);
  expect(of('https://app.example.com:8443')).toContain('substring https://app.example.co:8443');
  // github.io is a public suffix (the list's private section, as browsers read it): foo.github.io is a site.
  expect(of('https://foo.github.io')).toEqual(expect.arrayContaining(['child https://evil.foo.github.io']));
  expect(lookAlikes('https://foo.github.io').find((alike) => alike.kind === 'child')?.catches).toBe('trusting every subdomain of the site');
  expect(of('https://foo.github.io').some((entry) => entry.startsWith('apex'))).toBe(false);
  // Only origins a page can be served at: a short host's substring that would end in a dot is left out.
  expect(of('http://x.y.z')).not.toContain('substring http://x.y.');
  expect(lookAlikes('http://x.y.z').every((alike) => alike.origin === 'null' || new URL(alike.origin).origin === alike.origin)).toBe(true);
});

test('an exact allowlist: who reads, who is refused, and what the preflight must allow', () => {
  const checks = generateChecks(config);
  const byKind = (kind: string) => checks.filter((check) => check.kind === kind);
  expect(byKind('allowed-origin').map((check) => check.steps[0]?.request)).toEqual([
    { page: 'https://app.example.com', method: 'GET', headers: {}, credentials: 'include', readHeaders: [] },
  ]);
  const refused = byKind('refused-origin').map((check) => check.steps[0]?.request.page);
  expect(refused).toContain('https://admin.example.com');
  expect(refused).toContain('https://app-example.com');
  expect(refused).toContain('null');
  expect(byKind('refused-origin').every((check) => check.steps[0]?.intent.intent === 'block')).toBe(true);
  // Each refused origin's declared PUT too, which must not even reach the server.
  expect(byKind('refused-origin').every((check) => check.steps.length === 2 && check.steps[1]?.request.method === 'PUT' && check.steps[1].mustNotReach === true)).toBe(true);
  expect(byKind('refused-origin')[0]?.title).toBe('https://admin.example.com must not read /orders, nor send it PUT (catches one of your pages the policy does not allow)');
  expect(byKind('method').map((check) => [check.steps[0]?.request.method, check.steps[0]?.intent])).toEqual([
    ['PUT', { intent: 'allow' }],
    ['PATCH', { intent: 'block' }],
  ]);
  expect(byKind('header').map((check) => [Object.keys(check.steps[0]?.request.headers ?? {}), check.steps[0]?.intent.intent])).toEqual([
    [['Authorization'], 'allow'],
    [['X-Corsmatrix-Undeclared'], 'block'],
  ]);
  expect(byKind('header')[0]?.fix).toContain('* never covers Authorization');
  expect(byKind('exposed-header')[0]?.steps[0]?.request.readHeaders).toEqual(['X-Request-Id']);
  expect(byKind('max-age')[0]?.steps.map((step) => step.intent.preflight)).toEqual([undefined, 'cached']);
  // Browsers partition their HTTP cache by top-level site: only a same-site origin can be served
  // another's cached answer, so the Vary checks use the sibling subdomain, in both orders.
  expect(byKind('vary-origin').map((check) => check.steps.map((step) => [step.request.page, step.intent.intent]))).toEqual([
    [
      ['https://app.example.com', 'allow'],
      ['https://evil.example.com', 'block'],
    ],
    [
      ['https://evil.example.com', 'block'],
      ['https://app.example.com', 'allow'],
    ],
  ]);
  expect(new Set(checks.map((check) => check.id)).size).toBe(checks.length);
  expect(checks.filter((check) => check.kind !== 'error-answer').every((check) => check.url === 'http://localhost:3000/orders')).toBe(true);
  // Error answers: a path that does not exist, read by an allowed origin.
  expect(byKind('error-answer').map((check) => [check.url, check.steps[0]?.request.page, check.steps[0]?.intent.intent])).toEqual([
    ['http://localhost:3000/orders/corsmatrix-missing', 'https://app.example.com', 'allow'],
  ]);
  expect(pageOriginsOf(checks)).not.toContain('null');
});

test('two allowed pages of one site: the second reads after the first (Vary between allowed origins); pages of two sites share no cache', () => {
  const policy = (pages: string[]) =>
    configSchema.parse({ pages, targets: [{ name: 'api', url: 'http://localhost:3000', paths: [{ path: '/me', allowedOrigins: pages }] }] });
  const between = (pages: string[]) => generateChecks(policy(pages)).filter((check) => check.kind === 'vary-origin' && check.steps.every((step) => step.intent.intent === 'allow'));
  expect(between(['https://app.example.com', 'https://admin.example.com']).map((check) => [check.id, check.steps.map((step) => step.request.page)])).toEqual([
    ['api/me vary-origin https://admin.example.com after https://app.example.com', ['https://app.example.com', 'https://admin.example.com']],
  ]);
  expect(between(['https://app.example.com', 'https://app.example.org'])).toEqual([]);
  expect(between(['https://app.example.com', 'http://admin.example.com'])).toEqual([]);
});

test("a public path ('*'): any site reads, none with credentials, and a credentialed public path is a config mistake", () => {
  const publicConfig = (credentials: boolean) => ({ pages: ['https://app.example.com'], targets: [{ name: 'api', url: 'http://localhost:3000', paths: [{ path: '/v1', allowedOrigins: '*', credentials }] }] });
  expect(configProblems(publicConfig(true))).toEqual([
    "targets.0.paths.0.credentials: a public path (allowedOrigins '*') is never read with credentials: browsers refuse * with them, and an Origin reflected with credentials lets every site read as the signed-in user",
  ]);
  const checks = generateChecks(configSchema.parse(publicConfig(false)));
  const origins = (kind: string) => checks.filter((check) => check.kind === kind).map((check) => [check.steps[0]?.request.page, check.steps[0]?.request.credentials, check.steps[0]?.intent.intent]);
  // The other site has the target's scheme (http here): mixed content does not decide the check.
  expect(origins('allowed-origin')).toEqual([
    ['https://app.example.com', 'same-origin', 'allow'],
    ['http://corsmatrix-elsewhere.test', 'same-origin', 'allow'],
  ]);
  expect(origins('refused-origin')).toEqual([['http://corsmatrix-elsewhere.test', 'include', 'block']]);
  expect(checks.filter((check) => check.kind === 'vary-origin')).toEqual([]);
});

test('a path that needs a login: its headers go with every request by name only, must be allowed by the policy, and their values stay out of the checks', () => {
  const token = 'Bearer s3cr3t-token';
  const withAuth = (requestHeaders: string[]) => ({
    pages: ['https://app.example.com'],
    targets: [{ name: 'api', url: 'http://localhost:3000', paths: [{ path: '/me', allowedOrigins: ['https://app.example.com'], requestHeaders, auth: { headers: { Authorization: token } } }, { path: '/open', allowedOrigins: ['https://app.example.com'] }] }],
  });
  expect(configProblems(withAuth([]))).toEqual(['targets.0.paths.0.auth.headers.Authorization: every check of this path sends Authorization, so the policy must allow it: add it to requestHeaders']);
  const parsed = configSchema.parse(withAuth(['authorization']));
  const checks = generateChecks(parsed);
  const me = checks.filter((check) => check.id.startsWith('api/me '));
  expect(me.length).toBeGreaterThan(10);
  // Once each, the check of the Authorization header included: the secret, not a second value.
  expect(me.every((check) => check.steps.every((step) => step.request.headers.Authorization === secretValue && !('authorization' in step.request.headers)))).toBe(true);
  expect(checks.filter((check) => check.id.startsWith('api/open ')).some((check) => check.steps.some((step) => 'Authorization' in step.request.headers))).toBe(false);
  expect(JSON.stringify(checks)).not.toContain('s3cr3t');
  const secrets = secretHeadersOf(parsed);
  expect([...secrets.keys()].sort()).toEqual(me.map((check) => check.id).sort());
  expect(secrets.get(me[0]?.id ?? '')).toEqual({ Authorization: token });
  expect(secretsOf(parsed)).toEqual([token]);
  expect(redact(`Authorization: ${token} and again ${token}`, secretsOf(parsed))).toBe('Authorization: (secret) and again (secret)');
});

test('a path that needs a login cookie: only with credentials, values made of cookie-octets; only its credentialed checks sign in; the values stay out of the checks', () => {
  const withCookies = (credentials: boolean, value = 's3cr3t-sid') => ({
    pages: ['https://app.example.com'],
    targets: [{ name: 'api', url: 'https://127.0.0.1:3000', paths: [{ path: '/me', allowedOrigins: ['https://app.example.com'], credentials, auth: { cookies: [{ name: 'sid', value, sameSite: 'None' as const, secure: true }] } }, { path: '/open', allowedOrigins: ['https://app.example.com'], credentials: true }] }],
  });
  expect(configProblems(withCookies(false))).toEqual([
    'targets.0.paths.0.auth.cookies: a signed-in cookie is sent only with credentials: set credentials: true (and allowedOrigins to a list; * is never credentialed)',
  ]);
  expect(configProblems(withCookies(true, ''))).toEqual(expect.arrayContaining(['targets.0.paths.0.auth.cookies.0.value: an empty secret: is its environment variable set?']));
  expect(configProblems(withCookies(true, 'a b;c'))).toEqual([expect.stringMatching(/^targets\.0\.paths\.0\.auth\.cookies\.0\.value: a cookie value is printable ASCII/)]);
  expect(configProblems({ ...withCookies(true), targets: [{ name: 'api', url: 'https://127.0.0.1:3000', paths: [{ path: '/me', allowedOrigins: ['https://app.example.com'], auth: {} }] }] })).toEqual([
    'targets.0.paths.0.auth: auth names headers, cookies or a storageState file',
  ]);
  const parsed = configSchema.parse(withCookies(true));
  const checks = generateChecks(parsed);
  const signedIn = secretCookiesOf(parsed, checks);
  const me = checks.filter((check) => check.id.startsWith('api/me '));
  const credentialed = me.filter((check) => check.steps.some((step) => step.request.credentials === 'include'));
  expect(credentialed.length).toBeGreaterThan(3);
  // Only checks that send credentials, whose requests carry cookies, and none of another path.
  expect([...signedIn.keys()].sort()).toEqual(credentialed.map((check) => check.id).sort());
  expect(signedIn.get(credentialed[0]?.id ?? '')).toEqual([{ name: 'sid', value: 's3cr3t-sid', path: '/', httpOnly: true, secure: true, sameSite: 'none' }]);
  expect(JSON.stringify(checks)).not.toContain('s3cr3t');
  expect(secretsOf(parsed)).toEqual(['s3cr3t-sid']);
});

test("a target under the name its front end calls it by: the checks' URLs carry the name, which keeps the server's scheme", () => {
  const named = (origin: string) => ({ pages: ['https://app.example.com'], targets: [{ name: 'api', url: 'https://127.0.0.1:3000/health', origin, paths: [{ path: '/orders', allowedOrigins: ['https://app.example.com'] }] }] });
  expect(configProblems(named('http://api.example.com'))).toEqual(["targets.0.origin: the name is routed to the server's address as it is, TLS included: give the origin the scheme of the server's url"]);
  expect(configProblems(named('https://api.example.com/'))).toEqual([expect.stringMatching(/^targets\.0\.origin: an origin is scheme:\/\/host\[:port\]/)]);
  expect(configProblems(named('https://app.example.com'))).toEqual(['targets.0.origin: https://app.example.com is one of your pages; a server\'s name is an origin of its own']);
  const checks = generateChecks(configSchema.parse(named('https://api.example.com')));
  expect(new Set(checks.map((check) => new URL(check.url).origin))).toEqual(new Set(['https://api.example.com']));
});

test('a RegExp intent decides which look-alikes are allowed, not the look-alike list', () => {
  const subdomains = configSchema.parse({
    pages: ['https://app.example.com'],
    targets: [{ name: 'api', url: 'http://localhost:3000', paths: [{ path: '/', allowedOrigins: [/^https:\/\/([a-z]+\.)?example\.com$/] }] }],
  });
  const checks = generateChecks(subdomains);
  const refused = checks.filter((check) => check.kind === 'refused-origin').map((check) => check.steps[0]?.request.page);
  expect(refused).not.toContain('https://evil.example.com');
  expect(refused).toContain('https://app-example.com');
  expect(refused).toContain('https://app.example.com.evil.test');
});

test('what corsmatrix asks a server from Node: the preflight for a request that needs one, the GET itself otherwise, nothing unsafe', () => {
  const url = 'https://api.example.com/orders';
  expect(questionFor({ url, origin: 'https://app.example.com', method: 'GET', headers: {} })).toEqual({ method: 'GET', headers: [['Origin', 'https://app.example.com']] });
  expect(questionFor({ url, origin: 'null', method: 'PUT', headers: { Authorization: 'x', 'X-Trace': '1' } })).toEqual({
    method: 'OPTIONS',
    headers: [
      ['Origin', 'null'],
      ['Access-Control-Request-Method', 'PUT'],
      ['Access-Control-Request-Headers', 'authorization,x-trace'],
    ],
  });
  // A POST without a preflight would reach the handler: it is not asked.
  expect(questionFor({ url, origin: 'https://app.example.com', method: 'POST', headers: {} })).toBeUndefined();
});

test("a target's URL carries the run's token, and an engine's message naming it belongs to that run", () => {
  const url = withRunToken('https://api.example.com/orders?page=2', 'max-age-0a1b2c');
  expect(url).toBe('https://api.example.com/orders?page=2&corsmatrix-run=max-age-0a1b2c');
  expect(tokensInText(`Access to fetch at '${url}' from origin 'https://app.example.com' has been blocked by CORS policy`)).toEqual(['max-age-0a1b2c']);
  expect(tokensInText('http://site.localhost:1/s/abc-123/0 and http://x/?corsmatrix-run=def')).toEqual(['abc-123', 'def']);
});
