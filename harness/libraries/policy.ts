/**
 * The library suite as a user of `npx corsmatrix` (issue #13): one declared policy, served by
 * each library in every form of its origin option (a list, one exact origin, a RegExp, an origin
 * function written as its README shows), and checked by the same generated checks, runner,
 * verdicts and target view as a user's own server. Each library runs as a config target with a
 * Playwright `webServer` command (scripts/serve-library.ts), the way a user's server does.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import escapeStringRegexp from 'escape-string-regexp';
import { configSchema, pathPolicySchema, type PathPolicy, type ProjectConfig, type ProjectConfigInput } from '../own-server/config.js';
import type { EngineName } from '../model/engine-names.js';
import { failingVerdicts, type Check, type CheckObservation, type CheckVerdict } from '../own-server/observation.js';
import type { Finding } from '../model/scenario.js';
import { endpointPaths, requestIdHeader } from './endpoints.js';
import { libraryAdapters } from './index.js';
import type { LibraryName } from '../model/library-names.js';
import type { EndpointSettings, LibraryCorsOptions, OriginOption } from '../model/library-options.js';

/** The front end every library is checked for; its look-alikes are the origins that must be refused. */
export const policyPage = 'https://app.example.com';

/**
 * What a developer means when setting up any of the libraries for a front end that reads with
 * cookies, PUTs with a bearer token, reads X-Request-Id and caches the preflight for ten minutes.
 */
export const libraryPolicy: PathPolicy = pathPolicySchema.parse({
  path: endpointPaths.resource,
  allowedOrigins: [policyPage],
  credentials: true,
  methods: ['PUT'],
  requestHeaders: ['Authorization', 'Content-Type'],
  exposedHeaders: [requestIdHeader],
  maxAge: 600,
  // The framework's error path (a thrown error) and an error the handler returns itself.
  errorPaths: [endpointPaths.throws, endpointPaths.unauthorized],
});

/** Cacheable, so that the `Vary: Origin` check can catch a cached answer reaching another origin. */
export const policyEndpointSettings: EndpointSettings = { cacheControl: 'private, max-age=60' };

export const originForms = ['list', 'exact', 'regexp', 'function'] as const;
export type OriginForm = (typeof originForms)[number];

/** The policy's allowed origins in one form of the generic origin option. */
function originOption(form: OriginForm, origins: string[]): OriginOption {
  switch (form) {
    case 'list':
      return origins;
    case 'exact':
      const [only] = origins;
      if (origins.length !== 1 || only === undefined) throw new Error(`corsmatrix: the exact form takes one origin, not ${origins.length}`);
      return only;
    case 'regexp':
      // Anchored and escaped, as a careful developer writes it: what must be refused is the library's business.
      return { regexp: `^(?:${origins.map((origin) => escapeStringRegexp(origin)).join('|')})$` };
    case 'function':
      return { allowList: origins };
  }
}

/** The generic library options that say what the policy means, in one origin form. */
export function policyOptions(policy: PathPolicy, form: OriginForm): LibraryCorsOptions {
  // The library policy names its front end; a public path ('*') has no origins to list.
  const origins = policy.allowedOrigins === '*' ? [] : policy.allowedOrigins.filter((origin): origin is string => typeof origin === 'string');
  return {
    origin: originOption(form, origins),
    credentials: policy.credentials,
    // Named, not left to the library's default, which allows more than the policy declares.
    methods: ['GET', 'HEAD', 'POST', ...policy.methods],
    allowedHeaders: policy.requestHeaders,
    exposedHeaders: policy.exposedHeaders,
    maxAge: policy.maxAge,
  };
}

/** The origin forms a library has an option for (its adapter refuses the others before anything runs). */
export function formsOf(library: LibraryName): OriginForm[] {
  return originForms.filter((form) => {
    try {
      libraryAdapters[library].mapOptions(policyOptions(libraryPolicy, form));
      return true;
    } catch {
      return false;
    }
  });
}

/** The target name of one library in one form, e.g. `express-cors-regexp`. */
export function policyTargetName(library: LibraryName, form: OriginForm): string {
  return `${library}-${form}`;
}

/** The path scripts/serve-library.ts answers itself, for the webServer to wait for. */
export const readyPath = '/corsmatrix-ready';

const serveScript = fileURLToPath(new URL('../../scripts/serve-library.ts', import.meta.url));

/**
 * A corsmatrix config with one target per library and origin form, each started by its own
 * webServer command on a free loopback port (with this process's environment, so a checkout
 * named by CORSMATRIX_LIBRARY_PATH_* is what it serves).
 */
export async function libraryPolicyConfig(options: { libraries: readonly LibraryName[]; engines?: EngineName[] | undefined; forms?: readonly OriginForm[] | undefined }): Promise<ProjectConfig> {
  const targets: ProjectConfigInput['targets'] = [];
  for (const library of options.libraries) {
    for (const form of formsOf(library).filter((form) => options.forms?.includes(form) ?? true)) {
      const port = await getPort({ host: '127.0.0.1' });
      targets.push({
        name: policyTargetName(library, form),
        webServer: {
          command: `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(serveScript)} ${library} ${form} ${port}`,
          cwd: path.dirname(path.dirname(serveScript)),
          url: `https://127.0.0.1:${port}${readyPath}`,
        },
        paths: [libraryPolicy],
      });
    }
  }
  return configSchema.parse({ pages: [policyPage], targets, ...(options.engines ? { engines: options.engines } : {}) });
}

/**
 * A check the policy run is known to fail for one library in one origin form, and the library bug
 * that explains it: the run passes when exactly these fail, so a fix or a regression shows.
 */
export interface PolicyFinding {
  library: LibraryName;
  /** The origin forms that show it. */
  forms: OriginForm[];
  /** The check's id after the target and path, e.g. `vary-origin https://evil.example.com refused first`. */
  check: string;
  /** The verdict in the engines that show it; the others deliver the intent. */
  verdict: Exclude<CheckVerdict, 'intent-delivered' | 'not-measured'>;
  engines: EngineName[];
  finding: Finding;
}

export const policyFindings: PolicyFinding[] = [
  {
    library: 'express-cors',
    forms: ['function'],
    check: `vary-origin https://evil.example.com refused first`,
    verdict: 'blocked-what-should-pass',
    // Chromium and WebKitGTK fetched again for the allowed origin here; Firefox served its cached copy.
    engines: ['firefox'],
    finding: {
      summary:
        'when the origin function refuses, cors sends no Vary: Origin (nor any CORS header); Firefox caches that refusal and serves it to the allowed origin, which then cannot read until the cache entry expires',
      link: 'https://github.com/expressjs/cors/issues/330',
    },
  },
  {
    library: 'itty-cors',
    forms: ['list', 'exact', 'regexp', 'function'],
    check: 'exposed-header X-Request-Id',
    verdict: 'blocked-what-should-pass',
    engines: ['chromium', 'firefox', 'webkit'],
    finding: {
      summary: "itty-router's corsify adds only Allow-Origin and Allow-Credentials to the actual response; Access-Control-Expose-Headers goes on the preflight alone, so the exposed header stays hidden from the page",
      link: 'https://itty.dev/itty-router/cors',
    },
  },
  {
    library: 'itty-cors',
    // With one exact origin itty answers every origin with that origin, so a refusal cached for
    // another origin still names the allowed one.
    forms: ['list', 'regexp', 'function'],
    check: `vary-origin https://evil.example.com refused first`,
    verdict: 'blocked-what-should-pass',
    // As with cors above: Chromium and WebKitGTK fetched again, Firefox served its cached refusal.
    engines: ['firefox'],
    finding: {
      summary: "itty-router's cors() never sends Vary; the cached refusal of a same-site origin is served to the allowed origin, which then cannot read until the cache entry expires",
      link: 'https://itty.dev/itty-router/cors',
    },
  },
  {
    library: 'flask-cors',
    // The policy names one front end: a list of one origin, or that origin as a string. A RegExp sends Vary.
    forms: ['list', 'exact'],
    check: `vary-origin https://evil.example.com refused first`,
    verdict: 'blocked-what-should-pass',
    // As with cors above: Chromium and WebKitGTK fetched again, Firefox served its cached refusal.
    engines: ['firefox'],
    finding: {
      summary:
        'Flask-CORS sends Vary: Origin only when origins has more than one entry or a pattern; with the one front end a policy names, its answer still depends on the Origin (the allowed one is named, any other gets no CORS header), so Firefox serves the cached refusal to the allowed origin, which then cannot read until the cache entry expires. No upstream issue found (searched 2026-12-08)',
      link: 'https://github.com/corydolphin/flask-cors/blob/3.0.10/flask_cors/core.py',
    },
  },
];

export interface PolicyComparison {
  /** Failing cells a finding explains. */
  explained: Array<{ observation: CheckObservation; finding: PolicyFinding }>;
  /** Failing cells no finding explains, and declared findings a cell did not show (fixed, or changed). */
  unexplained: Array<{ observation: CheckObservation; declared: PolicyFinding | undefined }>;
}

/** The check's id without its target and path: what a finding names. */
export function policyCheckName(check: Check): string {
  return check.id.slice(`${check.target}${libraryPolicy.path} `.length);
}

/** Each cell of a policy run against the declared findings: `not measured` is neither. */
export function comparePolicyRun(observations: readonly CheckObservation[], findings: readonly PolicyFinding[] = policyFindings): PolicyComparison {
  const comparison: PolicyComparison = { explained: [], unexplained: [] };
  for (const observation of observations) {
    const { check } = observation;
    const declared = findings.find(
      (finding) =>
        finding.forms.some((form) => policyTargetName(finding.library, form) === check.target) &&
        finding.check === policyCheckName(check) &&
        finding.engines.includes(observation.engine.engine),
    );
    if (declared && observation.verdict === declared.verdict) comparison.explained.push({ observation, finding: declared });
    else if (declared || failingVerdicts.has(observation.verdict)) comparison.unexplained.push({ observation, declared });
  }
  return comparison;
}
