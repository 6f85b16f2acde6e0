/**
 * Runs one check of a corsmatrix.config (harness/project/checks.ts) in one engine, against a
 * server the harness did not write: each step's request made by the in-page probe from a page
 * served as the step's origin (a sandboxed frame for `null`), what the page saw, the engine's
 * own reason when it was blocked, what the server answers that origin (asked from Node), and the
 * library view's verdict. Each check has a fresh profile and URLs of its own, so no cookie,
 * cached response or cached preflight of another check reaches it.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserEngine, BrowserSession } from '../engines/types.js';
import { readsAll, stepVerdict, type StepIntent } from '../libraries/verdict.js';
import { plainPageUrl, withRunToken } from '../origins/urls.js';
import type { PageObservation, ProbeRequest } from '../probe/probe.js';
import { explain, type Blocked } from '../reasons/explain.js';
import type { EngineIdentity, EngineMessage } from '../runner/observation.js';
import { askServer } from './ask.js';
import { worstCheckVerdict, type Check, type CheckObservation, type CheckRequest, type CheckStepObservation } from './observation.js';

export interface CheckRunOptions {
  /** The page a sandboxed frame (origin `null`) is opened in. */
  hostPage: string;
  timeoutMs?: number;
}

function probeRequest(request: CheckRequest, url: string, timeoutMs: number): ProbeRequest {
  return {
    api: 'fetch',
    url,
    method: request.method,
    headers: Object.entries(request.headers),
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

interface StepFacts {
  page: PageObservation;
  serverStatus: number | null;
  preflightSent: boolean | null;
  /** Why a cached answer cannot be seen reused, for a step whose question is the HTTP cache. */
  cacheUnseen: string | undefined;
}

function verdictOf(check: Check, step: Check['steps'][number], { page, serverStatus, preflightSent, cacheUnseen }: StepFacts): Pick<CheckStepObservation, 'verdict' | 'unmeasured'> {
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
  return { verdict: verdict === 'unsafe' && step.readMeans ? step.readMeans : verdict };
}

export async function runCheck(check: Check, engine: BrowserEngine, options: CheckRunOptions): Promise<CheckObservation> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 5_000;
  const token = `${check.kind}-${randomBytes(6).toString('hex')}`;
  const url = withRunToken(check.url, token);
  const session: BrowserSession = await engine.newSession();
  const steps: CheckStepObservation[] = [];
  try {
    let current: string | undefined;
    for (const step of check.steps) {
      const pageOrigin = step.request.page === 'null' ? options.hostPage : step.request.page;
      if (pageOrigin !== current) {
        await session.goto(plainPageUrl(pageOrigin));
        // An engine may land elsewhere (Chromium upgrades http: navigations to https:), and a
        // request from another origin would measure another check.
        const landed = await session.evaluate<string>('location.origin');
        if (landed !== pageOrigin) throw new Error(`${engine.identity.engine} opened ${plainPageUrl(pageOrigin)} but landed on ${landed}`);
        current = pageOrigin;
      }
      session.takePreflights?.();
      const page = await session.probe(probeRequest(step.request, url, timeoutMs));
      const messages = await session.takeMessages({ token, failed: page.result === 'network-error' });
      const preflights = session.takePreflights?.();
      const preflightSent = preflights === undefined ? null : preflights.includes(url);
      const server = await askServer({ url, origin: step.request.page, method: step.request.method, headers: step.request.headers });
      const blocked = explain({
        engine: engine.identity.engine,
        page,
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
      const verdict = verdictOf(check, step, { page, serverStatus: server?.status ?? null, preflightSent, cacheUnseen });
      steps.push({ request: step.request, intent: step.intent, page, blocked, messages, server, preflightSent, ...verdict });
    }
  } finally {
    await session.close();
  }
  return { check, engine: engine.identity, url, steps, verdict: worstCheckVerdict(steps.map((step) => step.verdict), 'intent-delivered'), durationMs: Date.now() - started };
}
