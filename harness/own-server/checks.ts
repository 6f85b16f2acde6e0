/**
 * The checks a declared policy implies (issue #13, "intent, not header strings"): every allowed
 * origin can read, every origin that must be refused is refused, including look-alikes that
 * catch broken origin matching, each declared method and header passes the preflight and an
 * undeclared one does not, exposed headers are readable, Max-Age takes effect, a cached answer
 * for one origin does not reach another, and a public path is read by any site but never with
 * credentials. A path that needs a login sends its auth headers by name; their values stay out
 * of the checks (secretHeadersOf gives them to the runner). Each check carries the library
 * view's intent per step (harness/model/intent.ts), so one verdict rule serves libraries and
 * user servers.
 */
import { getDomain } from 'tldts';
import type { StepIntent } from '../model/intent.js';
import { isHostName } from '../model/origin-names.js';
import { expectedPreflight } from '../scenario/fetch-safelist.js';
import type { SetCookie } from 'cookie';
import { requestOrigin, type AuthCookie, type PathPolicy, type ProjectConfig, type Target } from './config.js';
import type { Check, CheckRequest } from './observation.js';

/** Which way an origin is made to look like an allowed one. */
export type LookAlikeKind =
  | 'prefix'
  | 'suffix'
  | 'site-suffix'
  | 'substring'
  | 'lax-character'
  | 'other-scheme'
  | 'other-port'
  | 'any-origin'
  | 'null'
  | 'unescaped-dot'
  | 'child'
  | 'sibling'
  | 'apex';

export interface LookAlike {
  kind: LookAlikeKind;
  origin: string;
  /** The matching mistake it catches. */
  catches: string;
  /**
   * Same site as the origin (same scheme and registrable domain): it shares the origin's HTTP
   * cache partition, which browsers key by top-level site, so a cached answer can reach it.
   */
  sameSite?: true;
}

/** Another site altogether, which only a server that reflects any Origin lets read. */
const anyOrigin = 'https://corsmatrix-elsewhere.test';

/** Methods and request headers a page may use without a preflight (Fetch: CORS-safelisted). */
const safelistedMethods = ['GET', 'HEAD', 'POST'];

/**
 * The registrable domain (the site's host) as browsers see it: the Public Suffix List with its
 * private section (so `foo.github.io` is a site of its own); the host itself when it has none
 * (`localhost`, an IP address).
 */
export function registrableDomain(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * Origins an allowlist that means `origin` must refuse, each catching one way origin matching
 * goes wrong: what CORS scanners such as CORScanner and Corsy send, plus a few (child and apex
 * domains, every dot of the host, the port kept where they drop it).
 */
export function lookAlikes(origin: string): LookAlike[] {
  const url = new URL(origin);
  const host = url.hostname;
  const labels = host.split('.');
  const site = registrableDomain(host);
  const parent = labels.slice(1).join('.');
  const twinScheme = url.protocol === 'https:' ? 'http:' : 'https:';
  /** The origin's scheme and port around another host. */
  const onHost = (other: string) => `${url.protocol}//${other}${url.port ? `:${url.port}` : ''}`;
  const list: Array<Omit<LookAlike, 'sameSite'>> = [
    { kind: 'prefix', origin: onHost(`${host}.evil.test`), catches: 'a prefix match (startsWith, or a RegExp without $)' },
    { kind: 'suffix', origin: onHost(`evil${host}`), catches: 'a suffix match (endsWith, or a RegExp without ^)' },
    // Dropping a character of the host, not of the whole origin, so that the port stays.
    { kind: 'substring', origin: onHost(host.slice(0, -1)), catches: 'a substring match (includes, indexOf)' },
    { kind: 'other-scheme', origin: `${twinScheme}//${url.host}`, catches: 'the other scheme: an https allowlist that trusts http' },
    { kind: 'other-port', origin: `${url.protocol}//${host}:${url.port === '8443' ? '9443' : '8443'}`, catches: 'a match on the host alone, ignoring the port' },
    { kind: 'any-origin', origin: anyOrigin, catches: 'reflecting any Origin' },
    { kind: 'null', origin: 'null', catches: 'trusting the null origin (sandboxed frames, data: URLs)' },
    // app.example.com -> app-example.com, app.example-com: a RegExp whose dot is not escaped
    // matches any character there, whichever dot it is.
    ...labels.slice(1).map((_, index) => {
      const before = labels.slice(0, index + 1).join('.');
      return { kind: 'unescaped-dot' as const, origin: onHost(`${before}-${labels.slice(index + 1).join('.')}`), catches: `an unescaped dot in a RegExp (the dot after "${before}")` };
    }),
    ...(site === host
      ? []
      : [
          { kind: 'sibling' as const, origin: onHost(`evil.${parent}`), catches: 'trusting every subdomain of the site' },
          { kind: 'apex' as const, origin: onHost(site), catches: `a match on the site instead of the host (${site} is not ${host})` },
          { kind: 'site-suffix' as const, origin: onHost(`evil${site}`), catches: `a suffix match on the site (endsWith("${site}")), which anyone who registers evil${site} passes` },
        ]),
    {
      kind: 'child',
      origin: onHost(`evil.${host}`),
      catches: site === host ? 'trusting every subdomain of the site' : `trusting every subdomain of the allowed host (a match on ".${host}")`,
    },
    // The host going on past a character the RegExp does not expect (one written to allow a :port
    // or a path after the host): "_" is a host character to browsers, which load such a page.
    { kind: 'lax-character', origin: onHost(`${host}_.evil.test`), catches: 'a RegExp that ends the host at a character it does not expect ("_", meant for :port)' },
  ];
  // Distinct real look-alikes (a short host's substring can be empty, an address's labels are no
  // host), each marked same-site where it is by the browsers' rule.
  return list
    .filter((entry, index) => entry.origin !== origin && list.findIndex((other) => other.origin === entry.origin) === index && isOrigin(entry.origin))
    .map((entry) => (entry.origin !== 'null' && sameSite(entry.origin, origin) ? { ...entry, sameSite: true as const } : entry));
}

/** Whether a string is an origin as a browser serializes it (`null` included) that corsmatrix can serve a page at. */
function isOrigin(value: string): boolean {
  if (value === 'null') return true;
  try {
    const url = new URL(value);
    return url.origin === value && isHostName(url.hostname);
  } catch {
    return false;
  }
}

/** Whether the declared policy allows this origin to read. */
export function allows(policy: PathPolicy, origin: string): boolean {
  if (policy.allowedOrigins === '*') return true;
  return policy.allowedOrigins.some((allowed) => (typeof allowed === 'string' ? allowed === origin : new RegExp(allowed.source, allowed.flags.replace('g', '')).test(origin)));
}

const allow = (preflight?: 'sent' | 'cached'): StepIntent => ({ intent: 'allow', ...(preflight ? { preflight } : {}) });
const block: StepIntent = { intent: 'block' };

/** An undeclared method and header to show that the preflight refuses what the policy does not name. */
function undeclaredMethod(policy: PathPolicy): string {
  const declared = new Set(policy.methods.map((method) => method.toUpperCase()));
  return ['PUT', 'PATCH', 'DELETE', 'OPTIONS'].find((method) => !declared.has(method)) ?? 'PROPFIND';
}

export function checksFor(config: ProjectConfig, target: Target, policy: PathPolicy): Check[] {
  const base = requestOrigin(target);
  const url = new URL(policy.path, base).href;
  const credentials = policy.credentials ? 'include' : 'same-origin';
  // A path that needs a login: every request carries its headers, by name only (run.ts sends the values).
  // A check of the same header (`header Authorization`) sends the secret too, not a second value.
  const secretNames = Object.keys(policy.auth?.headers ?? {});
  const secret = Object.fromEntries(secretNames.map((name) => [name, secretValue]));
  const request = (page: string, extra: Partial<CheckRequest> = {}): CheckRequest => {
    const own = Object.entries(extra.headers ?? {}).filter(([name]) => !secretNames.some((secretName) => secretName.toLowerCase() === name.toLowerCase()));
    return { page, method: 'GET', credentials, readHeaders: [], ...extra, headers: { ...Object.fromEntries(own), ...secret } };
  };
  const prefix = `${target.name}${policy.path}`;
  const checks: Check[] = [];
  const add = (check: Omit<Check, 'target' | 'url'>, at = url) => checks.push({ ...check, target: target.name, url: at });
  const allowedPages = config.pages.filter((page) => allows(policy, page));
  const firstAllowed = allowedPages[0];

  const isPublic = policy.allowedOrigins === '*';
  for (const page of allowedPages) {
    add({
      id: `${prefix} allowed-origin ${page}`,
      kind: 'allowed-origin',
      title: `${page} reads ${policy.path}${policy.credentials ? ' with credentials' : ''}`,
      steps: [{ request: request(page), intent: allow() }],
      fix: policy.credentials
        ? `answer ${page} with Access-Control-Allow-Origin: ${page} (not *) and Access-Control-Allow-Credentials: true`
        : isPublic
          ? 'answer every Origin with Access-Control-Allow-Origin: *'
          : `answer ${page} with Access-Control-Allow-Origin: ${page} (or *)`,
    });
  }
  if (isPublic) {
    // A public API: any site reads, and none with credentials (the config refuses credentials: true
    // here). The site has the target's scheme, so that mixed content does not decide the check.
    const anySite = `${new URL(base).protocol}//${new URL(anyOrigin).host}`;
    add({
      id: `${prefix} allowed-origin ${anySite}`,
      kind: 'allowed-origin',
      title: `any site (${anySite}) reads ${policy.path}, a public path`,
      steps: [{ request: request(anySite), intent: allow() }],
      fix: 'answer every Origin with Access-Control-Allow-Origin: *',
    });
    add({
      id: `${prefix} refused-origin ${anySite} with credentials`,
      kind: 'refused-origin',
      title: `${anySite} cannot read ${policy.path} with credentials (a public path answers without them)`,
      steps: [{ request: request(anySite, { credentials: 'include' }), intent: block }],
      fix: 'answer with Access-Control-Allow-Origin: * and no Access-Control-Allow-Credentials: an Origin reflected with Access-Control-Allow-Credentials: true lets every site read as the signed-in user',
    });
  }
  // Error answers: CORS headers set after routing, or dropped by an error handler, hide the error
  // from the page, which then sees only a network error.
  if (firstAllowed !== undefined) {
    const missing = `${policy.path.replace(/\/$/, '')}/corsmatrix-missing`;
    for (const path of [missing, ...policy.errorPaths]) {
      add(
        {
          id: `${prefix} error-answer ${path}`,
          kind: 'error-answer',
          title: `${firstAllowed} reads the error answer of ${path}${path === missing ? ' (a path that does not exist)' : ''}`,
          steps: [{ request: request(firstAllowed), intent: allow() }],
          fix: 'add the CORS headers before routing and keep them on error answers (Express: cors() before the routes; Koa: @koa/cors keepHeadersOnError; Fastify: the onRequest hook)',
        },
        new URL(path, base).href,
      );
    }
  }
  const refused = new Map<string, string>();
  for (const page of config.pages) if (!allows(policy, page)) refused.set(page, 'one of your pages the policy does not allow');
  for (const page of allowedPages) for (const alike of lookAlikes(page)) if (!allows(policy, alike.origin) && !refused.has(alike.origin)) refused.set(alike.origin, alike.catches);
  // A refused origin's PUT or DELETE must not even be sent: the page cannot read the answer, but
  // a preflight that lets it through has the server act on it (a preflight that allows any origin
  // while the request's answer checks the list). Steps in the same profile: a step costs little.
  const unsafeMethods = policy.methods.filter((method) => !safelistedMethods.includes(method.toUpperCase()));
  const sends = unsafeMethods.length > 0 ? `, nor send it ${unsafeMethods.join(' or ')}` : '';
  for (const [page, catches] of refused) {
    add({
      id: `${prefix} refused-origin ${page}`,
      kind: 'refused-origin',
      title: `${page} must not read ${policy.path}${sends} (catches ${catches})`,
      steps: [
        { request: request(page), intent: block },
        ...unsafeMethods.map((method) => ({ request: request(page, { method }), intent: block, mustNotReach: true as const })),
      ],
      fix: `compare the Origin with the allowed origins exactly${unsafeMethods.length > 0 ? ', on the preflight (OPTIONS) as on the request' : ''}; ${catches} lets ${page} through`,
    });
  }
  if (firstAllowed === undefined) return checks;

  for (const method of unsafeMethods) {
    add({
      id: `${prefix} method ${method}`,
      kind: 'method',
      title: `${method} from ${firstAllowed} passes the preflight`,
      steps: [{ request: request(firstAllowed, { method }), intent: allow() }],
      fix: `list ${method} in Access-Control-Allow-Methods on the preflight (OPTIONS) answer`,
    });
  }
  const refusedMethod = undeclaredMethod(policy);
  add({
    id: `${prefix} method ${refusedMethod} (undeclared)`,
    kind: 'method',
    title: `${refusedMethod}, which the policy does not declare, is refused by the preflight`,
    steps: [{ request: request(firstAllowed, { method: refusedMethod }), intent: block, readMeans: 'intent-not-delivered' }],
    fix: `answer the preflight with only the declared methods in Access-Control-Allow-Methods, not ${refusedMethod} and not *`,
  });
  for (const header of policy.requestHeaders) {
    add({
      id: `${prefix} header ${header}`,
      kind: 'header',
      title: `a request with ${header} from ${firstAllowed} passes the preflight`,
      steps: [{ request: request(firstAllowed, { headers: { [header]: 'corsmatrix' } }), intent: allow() }],
      fix: `list ${header} in Access-Control-Allow-Headers on the preflight answer${header.toLowerCase() === 'authorization' ? ' by name (* never covers Authorization)' : ''}`,
    });
  }
  add({
    id: `${prefix} header X-Corsmatrix-Undeclared (undeclared)`,
    kind: 'header',
    title: 'a request header the policy does not declare is refused by the preflight',
    steps: [{ request: request(firstAllowed, { headers: { 'X-Corsmatrix-Undeclared': '1' } }), intent: block, readMeans: 'intent-not-delivered' }],
    fix: 'answer the preflight with only the declared request headers in Access-Control-Allow-Headers',
  });
  for (const header of policy.exposedHeaders) {
    add({
      id: `${prefix} exposed-header ${header}`,
      kind: 'exposed-header',
      title: `${firstAllowed} can read the response header ${header}`,
      steps: [{ request: request(firstAllowed, { readHeaders: [header] }), intent: allow() }],
      fix: `send Access-Control-Expose-Headers: ${header} on the actual response${policy.credentials ? ' (by name: * is literal with credentials)' : ''}`,
    });
  }
  // Max-Age needs a request that is preflighted and that the policy allows: a declared method or header.
  const preflightedMethod = policy.methods.find((method) => !safelistedMethods.includes(method.toUpperCase()));
  const preflightedHeader = policy.requestHeaders.find((header) => expectedPreflight('GET', [[header, 'corsmatrix']]) !== false);
  const preflightedChange = preflightedMethod !== undefined ? { method: preflightedMethod } : preflightedHeader !== undefined ? { headers: { [preflightedHeader]: 'corsmatrix' } } : undefined;
  if (policy.maxAge !== undefined && preflightedChange !== undefined) {
    const preflighted = request(firstAllowed, preflightedChange);
    const second = policy.maxAge > 0 ? allow('cached') : allow('sent');
    add({
      id: `${prefix} max-age ${policy.maxAge}`,
      kind: 'max-age',
      title: policy.maxAge > 0 ? `a second ${preflighted.method} within ${policy.maxAge} s reuses the preflight` : `Max-Age 0: every ${preflighted.method} is preflighted again`,
      // The second request is the question; the first only fills the preflight cache.
      steps: [
        { request: preflighted, intent: allow() },
        { request: preflighted, intent: second },
      ],
      fix: `send Access-Control-Max-Age: ${policy.maxAge} on the preflight answer (browsers cap it: Chromium at 7200 s, Firefox at 86400 s)`,
    });
  }
  // Browsers key their HTTP cache by top-level site, so only a same-site origin can be served an
  // answer cached for another: a sibling subdomain, else a child, the apex, and at last the same
  // host on another port. It may be let through on its own too, which its refused-origin check shows.
  const sameSiteRefused = lookAlikes(firstAllowed).filter((alike) => alike.sameSite && refused.has(alike.origin));
  const preference: LookAlikeKind[] = ['sibling', 'child', 'apex', 'suffix', 'other-port'];
  const sibling = preference.map((kind) => sameSiteRefused.find((alike) => alike.kind === kind)).find((alike) => alike !== undefined)?.origin;
  if (sibling !== undefined) {
    add({
      id: `${prefix} vary-origin ${sibling}`,
      kind: 'vary-origin',
      title: `after ${firstAllowed} read it, a cached answer does not let ${sibling} read ${policy.path}`,
      steps: [
        { request: request(firstAllowed), intent: allow() },
        { request: request(sibling), intent: block },
      ],
      fix: `send Vary: Origin on every answer whose Access-Control-Allow-Origin depends on the Origin (if ${sibling} can read ${policy.path} on its own, its own check says so too)`,
    });
    add({
      id: `${prefix} vary-origin ${sibling} refused first`,
      kind: 'vary-origin',
      title: `after ${sibling} was refused, a cached refusal does not keep ${firstAllowed} from reading ${policy.path}`,
      steps: [
        { request: request(sibling), intent: block },
        { request: request(firstAllowed), intent: allow() },
      ],
      fix: 'send Vary: Origin on refusals too: a refusal cached without it is served to the allowed origin, which then cannot read (cors 2.8.6 leaves it out when an origin function refuses: expressjs/cors#330)',
    });
  }
  // Two allowed front ends of one site (app and admin) share the browser's cache partition: an
  // answer cached for the first, without Vary, names the first and blocks the second. Pages of
  // different sites never share a cache entry in a browser, so for them there is nothing to see.
  const secondAllowed = allowedPages.find((page) => page !== firstAllowed && sameSite(page, firstAllowed));
  if (secondAllowed !== undefined) {
    add({
      id: `${prefix} vary-origin ${secondAllowed} after ${firstAllowed}`,
      kind: 'vary-origin',
      title: `after ${firstAllowed} read it, ${secondAllowed} reads ${policy.path} too`,
      steps: [
        { request: request(firstAllowed), intent: allow() },
        { request: request(secondAllowed), intent: allow() },
      ],
      fix: `send Vary: Origin with every answer that names the Origin in Access-Control-Allow-Origin: without it, the answer cached for ${firstAllowed} is served to ${secondAllowed}, which it does not name`,
    });
  }
  return checks;
}

/** Whether two origins are the same site (scheme and registrable domain): they share the browsers' HTTP cache partition. */
export function sameSite(one: string, other: string): boolean {
  const [a, b] = [new URL(one), new URL(other)];
  return a.protocol === b.protocol && registrableDomain(a.hostname) === registrableDomain(b.hostname);
}

/** Every check of every target and path. */
export function generateChecks(config: ProjectConfig): Check[] {
  return config.targets.flatMap((target) => target.paths.flatMap((policy) => checksFor(config, target, policy)));
}

/** What a check's request shows for a header whose value is a secret of the config (auth.headers). */
export const secretValue = '(secret: auth.headers)';

/** Each path that needs a login: its auth and the ids of its checks. */
function signedInPaths(config: ProjectConfig): Array<{ auth: NonNullable<PathPolicy['auth']>; ids: ReadonlySet<string> }> {
  return config.targets.flatMap((target) =>
    target.paths.flatMap((policy) => (policy.auth ? [{ auth: policy.auth, ids: new Set(checksFor(config, target, policy).map((check) => check.id)) }] : [])),
  );
}

/** The auth headers' values each check sends, by check id: kept out of the checks, and so out of every report. */
export function secretHeadersOf(config: ProjectConfig): Map<string, Record<string, string>> {
  return new Map(signedInPaths(config).flatMap(({ auth, ids }) => (auth.headers ? [...ids].map((id) => [id, auth.headers ?? {}] as const) : [])));
}

/** A configured cookie as its Set-Cookie says it (harness/origins/sign-in.ts). */
function setCookie(cookie: AuthCookie): SetCookie {
  return {
    name: cookie.name,
    value: cookie.value,
    path: cookie.path,
    httpOnly: cookie.httpOnly,
    ...(cookie.secure !== undefined ? { secure: cookie.secure } : {}),
    ...(cookie.sameSite ? { sameSite: ({ Strict: 'strict', Lax: 'lax', None: 'none' } as const)[cookie.sameSite] } : {}),
    ...(cookie.domain ? { domain: cookie.domain } : {}),
    ...(cookie.expires !== undefined ? { expires: new Date(cookie.expires * 1000) } : {}),
  };
}

/**
 * The sign-in cookies (auth.cookies, and a storageState's once read) each check's profile gets
 * before it starts, by check id: only checks that send credentials, the only ones whose requests
 * carry cookies. Kept out of the checks, and so out of every report.
 */
export function secretCookiesOf(config: ProjectConfig, checks: readonly Check[]): Map<string, SetCookie[]> {
  const cookies = new Map<string, SetCookie[]>();
  for (const { auth, ids } of signedInPaths(config)) {
    const own = auth.cookies?.map(setCookie);
    if (!own) continue;
    for (const check of checks) if (ids.has(check.id) && check.steps.some((step) => step.request.credentials === 'include')) cookies.set(check.id, own);
  }
  return cookies;
}

/** Every secret value of the config, for the reports to strike out wherever one turns up. */
export function secretsOf(config: ProjectConfig): string[] {
  return config.targets.flatMap((target) =>
    target.paths.flatMap((policy) => [...Object.values(policy.auth?.headers ?? {}), ...(policy.auth?.cookies ?? []).map((cookie) => cookie.value)]),
  );
}

/** The page origins the checks are made from: served under their names, except `null`. */
export function pageOriginsOf(checks: Check[]): string[] {
  return [...new Set(checks.flatMap((check) => check.steps.map((step) => step.request.page)))].filter((origin) => origin !== 'null');
}
