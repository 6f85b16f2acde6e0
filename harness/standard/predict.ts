/**
 * The Fetch standard's CORS rules as code (issue #39): for a scenario, what a browser that follows
 * the standard does, step by step, predicted without a browser. Each rule cites its step; the
 * definitions (safelists, the CORS check, the CORS-preflight check) are the ones the rest of the
 * harness uses (harness/scenario/fetch-safelist.ts, fetch-cors-check.ts).
 *
 * It covers what it can say for certain and says where it stops: a scenario outside it (a
 * follow-up step, a beacon, another specification...) gets `outside` with the reason, and a
 * field it cannot know (a cookie the browser's own policy decides, a header the server adds by
 * itself) is `notKnown` rather than a guess.
 */
import { engineNames } from '../model/engine-names.js';
import { originDefinitions, type OriginName } from '../model/origin-names.js';
import type { BlockedReason } from '../model/reasons.js';
import type { DeclaredScenario, HeaderList, RequestBody, ResponseSpec, ScenarioDraft, ScenarioRequest } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';
import { headerPairs, isForbiddenMethod } from '../scenario/consistency.js';
import { templateContext } from '../scenario/plan.js';
import { corsCheck, corsPreflightCheck, extractTokens, get } from '../scenario/fetch-cors-check.js';
import { corsUnsafeRequestHeaderNames, expectedPreflight, isCorsSafelistedMethod, isCorsSafelistedRequestHeader, normalizeHeaderValue, normalizeMethod } from '../scenario/fetch-safelist.js';
import { elementFetch, htmlOutcome, workerFetch, type HtmlFetch } from './html-fetches.js';
import { CookieJar, type CookieContext } from './cookies.js';
import { notKnown, type Maybe } from './maybe.js';
import { HttpCache, mayBeStored, type KnownRequestHeaders } from './http-cache.js';
import { maxAgeSeconds, PreflightCache } from './preflight-cache.js';
import { sameOrigin, sameSite, schemelesslySameSite, siteOf } from './sites.js';

export { notKnown };

/** What reaches the server of an actual request, in the words of `expected.request` and `hops`. */
export interface RequestOnTheWire {
  method: string;
  origin: string | null;
  /** The Cookie header, null for none (cookies.ts). */
  cookie: Maybe<string | null>;
  contentType: string | null;
  range: string | null;
  /** As the page set them; an engine's own value is not known. */
  accept: Maybe<string>;
  acceptLanguage: Maybe<string>;
  contentLanguage: Maybe<string>;
  authorization: 'sent' | 'absent';
  bodyLength: Maybe<number>;
  secFetchSite: 'same-origin' | 'same-site' | 'cross-site';
  secFetchMode: 'cors' | 'no-cors' | 'same-origin';
  /** Its destination: `empty` for fetch() and XMLHttpRequest. */
  secFetchDest: string;
}

/** What reaches the server of a CORS preflight. */
export interface PreflightOnTheWire {
  /** Access-Control-Request-Method and -Headers. */
  method: string;
  headers: string | null;
  origin: string;
  /** A preflight never carries credentials. */
  cookie: null;
  secFetchSite: RequestOnTheWire['secFetchSite'];
  secFetchMode: 'cors';
  secFetchDest: 'empty';
}

/** What reaches one hop of the redirect chain; `false` where nothing of that kind does. */
export interface HopPrediction {
  server: OriginName;
  preflight: false | PreflightOnTheWire;
  request: false | RequestOnTheWire;
}

/** What the standard says happens in one step, in the words of a scenario's `expected`. */
export interface StepPrediction {
  /** The first preflight, at whichever hop. */
  preflight: false | { method: string; headers: string | null };
  /** The first actual request. */
  request: false | RequestOnTheWire;
  /** The last actual request at a later hop than the first: the end of the chain the browser followed. */
  finalRequest: false | RequestOnTheWire;
  /** By hop, numbered as the origins number them. */
  hops: HopPrediction[];
  page: 'network-error' | 'threw' | { status: Maybe<number>; type: Maybe<'basic' | 'cors' | 'opaque' | 'opaqueredirect'>; bodyReadable: boolean; headers: Record<string, Maybe<string | null>> };
  blocked: Maybe<BlockedReason> | undefined;
  /** The steps of the standard the prediction went through, for a reader. */
  steps: string[];
}

/** What the standard says happens: the scenario's request, then each of its follow-ups (`then`). */
export type Prediction = StepPrediction & { then: StepPrediction[] };

export type ModelAnswer = { covered: true; prediction: Prediction } | { covered: false; why: string };

const outside = (why: string): ModelAnswer => ({ covered: false, why });

type FetchOrXhrRequest = Extract<ScenarioRequest, { api: 'fetch' | 'xhr' }>;

/** Why a library scenario is outside the model until the library has been asked (library-answers.ts). */
export const libraryAnswersNeeded = 'a CORS library answers (the library has not been asked)';

/** What a CORS library answered the preflight (when one is made) and the request. */
export interface LibraryAnswers {
  preflight: ResponseSpec | undefined;
  response: ResponseSpec;
}

/**
 * The request as the page makes it, before any hop: the method normalized, the header values
 * normalized (in "no-cors" mode only the no-CORS-safelisted ones kept), and the body's
 * Content-Type added where the page set none. XMLHttpRequest's send() drops the body of a GET or HEAD.
 */
export function requestAsMade(request: FetchOrXhrRequest): { method: string; headers: Array<[string, string]>; body: RequestBody | undefined } {
  const method = normalizeMethod(request.method);
  const mode = request.api === 'fetch' ? request.mode : 'cors';
  const body = method === 'GET' || method === 'HEAD' ? undefined : request.body;
  const headers = headerPairs(request.headers)
    .map(([name, value]): [string, string] => [name, normalizeHeaderValue(value)])
    .filter(([name, value]) => mode !== 'no-cors' || (noCorsSafelistedNames.has(name.toLowerCase()) && isCorsSafelistedRequestHeader(name, value)));
  const contentType = bodyContentType(body);
  if (contentType !== undefined && get(headers, 'content-type') === null) headers.push(['Content-Type', contentType]);
  return { method, headers, body };
}

/**
 * https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check for a "no-cors"
 * request from a page without an embedder policy (pages with one are outside the model).
 */
function corpBlocks(page: OriginName, current: OriginName, headers: Array<[string, string]>): boolean {
  const policy = get(headers, 'cross-origin-resource-policy');
  if (policy === 'same-origin') return !sameOrigin(page, current);
  // same-site: schemelessly same site, and not an https response to an http page.
  if (policy === 'same-site') return !(schemelesslySameSite(page, current) && (originDefinitions[page].scheme === 'https' || originDefinitions[current].scheme === 'http'));
  return false;
}

/** https://fetch.spec.whatwg.org/#concept-bodyinit-extract: the Content-Type a body brings. */
function bodyContentType(body: RequestBody | undefined): string | undefined {
  switch (body?.kind) {
    case undefined:
      return undefined;
    case 'text':
      return 'text/plain;charset=UTF-8';
    case 'urlencoded':
      return 'application/x-www-form-urlencoded;charset=UTF-8';
    case 'form-data':
      // The boundary differs per request; the essence is what the safelist looks at.
      return 'multipart/form-data; boundary=corsmatrix';
    case 'blob':
      return body.type === '' ? undefined : body.type;
  }
}

/** https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name (without Access-Control-Expose-Headers). */
const safelistedResponseHeaders = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);
/** https://fetch.spec.whatwg.org/#forbidden-response-header-name */
const forbiddenResponseHeaders = new Set(['set-cookie', 'set-cookie2']);

/** https://w3c.github.io/webappsec-referrer-policy/#referrer-policies */
const referrerPolicies = new Set(['no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url']);

/** https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header-name */
const noCorsSafelistedNames = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

/**
 * What `headers.get(name)` gives the page of a CORS response
 * (https://fetch.spec.whatwg.org/#concept-filtered-response-cors): the safelisted names and those
 * Access-Control-Expose-Headers lists (`*` only without credentials). The origins add Content-Type,
 * Content-Length and others by themselves, so a header a scenario does not declare is not known;
 * a library's answer, as asked, is `complete`.
 */
function readHeader(response: Array<[string, string]>, name: string, credentials: boolean, complete: boolean): Maybe<string | null> {
  const lower = name.toLowerCase();
  if (forbiddenResponseHeaders.has(lower)) return null;
  const exposed = (get(response, 'access-control-expose-headers') ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  const visible = safelistedResponseHeaders.has(lower) || exposed.includes(lower) || (!credentials && exposed.includes('*'));
  if (!visible) return null;
  return get(response, lower) ?? (complete ? null : notKnown);
}

function checks(response: ResponseSpec): string | undefined {
  if (response.fault) return `a ${response.fault} (the network's failure is the engine's own)`;
  if (response.revalidation) return 'a revalidation (the HTTP cache is not modelled)';
  return undefined;
}

/** One hop of the declared redirect chain, numbered as the origins number them (harness/scenario/plan.ts). */
interface DeclaredHop {
  server: OriginName;
  preflight: ResponseSpec | undefined;
  response: ResponseSpec;
  /** The hop the response's redirect leads to. */
  next?: number;
}

/** What one step of the model reads: who makes the request, to whom, and what the target answers. */
type DeclaredStep = Pick<DeclaredScenario, 'page' | 'frame' | 'target' | 'pageHeaders' | 'request' | 'preflight' | 'response'>;

/** The hops in the servers' order: a hop, then the hops its preflight's redirect leads to, then its response's. */
function declaredHops(scenario: DeclaredStep): DeclaredHop[] {
  const hops: DeclaredHop[] = [];
  const add = (server: OriginName, preflight: ResponseSpec | undefined, response: ResponseSpec): number => {
    const hop: DeclaredHop = { server, preflight, response };
    const index = hops.push(hop) - 1;
    if (preflight?.redirect) add(preflight.redirect.to, preflight.redirect.preflight, preflight.redirect.response);
    if (response.redirect) hop.next = add(response.redirect.to, response.redirect.preflight, response.redirect.response);
    return index;
  };
  add(scenario.target, scenario.preflight, scenario.response);
  return hops;
}

/** https://fetch.spec.whatwg.org/#request-body-header-name: what a redirect that drops the body drops with it. */
const requestBodyHeaderNames = new Set(['content-encoding', 'content-language', 'content-location', 'content-type']);

/** One step of a scenario: the page it is made from, its request, and how long it waits first. */
export interface PlannedStep {
  page: OriginName;
  /** The frame inside the page that makes the request, if any. */
  frame: OriginName | undefined;
  request: ScenarioRequest;
  waitAfterLastPreflightMs: number | undefined;
}

/** The scenario's request, then each follow-up, as the runner makes them (harness/runner/run.ts). */
export function plannedSteps(scenario: ScenarioDraft): PlannedStep[] {
  const steps: PlannedStep[] = [{ page: scenario.page, frame: scenario.frame, request: scenario.request, waitAfterLastPreflightMs: undefined }];
  for (const followUp of scenario.then) {
    const previous = steps[steps.length - 1];
    steps.push({
      page: followUp.page ?? previous?.page ?? scenario.page,
      frame: followUp.frame ?? previous?.frame,
      request: followUp.request ?? scenario.request,
      waitAfterLastPreflightMs: followUp.waitAfterLastPreflightMs,
    });
  }
  return steps;
}

/**
 * The standard's outcome for a declared or library scenario, step by step (the preflight cache
 * carried from one to the next), or where the model stops. A library scenario needs its
 * library's answers for each step first (library-answers.ts).
 */
export function predict(scenario: ScenarioDraft, origins: Record<OriginName, string>, libraryAnswers?: LibraryAnswers[]): ModelAnswer {
  if (scenario.setup.permissions.length > 0) return outside('permissions (Local Network Access is another specification)');
  if (scenario.timeoutMs !== undefined) return outside('a timeout of its own');
  if (engineNames.every((engine) => scenario.notMeasured.some((entry) => entry.engine === engine && entry.exceptVariants === undefined))) return outside('no engine measures it');
  // Measured only where an engine presents a loopback port as public, or the page says it is public.
  const localNetwork = scenario.notMeasured.some((entry) => entry.exceptVariants?.includes('local-network-access')) || headerPairs(scenario.pageHeaders).some(([, value]) => /treat-as-public-address/i.test(value));
  if (localNetwork) return outside('Local Network Access (another specification)');
  if (headerPairs(scenario.pageHeaders).some(([name]) => /^cross-origin-(embedder|opener)-policy$/i.test(name))) return outside('cross-origin isolation (another specification)');
  const steps = plannedSteps(scenario);
  let answers: LibraryAnswers[];
  if (!scenario.library) answers = steps.map(() => ({ preflight: scenario.preflight, response: scenario.response }));
  else if (libraryAnswers && libraryAnswers.length === steps.length) answers = libraryAnswers;
  else return outside(libraryAnswersNeeded);
  if (steps.length > 1) {
    // The HTTP cache is modelled for a URL that answers without redirecting, in a page without frames.
    const hopsOfSteps = answers.map((answer) => declaredHops({ ...scenario, ...answer }));
    const stored = hopsOfSteps.some((hops) => hops.some((hop) => mayBeStored(headerPairs(hop.response.headers))));
    if (stored && (hopsOfSteps.some((hops) => hops.length > 1) || steps.some((step) => step.frame))) return outside('the HTTP cache with a redirect or a frame');
  }
  const cache = new PreflightCache();
  const jar = new CookieJar();
  const httpCache = new HttpCache();
  const context = templateContext(scenario, origins);
  for (const cookie of scenario.setup.cookies) jar.plant(cookie.origin, resolveTemplate(cookie.setCookie, context));
  const predictions: StepPrediction[] = [];
  // The document's preloaded responses (https://html.spec.whatwg.org/#map-of-preloaded-resources), by mode and credentials mode.
  let preloads: Array<Pick<HtmlFetch, 'mode' | 'credentials'>> = [];
  for (const [index, step] of steps.entries()) {
    if (index > 0) cache.nextStep(step.waitAfterLastPreflightMs);
    // A follow-up that names a page opens a new document, with no preloads.
    if (index > 0 && scenario.then[index - 1]?.page !== undefined) preloads = [];
    const answer = answers[index] ?? answers[0];
    if (!answer) return outside(libraryAnswersNeeded);
    const declared: DeclaredStep = { target: scenario.target, pageHeaders: scenario.pageHeaders, page: step.page, frame: step.frame, request: step.request, ...answer };
    const stepAnswer = predictStep(declared, origins, { cache, jar, httpCache, context }, scenario.library !== undefined);
    if (!stepAnswer.covered) return outside(index === 0 ? stepAnswer.why : `then[${index - 1}]: ${stepAnswer.why}`);
    const { request } = step;
    // https://html.spec.whatwg.org/#consume-a-preloaded-resource: a fetch() of the URL with the same mode and credentials mode takes the preloaded response, and nothing goes out.
    const preloaded = request.api === 'fetch' && normalizeMethod(request.method) === 'GET' ? preloads.findIndex((preload) => preload.mode === request.mode && preload.credentials === request.credentials) : -1;
    if (preloaded >= 0) {
      preloads.splice(preloaded, 1);
      const { prediction } = stepAnswer;
      prediction.steps.push('HTML: the fetch takes the preloaded response; nothing goes out');
      predictions.push({ ...prediction, preflight: false, request: false, finalRequest: false, hops: prediction.hops.map((hop) => ({ ...hop, preflight: false, request: false })) });
      continue;
    }
    if (request.api === 'element' && request.element === 'preload-fetch') {
      const made = elementFetch(request);
      if (!('outside' in made)) preloads.push({ mode: made.mode, credentials: made.credentials });
    }
    predictions.push(stepAnswer.prediction);
  }
  const [first, ...then] = predictions;
  if (!first) return outside('no step');
  return { covered: true, prediction: { ...first, then } };
}

type StepAnswer = { covered: true; prediction: StepPrediction } | { covered: false; why: string };

/**
 * One step: a fetch(), XMLHttpRequest, element or worker request from the page's own document,
 * redirects included. `complete`: the answers are all the server sent (a library's, as asked).
 */
function predictStep(declared: DeclaredStep, origins: Record<OriginName, string>, { cache, jar, httpCache, context }: { cache: PreflightCache; jar: CookieJar; httpCache: HttpCache; context: TemplateContext }, complete: boolean): StepAnswer {
  const outside = (why: string): StepAnswer => ({ covered: false, why });
  const { request } = declared;
  // The origin that makes the request: the frame's where there is one; the page's site still partitions the caches.
  const requester = declared.frame ?? declared.page;
  if (declared.frame && headerPairs(declared.pageHeaders).length > 0) return outside("a frame under a page with headers of its own (which document's they are is the harness's)");
  if (request.api !== 'fetch' && request.api !== 'xhr' && request.api !== 'element' && request.api !== 'worker') return outside(`the ${request.api} API is not modelled yet`);
  const hops = declaredHops(declared);
  const pageDefinition = originDefinitions[requester];
  if (pageDefinition.scheme === 'https' && hops.some(({ server }) => originDefinitions[server].scheme === 'http')) return outside('mixed content (another specification)');
  for (const [index, hop] of hops.entries()) {
    for (const [field, response] of [['response', hop.response], ['preflight', hop.preflight]] as const) {
      const why = response && checks(response);
      if (why) return outside(`hop ${index}, ${field}: ${why}`);
    }
  }
  if (request.api === 'fetch') {
    if (request.serviceWorker) return outside('a service worker answers');
    if (request.keepalive) return outside('keepalive');
    if (request.readTiming) return outside('resource timing (another specification)');
  }

  // An element's or a worker's fetch, as HTML sets it up.
  let html: HtmlFetch | undefined;
  if (request.api === 'element') {
    const made = elementFetch(request);
    if ('outside' in made) return outside(made.outside);
    html = made;
  } else if (request.api === 'worker') html = workerFetch(request);

  const steps: string[] = [];
  // The origins answer with the placeholders filled in, as the harness's servers do: `{page}` is the first step's page, whichever step asks.
  const answerHeaders = (list: HeaderList) => headerPairs(list).map(([name, value]): [string, string] => [name, resolveTemplate(value, context)]);
  const hopsOut: HopPrediction[] = hops.map(({ server }) => ({ server, preflight: false, request: false }));
  const predicted = (page: StepPrediction['page'], blocked: Maybe<BlockedReason> | undefined): StepAnswer => {
    const sent = hopsOut.flatMap(({ request: onTheWire }, hop) => (onTheWire === false ? [] : [{ hop, onTheWire }]));
    const first = sent[0];
    const last = sent.filter(({ hop }) => hop !== first?.hop).pop();
    const preflight = hopsOut.map((hop) => hop.preflight).find((entry) => entry !== false);
    return {
      covered: true,
      prediction: {
        preflight: preflight ? { method: preflight.method, headers: preflight.headers } : false,
        request: first?.onTheWire ?? false,
        finalRequest: last?.onTheWire ?? false,
        hops: hopsOut,
        page,
        blocked,
        steps,
      },
    };
  };
  const bodyless = (method: string) => method === 'GET' || method === 'HEAD';
  if (request.api === 'fetch' || request.api === 'xhr') {
    // fetch() rejects where new Request() throws, which the page sees as a network error; XMLHttpRequest's open() throws.
    const refused = (step: string, blocked: Maybe<BlockedReason>): StepAnswer => {
      steps.push(step);
      return predicted(request.api === 'fetch' ? 'network-error' : 'threw', request.api === 'fetch' ? blocked : undefined);
    };
    const declaredMethod = normalizeMethod(request.method);
    if (isForbiddenMethod(declaredMethod)) return refused('new Request() / open(): a forbidden method throws', notKnown);
    if (request.api === 'fetch' && bodyless(declaredMethod) && request.body !== undefined) return refused('new Request(): a GET or HEAD request with a body throws', notKnown);
    if (request.api === 'fetch' && request.mode === 'no-cors' && !isCorsSafelistedMethod(declaredMethod)) return refused('new Request(): mode "no-cors" allows only GET, HEAD and POST', 'no-cors-method');
  }
  const mode = html?.mode ?? (request.api === 'fetch' ? request.mode : 'cors');
  const redirectMode = request.api === 'fetch' ? request.redirect : 'follow';
  const destination = html?.destination ?? 'empty';
  const readHeaders = request.api === 'fetch' || request.api === 'xhr' ? request.readHeaders : [];
  // The request as it changes along the chain; an element or a worker GETs its URL.
  let { method, headers, body } = request.api === 'fetch' || request.api === 'xhr' ? requestAsMade(request) : { method: 'GET', headers: [] as Array<[string, string]>, body: undefined };
  const credentialsMode = html?.credentials ?? (request.api === 'fetch' ? request.credentials : request.api === 'xhr' && request.withCredentials ? 'include' : 'same-origin');
  const credentials = credentialsMode === 'include';
  const pageOrigin = origins[requester];
  const referrerPolicy = get(headerPairs(declared.pageHeaders), 'referrer-policy')?.split(',').map((token) => token.trim().toLowerCase()).filter((token) => referrerPolicies.has(token)).pop() ?? 'strict-origin-when-cross-origin';
  // The state main fetch and HTTP-redirect fetch keep across hops.
  let tainting: 'basic' | 'cors' | 'opaque' = 'basic';
  let taintedOrigin = false;
  const urlList: OriginName[] = [];

  /** https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header: the furthest any URL of the list is from the page. */
  const secFetchSite = (): RequestOnTheWire['secFetchSite'] => {
    let value: RequestOnTheWire['secFetchSite'] = 'same-origin';
    for (const url of urlList) {
      if (sameOrigin(requester, url)) continue;
      if (!sameSite(requester, url)) return 'cross-site';
      value = 'same-site';
    }
    return value;
  };
  /**
   * RFC 6265bis: a request is same-site when its URL is same-site (schemeful) with the top-level
   * page and the frame that makes it is too; after a cross-site hop, whether it still is depends
   * on the browser.
   */
  const cookieContextOf = (current: OriginName): CookieContext => {
    if ((declared.frame && !sameSite(declared.page, declared.frame)) || !sameSite(declared.page, current)) return 'cross-site';
    return urlList.slice(0, -1).every((url) => sameSite(declared.page, url)) ? 'same-site' : notKnown;
  };
  /**
   * https://fetch.spec.whatwg.org/#append-a-request-origin-header: always in a CORS request; in
   * another a GET or HEAD has none, and another method outside "cors" mode gets `null` where the
   * referrer policy (the page's, default strict-origin-when-cross-origin) would hide the origin.
   */
  const originHeader = (current: OriginName): string | null => {
    const serialized = taintedOrigin ? 'null' : pageOrigin;
    if (tainting === 'cors') return serialized;
    if (bodyless(method)) return null;
    if (mode === 'cors') return serialized;
    const downgrade = pageDefinition.scheme === 'https' && originDefinitions[current].scheme !== 'https';
    if (referrerPolicy === 'no-referrer') return 'null';
    if (referrerPolicy === 'same-origin') return sameOrigin(requester, current) ? serialized : 'null';
    if (['no-referrer-when-downgrade', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrerPolicy) && downgrade) return 'null';
    return serialized;
  };

  for (let index = 0; ; ) {
    const hop = hops[index];
    if (hop === undefined) throw new Error(`hop ${index} is not declared`);
    const current = hop.server;
    const at = index === 0 ? '' : ` (hop ${index}, ${current})`;
    urlList.push(current);
    const serializedOrigin = () => (taintedOrigin ? 'null' : pageOrigin);

    // main fetch: same origin and never cross-origin before is a basic fetch; otherwise the mode decides.
    if (sameOrigin(requester, current) && tainting === 'basic') steps.push(`main fetch${at}: same origin, a basic fetch`);
    else if (mode === 'same-origin') {
      steps.push(`main fetch${at}: mode "same-origin" and a cross-origin URL`);
      return predicted('network-error', 'mode-same-origin');
    } else if (mode === 'no-cors') {
      if (redirectMode !== 'follow') {
        steps.push(`main fetch${at}: mode "no-cors" allows only redirect mode "follow"`);
        return predicted('network-error', notKnown);
      }
      tainting = 'opaque';
      steps.push(`main fetch${at}: mode "no-cors", an opaque response`);
    } else {
      tainting = 'cors';
      // A CORS-preflight fetch when the method or a header is not safelisted, or (XMLHttpRequest)
      // when the upload has listeners: send() sets the use-CORS-preflight flag, body or not.
      const useCorsPreflight = request.api === 'xhr' && request.uploadListener;
      let preflight = expectedPreflight(method, headers);
      if (preflight === false && useCorsPreflight) {
        // No header is unsafe (else a preflight was due anyway): Access-Control-Request-Headers is left out.
        preflight = { method, headers: null };
        steps.push('XMLHttpRequest send(): upload listeners set the use-CORS-preflight flag');
      }
      // HTTP fetch: no preflight where the preflight cache holds the method (when it needs one) and every unsafe header name.
      const cacheKey = { partition: siteOf(declared.page), origin: serializedOrigin(), hop: index, credentials: credentialsMode };
      if (preflight !== false) {
        const lookups = [...(isCorsSafelistedMethod(method) && !useCorsPreflight ? [] : [cache.lookup(cacheKey, 'method', method)]), ...corsUnsafeRequestHeaderNames(headers).map((name) => cache.lookup(cacheKey, 'header', name))];
        if (lookups.includes('undecided')) return outside("a step too close to a preflight-cache entry's expiry to tell whether it is used");
        if (lookups.every((lookup) => lookup === 'hit')) {
          steps.push(`HTTP fetch${at}: the preflight cache holds the method and every header name, no preflight`);
          preflight = false;
        }
      }
      if (preflight !== false) {
        steps.push(`CORS-preflight fetch${at}: OPTIONS with Access-Control-Request-Method ${preflight.method}${preflight.headers ? ` and -Headers ${preflight.headers}` : ''}`);
        const outgoing = { ...preflight, origin: serializedOrigin(), cookie: null, secFetchSite: secFetchSite(), secFetchMode: 'cors' as const, secFetchDest: 'empty' as const };
        hopsOut[index] = { server: current, preflight: outgoing, request: false };
        cache.preflightSent();
        const preflightAnswer = hop.preflight ?? { status: 405, headers: [] };
        const preflightHeaders = answerHeaders(preflightAnswer.headers);
        const checked = corsPreflightCheck({ origin: serializedOrigin(), method, headers, credentials: credentialsMode }, { status: preflightAnswer.status, headers: preflightHeaders });
        if (!checked.ok) {
          steps.push(`CORS-preflight fetch${at}, step 7: ${checked.why}`);
          // Step 7 asks for a passing CORS check *and* an ok status: where both fail, either is the reason.
          const statusFails = preflightAnswer.status < 200 || preflightAnswer.status > 299;
          const corsFails = !corsCheck({ origin: serializedOrigin(), credentials: credentialsMode }, preflightHeaders).ok;
          if (statusFails && corsFails) {
            steps.push(`CORS-preflight fetch${at}, step 7: the status ${preflightAnswer.status} is not ok either; the standard names neither failure first`);
            return predicted('network-error', notKnown);
          }
          return predicted('network-error', checked.reason);
        }
        steps.push(`CORS-preflight fetch${at}, step 7: the preflight answer allows the request`);
        // Its methods and header names are cached for Access-Control-Max-Age (a redirect-tainted origin's never).
        const methods = extractTokens(preflightHeaders, 'access-control-allow-methods');
        const headerNames = extractTokens(preflightHeaders, 'access-control-allow-headers');
        if (!taintedOrigin && methods !== 'failure' && headerNames !== 'failure') {
          const maxAge = maxAgeSeconds(get(preflightHeaders, 'access-control-max-age'));
          cache.store(cacheKey, methods ?? (useCorsPreflight ? [method] : []), headerNames ?? [], maxAge);
          steps.push(`CORS-preflight fetch${at}: cached for ${maxAge} s`);
        }
      }
    }

    // HTTP-network-or-cache fetch: the request goes out, Origin as the request's state says, cookies where credentials are included.
    const includeCredentials = credentialsMode === 'include' || (credentialsMode === 'same-origin' && tainting === 'basic');
    const cookieContext = cookieContextOf(current);
    const sent: RequestOnTheWire = {
      method,
      origin: originHeader(current),
      cookie: includeCredentials ? jar.cookieHeader(current, cookieContext) : null,
      contentType: get(headers, 'content-type'),
      range: get(headers, 'range'),
      accept: get(headers, 'accept') ?? notKnown,
      acceptLanguage: get(headers, 'accept-language') ?? notKnown,
      contentLanguage: get(headers, 'content-language') ?? notKnown,
      authorization: get(headers, 'authorization') === null ? 'absent' : 'sent',
      // A text body is its UTF-8 bytes; the others' framing is the engine's.
      bodyLength: body === undefined ? 0 : body.kind === 'text' ? Buffer.byteLength(body.text) : notKnown,
      // Fetch Metadata: fetch() and XMLHttpRequest are "empty" destinations.
      secFetchSite: secFetchSite(),
      secFetchMode: mode,
      secFetchDest: destination,
    };
    const answer = hop.response;
    let status = answer.status;
    let responseHeaders = answerHeaders(answer.headers);
    // HTTP-network-or-cache fetch: a GET may be served a fresh stored response whose Vary'd request headers match.
    const cacheable = method === 'GET' && !answer.redirect;
    const requestHeaders: KnownRequestHeaders = new Map([
      ...headers.map(([name, value]): [string, string] => [name.toLowerCase(), value]),
      ['origin', sent.origin],
      ['sec-fetch-site', sent.secFetchSite],
      ['sec-fetch-mode', sent.secFetchMode],
      ['sec-fetch-dest', sent.secFetchDest],
    ]);
    if (sent.cookie !== notKnown) requestHeaders.set('cookie', sent.cookie);
    // Fetch's default Accept for an "empty" destination; an element's is the engine's.
    if (destination === 'empty' && !requestHeaders.has('accept')) requestHeaders.set('accept', '*/*');
    const stored = cacheable ? httpCache.lookup(siteOf(declared.page), index, requestHeaders) : { hit: false as const };
    if ('undecided' in stored) return outside(stored.undecided);
    if (stored.hit) {
      steps.push(`HTTP-network-or-cache fetch${at}: a fresh stored response is used, nothing goes out`);
      status = stored.status;
      responseHeaders = stored.headers;
    } else {
      const previous = hopsOut[index];
      hopsOut[index] = { server: current, preflight: previous?.preflight ?? false, request: sent };
      steps.push(`HTTP fetch${at}: the request goes out${sent.origin === null ? ' without Origin' : ` with Origin ${sent.origin === pageOrigin ? "the page's" : sent.origin}`}`);
      // HTTP-network fetch: the response's cookies are stored where credentials were included, before any CORS check.
      if (includeCredentials) for (const [name, value] of responseHeaders) if (name.toLowerCase() === 'set-cookie') jar.store(current, value, cookieContext);
      const why = cacheable ? httpCache.store(siteOf(declared.page), index, requestHeaders, { status, headers: responseHeaders }) : undefined;
      if (why) return outside(why.undecided);
    }

    // HTTP fetch: a CORS request runs the CORS check on every response, a redirect's too.
    if (tainting === 'cors') {
      const cors = corsCheck({ origin: serializedOrigin(), credentials: credentialsMode }, responseHeaders);
      if (!cors.ok) {
        steps.push(`HTTP fetch${at}: the CORS check fails: ${cors.why}`);
        return predicted('network-error', cors.reason);
      }
      steps.push(`HTTP fetch${at}: the CORS check passes`);
    }

    // HTTP fetch: an opaque response also passes the cross-origin resource policy check.
    if (tainting === 'opaque' && corpBlocks(requester, current, responseHeaders)) {
      steps.push(`HTTP fetch${at}: Cross-Origin-Resource-Policy ${get(responseHeaders, 'cross-origin-resource-policy')} blocks this no-cors response`);
      return predicted('network-error', 'corp-blocked');
    }

    const redirect = answer.redirect;
    if (redirect) {
      // HTTP fetch: at a redirect status, the redirect mode decides.
      if (redirectMode === 'error') {
        steps.push(`HTTP fetch${at}: redirect mode "error" meets a redirect`);
        return predicted('network-error', 'redirect-mode');
      }
      if (redirectMode === 'manual') {
        steps.push(`HTTP fetch${at}: redirect mode "manual", an opaque-redirect response`);
        return predicted({ status: 0, type: 'opaqueredirect', bodyReadable: false, headers: Object.fromEntries(readHeaders.map((name) => [name, null])) }, undefined);
      }
      const next = redirect.to;
      // HTTP-redirect fetch: no credentials in a URL that a CORS request leads to, or a "cors" request leads across origins to.
      if (redirect.credentialsInUrl && ((mode === 'cors' && !sameOrigin(requester, next)) || tainting === 'cors')) {
        steps.push(`HTTP-redirect fetch${at}: the Location URL includes credentials`);
        return predicted('network-error', 'redirect-credentials-in-url');
      }
      // 301 and 302 turn a POST, 303 anything but GET and HEAD, into a GET without a body or its headers.
      if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && !bodyless(method))) {
        steps.push(`HTTP-redirect fetch${at}: ${status} turns ${method} into GET, without a body`);
        method = 'GET';
        body = undefined;
        headers = headers.filter(([name]) => !requestBodyHeaderNames.has(name.toLowerCase()));
      }
      // A redirect to another origin drops the CORS non-wildcard request-header names (Authorization).
      if (!sameOrigin(current, next)) headers = headers.filter(([name]) => name.toLowerCase() !== 'authorization');
      // The origin is tainted once the request has been at an origin other than the page's and moves on to another.
      if (!sameOrigin(current, next) && !sameOrigin(requester, current)) {
        if (!taintedOrigin) steps.push(`HTTP-redirect fetch${at}: from ${current} to ${next}: the origin is tainted, later requests say Origin: null`);
        taintedOrigin = true;
      }
      index = hop.next ?? hops.length;
      continue;
    }

    // What an element or a worker does with the response.
    if (html) {
      const outcome = htmlOutcome(html, { status, headers: responseHeaders }, tainting === 'opaque', complete);
      if ('outside' in outcome) return outside(outcome.outside);
      if (!outcome.loads) {
        steps.push(`HTML: the ${html.load} does not load: ${outcome.why}`);
        return predicted('network-error', outcome.blocked ?? notKnown);
      }
      steps.push(`HTML: the ${html.load} loads${outcome.readable ? ', readable' : ', not readable'}`);
      return predicted({ status: notKnown, type: notKnown, bodyReadable: outcome.readable, headers: {} }, undefined);
    }
    // The response the page gets, filtered by the tainting.
    if (tainting === 'opaque') {
      const read = Object.fromEntries(readHeaders.map((name): [string, Maybe<string | null>] => [name, null]));
      return predicted({ status: 0, type: 'opaque', bodyReadable: false, headers: read }, undefined);
    }
    if (tainting === 'basic') {
      const read = Object.fromEntries(readHeaders.map((name): [string, Maybe<string | null>] => [name, forbiddenResponseHeaders.has(name.toLowerCase()) ? null : (get(responseHeaders, name.toLowerCase()) ?? (complete ? null : notKnown))]));
      return predicted({ status, type: request.api === 'fetch' ? 'basic' : notKnown, bodyReadable: true, headers: read }, undefined);
    }
    steps.push('a CORS-filtered response');
    const read = Object.fromEntries(readHeaders.map((name): [string, Maybe<string | null>] => [name, readHeader(responseHeaders, name, credentials, complete)]));
    return predicted({ status, type: request.api === 'fetch' ? 'cors' : notKnown, bodyReadable: true, headers: read }, undefined);
  }
}
