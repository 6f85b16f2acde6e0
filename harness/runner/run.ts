/**
 * Runs one scenario in one engine (ScenarioRun): registers the servers' plan under a fresh token,
 * prepares the page, runs the probe for the request and each follow-up, reads what reached the
 * servers and compares it with the expectation; and the observation that comes of it.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserEngine, BrowserSession } from '../engines/types.js';
import { libraryAdapters } from '../libraries/index.js';
import type { LibraryCorsOptions, LibraryDescription, LibraryEndpoint } from '../model/library-options.js';
import { factsFromOutcome, stepVerdict, worstLibraryVerdict, type StepIntent } from '../model/intent.js';
import type { LibraryVerdict } from '../model/verdicts.js';
import type { OriginName } from '../model/origin-names.js';
import type { RunningOrigins } from '../origins/servers.js';
import { framePageUrl, ownPageUrl, plainPageUrl, plantUrl, scenarioUrl, serviceWorkerPath } from '../model/urls.js';
import type { ProbeRequest } from '../probe/probe.js';
import { plannedAnswerFor, type ServerPlan } from '../origins/plan.js';
import { headerPairs } from '../scenario/consistency.js';
import type { LoadedScenario } from '../model/scenario.js';
import { buildPlan, templateContext } from '../scenario/plan.js';
import type { Expected, Finding, IgnoredDifference, LibraryScenario, Scenario, ScenarioRequest } from '../model/scenario.js';
import { checkedKeys, compareHops, stepTrace } from './trace.js';
import { explain } from '../reasons/explain.js';
import { scaled } from '../pace.js';
import { observationSchemaVersion, type LibraryObservation, type Observation, type StepObservation, type EngineIdentity, type ReceivedRequest, type PageObservation, type PlannedHop, type PlannedResponse, type Mismatch, type Outcome, type Verdict } from '../model/observation.js';
import type { TemplateContext } from '../model/template.js';
import { applicableDeviations, compare, computeOutcome, effectiveExpectation, verdictOf } from './outcome.js';

export const defaultRequestTimeoutMs = 5_000;
/** The element probe's wait after a load for a video frame or a framed page's message (before scaling). */
const elementSettleMs = 1_000;

/**
 * The URL of the document each page has, as the runner navigated it, while nothing of an earlier
 * run can still be in flight there: a page whose probe timed out is left out, so the next step
 * there navigates. The URLs of a run are its own, so a shared page on an origin's plain page is in
 * the state a navigation would give it.
 */
const documentOf = new WeakMap<BrowserSession, string>();

/** Scenarios that store cookies or grant a permission need a profile of their own; others can share one. */
export function needsFreshProfile(scenario: Scenario): boolean {
  const setsCookie = (spec: Scenario['response'] | undefined): boolean =>
    spec !== undefined &&
    (headerPairs(spec.headers).some(([name]) => name.toLowerCase() === 'set-cookie') ||
      setsCookie(spec.redirect?.response) ||
      setsCookie(spec.redirect?.preflight));
  return scenario.setup.cookies.length > 0 || scenario.setup.permissions.length > 0 || setsCookie(scenario.response) || setsCookie(scenario.preflight);
}

/** What the in-page probe needs for one request of a scenario. */
export function probeRequest(request: ScenarioRequest, url: string, timeoutMs: number): ProbeRequest {
  switch (request.api) {
    case 'element':
      return { api: 'element', url, element: request.element, crossorigin: request.crossorigin ?? null, timeoutMs, settleMs: scaled(elementSettleMs) };
    case 'beacon':
      return { api: 'beacon', url, body: request.body, timeoutMs };
    case 'eventsource':
      return { api: 'eventsource', url, withCredentials: request.withCredentials, timeoutMs };
    case 'websocket':
      return { api: 'websocket', url, timeoutMs };
    case 'worker':
      return { api: 'worker', url, worker: request.worker, load: request.load, credentials: request.credentials ?? null, timeoutMs };
  }
  const common = { url, method: request.method, headers: headerPairs(request.headers), body: request.body, readHeaders: request.readHeaders, timeoutMs };
  if (request.api === 'fetch') {
    return {
      ...common,
      api: 'fetch',
      credentials: request.credentials,
      mode: request.mode,
      redirect: request.redirect,
      keepalive: request.keepalive,
      serviceWorker: request.serviceWorker ? serviceWorkerPath(request.serviceWorker) : null,
      readTiming: request.readTiming,
    };
  }
  return { ...common, api: 'xhr', withCredentials: request.withCredentials, uploadListener: request.uploadListener };
}

function tokenFor(id: string): string {
  return `${id.replace(/[^a-z0-9]+/g, '-').slice(0, 60)}-${randomBytes(6).toString('hex')}`;
}

function prefixed(mismatches: Mismatch[], step: number): Mismatch[] {
  return step === 0 ? mismatches : mismatches.map((m) => ({ ...m, field: `then[${step - 1}].${m.field}` }));
}

function worstVerdict(verdicts: Verdict[]): Verdict {
  for (const verdict of ['unexpected', 'known-deviation', 'conforms-either-way'] as const) if (verdicts.includes(verdict)) return verdict;
  return 'matches-standard';
}

export interface RunOptions {
  timeoutMs?: number;
  /**
   * Turns shared with other runs in progress: the run is active only while it holds the turn,
   * and gives it away while it waits on purpose, so that runs overlap only in their waits.
   */
  turns?: Turns;
}

/** One turn, taken in order of asking: see RunOptions.turns. */
export class Turns {
  #held = false;
  readonly #waiting: Array<() => void> = [];

  async take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

interface PlannedStep {
  page: OriginName;
  /** The origin of the iframe inside the page that makes the request, if any. */
  frame: OriginName | undefined;
  request: ScenarioRequest;
  expected: Expected;
  waitAfterLastPreflightMs: number | undefined;
}

function stepIntents(scenario: LibraryScenario): StepIntent[] {
  return [{ intent: scenario.intent }, ...scenario.then.map((step) => ({ intent: step.intent ?? scenario.intent, preflight: step.intentPreflight }))];
}

function libraryObservation(scenario: LibraryScenario, options: LibraryCorsOptions, steps: StepObservation[], requests: ScenarioRequest[]): LibraryObservation {
  const intents = stepIntents(scenario);
  const verdicts = steps.map((step, index) => {
    const request = requests[index] ?? scenario.request;
    const readHeaders = 'readHeaders' in request ? request.readHeaders : [];
    const intent = intents[index] ?? { intent: scenario.intent };
    return { ...intent, verdict: stepVerdict(intent, factsFromOutcome(step.outcome, readHeaders)) };
  });
  return {
    ...libraryAdapters[scenario.library.name].describe(),
    endpoint: scenario.library.endpoint,
    options,
    steps: verdicts,
    verdict: worstLibraryVerdict(verdicts.map((step) => step.verdict)),
    finding: scenario.finding ?? null,
  };
}

function plannedSteps(scenario: Scenario): PlannedStep[] {
  let previous: PlannedStep = { page: scenario.page, frame: scenario.frame, request: scenario.request, expected: scenario.expected, waitAfterLastPreflightMs: undefined };
  const steps = [previous];
  for (const followUp of scenario.then) {
    previous = {
      page: followUp.page ?? previous.page,
      frame: followUp.frame ?? previous.frame,
      request: followUp.request ?? scenario.request,
      expected: followUp.expected,
      waitAfterLastPreflightMs: followUp.waitAfterLastPreflightMs,
    };
    steps.push(previous);
  }
  return steps;
}

/**
 * Waits until the given time after the last preflight the origins logged for this run. A browser
 * that dies meanwhile ends the wait with its reason, rather than the test's timeout.
 */
async function waitAfterLastPreflight(received: ReceivedRequest[], delayMs: number, engine: BrowserEngine): Promise<void> {
  const preflights = received.filter((entry) => entry.isPreflight);
  const last = preflights[preflights.length - 1];
  if (!last) return;
  for (let remaining = last.receivedAt + delayMs - Date.now(); remaining > 0; remaining = last.receivedAt + delayMs - Date.now()) {
    if (engine.failure) throw new Error(`${engine.identity.project}: ${engine.failure}`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(remaining, 250)));
  }
}

/** After a queued request: how long no further request may arrive before the chain counts as ended. */
const queuedQuietMs = 1_000;
/** After a queued request: how long the first request of it may take to arrive. */
const queuedFirstArrivalMs = 2_000;

/**
 * A queued request (a beacon) leaves the page before it reaches any server, so the probe returns
 * at once: waits until the actual request reaches the chain's last hop, or the servers have been
 * quiet long enough that nothing more is coming (a refused preflight, a refused redirect), and
 * never longer than the scenario's timeout.
 */
async function settleQueued(received: () => ReceivedRequest[], lastHop: number, timeoutMs: number, engine: BrowserEngine): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (engine.failure) throw new Error(`${engine.identity.project}: ${engine.failure}`);
    const entries = received();
    const last = entries[entries.length - 1];
    if (entries.some((entry) => entry.hop === lastHop && !entry.isPreflight)) return;
    const now = Date.now();
    if (now - started >= timeoutMs) return;
    if (last ? now - last.receivedAt >= queuedQuietMs : now - started >= queuedFirstArrivalMs) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What the run's plan has the server answer to a request that reached it: the hop's preflight, revalidation or response. */
function plannedAnswer(entry: ReceivedRequest, hops: PlannedHop[]): PlannedResponse | undefined {
  const hop = hops[entry.hop ?? -1];
  // A preflight the scenario declares no answer for got the default 405, which names no header.
  if (!hop || (entry.isPreflight && !hop.preflight)) return undefined;
  return plannedAnswerFor(hop, entry);
}

/** One note per request the scenario told an origin to reset, with how often the browser tried it. */
function resetNotes(step: number, received: ReceivedRequest[], hops: PlannedHop[]): string[] {
  const attempts = new Map<string, number>();
  for (const entry of received) {
    if (plannedAnswer(entry, hops)?.fault !== 'reset') continue;
    const what = `origin "${entry.origin}" reset the connection on ${entry.method} ${entry.path}`;
    attempts.set(what, (attempts.get(what) ?? 0) + 1);
  }
  return [...attempts].map(([what, count]) => `step ${step}: ${what}, as the scenario declares${count > 1 ? `; the browser sent it ${count} times` : ''}`);
}

/** What the server answered to a request, as sent: a library's own answer, or the scenario's plan. */
function answeredHeaders(entry: ReceivedRequest, hops: PlannedHop[]): Array<[string, string]> {
  return entry.response?.headers ?? plannedAnswer(entry, hops)?.headers ?? [];
}

/**
 * One scenario run in one engine, from the moment its plan is registered until it is released:
 * the token (so no two runs share a URL, and the preflight cache, keyed by URL, never carries
 * over), the servers' plan, and the session it runs in. Owned by the test-scoped fixture
 * `scenarioRunner`, which releases it also when the test fails or times out mid-run.
 */
export class ScenarioRun {
  readonly token: string;
  readonly plan: ServerPlan;
  readonly #fresh: boolean;
  #session: BrowserSession | undefined;
  #released = false;

  private constructor(
    readonly loaded: LoadedScenario,
    readonly engine: BrowserEngine,
    readonly origins: RunningOrigins,
    readonly options: RunOptions,
  ) {
    this.token = tokenFor(loaded.scenario.id);
    this.plan = buildPlan(loaded.scenario, this.token, origins.origins);
    this.#fresh = needsFreshProfile(loaded.scenario);
  }

  /** Registers the plan (for a library scenario, builds its app) and takes a session. */
  static async start(loaded: LoadedScenario, engine: BrowserEngine, origins: RunningOrigins, options: RunOptions = {}): Promise<ScenarioRun> {
    const run = new ScenarioRun(loaded, engine, origins, options);
    try {
      await origins.plans.register(run.plan);
      const { permissions } = loaded.scenario.setup;
      // A run in the shared profile takes each step's page when it comes to it (sessionFor).
      if (run.#fresh) run.#session = await engine.newSession({ origin: origins.origins[loaded.scenario.page], permissions });
    } catch (error) {
      await run.release();
      throw error;
    }
    return run;
  }

  /** The session a step on this page origin runs in: the run's own, or the shared profile's page for that origin. */
  private sessionFor(page: OriginName): Promise<BrowserSession> {
    if (this.#released) throw new Error(`scenario run ${this.token} has no session: it was released`);
    return this.#session ? Promise.resolve(this.#session) : this.engine.sharedSession(this.origins.origins[page]);
  }

  /** Unregisters the plan, forgets the run's log and closes a fresh session. Safe to call twice. */
  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    await this.origins.plans.unregister(this.token);
    this.origins.log.release(this.token);
    if (this.#fresh) await this.#session?.close();
  }

  /** Prepares the page, runs the probe for the request and each follow-up, and reads what reached the servers. */
  async observe(): Promise<Observation> {
    const { turns } = this.options;
    await this.takeTurn();
    try {
      return await this.observeSteps();
    } finally {
      turns?.give();
    }
  }

  /** With other runs open at once, the turn, and the focus for this run's page. */
  private async takeTurn(): Promise<void> {
    if (!this.options.turns) return;
    await this.options.turns.take();
    await this.#session?.focus?.();
  }

  private async observeSteps(): Promise<Observation> {
    const { loaded, engine, origins, options, token, plan } = this;
    const started = Date.now();
    const { scenario } = loaded;
    const timeoutMs = scenario.timeoutMs ?? options.timeoutMs ?? defaultRequestTimeoutMs;
    const fresh = this.#fresh;
    const notes: string[] = [];
    const context: TemplateContext = templateContext(scenario, origins.origins);
    // Cookies are planted only in a fresh profile (needsFreshProfile), the run's own session.
    for (const origin of new Set(scenario.setup.cookies.map((cookie) => cookie.origin))) {
      await (await this.sessionFor(origin)).goto(plantUrl(origins.origins[origin], token));
    }
    const url = scenarioUrl(origins.origins, scenario.target, token, 0);
    const steps: StepObservation[] = [];
    const verdicts: Verdict[] = [];
    const allDeviations: Observation['deviations'] = [];
    let currentPage: OriginName | undefined;
    let session: BrowserSession | undefined;
    const planned = plannedSteps(scenario);
    // A service worker is registered for the page's own path: a page of the run's own, so its scope is too.
    const ownPage = fresh || headerPairs(scenario.pageHeaders).length > 0 || planned.some((step) => step.request.api === 'fetch' && step.request.serviceWorker !== undefined);
    for (const [index, step] of planned.entries()) {
      if (step.waitAfterLastPreflightMs !== undefined) {
        options.turns?.give();
        try {
          await waitAfterLastPreflight(origins.log.forToken(token), step.waitAfterLastPreflightMs, engine);
        } finally {
          await this.takeTurn();
        }
        // Other runs may have used (and selected) other pages meanwhile: take this step's again.
        session = undefined;
      }
      if (step.page !== currentPage || !session) {
        session = await this.sessionFor(step.page);
        const pageUrl = ownPage ? ownPageUrl(origins.origins[step.page], token) : plainPageUrl(origins.origins[step.page]);
        // Navigation is most of a run's cost: skipped where the page has that document already.
        if (documentOf.get(session) !== pageUrl) {
          documentOf.delete(session);
          await session.goto(pageUrl);
          documentOf.set(session, pageUrl);
        }
        currentPage = step.page;
      }
      const before = origins.log.forToken(token).length;
      const frame = step.frame === undefined ? undefined : framePageUrl(origins.origins[step.frame]);
      // Until the probe has its answer, the page's document holds this run's requests.
      const pageDocument = documentOf.get(session);
      documentOf.delete(session);
      const page = await session.probe({ ...probeRequest(step.request, url, timeoutMs), frame });
      // After a timeout the request may still be in flight there: the next step there navigates.
      if (pageDocument !== undefined && page.result !== 'timeout') documentOf.set(session, pageDocument);
      if (page.result === 'queued') await settleQueued(() => origins.log.forToken(token).slice(before), plan.hops.length - 1, timeoutMs, engine);
      const messages = await session.takeMessages({ token, failed: page.result === 'network-error' });
      const received = origins.log
        .forToken(token)
        .slice(before)
        .filter((entry) => entry.hop !== undefined);
      for (const entry of received) {
        if (entry.refused) notes.push(`step ${index}: ${entry.method} ${entry.path} reached ${entry.origin ?? entry.listener}, but ${entry.refused}`);
      }
      notes.push(...resetNotes(index, received, plan.hops));
      if (page.result === 'timeout') {
        const last = received[received.length - 1];
        notes.push(
          last
            ? `step ${index}: origin "${last.origin}" received ${last.method} ${last.path} and did not answer within ${timeoutMs} ms`
            : `step ${index}: no origin received the request within ${timeoutMs} ms`,
        );
      }
      const blocked = explain({
        engine: engine.identity.engine,
        page,
        received,
        messages,
        messagesUnavailable:
          engine.identity.messagesUnavailable ?? (step.request.api === 'worker' ? engine.identity.workerMessagesUnavailable?.[step.request.worker] : undefined),
        responseHeaders: (entry) => (entry ? answeredHeaders(entry, plan.hops) : []),
        cachedResponseHeaders: () => {
          const earlier = origins.log.forToken(token).slice(0, before).filter((entry) => entry.hop === 0 && !entry.isPreflight);
          const cached = earlier[earlier.length - 1];
          return cached ? answeredHeaders(cached, plan.hops) : [];
        },
        timeoutMs,
      });
      const outcome = computeOutcome(page, received, blocked?.reason ?? null);
      const deviations = applicableDeviations(scenario.deviations, engine.identity).filter((d) => d.step === index);
      const stepContext = { ...context, page: origins.origins[step.frame ?? step.page] };
      const effective = effectiveExpectation(step.expected, deviations);
      const pageSet = step.request.api === 'fetch' || step.request.api === 'xhr' ? headerPairs(step.request.headers).map(([name]) => name) : [];
      const trace = stepTrace(received, page, { page: stepContext.page, origins: origins.origins, token, pageSet }, blocked?.reason ?? null);
      const hopContext = { ...stepContext, token };
      const standardMismatches = [...compare(step.expected, outcome, stepContext), ...compareHops(step.expected.hops ?? [], received, trace, hopContext)];
      const mismatches = [...compare(effective, outcome, stepContext), ...compareHops(effective.hops ?? [], received, trace, hopContext)];
      verdicts.push(verdictOf(standardMismatches, mismatches, deviations));
      allDeviations.push(...deviations.map(({ reason, bug, standardAllows }) => ({ reason, bug, step: index, ...(standardAllows ? { standardAllows } : {}) })));
      steps.push({
        page,
        pageOrigin: stepContext.page,
        received,
        outcome,
        messages,
        blocked,
        standardMismatches,
        mismatches,
        trace,
        checked: checkedKeys(step.expected, received, Math.max(1, plan.hops.length)),
        deviationChecked: deviations.length > 0 ? checkedKeys(effective, received, Math.max(1, plan.hops.length)) : [],
      });
    }
    return {
      schemaVersion: observationSchemaVersion,
      scenario: {
        id: scenario.id,
        title: scenario.title,
        file: loaded.file,
        reference: scenario.reference,
        page: scenario.page,
        target: scenario.target,
        ...(scenario.expectedByModel ? { expectedByModel: scenario.expectedByModel } : {}),
      },
      engine: engine.identity,
      origins: { page: context.page, target: context.target },
      token,
      request: scenario.request,
      served: plan.hops.map((hop, index) => ({ ...hop, url: scenarioUrl(origins.origins, hop.origin, token, index) })),
      library:
        scenario.library && plan.library
          ? libraryObservation(scenario, plan.library.options, steps, planned.map((step) => step.request))
          : undefined,
      steps,
      verdict: worstVerdict(verdicts),
      standardMismatches: steps.flatMap((step, index) => prefixed(step.standardMismatches, index)),
      mismatches: steps.flatMap((step, index) => prefixed(step.mismatches, index)),
      deviations: allDeviations,
      notes,
      ignoredDifferences: scenario.ignoreDifferences,
      durationMs: Date.now() - started,
    };
  }
}

/** Starts, observes and releases one run: for the harness's own tests and scripts. */
export async function runScenario(loaded: LoadedScenario, engine: BrowserEngine, origins: RunningOrigins, options: RunOptions = {}): Promise<Observation> {
  const run = await ScenarioRun.start(loaded, engine, origins, options);
  try {
    return await run.observe();
  } finally {
    await run.release();
  }
}
