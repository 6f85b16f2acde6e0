/**
 * One `npx corsmatrix` run from start to end, and the only owner of what it starts: the targets'
 * web servers (Playwright's own `webServer` implementation), the page origins, and the engines.
 * Everything is stopped when the run ends, also when it fails half-way or is interrupted.
 */
import runner, { type WebServerPlugin } from 'playwright/lib/runner';
import { launchEngine } from '../engines/launch.js';
import { engineNames, type EngineName } from '../model/engine-names.js';
import type { BrowserEngine } from '../engines/types.js';
import { startOrigins, type PageListeners, type RunningOrigins } from '../origins/servers.js';
import type { AcceptedEntryReport } from './accepted.js';
import { requestFromNode } from './ask.js';
import { generateChecks, pageOriginsOf, sameSite, secretCookiesOf, secretHeadersOf } from './checks.js';
import { baseUrl, requestOrigin, type ProjectConfig, type Target } from './config.js';
import { StorageStateError, withStorageStateCookies } from './storage-state.js';
import type { Check, CheckObservation } from './observation.js';
import { runChecksInOrder, type CheckRunOptions } from './run.js';
import { scaled } from '../pace.js';
import type { EngineIdentity } from '../model/observation.js';

export interface ProjectProgress {
  step(message: string): void;
  checkDone(observation: CheckObservation, done: number, total: number): void;
}

export interface ProjectResult {
  /** Each target's name and base URL (its `url`, or its webServer's), in the config's order. */
  targets: Array<{ name: string; url: string }>;
  checks: Check[];
  observations: CheckObservation[];
  engines: EngineIdentity[];
  /** Engines that could not be started, and why; their checks were not run. */
  unavailable: Array<{ engine: EngineName; why: string }>;
  /** What became of each entry of the accepted-findings file (the command sets it after the run). */
  accepted?: AcceptedEntryReport[];
}

/**
 * A run that could not start: the message names the config field at fault. `config`: the config
 * cannot be used as written; `environment`: it can, but this machine could not do it (a target
 * that never answered, a port taken, page origins that could not be served).
 */
export class ProjectSetupError extends Error {
  constructor(
    message: string,
    readonly fault: 'config' | 'environment',
  ) {
    super(message);
  }
}

const reachTimeoutMs = 10_000;

/** Whether anything answers at the URL (any HTTP status counts); the error otherwise. */
async function reach(url: string): Promise<string | undefined> {
  return (await requestFromNode(url, { method: 'HEAD', timeoutMs: scaled(reachTimeoutMs) })).error;
}

async function startTarget(target: Target, index: number, configDir: string, progress: ProjectProgress): Promise<WebServerPlugin | undefined> {
  if (target.url !== undefined) {
    const problem = await reach(target.url);
    if (problem !== undefined) throw new ProjectSetupError(`targets.${index}.url: ${target.url} does not answer (${problem}); start the server first, or give a webServer command instead`, 'environment');
    return undefined;
  }
  const server = target.webServer;
  if (!server) throw new ProjectSetupError(`targets.${index}: neither url nor webServer`, 'config');
  progress.step(`target ${target.name}: starting \`${server.command}\`, waiting for ${server.url}`);
  const plugin = runner.webServer({ ...server, ignoreHTTPSErrors: true, name: target.name, env: server.env ?? {} });
  try {
    await plugin.setup({}, configDir, { onStdErr: (chunk) => process.stderr.write(chunk) });
  } catch (error) {
    throw new ProjectSetupError(`targets.${index}.webServer: ${error instanceof Error ? error.message : String(error)}`, 'environment');
  }
  return plugin;
}

export interface RunProjectOptions {
  signal?: AbortSignal;
  /** The checks to run: every check the config implies unless given (the command may pass a selection of generateChecks(config)). */
  checks?: Check[];
  /** A fresh profile for every check, even one that could share (npm run bench compares the two). */
  freshProfiles?: boolean;
}

/** A URL's port, the scheme's default spelt out. */
function defaultedPort(url: string): number {
  const parsed = new URL(url);
  return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
}

/** Where the target runs: the host and port of its url (or its webServer's). */
function addressOf(target: Target): { host: string; port: number } {
  return { host: new URL(baseUrl(target)).hostname.replace(/^\[|\]$/g, ''), port: defaultedPort(baseUrl(target)) };
}

/**
 * Where each check that sends credentials to a target that needs a login cookie signs in first
 * (a one-time page of the sign-in listener on the target's host), the cookies' names, and, where
 * the page and the target are different sites, that the browser's third-party rules decide
 * whether they are sent: real behaviour, shown, not worked around.
 */
function signInFor(config: ProjectConfig, checks: readonly Check[], listener: PageListeners['signIn']): NonNullable<CheckRunOptions['signIn']> {
  const secretCookies = secretCookiesOf(config, checks);
  return (check) => {
    const cookies = secretCookies.get(check.id);
    const target = config.targets.find((candidate) => candidate.name === check.target);
    if (!cookies || !target || !listener) return undefined;
    const at = new URL(requestOrigin(target));
    const pages = new Set(check.steps.filter((step) => step.intent.intent === 'allow' && step.request.credentials === 'include').map((step) => step.request.page));
    const crossSite = [...pages].filter((page) => page !== 'null' && !sameSite(page, at.origin));
    return {
      url: `${at.protocol}//${at.hostname}:${listener.port}${listener.pages.register(cookies)}`,
      cookies: cookies.map((cookie) => cookie.name),
      ...(crossSite.length > 0
        ? { note: `${crossSite.join(', ')} and ${at.origin} are different sites, so the browser's third-party cookie rules decide whether it sends the cookies; if your front end calls the server by a name of its own site, give that name as the target's origin` }
        : {}),
    };
  };
}

/** Runs the checks in each of the config's engines. */
export async function runProject(given: ProjectConfig, configDir: string, progress: ProjectProgress, options: RunProjectOptions = {}): Promise<ProjectResult> {
  let config: ProjectConfig;
  try {
    config = withStorageStateCookies(given, configDir);
  } catch (error) {
    if (error instanceof StorageStateError) throw new ProjectSetupError(error.message, 'config');
    throw error;
  }
  const { signal, checks = generateChecks(config) } = options;
  const servers: WebServerPlugin[] = [];
  const engines: BrowserEngine[] = [];
  let origins: RunningOrigins | undefined;
  const stop = async () => {
    await Promise.allSettled(engines.map((engine) => engine.close()));
    await origins?.stop();
    await Promise.allSettled(servers.map((server) => server.teardown()));
  };
  const securePages = config.pages.filter((page) => page.startsWith('https:'));
  for (const target of config.targets) {
    const url = baseUrl(target);
    if (url.startsWith('http:') && securePages.length > 0) {
      progress.step(`note: ${target.name} is plain http and ${securePages.join(', ')} https; browsers block such requests as mixed content (WebKit even for loopback)`);
    }
  }
  try {
    for (const [index, target] of config.targets.entries()) {
      const server = await startTarget(target, index, configDir, progress);
      if (server) servers.push(server);
      signal?.throwIfAborted();
    }
    const pageOrigins = [...new Set([...config.pages, ...pageOriginsOf(checks)])];
    try {
      origins = await startOrigins({
        pageOrigins,
        forwards: config.targets.flatMap((target) => {
          if (!target.origin) return [];
          const address = addressOf(target);
          return [{ host: new URL(target.origin).hostname, port: defaultedPort(target.origin), to: { address: address.host, port: address.port } }];
        }),
        signInHosts: config.targets.filter((target) => target.paths.some((policy) => policy.auth?.cookies)).map((target) => new URL(requestOrigin(target)).hostname),
        outsideTestRun: 'corsmatrix serves only its probe page here, as your page origins (and sign-in pages for targets that need a login cookie)',
      });
    } catch (error) {
      throw new ProjectSetupError(`pages: ${error instanceof Error ? error.message : String(error)}`, 'environment');
    }
    const pages = origins.pages;
    if (!pages) throw new ProjectSetupError('pages: no page origin to serve', 'config');
    progress.step(`serving the probe page as ${pages.origins.length} origins on ${pages.listener.address}:${pages.listener.port}, each engine told to reach them there`);
    const wanted = engineNames.filter((name) => config.engines.includes(name));
    progress.step(`starting ${wanted.join(', ')}`);
    const unavailable: ProjectResult['unavailable'] = [];
    await Promise.all(
      wanted.map(async (name) => {
        try {
          engines.push(await launchEngine({ engine: name }, name, { pages }));
        } catch (error) {
          unavailable.push({ engine: name, why: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
    signal?.throwIfAborted();
    for (const engine of engines) progress.step(`${engine.identity.engine}: ${engine.identity.browser} ${engine.identity.version}`);
    for (const { engine, why } of unavailable) progress.step(`${engine}: not started: ${why}`);
    const total = checks.length * engines.length;
    let done = 0;
    const observations: CheckObservation[] = [];
    const hostPage = config.pages[0] as string;
    const secretHeaders = secretHeadersOf(config);
    const signIn = signInFor(config, checks, pages.signIn);
    const targetAddresses = new Map(config.targets.flatMap((target) => (target.origin ? [[target.name, addressOf(target)] as const] : [])));
    // Each engine works through the checks in order; the engines run at the same time.
    await Promise.all(
      [...engines].map((engine) =>
        runChecksInOrder(checks, engine, {
          hostPage,
          secretHeaders,
          signIn,
          targetAddresses,
          signal,
          ...(options.freshProfiles ? { freshProfile: true } : {}),
          onRetry: (check, why) => progress.step(`note: ${check.id}: ${why}`),
          // The dead engine is stopped (what it left behind with it) and replaced in the list this run stops.
          restartEngine: async (dead) => {
            await dead.close().catch(() => undefined);
            const fresh = await launchEngine({ engine: dead.identity.engine }, dead.identity.engine, { pages });
            engines.splice(engines.indexOf(dead), 1, fresh);
            progress.step(`${fresh.identity.engine}: started again: ${fresh.identity.browser} ${fresh.identity.version}`);
            return fresh;
          },
          onObservation: (observation) => {
            observations.push(observation);
            progress.checkDone(observation, ++done, total);
          },
        }),
      ),
    );
    const order = (observation: CheckObservation) => checks.indexOf(observation.check) * engineNames.length + engineNames.indexOf(observation.engine.engine);
    observations.sort((a, b) => order(a) - order(b));
    const identities = engines.map((engine) => engine.identity).sort((a, b) => engineNames.indexOf(a.engine) - engineNames.indexOf(b.engine));
    return { targets: config.targets.map((target) => ({ name: target.name, url: baseUrl(target) })), checks, observations, engines: identities, unavailable };
  } finally {
    await stop();
  }
}
