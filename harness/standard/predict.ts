/**
 * The Fetch standard's CORS rules as code (issue #39): for a scenario, what a browser that follows
 * the standard does, step by step, predicted without a browser. Each rule cites its step; the
 * definitions (safelists, the CORS check, the CORS-preflight check) are the ones the rest of the
 * harness uses (harness/scenario/fetch-safelist.ts, fetch-cors-check.ts).
 *
 * It covers what it can say for certain and says where it stops: a scenario outside it (a
 * redirect, a follow-up step, a library, an element...) gets `outside` with the reason, and a
 * field it cannot know (a cookie, a Sec-Fetch-* value, a header the server adds by itself) is
 * `notKnown` rather than a guess.
 */
import { getDomain } from 'tldts';
import { originDefinitions, type OriginName } from '../model/origin-names.js';
import type { BlockedReason } from '../model/reasons.js';
import type { DeclaredScenario, HeaderList, RequestBody, ResponseSpec, Scenario } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';
import { headerPairs } from '../scenario/consistency.js';
import { corsCheck, corsPreflightCheck, get } from '../scenario/fetch-cors-check.js';
import { expectedPreflight, isCorsSafelistedMethod, isCorsSafelistedRequestHeader, normalizeMethod } from '../scenario/fetch-safelist.js';

/** A value the model cannot know for certain. */
export const notKnown = Symbol('not known');
type Maybe<T> = T | typeof notKnown;

/** What reaches the server of an actual request, in the words of `expected.request` and `hops`. */
export interface RequestOnTheWire {
  method: string;
  origin: string | null;
  contentType: string | null;
  range: string | null;
  authorization: 'sent' | 'absent';
  bodyLength: Maybe<number>;
  secFetchSite: 'same-origin' | 'same-site' | 'cross-site';
  secFetchMode: 'cors' | 'no-cors' | 'same-origin';
  secFetchDest: 'empty';
}

/** What the standard says happens, in the words of a scenario's `expected`. */
export interface Prediction {
  preflight: false | { method: string; headers: string | null };
  request: false | RequestOnTheWire;
  page: 'network-error' | 'threw' | { status: Maybe<number>; type: Maybe<'basic' | 'cors' | 'opaque'>; bodyReadable: boolean; headers: Record<string, Maybe<string | null>> };
  blocked: Maybe<BlockedReason> | undefined;
  /** The steps of the standard the prediction went through, for a reader. */
  steps: string[];
}

export type ModelAnswer = { covered: true; prediction: Prediction } | { covered: false; why: string };

const outside = (why: string): ModelAnswer => ({ covered: false, why });

/** https://html.spec.whatwg.org/#same-origin: scheme, host and port. */
function sameOrigin(a: OriginName, b: OriginName): boolean {
  const [one, two] = [originDefinitions[a], originDefinitions[b]];
  return one.scheme === two.scheme && one.host === two.host && one.listener === two.listener;
}

/** https://html.spec.whatwg.org/#same-site: scheme and registrable domain (a `*.localhost` name is its own site). */
function sameSite(a: OriginName, b: OriginName): boolean {
  const [one, two] = [originDefinitions[a], originDefinitions[b]];
  const site = (host: string) => getDomain(host, { allowPrivateDomains: true }) ?? host;
  return one.scheme === two.scheme && site(one.host) === site(two.host);
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
 * Access-Control-Expose-Headers lists (`*` only without credentials).
 */
function readHeader(response: Array<[string, string]>, name: string, credentials: boolean): Maybe<string | null> {
  const lower = name.toLowerCase();
  if (forbiddenResponseHeaders.has(lower)) return null;
  const exposed = (get(response, 'access-control-expose-headers') ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  const visible = safelistedResponseHeaders.has(lower) || exposed.includes(lower) || (!credentials && exposed.includes('*'));
  if (!visible) return null;
  // The origin server adds Content-Type, Content-Length and others by itself: only a declared header is known.
  return get(response, lower) ?? notKnown;
}

function checks(response: ResponseSpec): string | undefined {
  if (response.redirect) return 'a redirect (HTTP-redirect fetch is not modelled yet)';
  if (response.fault) return `a ${response.fault} (the network's failure is the engine's own)`;
  if (response.revalidation) return 'a revalidation (the HTTP cache is not modelled)';
  return undefined;
}

/**
 * The standard's outcome for a declared scenario with one fetch() or XMLHttpRequest request from
 * the page's own document, or where the model stops.
 */
export function predict(scenario: Scenario, origins: Record<OriginName, string>): ModelAnswer {
  if (scenario.library) return outside('a CORS library answers (its answers are not known without running it)');
  const declared: DeclaredScenario = scenario;
  const { request } = declared;
  if (request.api !== 'fetch' && request.api !== 'xhr') return outside(`the ${request.api} API is not modelled yet`);
  if (declared.then.length > 0) return outside('follow-up steps (the preflight and HTTP caches are not modelled yet)');
  if (declared.frame) return outside('a request from a frame');
  if (declared.setup.permissions.length > 0) return outside('permissions (Local Network Access is another specification)');
  if (declared.timeoutMs !== undefined) return outside('a timeout of its own');
  // Measured only where an engine presents a loopback port as public, or the page says it is public.
  const localNetwork = declared.notMeasured.some((entry) => entry.exceptVariants?.includes('local-network-access')) || headerPairs(declared.pageHeaders).some(([, value]) => /treat-as-public-address/i.test(value));
  if (localNetwork) return outside('Local Network Access (another specification)');
  if (headerPairs(declared.pageHeaders).some(([name]) => /^cross-origin-(embedder|opener)-policy$/i.test(name))) return outside('cross-origin isolation (another specification)');
  const pageDefinition = originDefinitions[declared.page];
  const targetDefinition = originDefinitions[declared.target];
  if (pageDefinition.scheme === 'https' && targetDefinition.scheme === 'http') return outside('mixed content (another specification)');
  for (const [field, response] of [['response', declared.response], ['preflight', declared.preflight]] as const) {
    const why = response && checks(response);
    if (why) return outside(`${field}: ${why}`);
  }
  if (request.api === 'fetch') {
    if (request.serviceWorker) return outside('a service worker answers');
    if (request.keepalive) return outside('keepalive');
    if (request.readTiming) return outside('resource timing (another specification)');
  }

  const steps: string[] = [];
  // The origins answer with the placeholders filled in, as the harness's servers do.
  const context: TemplateContext = { page: origins[declared.page], target: origins[declared.target], origins };
  const answerHeaders = (list: HeaderList) => headerPairs(list).map(([name, value]): [string, string] => [name, resolveTemplate(value, context)]);
  const method = normalizeMethod(request.method);
  // fetch() rejects where new Request() throws, which the page sees as a network error; XMLHttpRequest's open() throws.
  const refused = (step: string, blocked: Maybe<BlockedReason>): ModelAnswer => {
    steps.push(step);
    return { covered: true, prediction: { preflight: false, request: false, page: request.api === 'fetch' ? 'network-error' : 'threw', blocked: request.api === 'fetch' ? blocked : undefined, steps } };
  };
  if (['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase())) return refused('new Request() / open(): a forbidden method throws', notKnown);
  const bodyless = method === 'GET' || method === 'HEAD';
  if (request.api === 'fetch' && bodyless && request.body !== undefined) return refused('new Request(): a GET or HEAD request with a body throws', notKnown);
  const mode = request.api === 'fetch' ? request.mode : 'cors';
  if (mode === 'no-cors' && !isCorsSafelistedMethod(method)) return refused('new Request(): mode "no-cors" allows only GET, HEAD and POST', 'no-cors-method');
  // XMLHttpRequest's send() drops the body of a GET or HEAD.
  const body = bodyless ? undefined : request.body;
  // Headers normalizes each value first (https://fetch.spec.whatwg.org/#concept-header-value-normalize);
  // in "no-cors" mode its guard drops every header that is not a no-CORS-safelisted one.
  const headers = headerPairs(request.headers)
    .map(([name, value]): [string, string] => [name, value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')])
    .filter(([name, value]) => mode !== 'no-cors' || (noCorsSafelistedNames.has(name.toLowerCase()) && isCorsSafelistedRequestHeader(name, value)));
  const contentType = bodyContentType(body);
  // The body's type goes in only when the page set no Content-Type of its own.
  if (contentType !== undefined && get(headers, 'content-type') === null) headers.push(['Content-Type', contentType]);
  const credentials = request.api === 'fetch' ? request.credentials === 'include' : request.withCredentials;
  // What goes on the wire besides Origin: the headers as the page set them (after normalizing), and the body's length.
  const bodyLength: Maybe<number> = body === undefined ? 0 : body.kind === 'text' ? Buffer.byteLength(body.text) : notKnown;
  const wire: Omit<RequestOnTheWire, 'method' | 'origin'> = {
    contentType: get(headers, 'content-type'),
    range: get(headers, 'range'),
    authorization: get(headers, 'authorization') === null ? 'absent' : 'sent',
    // A text body is its UTF-8 bytes; the others' framing is the engine's.
    bodyLength,
    // Fetch Metadata (https://w3c.github.io/webappsec-fetch-metadata/): fetch() and XMLHttpRequest are "empty" destinations in cors mode.
    secFetchSite: sameOrigin(declared.page, declared.target) ? 'same-origin' : sameSite(declared.page, declared.target) ? 'same-site' : 'cross-site',
    secFetchMode: mode,
    secFetchDest: 'empty',
  };
  const pageOrigin = origins[declared.page];
  // https://fetch.spec.whatwg.org/#append-a-request-origin-header: a GET or HEAD that is not CORS
  // has none; another method outside "cors" mode gets `null` where the referrer policy (the page's,
  // default strict-origin-when-cross-origin) would hide the referrer's origin.
  const referrerPolicy = get(headerPairs(declared.pageHeaders), 'referrer-policy')?.split(',').map((token) => token.trim().toLowerCase()).filter((token) => referrerPolicies.has(token)).pop() ?? 'strict-origin-when-cross-origin';
  const downgrade = pageDefinition.scheme === 'https' && targetDefinition.scheme === 'http';
  const originWithoutCors = (): string | null => {
    if (bodyless) return null;
    if (mode === 'cors') return pageOrigin;
    if (referrerPolicy === 'no-referrer') return 'null';
    if (referrerPolicy === 'same-origin') return sameOrigin(declared.page, declared.target) ? pageOrigin : 'null';
    if (['no-referrer-when-downgrade', 'strict-origin', 'strict-origin-when-cross-origin'].includes(referrerPolicy) && downgrade) return 'null';
    return pageOrigin;
  };
  const answer = declared.response;
  const responseHeaders = answerHeaders(answer.headers);
  const status = answer.status;

  if (sameOrigin(declared.page, declared.target)) {
    // main fetch: a same-origin request is a basic fetch; no CORS at all.
    steps.push('main fetch: same origin, basic response');
    const read = Object.fromEntries(request.readHeaders.map((name): [string, Maybe<string | null>] => [name, forbiddenResponseHeaders.has(name.toLowerCase()) ? null : (get(responseHeaders, name.toLowerCase()) ?? notKnown)]));
    return { covered: true, prediction: { preflight: false, request: { method, origin: originWithoutCors(), ...wire }, page: { status, type: request.api === 'fetch' ? 'basic' : notKnown, bodyReadable: true, headers: read }, blocked: undefined, steps } };
  }

  if (mode === 'same-origin') return refused('main fetch: mode "same-origin" and a cross-origin URL', 'mode-same-origin');
  if (mode === 'no-cors') {
    // main fetch: an opaque response; nothing of it reaches the page. Origin only on a request that is neither GET nor HEAD.
    steps.push('main fetch: "no-cors" mode, an opaque response');
    const read = Object.fromEntries(request.readHeaders.map((name): [string, Maybe<string | null>] => [name, null]));
    return { covered: true, prediction: { preflight: false, request: { method, origin: originWithoutCors(), ...wire }, page: { status: 0, type: 'opaque', bodyReadable: false, headers: read }, blocked: undefined, steps } };
  }

  // main fetch ("cors" mode): a CORS-preflight fetch when the method or a header is not safelisted,
  // or (XMLHttpRequest) when the upload has listeners: send() sets the use-CORS-preflight flag, body or not.
  let preflight = expectedPreflight(method, headers);
  if (preflight === false && request.api === 'xhr' && request.uploadListener) {
    // No header is unsafe (else a preflight was due anyway): Access-Control-Request-Headers is left out.
    preflight = { method, headers: null };
    steps.push('XMLHttpRequest send(): upload listeners set the use-CORS-preflight flag');
  }
  if (preflight !== false) {
    steps.push(`CORS-preflight fetch: OPTIONS with Access-Control-Request-Method ${preflight.method}${preflight.headers ? ` and -Headers ${preflight.headers}` : ''}`);
    const preflightAnswer = declared.preflight ?? { status: 405, headers: [] };
    const checked = corsPreflightCheck({ origin: pageOrigin, method, headers, credentials: credentials ? 'include' : 'same-origin' }, { status: preflightAnswer.status, headers: answerHeaders(preflightAnswer.headers) });
    if (!checked.ok) {
      steps.push(`CORS-preflight fetch, step 7: ${checked.why}`);
      return { covered: true, prediction: { preflight, request: false, page: 'network-error', blocked: checked.reason, steps } };
    }
    steps.push('CORS-preflight fetch, step 7: the preflight answer allows the request');
  }
  steps.push('HTTP fetch: the request goes out with Origin');
  const sent = { method, origin: pageOrigin, ...wire };
  const cors = corsCheck({ origin: pageOrigin, credentials: credentials ? 'include' : 'same-origin' }, responseHeaders);
  if (!cors.ok) {
    steps.push(`HTTP fetch: the CORS check fails: ${cors.why}`);
    return { covered: true, prediction: { preflight, request: sent, page: 'network-error', blocked: cors.reason, steps } };
  }
  steps.push('HTTP fetch: the CORS check passes; a CORS-filtered response');
  const read = Object.fromEntries(request.readHeaders.map((name): [string, Maybe<string | null>] => [name, readHeader(responseHeaders, name, credentials)]));
  return { covered: true, prediction: { preflight, request: sent, page: { status, type: request.api === 'fetch' ? 'cors' : notKnown, bodyReadable: true, headers: read }, blocked: undefined, steps } };
}
