/**
 * Runs one scenario in one engine: registers the servers' plan under a fresh token (so no two
 * runs share a URL, and the preflight cache, keyed by URL, never carries over), prepares the
 * page, runs the probe and reads what reached the servers.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserEngine, EngineIdentity } from '../engines/types.js';
import type { ReceivedRequest } from '../origins/log.js';
import type { RunningOrigins } from '../origins/servers.js';
import type { PageObservation, ProbeRequest } from '../probe/probe.js';
import { headerPairs } from '../scenario/consistency.js';
import type { LoadedScenario } from '../scenario/load.js';
import { buildPlan, scenarioUrl, templateContext } from '../scenario/plan.js';
import type { Scenario } from '../scenario/schema.js';
import {
  applicableDeviations,
  compare,
  computeOutcome,
  effectiveExpectation,
  verdictOf,
  type Mismatch,
  type Outcome,
  type Verdict,
} from './outcome.js';

export const observationSchemaVersion = 1;

/** Everything known about one scenario in one engine; attached to the test result. */
export interface Observation {
  schemaVersion: typeof observationSchemaVersion;
  scenario: { id: string; title: string; file: string; reference: string; page: string; target: string };
  engine: EngineIdentity;
  origins: { page: string; target: string };
  token: string;
  page: PageObservation;
  /** Every request the origins received for this run, in order. */
  received: ReceivedRequest[];
  outcome: Outcome;
  verdict: Verdict;
  /** Differences from the standard's expectation. */
  standardMismatches: Mismatch[];
  /** Differences after this engine's known deviations; non-empty fails the test. */
  mismatches: Mismatch[];
  deviations: Array<{ reason: string; bug: string }>;
  /** Why the run went the way it did when that is not obvious (a stalled origin, say). */
  notes: string[];
}

export const defaultRequestTimeoutMs = 5_000;

/** Scenarios that store cookies need a profile of their own; others can share one. */
export function needsFreshProfile(scenario: Scenario): boolean {
  const setsCookie = (spec: Scenario['response'] | undefined): boolean =>
    spec !== undefined &&
    (headerPairs(spec.headers).some(([name]) => name.toLowerCase() === 'set-cookie') ||
      setsCookie(spec.redirect?.response) ||
      setsCookie(spec.redirect?.preflight));
  return scenario.setup.cookies.length > 0 || setsCookie(scenario.response) || setsCookie(scenario.preflight);
}

function probeRequest(scenario: Scenario, url: string, timeoutMs: number): ProbeRequest {
  const { request } = scenario;
  const common = {
    url,
    method: request.method,
    headers: headerPairs(request.headers),
    body: request.body,
    readHeaders: request.readHeaders,
    timeoutMs,
  };
  if (request.api === 'fetch') {
    return { ...common, api: 'fetch', credentials: request.credentials, mode: request.mode, redirect: request.redirect, withCredentials: false, uploadListener: false };
  }
  return {
    ...common,
    api: 'xhr',
    credentials: 'same-origin',
    mode: 'cors',
    redirect: 'follow',
    withCredentials: request.withCredentials,
    uploadListener: request.uploadListener,
  };
}

function tokenFor(id: string): string {
  return `${id.replace(/[^a-z0-9]+/g, '-').slice(0, 60)}-${randomBytes(6).toString('hex')}`;
}

export interface RunOptions {
  timeoutMs?: number;
}

export async function runScenario(
  loaded: LoadedScenario,
  engine: BrowserEngine,
  origins: RunningOrigins,
  options: RunOptions = {},
): Promise<Observation> {
  const { scenario } = loaded;
  const token = tokenFor(scenario.id);
  const timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
  origins.plans.register(buildPlan(scenario, token, origins.origins));
  const fresh = needsFreshProfile(scenario);
  const session = fresh ? await engine.newSession() : await engine.sharedSession();
  const notes: string[] = [];
  try {
    for (const origin of new Set(scenario.setup.cookies.map((cookie) => cookie.origin))) {
      await session.goto(`${origins.origins[origin]}/__corsmatrix/plant/${token}`);
    }
    await session.goto(`${origins.origins[scenario.page]}/__corsmatrix/page/${token}`);
    const page = await session.probe(probeRequest(scenario, scenarioUrl(origins.origins, scenario.target, token, 0), timeoutMs));
    const received = origins.log.forToken(token).filter((entry) => entry.hop !== undefined);
    if (page.result === 'timeout') {
      const last = received[received.length - 1];
      notes.push(
        last
          ? `origin "${last.origin}" received ${last.method} ${last.path} and did not answer within ${timeoutMs} ms`
          : `no origin received the request within ${timeoutMs} ms`,
      );
    }
    const outcome = computeOutcome(page, received);
    const context = templateContext(scenario, origins.origins);
    const deviations = applicableDeviations(scenario.deviations, engine.identity);
    const standardMismatches = compare(scenario.expected, outcome, context);
    const mismatches = compare(effectiveExpectation(scenario.expected, deviations), outcome, context);
    return {
      schemaVersion: observationSchemaVersion,
      scenario: {
        id: scenario.id,
        title: scenario.title,
        file: loaded.file,
        reference: scenario.reference,
        page: scenario.page,
        target: scenario.target,
      },
      engine: engine.identity,
      origins: { page: context.page, target: context.target },
      token,
      page,
      received,
      outcome,
      verdict: verdictOf(standardMismatches, mismatches),
      standardMismatches,
      mismatches,
      deviations: deviations.map(({ reason, bug }) => ({ reason, bug })),
      notes,
    };
  } finally {
    origins.plans.unregister(token);
    origins.log.release(token);
    if (fresh) await session.close();
  }
}

