/**
 * corsmatrix.config.ts: your own server, seen from your own front-end origins (issue #13).
 * The user declares the policy they mean (intent), not header strings; harness/project/checks.ts
 * turns it into checks. Checked with zod when loaded, so a mistake names its field.
 */
import { z } from 'zod';
import { engineNames } from '../engines/names.js';
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
   * A path that needs a login: headers every request of its checks carries, as a signed-in front
   * end sends them (`Authorization: Bearer …`, from an environment variable). Their values are
   * secrets: no report or progress line shows them.
   */
  auth: z.strictObject({ headers: z.record(token, z.string().min(1, { message: 'an empty secret: is its environment variable set?' })) }).optional(),
})
  .refine((policy) => !(policy.allowedOrigins === '*' && policy.credentials), {
    message: "a public path (allowedOrigins '*') is never read with credentials: browsers refuse * with them, and an Origin reflected with credentials lets every site read as the signed-in user",
    path: ['credentials'],
  })
  .superRefine((policy, context) => {
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
    paths: z.array(pathPolicySchema).min(1),
  })
  .refine((target) => (target.url === undefined) !== (target.webServer === undefined), {
    message: 'give a target either `url` (a running server) or `webServer` (a command that starts it), not both',
    path: ['url'],
  });

export const configSchema = z.strictObject({
  /** Your front-end origins, under their real names; the harness serves a page as each. */
  pages: z.array(serialisedOrigin).min(1),
  targets: z.array(targetSchema).min(1),
  engines: z.array(z.enum(engineNames)).default([...engineNames]),
});

export type PathPolicy = z.output<typeof pathPolicySchema>;
export type Target = z.output<typeof targetSchema>;
export type ProjectConfig = z.output<typeof configSchema>;
export type ProjectConfigInput = z.input<typeof configSchema>;

/** Where a target's paths are resolved: its `url`, or the URL its webServer is waited for at. */
export function baseUrl(target: Target): string {
  return target.url ?? target.webServer?.url ?? '';
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
