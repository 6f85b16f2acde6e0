/**
 * corsmatrix.config.ts: your own server, seen from your own front-end origins (issue #13).
 * The user declares the policy they mean (intent), not header strings; harness/own-server/checks.ts
 * turns it into checks. Checked with zod when loaded, so a mistake names its field.
 */
import { z } from 'zod';
import { engineNames } from '../model/engine-names.js';
import { expectedPreflight } from '../scenario/fetch-safelist.js';

/** A serialised http(s) origin: scheme, host and port only, as in an Origin header. */
export const serialisedOrigin = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  },
  { message: 'an origin is scheme://host[:port], with no path and no trailing slash, e.g. "https://app.example.com"' },
);

const token = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { message: 'a method or header name is an HTTP token (letters, digits and !#$%&\'*+.^_`|~-)' });

const secret = z.string().min(1, { message: 'an empty secret: is its environment variable set?' });

/** A cookie as the target's sign-in sets it; set for the target's host only (no Domain) unless `domain` says otherwise. */
export const authCookieSchema = z.strictObject({
  name: token,
  value: secret.regex(/^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/, { message: 'a cookie value is printable ASCII without spaces, quotes, commas, semicolons or backslashes (RFC 6265 cookie-octet): encode it as the server does' }),
  /** As the server sets it; the browser's own default applies where it is left out. */
  sameSite: z.enum(['Strict', 'Lax', 'None']).optional(),
  secure: z.boolean().optional(),
  httpOnly: z.boolean().default(true),
  path: z.string().startsWith('/').default('/'),
  /** A Domain attribute (`example.com`: the host and its subdomains); left out, the cookie is the target host's alone. */
  domain: z.string().optional(),
  /** When it expires, in seconds since 1970 (as in a storageState file); left out, a session cookie. */
  expires: z.number().positive().optional(),
});

/** One path of a target and the CORS policy meant for it. */
export const pathPolicySchema = z.strictObject({
  path: z.string().startsWith('/', { message: 'a path starts with "/"' }),
  /**
   * Origins allowed to read: exact origins, or RegExps tested against the whole Origin value; or
   * `'*'`, a public API that any site reads, never with credentials.
   */
  allowedOrigins: z.union([z.literal('*'), z.array(z.union([serialisedOrigin, z.instanceof(RegExp)])).min(1)]),
  /** Whether allowed origins read with credentials (cookies) included. */
  credentials: z.boolean().default(false),
  /** Methods allowed beyond GET, HEAD and POST, which need no preflight. */
  methods: z.array(token).default([]),
  /** Request headers allowed beyond the CORS-safelisted ones. */
  requestHeaders: z.array(token).default([]),
  /** Response headers the page may read beyond the CORS-safelisted ones. */
  exposedHeaders: z.array(token).default([]),
  /**
   * Paths under the same policy that answer with an error (a route that fails on purpose, say):
   * allowed origins must still read them. A path that does not exist (404) is always checked.
   */
  errorPaths: z.array(z.string().startsWith('/', { message: 'a path starts with "/"' })).default([]),
  /** Seconds a preflight answer may be cached (Access-Control-Max-Age). */
  maxAge: z.number().int().min(0).optional(),
  /**
   * A path that needs a login, signed in as a front end is: headers every request of its checks
   * carries (`Authorization: Bearer …`), and cookies in the browser's jar for the target's host,
   * given here or read from a Playwright `storageState` file. Values come from environment
   * variables or files; they are secrets, and no report or progress line shows them.
   */
  auth: z
    .strictObject({
      headers: z.record(token, secret).optional(),
      /** Cookies the target set at sign-in, set for its host before each check (corsmatrix answers Set-Cookie for it). */
      cookies: z.array(authCookieSchema).min(1).optional(),
      /** A Playwright storageState file (`page.context().storageState({ path })`), relative to the config: its cookies for the target's host. */
      storageState: z.string().min(1).optional(),
    })
    .refine((auth) => auth.headers !== undefined || auth.cookies !== undefined || auth.storageState !== undefined, { message: 'auth names headers, cookies or a storageState file' })
    .optional(),
})
  .refine((policy) => !(policy.allowedOrigins === '*' && policy.credentials), {
    message: "a public path (allowedOrigins '*') is never read with credentials: browsers refuse * with them, and an Origin reflected with credentials lets every site read as the signed-in user",
    path: ['credentials'],
  })
  .superRefine((policy, context) => {
    // A browser sends cookies only with credentials: a path read without them never signs in.
    if ((policy.auth?.cookies ?? policy.auth?.storageState) !== undefined && !policy.credentials) {
      context.addIssue({ code: 'custom', path: ['auth', policy.auth?.cookies ? 'cookies' : 'storageState'], message: 'a signed-in cookie is sent only with credentials: set credentials: true (and allowedOrigins to a list; * is never credentialed)' });
    }
    // The page sends them on every check: a policy that does not allow them blocks every check.
    for (const [name, value] of Object.entries(policy.auth?.headers ?? {})) {
      const declared = policy.requestHeaders.some((header) => header.toLowerCase() === name.toLowerCase());
      if (!declared && expectedPreflight('GET', [[name, value]]) !== false) {
        context.addIssue({ code: 'custom', path: ['auth', 'headers', name], message: `every check of this path sends ${name}, so the policy must allow it: add it to requestHeaders` });
      }
    }
  });

/** Starts the server the way Playwright's `webServer` option does. */
export const webServerSchema = z.strictObject({
  command: z.string().min(1),
  /** Waited for until it answers; also the target's base URL. */
  url: z.url(),
  reuseExistingServer: z.boolean().default(false),
  timeout: z.number().int().positive().default(60_000),
  cwd: z.string().optional(),
  env: z.record(z.string(), z.string()).optional(),
});

export const targetSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'a target name is lower-case letters, digits and hyphens' }),
    /** A server that is already running, or… */
    url: z.url().optional(),
    /** …a command that starts it. */
    webServer: webServerSchema.optional(),
    /**
     * The origin your front end calls this server by (`https://api.example.com`) where that is not
     * the address it runs at: the browsers reach the server under this name, so that it is the
     * same site as your pages or not just as in production (which decides SameSite and
     * third-party cookies), and the checks' URLs carry it. Node's own questions go to the address.
     */
    origin: serialisedOrigin.optional(),
    paths: z.array(pathPolicySchema).min(1),
  })
  .refine((target) => (target.url === undefined) !== (target.webServer === undefined), {
    message: 'give a target either `url` (a running server) or `webServer` (a command that starts it), not both',
    path: ['url'],
  })
  .refine((target) => target.origin === undefined || new URL(target.origin).protocol === new URL(target.url ?? target.webServer?.url ?? 'x:').protocol, {
    message: "the name is routed to the server's address as it is, TLS included: give the origin the scheme of the server's url",
    path: ['origin'],
  });

export const configSchema = z
  .strictObject({
    /** Your front-end origins, under their real names; the harness serves a page as each. */
    pages: z.array(serialisedOrigin).min(1),
    targets: z.array(targetSchema).min(1),
    engines: z.array(z.enum(engineNames)).default([...engineNames]),
  })
  .superRefine((config, context) => {
    // The browsers reach a page origin at corsmatrix's page server: it cannot be a server's name too.
    for (const [index, target] of config.targets.entries()) {
      if (target.origin !== undefined && config.pages.includes(target.origin)) {
        context.addIssue({ code: 'custom', path: ['targets', index, 'origin'], message: `${target.origin} is one of your pages; a server's name is an origin of its own` });
      }
    }
  });

export type PathPolicy = z.output<typeof pathPolicySchema>;
export type AuthCookie = z.output<typeof authCookieSchema>;
export type Target = z.output<typeof targetSchema>;
export type ProjectConfig = z.output<typeof configSchema>;
export type ProjectConfigInput = z.input<typeof configSchema>;

/** Where a target's paths are resolved: its `url`, or the URL its webServer is waited for at. */
export function baseUrl(target: Target): string {
  return target.url ?? target.webServer?.url ?? '';
}

/** The origin the browsers address the target by: its declared `origin`, or its base URL's. */
export function requestOrigin(target: Target): string {
  return target.origin ?? new URL(baseUrl(target)).origin;
}

/** For corsmatrix.config.ts: types the object, like Playwright's defineConfig. */
export function defineConfig(config: ProjectConfigInput): ProjectConfigInput {
  return config;
}

/** Every problem in a config, each as `field: message`. */
export function configProblems(value: unknown): string[] {
  const parsed = configSchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(config)'}: ${issue.message}`);
}
