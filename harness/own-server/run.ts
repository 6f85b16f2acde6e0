/**
 * Runs one check of a corsmatrix.config (harness/own-server/checks.ts) in one engine, against a
 * server the harness did not write: each step's request made by the in-page probe from a page
 * served as the step's origin (a sandboxed frame for `null`), what the page saw, the engine's
 * own reason when it was blocked, what the server answers that origin (asked from Node), and the
 * library view's verdict. Each check has a fresh profile and URLs of its own, so no cookie,
 * cached response or cached preflight of another check reaches it.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserEngine, BrowserSession } from '../engines/types.js';
import { readsAll, stepVerdict, type StepIntent } from '../model/intent.js';
import { plainPageUrl, withRunToken } from '../model/urls.js';
import type { ProbeRequest } from '../probe/probe.js';
import { explain } from '../reasons/explain.js';
import { chromiumResponseCheckCodes } from '../reasons/phrases.js';
import { blockedReasons, type BlockedReason } from '../model/reasons.js';
import { corsPreflightCheck } from '../scenario/fetch-cors-check.js';
import { normalizeMethod } from '../scenario/fetch-safelist.js';
import type { EngineIdentity, EngineMessage, PageObservation, Blocked } from '../model/observation.js';
import { askServer } from './ask.js';
import { worstCheckVerdict, type Check, type CheckObservation, type CheckRequest, type CheckStepObservation, type ServerAnswer } from './observation.js';
import { scaled } from '../pace.js';

export interface CheckRunOptions {
  /** The page a sandboxed frame (origin `null`) is opened in. */
  hostPage: string;
  timeoutMs?: number;
  /** How long the whole check may take (checkDeadlineMs unless given). */
  deadlineMs?: number;
  /** The values of the secret headers (auth.headers) each check's requests send, by check id (checks.ts secretHeadersOf). */
  secretHeaders?: ReadonlyMap<string, Record<string, string>>;
  /** A profile of the check's own even where it could share one (a second attempt). */
  freshProfile?: boolean;
  /**
   * A one-time sign-in page (harness/origins/sign-in.ts) the check's own profile visits first,
   * where its target needs a login cookie; only for checks that send credentials, which never
   * share a profile.
   */
  signIn?: (check: Check) => { url: string; cookies: string[]; note?: string } | undefined;
  /** Where Node reaches a target that the browsers reach under another name (its `origin`), by target name. */
  targetAddresses?: ReadonlyMap<string, { host: string; port: number }>;
}

/**
 * Whether a check can run in the engine's shared profile with the same isolation as in a fresh
 * one: none of its requests carries credentials, so none sends a cookie or stores one (a
 * cross-origin request with credentials "same-origin" ignores Set-Cookie), and its URL carries a
 * token of its own, so no HTTP-cache or preflight-cache entry of another check can answer it. What
 * the profile keeps between checks (connections, the page origins' probe pages) decides nothing.
 */
export function sharesProfile(check: Check): boolean {
  return check.steps.every((step) => step.request.credentials !== 'include');
}

/**
 * The page origin each page has loaded, while nothing of an earlier request can still be in
 * flight there: a page whose request timed out, or whose check failed, is left out, so that the
 * next step there loads it again.
 */
const loadedOrigin = new WeakMap<BrowserSession, string>();

/**
 * A check takes about two seconds; one still running after a minute is stuck in its driver (a
 * WebDriver command that never returns, a page that never loads), not waiting for a server: each
 * request has its own timeout. Without a bound, one stuck command would hold up the whole run.
 * A minute on a quiet machine: stretched on a busy one (pace.ts).
 */
const checkDeadlineMs = 60_000;

/** A check given up on at its deadline, with what the engine was still doing. */
export class CheckStuckError extends Error {}

/** A check whose page went away under it, by no call of the harness (its process crashed, say). */
export class CheckInterruptedError extends Error {}

/**
 * Playwright rejects the calls of a page, context or browser that went away before it reports
 * why (the page's `crash` or `close`, the browser's `disconnected`, the process's exit): a while
 * for one of those to arrive, longer on a busy machine (seen: more than 250 ms under load).
 */
async function afterClosedTarget(error: unknown, engine: BrowserEngine, session: BrowserSession | undefined): Promise<void> {
  if (!(error instanceof Error && (error.name === 'TargetClosedError' || error.message.includes('has been closed')))) return;
  const started = Date.now();
  // A page that went away may be the first news of a browser that died: a moment more for that.
  const known = () => engine.failure !== undefined || (session?.interrupted !== undefined && Date.now() - started >= scaled(250));
  while (!known() && Date.now() - started < scaled(3_000)) await new Promise((resolve) => setTimeout(resolve, 25));
}

function checkProbeRequest(request: CheckRequest, url: string, timeoutMs: number, secrets: Record<string, string>): ProbeRequest {
  return {
    api: 'fetch',
    url,
    method: request.method,
    // The request names a secret header; its value comes from the config here, and only here.
    headers: Object.entries({ ...request.headers, ...secrets }),
    body: undefined,
    readHeaders: request.readHeaders,
    timeoutMs,
    credentials: request.credentials,
    mode: 'cors',
    redirect: 'follow',
    keepalive: false,
    serviceWorker: null,
    readTiming: false,
    sandboxed: request.page === 'null',
  };
}

interface CheckStepFacts {
  page: PageObservation;
  serverStatus: number | null;
  preflightSent: boolean | null;
  /** Why a cached answer cannot be seen reused, for a step whose question is the HTTP cache. */
  cacheUnseen: string | undefined;
  /** For a request that must not reach the server: whether it did; undefined when that is not known. */
  reached: Reached | undefined;
}

type Reached = NonNullable<CheckStepObservation['reached']>;

/** Reasons only a preflight answer gives: an engine that names one did not send the request. */
const preflightOnlyReasons: ReadonlySet<BlockedReason> = new Set([
  'preflight-status-not-ok',
  'preflight-redirected',
  'allow-methods-invalid',
  'allow-headers-invalid',
  'method-not-allowed',
  'header-not-allowed',
  'authorization-not-covered-by-wildcard',
]);

/** Reasons an engine gives before it sends anything, preflight included (WebKit's mixed content for an https page and an http target). */
const unsentReasons: ReadonlySet<BlockedReason> = new Set(['mixed-content', 'local-network-denied', 'mode-same-origin', 'no-cors-method']);

/**
 * Whether a preflighted request reached the server: the engine's own account where it gives one
 * (the page got the answer; Chromium's code says which answer failed its check; a reason only a
 * preflight answer has, or one given before anything is sent), else the preflight answer asked
 * from Node, judged by the standard's CORS-preflight check, which decides whether a browser sends
 * the request.
 */
function reachedServer(request: CheckRequest, page: PageObservation, messages: EngineMessage[], blocked: Blocked | null, server: ServerAnswer | undefined): Reached | undefined {
  const what = `${request.method} from ${request.page}`;
  if (page.result === 'response') return { value: true, by: 'engine', words: `the page got the answer to its ${request.method}` };
  // Only this request's own: the step before, with the same URL, may have had its message late.
  const method = normalizeMethod(request.method);
  const code = messages
    .filter((message) => message.method === method)
    .map((message) => message.code)
    .find((code) => code !== undefined && (code.includes('Preflight') || chromiumResponseCheckCodes.has(code)));
  if (code?.includes('Preflight')) return { value: false, by: 'engine', words: `the preflight refused the ${what} [${code}]` };
  if (code !== undefined) return { value: true, by: 'engine', words: `the preflight let the ${what} through; only its answer was refused [${code}]` };
  if (blocked?.by === 'engine' && preflightOnlyReasons.has(blocked.reason)) return { value: false, by: 'engine', words: `the preflight refused the ${what}: ${blockedReasons[blocked.reason].summary}` };
  if (blocked?.by === 'engine' && unsentReasons.has(blocked.reason)) return { value: false, by: 'engine', words: `the engine did not send the ${what} at all: ${blockedReasons[blocked.reason].summary}` };
  if (server?.method !== 'OPTIONS' || server.status === null) return undefined;
  const check = corsPreflightCheck(
    { origin: request.page, method: request.method, headers: Object.entries(request.headers), credentials: request.credentials },
    { status: server.status, headers: server.headers },
  );
  return check.ok
    ? { value: true, by: 'preflight-answer', words: `the preflight let ${request.page} send ${request.method} (its answer, asked from Node, passes the CORS-preflight check), so the ${request.method} reached your server` }
    : { value: false, by: 'preflight-answer', words: `the preflight refuses the ${what} (its answer, asked from Node: ${check.why})` };
}

function checkStepVerdict(check: Check, step: Check['steps'][number], { page, serverStatus, preflightSent, cacheUnseen, reached }: CheckStepFacts): Pick<CheckStepObservation, 'verdict' | 'unmeasured'> {
  // An error-answer check that met no error measured nothing about error answers.
  const status = page.status ?? serverStatus;
  if (check.kind === 'error-answer' && status !== null && status < 400) return { verdict: 'not-measured', unmeasured: `the server answered ${status}, not an error status` };
  if (page.result === 'timeout') return { verdict: 'not-measured', unmeasured: page.error ?? 'the request did not settle in time' };
  // The page refused to make the request at all: nothing about the server was learnt.
  if (page.result === 'threw') return { verdict: 'not-measured', unmeasured: `the page could not make the request: ${page.error ?? 'it threw'}` };
  const { intent } = step;
  const read = page.result === 'response' && readsAll(page, step.request.readHeaders);
  // Whether the request could be read is known; where the engine does not say whether it sent a
  // preflight, whether the preflight cache was used is not.
  const unknowable = intent.preflight !== undefined && preflightSent === null;
  const verdict = stepVerdict(unknowable ? { intent: intent.intent } : intent, { read, preflightSent: preflightSent ?? false });
  if (unknowable && verdict === 'intent-delivered') {
    return { verdict: 'not-measured', unmeasured: 'this engine does not say whether it sent a preflight, and a server corsmatrix does not run keeps no log for it' };
  }
  // Without an HTTP cache the request reached the server afresh: a clean result says nothing about Vary.
  if (cacheUnseen !== undefined && verdict === 'intent-delivered') return { verdict: 'not-measured', unmeasured: cacheUnseen };
  if (step.mustNotReach) {
    if (reached?.value) return { verdict: 'unsafe' };
    if (reached === undefined && verdict === 'intent-delivered') return { verdict: 'not-measured', unmeasured: `whether the ${step.request.method} reached the server is not known: the engine does not say, and its preflight answer could not be asked` };
  }
  return { verdict: verdict === 'unsafe' && step.readMeans ? step.readMeans : verdict };
}

export async function runCheck(check: Check, engine: BrowserEngine, options: CheckRunOptions): Promise<CheckObservation> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 5_000;
  const deadlineMs = options.deadlineMs ?? scaled(checkDeadlineMs);
  const token = `${check.kind}-${randomBytes(6).toString('hex')}`;
  const url = withRunToken(check.url, token);
  const shared = !options.freshProfile && sharesProfile(check);
  let doing = shared ? "taking the shared profile's page" : 'opening a fresh profile';
  let stuck: CheckStuckError | undefined;
  /** The check's own profile, where it has one. */
  let session: BrowserSession | undefined;
  /** The page the check is using now. */
  let page: BrowserSession | undefined;
  /** Each call that could hang, named for the message if it never returns; none after the deadline. */
  const call = <T>(what: string, operation: () => Promise<T>): Promise<T> => {
    if (stuck) return Promise.reject(stuck);
    doing = what;
    return operation();
  };
  const steps: CheckStepObservation[] = [];
  let signedIn: CheckObservation['signedIn'];
  /** The page a step runs in: the shared profile's, or the check's own profile's. */
  const pageFor = async (): Promise<BrowserSession> => {
    // One page of the shared profile, navigated where each step needs it: most page origins here
    // (the look-alikes) are visited once, so a page per origin would only pile up tabs.
    if (shared) return call("taking the shared profile's page", () => engine.sharedSession());
    session ??= await call('opening a fresh profile', () => engine.newSession());
    return session;
  };
  const measure = async () => {
    const signIn = shared ? undefined : options.signIn?.(check);
    if (signIn !== undefined) {
      const current = await pageFor();
      page = current;
      const at = new URL(signIn.url).origin;
      await call(`signing in at ${at}`, () => current.goto(signIn.url));
      // An engine may show an error page instead of failing the navigation: without its cookies
      // the check would measure a signed-out request.
      const said = await call('reading the sign-in page', () => current.evaluate<string>('document.body ? document.body.textContent : ""'));
      if (!said.startsWith('corsmatrix: ')) throw new Error(`${engine.identity.engine} did not load the sign-in page at ${at}${said ? `: ${said.slice(0, 200)}` : ''}`);
      signedIn = { at, cookies: signIn.cookies, ...(signIn.note ? { note: signIn.note } : {}) };
    }
    for (const step of check.steps) {
      const pageOrigin = step.request.page === 'null' ? options.hostPage : step.request.page;
      const current = await pageFor();
      page = current;
      if (loadedOrigin.get(current) !== pageOrigin) {
        loadedOrigin.delete(current);
        await call(`loading ${plainPageUrl(pageOrigin)}`, () => current.goto(plainPageUrl(pageOrigin)));
        // An engine may land elsewhere (Chromium upgrades http: navigations to https:), and a
        // request from another origin would measure another check.
        const landed = await call('reading the page\'s origin', () => current.evaluate<string>('location.origin'));
        if (landed !== pageOrigin) throw new Error(`${engine.identity.engine} opened ${plainPageUrl(pageOrigin)} but landed on ${landed}`);
        loadedOrigin.set(current, pageOrigin);
      }
      await measureStep(step, current);
    }
  };
  const measureStep = async (step: Check['steps'][number], page: BrowserSession) => {
    page.takePreflights?.();
    const observed = await call(`making the ${step.request.method} request from ${step.request.page}`, () => page.probe(checkProbeRequest(step.request, url, timeoutMs, options.secretHeaders?.get(check.id) ?? {})));
    // A request still in flight would share the page with the next one: that page loads again first.
    if (observed.result === 'timeout') loadedOrigin.delete(page);
    const messages = await call('collecting its messages', () => page.takeMessages({ token, failed: observed.result === 'network-error' }));
    const preflights = page.takePreflights?.();
    const preflightSent = preflights === undefined ? null : preflights.includes(url);
    const connectTo = options.targetAddresses?.get(check.target);
    const server = await call('asking the server from Node', () => askServer({ url, origin: step.request.page, method: step.request.method, headers: step.request.headers, ...(connectTo ? { connectTo } : {}) }));
    const blocked = explain({
      engine: engine.identity.engine,
      page: observed,
      received: [],
      // No server log: known to be the request itself only where the engine says it sent no preflight.
      refused: { request: preflightSent === false ? 'request' : 'unknown', hop: null },
      messages,
      messagesUnavailable: engine.identity.messagesUnavailable,
      responseHeaders: () => server?.headers ?? [],
      timeoutMs,
    });
    // A Vary check's later steps ask whether the first one's cached answer is reused.
    const cacheUnseen = check.kind === 'vary-origin' && steps.length > 0 ? engine.identity.httpCacheUnavailable : undefined;
    const reached = step.mustNotReach ? reachedServer(step.request, observed, messages, blocked, server) : undefined;
    const verdict = checkStepVerdict(check, step, { page: observed, serverStatus: server?.status ?? null, preflightSent, cacheUnseen, reached });
    steps.push({ request: step.request, intent: step.intent, page: observed, blocked, messages, server, preflightSent, ...(reached ? { reached } : {}), ...verdict });
  };
  const measured = measure();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stuck = new CheckStuckError(`${engine.identity.engine} was still ${doing} after ${Math.round(deadlineMs / 1000)} s`);
      reject(stuck);
    }, deadlineMs);
  });
  try {
    await Promise.race([measured, deadline]);
  } catch (error) {
    if (page) loadedOrigin.delete(page);
    if (stuck) throw error;
    await afterClosedTarget(error, engine, page);
    const interrupted = page?.interrupted;
    // A shared profile whose page went away is given up, like a stuck one.
    if (shared && interrupted !== undefined) await engine.discardShared().catch(() => undefined);
    if (interrupted !== undefined && engine.failure === undefined) throw new CheckInterruptedError(`${engine.identity.engine}: ${interrupted} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    throw error;
  } finally {
    clearTimeout(timer);
    if (stuck) {
      // Closing the profile ends a stuck call where the driver allows; a profile that opens late
      // is closed when it does. What the stuck call settles to is not read. A stuck shared
      // profile is given up: the next check that shares one gets a new one.
      if (shared) void engine.discardShared().catch(() => undefined);
      void session?.close().catch(() => undefined);
      void measured.catch(() => undefined).finally(() => session?.close().catch(() => undefined));
    } else {
      await session?.close();
    }
  }
  return { check, engine: engine.identity, url, ...(signedIn ? { signedIn } : {}), steps, verdict: worstCheckVerdict(steps.map((step) => step.verdict), 'intent-delivered'), durationMs: Date.now() - started };
}

function notMeasured(check: Check, engine: BrowserEngine, error: string): CheckObservation {
  return { check, engine: engine.identity, url: check.url, steps: [], verdict: 'not-measured', error, durationMs: 0 };
}

/** An engine stuck in this many checks in a row (each tried twice) is given up for the rest of the run. */
const stuckChecksBeforeGivingUp = 3;

export interface ChecksRunOptions extends CheckRunOptions {
  signal?: AbortSignal;
  /** Told why a check is run again. */
  onRetry?: (check: Check, why: string) => void;
  /**
   * Starts the engine again after its browser died (the caller owns it), for the rest of the
   * run; called at most once. Without it, the rest of the checks are not measured.
   */
  restartEngine?: (dead: BrowserEngine) => Promise<BrowserEngine>;
  onObservation: (observation: CheckObservation) => void;
}

/**
 * The checks in one engine, one after the other. A check that fails is not measured and the run
 * goes on. One that is stuck (CheckStuckError) or whose page went away under it
 * (CheckInterruptedError) is run again in a fresh profile: neither says anything about CORS. The
 * cell says so (`retried`); stuck twice, it is not measured, and an engine stuck in a few checks
 * in a row runs no more of them. A browser that died is started again once (restartEngine) and
 * the check run again; dead a second time, the rest of its checks are not measured, with why.
 */
export async function runChecksInOrder(checks: readonly Check[], engine: BrowserEngine, options: ChecksRunOptions): Promise<void> {
  let current = engine;
  let restarted = false;
  let dead: string | undefined;
  let stuckInARow = 0;
  // The checks that share the profile first, then those with one each: a WebDriver endpoint holds
  // one session at a time, so that switching between the two would open profiles for nothing.
  const shares = new Map(checks.map((check) => [check, sharesProfile(check)]));
  const ordered = [...checks.filter((check) => shares.get(check)), ...checks.filter((check) => !shares.get(check))];
  for (const check of ordered) {
    options.signal?.throwIfAborted();
    if (dead !== undefined) {
      options.onObservation(notMeasured(check, current, `not run: ${dead}`));
      continue;
    }
    if (stuckInARow >= stuckChecksBeforeGivingUp) {
      options.onObservation(notMeasured(check, current, `not run: ${current.identity.engine} was stuck in ${stuckChecksBeforeGivingUp} checks in a row`));
      continue;
    }
    let retried: string | undefined;
    let observation: CheckObservation | undefined;
    while (!observation) {
      try {
        // A second attempt has a profile of its own: the first may have left the shared one stuck.
        const measured = await runCheck(check, current, retried === undefined ? options : { ...options, freshProfile: true });
        observation = retried === undefined ? measured : { ...measured, retried };
        stuckInARow = 0;
      } catch (error) {
        // runCheck has let a closed target's reasons arrive before it threw.
        const failure = current.failure;
        const why = failure ?? (error instanceof Error ? error.message : String(error));
        if (failure !== undefined) {
          if (restarted || !options.restartEngine) {
            dead = failure;
            observation = notMeasured(check, current, failure);
            continue;
          }
          restarted = true;
          options.onRetry?.(check, `${failure}; starting ${current.identity.engine} again for the rest of the run`);
          try {
            const died = current;
            current = await options.restartEngine(died);
            // Read again once the new browser is up: a process's exit can be reported after its
            // connection's end (seen in CI: "exited" for a SIGKILL), and by now it has been.
            retried = died.failure ?? failure;
          } catch (restartError) {
            dead = `${failure}; it did not start again: ${restartError instanceof Error ? restartError.message : String(restartError)}`;
            observation = notMeasured(check, current, dead);
          }
        } else if (!(error instanceof CheckStuckError || error instanceof CheckInterruptedError)) {
          observation = notMeasured(check, current, why);
          stuckInARow = 0;
        } else if (retried !== undefined) {
          observation = notMeasured(check, current, `${error instanceof CheckStuckError ? 'stuck' : 'interrupted'} twice: ${retried === why ? why : `${retried}, then ${why}`}`);
          if (error instanceof CheckStuckError) stuckInARow++;
        } else {
          retried = why;
          options.onRetry?.(check, `${why}; running it again in a fresh profile`);
        }
      }
    }
    options.onObservation(observation);
  }
}
