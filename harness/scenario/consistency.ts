/**
 * Checks that span several fields and that a schema cannot say well: a request the browser or
 * the server would silently change, and an expectation that the declared response cannot meet.
 */
import { METHODS } from 'node:http';
import { libraryAdapters } from '../libraries/index.js';
import { isLibraryName } from '../model/library-names.js';

import { factsFromExpected, stepVerdict, type StepIntent } from '../model/intent.js';
import { libraryVerdictLabels, type LibraryVerdict } from '../model/verdicts.js';
import { originDefinitions, type OriginName } from '../model/origin-names.js';
import type { DeclaredScenario, Expected, HeaderList, LibraryScenario, ResponseSpec, Scenario, ScenarioRequest } from '../model/scenario.js';
import { UnsupportedOptionError } from '../model/unsupported-option.js';

/** A mistake in a scenario, from the schema or from these checks: the field, and what is wrong. */
export interface ConsistencyProblem {
  field: string;
  message: string;
}

/** Fetch standard, "forbidden request-header": the browser drops these from a script's request. */
const forbiddenRequestHeaders = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method',
  'connection', 'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive',
  'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);

const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** https://fetch.spec.whatwg.org/#forbidden-method: new Request() and XMLHttpRequest's open() throw on these. */
export function isForbiddenMethod(method: string): boolean {
  return forbiddenMethods.has(method.toUpperCase());
}

/** Fetch standard, "normalize a method": only these six are upper-cased by the browser. */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return normalizedMethods.has(upper) ? upper : method;
}

export function headerPairs(headers: HeaderList): Array<[string, string]> {
  if (Array.isArray(headers)) return headers;
  return Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

function finalResponse(response: ResponseSpec): ResponseSpec {
  return response.redirect ? finalResponse(response.redirect.response) : response;
}

/** Whether any answer along this response's redirect chain never comes. */
function stalls(response: ResponseSpec): boolean {
  return response.fault === 'stall' || (response.redirect !== undefined && (stalls(response.redirect.response) || (response.redirect.preflight !== undefined && stalls(response.redirect.preflight))));
}

export function checkConsistency(scenario: Scenario): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  checkLibraryOrigins(scenario, problems);
  if (scenario.library) checkLibraryScenario(scenario, problems);
  const { request } = scenario;
  if (request.api !== 'fetch' && request.api !== 'xhr') return checkExpectation(scenario, problems);

  for (const [name] of headerPairs(request.headers)) {
    const lower = name.toLowerCase();
    if (forbiddenRequestHeaders.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) {
      problems.push({
        field: `request.headers.${name}`,
        message: `"${name}" is a forbidden request header: the browser drops it, so the scenario would not test what it says`,
      });
    }
  }

  const method = normalizeMethod(request.method);
  if (isForbiddenMethod(method)) {
    problems.push({ field: 'request.method', message: `${method} is a forbidden method: fetch and XHR throw before sending` });
  }
  // Node's HTTP/1 parser answers 400 to any method outside http.METHODS (case-sensitive), which
  // the browser would report as a network error that is the server's fault. A library origin
  // logs such a request when it arrives (marked refused), so there a scenario may still show
  // that the browser does not send it; it cannot show what the library would answer.
  if (scenario.library && !METHODS.includes(method)) {
    const sent = [scenario.expected, ...scenario.then.map((step) => step.expected)].some((expected) => expected.request !== false);
    if (sent) {
      problems.push({
        field: 'expected.request',
        message: `method "${method}" cannot reach ${scenario.library.name} (Node's HTTP/1 parser refuses it); only an expectation that the browser does not send it (request: false) can be measured, otherwise list the engines in notMeasured`,
      });
    }
  } else if (!METHODS.includes(method) && originDefinitions[scenario.target].scheme === 'http') {
    problems.push({
      field: 'target',
      message: `method "${method}" cannot reach an HTTP/1 origin (Node refuses it); use an https origin, which speaks HTTP/2`,
    });
  }

  return checkExpectation(scenario, problems);
}

/** Library origins are served only by their library, and only as a scenario's target. */
function checkLibraryOrigins(scenario: Scenario, problems: ConsistencyProblem[]): void {
  const pages = [
    { field: 'page', origin: scenario.page },
    { field: 'frame', origin: scenario.frame },
    ...scenario.then.flatMap((step, index) => [
      { field: `then[${index}].page`, origin: step.page },
      { field: `then[${index}].frame`, origin: step.frame },
    ]),
  ];
  for (const { field, origin } of pages) {
    if (origin !== undefined && isLibraryName(origin)) problems.push({ field, message: `"${origin}" is a library origin: it serves only the library's endpoints, not a page` });
  }
  scenario.setup.cookies.forEach((cookie, index) => {
    if (isLibraryName(cookie.origin)) problems.push({ field: `setup.cookies[${index}].origin`, message: `"${cookie.origin}" is a library origin: it cannot plant cookies` });
  });
  if (!scenario.library) {
    if (isLibraryName(scenario.target)) {
      problems.push({ field: 'target', message: `"${scenario.target}" is a library origin: give library: { name: '${scenario.target}', options: {...} } instead of preflight/response` });
    }
    scenario.then.forEach((step, index) => {
      for (const key of ['intent', 'intentPreflight'] as const) {
        if (step[key] !== undefined) problems.push({ field: `then[${index}].${key}`, message: `${key} belongs to library scenarios` });
      }
    });
  }
}

function readHeadersOf(request: ScenarioRequest): string[] {
  return 'readHeaders' in request ? request.readHeaders : [];
}

/**
 * A library scenario: its target is the library's origin, the library has every option used,
 * and an expectation that does not deliver the intent comes with a finding (and only then).
 */
function checkLibraryScenario(scenario: LibraryScenario, problems: ConsistencyProblem[]): void {
  const { library } = scenario;
  if (scenario.target !== library.name) {
    problems.push({ field: 'target', message: `a scenario for library "${library.name}" targets its origin: set target: '${library.name}', not '${scenario.target}'` });
  }
  try {
    libraryAdapters[library.name].mapOptions(library.options);
  } catch (error) {
    // The loader never throws: a bug in an adapter's mapping is reported like a lacking option.
    const message = error instanceof UnsupportedOptionError ? error.message : `the ${library.name} adapter cannot map these options: ${String(error)}`;
    problems.push({ field: 'library.options', message });
  }
  const intents: StepIntent[] = [
    { intent: scenario.intent },
    ...scenario.then.map((step) => ({ intent: step.intent ?? scenario.intent, preflight: step.intentPreflight })),
  ];
  const undelivered: Array<{ field: string; verdict: LibraryVerdict }> = [];
  for (const [index, step] of stepsOf(scenario).entries()) {
    const verdict = stepVerdict(intents[index] ?? { intent: scenario.intent }, factsFromExpected(step.expected, readHeadersOf(step.request)));
    if (verdict !== 'intent-delivered') undelivered.push({ field: step.field, verdict });
  }
  const [first] = undelivered;
  if (first && !scenario.finding) {
    problems.push({
      field: first.field,
      message: `this expectation does not deliver the intent (${libraryVerdictLabels[first.verdict]}): declare a finding that says what the library does, or correct the expectation`,
    });
  }
  if (!first && scenario.finding) {
    problems.push({ field: 'finding', message: 'every expectation delivers the intent, so there is nothing to find: remove the finding or correct the expectation' });
  }
}

/** The origin of each hop of the scenario's redirect chain (a library origin has one hop). */
function hopServers(scenario: Scenario): OriginName[] {
  const servers: OriginName[] = [scenario.target];
  const walk = (spec: ResponseSpec | undefined): void => {
    if (!spec?.redirect) return;
    servers.push(spec.redirect.to);
    walk(spec.redirect.preflight);
    walk(spec.redirect.response);
  };
  walk(scenario.preflight);
  walk(scenario.response);
  return servers;
}

/** `expected.hops` may name only hops the redirect chain has, and their servers as it says. */
function checkHops(scenario: Scenario, problems: ConsistencyProblem[]): void {
  const servers = hopServers(scenario);
  const expectations: Array<[string, Partial<Expected>]> = [
    ['expected', scenario.expected],
    ...scenario.then.map((step, index): [string, Partial<Expected>] => [`then[${index}].expected`, step.expected]),
    ...scenario.deviations.map((deviation, index): [string, Partial<Expected>] => [`deviations[${index}].expected`, deviation.expected]),
  ];
  for (const [field, expected] of expectations) {
    expected.hops?.forEach((hop, index) => {
      const server = servers[hop.hop];
      if (server === undefined) {
        problems.push({ field: `${field}.hops[${index}].hop`, message: `hop ${hop.hop} does not exist: the redirect chain has ${servers.length} hop(s), ${servers.map((name, i) => `${i} (${name})`).join(', ')}` });
      } else if (hop.server !== undefined && hop.server !== server) {
        problems.push({ field: `${field}.hops[${index}].server`, message: `hop ${hop.hop} is served by "${server}", not "${hop.server}"` });
      }
    });
  }
}

/** Each request of a scenario with its expectation, and the field that holds the expectation. */
function stepsOf(scenario: Scenario): Array<{ field: string; expected: Expected; request: ScenarioRequest }> {
  return [
    { field: 'expected', expected: scenario.expected, request: scenario.request },
    ...scenario.then.map((step, index) => ({ field: `then[${index}].expected`, expected: step.expected, request: step.request ?? scenario.request })),
  ];
}

/** Elements whose body the probe never reads, and why. */
const unreadable = { audio: "the probe cannot read an audio element's samples", 'preload-fetch': 'a preload is never read by the page itself (a later fetch step is)' } as const;

function checkExpectation(scenario: Scenario, problems: ConsistencyProblem[]): ConsistencyProblem[] {
  checkHops(scenario, problems);
  for (const { field, expected, request } of stepsOf(scenario)) {
    if (expected.blocked !== undefined && expected.page !== 'network-error') {
      problems.push({ field: `${field}.blocked`, message: `a reason why the request was blocked goes with page: 'network-error', not ${JSON.stringify(expected.page)}` });
    }
    // A beacon tells the page only whether it was queued; nothing else can be seen, or expected.
    const queuedOnly = request.api === 'beacon';
    if (queuedOnly && expected.page !== 'queued' && expected.page !== 'threw') {
      problems.push({ field: `${field}.page`, message: `sendBeacon tells the page only whether it was queued: expect 'queued' (or 'threw'), not ${JSON.stringify(expected.page)}; what reached the server is in request and hops` });
    }
    if (request.api === 'element' && (request.element === 'audio' || request.element === 'preload-fetch') && typeof expected.page === 'object' && expected.page.bodyReadable !== undefined) {
      problems.push({ field: `${field}.page.bodyReadable`, message: `${unreadable[request.element]}, so it is never readable: expect whether it loads (page: {}) or 'network-error'` });
    }
    if (!queuedOnly && expected.page === 'queued') {
      problems.push({ field: `${field}.page`, message: `only a beacon is 'queued'; a ${request.api} request settles with a response, 'network-error' or 'threw'` });
    }
  }
  // A library writes its own responses; only declared ones can be checked against the expectation.
  if (scenario.library) return problems;
  return checkDeclaredExpectation(scenario, problems);
}

function checkDeclaredExpectation(scenario: DeclaredScenario, problems: ConsistencyProblem[]): ConsistencyProblem[] {
  const { page } = scenario.expected;
  if (scenario.request.api === 'websocket' && scenario.preflight) {
    problems.push({ field: 'preflight', message: 'a WebSocket handshake is never preflighted (no CORS applies): remove preflight; answer the handshake with response status 101 to accept it' });
  }
  const served = finalResponse(scenario.response);
  if (typeof page === 'object' && served.fault) {
    problems.push({ field: 'expected.page', message: `the declared response has fault "${served.fault}" and sends no HTTP answer, so the page cannot see a response` });
  }
  if (page === 'timeout' && !stalls(scenario.response) && !(scenario.preflight && stalls(scenario.preflight))) {
    problems.push({ field: 'expected.page', message: 'only a target that stalls (fault: "stall") can make the page time out; expect "network-error" or a response' });
  }
  const readsStatus = scenario.request.api === 'xhr' || (scenario.request.api === 'fetch' && scenario.request.redirect !== 'manual');
  if (typeof page === 'object' && page.type !== 'opaque' && page.type !== 'opaqueredirect' && readsStatus) {
    if (page.status !== undefined && page.status !== served.status) {
      problems.push({
        field: 'expected.page.status',
        message: `expects status ${page.status} but the declared response has status ${served.status}`,
      });
    }
  }
  // A response the page's service worker makes itself never comes from the declared one.
  const synthetic = scenario.request.api === 'fetch' && scenario.request.serviceWorker === 'synthetic';
  if (typeof page === 'object' && page.headers && !synthetic) {
    const declared = new Set(headerPairs(served.headers).map(([name]) => name.toLowerCase()));
    for (const [name, value] of Object.entries(page.headers)) {
      if (value !== null && !declared.has(name.toLowerCase()) && !['content-type', 'content-length'].includes(name.toLowerCase())) {
        problems.push({
          field: `expected.page.headers.${name}`,
          message: `expects the page to read "${name}" but the declared response does not send it`,
        });
      }
    }
  }
  return problems;
}
