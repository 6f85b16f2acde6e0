/**
 * The outcome of one scenario in one engine, in the same shape as a scenario's `expected`, and
 * the comparison of the two. The standard's expectation and the engine's declared deviations
 * are both checked, so a cell can say "matches the standard", "known deviation" or "unexpected".
 */
import { headerValue } from '../origins/log.js';
import type { Mismatch, ObservedPage, ObservedPreflight, ObservedRequest, Outcome, PageObservation, ReceivedRequest, Verdict, EngineIdentity } from '../model/observation.js';
import type { Deviation, Expected, ExpectedHop } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';
import type { BlockedReason } from '../model/reasons.js';

function observedRequest(entry: ReceivedRequest): ObservedRequest {
  return {
    method: entry.method,
    origin: headerValue(entry, 'origin'),
    cookie: headerValue(entry, 'cookie'),
    secFetchSite: headerValue(entry, 'sec-fetch-site'),
    secFetchMode: headerValue(entry, 'sec-fetch-mode'),
    secFetchDest: headerValue(entry, 'sec-fetch-dest'),
  };
}

/**
 * The timing fields the timing allow check (Timing-Allow-Origin) guards that every fetch over
 * HTTP sets when it passes (redirect times are zero without a redirect), and the body sizes,
 * which CORS guards instead since whatwg/fetch#1556.
 */
const timingSetWhenAllowed = ['domainLookupStart', 'connectStart', 'requestStart', 'responseStart', 'transferSize'];
const bodySizeFields = ['encodedBodySize', 'decodedBodySize'];

function timingOf(exposed: string[]): { timing: 'detailed' | 'coarse' | 'partial'; bodySizes: 'exposed' | 'hidden' | 'partial' } {
  const timingFields = exposed.filter((name) => !bodySizeFields.includes(name));
  const sizes = bodySizeFields.filter((name) => exposed.includes(name));
  return {
    timing: timingFields.length === 0 ? 'coarse' : timingSetWhenAllowed.every((name) => timingFields.includes(name)) ? 'detailed' : 'partial',
    bodySizes: sizes.length === bodySizeFields.length ? 'exposed' : sizes.length === 0 ? 'hidden' : 'partial',
  };
}

export function computeOutcome(page: PageObservation, received: ReceivedRequest[], blocked: BlockedReason | null = null): Outcome {
  const preflight = received.find((entry) => entry.isPreflight);
  const actual = received.filter((entry) => !entry.isPreflight);
  const first = actual[0];
  // A redirect always leads to a later hop; the same hop again is the browser retrying (after a reset, say).
  const later = actual.filter((entry) => entry.hop !== first?.hop);
  const last = later[later.length - 1];
  return {
    preflight: preflight
      ? {
          method: headerValue(preflight, 'access-control-request-method'),
          headers: headerValue(preflight, 'access-control-request-headers'),
          origin: headerValue(preflight, 'origin'),
        }
      : false,
    request: first ? observedRequest(first) : false,
    finalRequest: last ? observedRequest(last) : false,
    page:
      page.result === 'response'
        ? { status: page.status, type: page.type, bodyReadable: page.bodyReadable, headers: page.headers, ...(page.timingExposed ? timingOf(page.timingExposed) : {}) }
        : page.result,
    blocked,
  };
}

function versionMatches(range: string, version: string): boolean {
  const match = /^(<=|>=|<|>)(.+)$/.exec(range);
  if (!match) return false;
  const [, operator, bound] = match;
  const a = version.split('.').map(Number);
  const b = (bound ?? '').split('.').map(Number);
  let cmp = 0;
  for (let i = 0; i < Math.max(a.length, b.length) && cmp === 0; i++) cmp = Math.sign((a[i] ?? 0) - (b[i] ?? 0));
  // Compare only as many components as the bound gives: "<109" means major below 109.
  if (b.length < a.length) {
    cmp = 0;
    for (let i = 0; i < b.length && cmp === 0; i++) cmp = Math.sign((a[i] ?? 0) - (b[i] ?? 0));
  }
  switch (operator) {
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    default:
      return cmp >= 0;
  }
}

export function applicableDeviations(deviations: Deviation[], identity: EngineIdentity): Deviation[] {
  return deviations.filter((deviation) => {
    if (deviation.engine !== identity.engine) return false;
    if (deviation.versions === undefined && deviation.variants === undefined) return true;
    if (deviation.variants && identity.variant && deviation.variants.includes(identity.variant)) return true;
    return deviation.versions !== undefined && versionMatches(deviation.versions, identity.version);
  });
}

/** Two objects merge field by field; anything else (`false`, a boolean) replaces. */
function mergeParts<T>(base: T | undefined, change: T | undefined): T | undefined {
  if (change === undefined) return base;
  if (typeof base === 'object' && base !== null && typeof change === 'object' && change !== null) return { ...base, ...change };
  return change;
}

/**
 * A deviation changes only the fields it gives: of `preflight`, `request`, `finalRequest` and
 * `page` when both are objects, and of the `hops` entry with the same number. So a deviation
 * states just what differs, and the rest of the standard's expectation still holds.
 */
function mergeHops(base: ExpectedHop[] | undefined, change: ExpectedHop[] | undefined): ExpectedHop[] | undefined {
  if (change === undefined) return base;
  const merged = [...(base ?? [])];
  for (const hop of change) {
    const index = merged.findIndex((entry) => entry.hop === hop.hop);
    const current = merged[index];
    if (current === undefined) merged.push(hop);
    else merged[index] = { ...current, ...hop, preflight: mergeParts(current.preflight, hop.preflight), request: mergeParts(current.request, hop.request) };
  }
  return merged;
}

export function effectiveExpectation(expected: Expected, deviations: Deviation[]): Expected {
  return deviations.reduce<Expected>((current, { expected: change }) => {
    const merged: Expected = { ...current, ...change, hops: mergeHops(current.hops, change.hops) };
    for (const part of ['preflight', 'request', 'finalRequest', 'page'] as const) {
      if (change[part] !== undefined) Object.assign(merged, { [part]: mergeParts<unknown>(current[part], change[part]) });
    }
    // A reason goes only with a network error: an engine that lets the request through has none.
    if (merged.page !== 'network-error') delete merged.blocked;
    return merged;
  }, expected);
}

function compareRequest(
  field: string,
  expected: Expected['request'],
  observed: false | ObservedRequest,
  context: TemplateContext,
  out: Mismatch[],
): void {
  if (expected === false || expected === true || observed === false) {
    if ((expected !== false) !== (observed !== false)) out.push({ field, expected: expected !== false, observed: observed !== false });
    return;
  }
  for (const [key, value] of Object.entries(expected) as Array<[keyof ObservedRequest, string | null | undefined]>) {
    if (value === undefined) continue;
    const want = value === null ? null : resolveTemplate(value, context);
    if (observed[key] !== want) out.push({ field: `${field}.${key}`, expected: want, observed: observed[key] });
  }
}

export function compare(expected: Expected, outcome: Outcome, context: TemplateContext): Mismatch[] {
  const out: Mismatch[] = [];
  const { preflight } = expected;
  if (typeof preflight === 'boolean' || outcome.preflight === false) {
    const want = preflight !== false;
    if (want !== (outcome.preflight !== false)) out.push({ field: 'preflight', expected: want, observed: outcome.preflight !== false });
  } else {
    if (preflight.method !== undefined && preflight.method !== outcome.preflight.method)
      out.push({ field: 'preflight.method', expected: preflight.method, observed: outcome.preflight.method });
    if (preflight.headers !== undefined && preflight.headers !== outcome.preflight.headers)
      out.push({ field: 'preflight.headers', expected: preflight.headers, observed: outcome.preflight.headers });
  }
  compareRequest('request', expected.request, outcome.request, context, out);
  if (expected.finalRequest !== undefined) compareRequest('finalRequest', expected.finalRequest, outcome.finalRequest, context, out);

  // Where the engine's messages cannot be read, the reason is not measured, not wrong.
  if (expected.blocked !== undefined && outcome.blocked !== 'not-captured' && expected.blocked !== outcome.blocked) out.push({ field: 'blocked', expected: expected.blocked, observed: outcome.blocked });
  const page = expected.page;
  const seen = outcome.page;
  if (typeof page === 'string' || typeof seen === 'string') {
    const observedKind = typeof seen === 'string' ? seen : 'response';
    const expectedKind = typeof page === 'string' ? page : 'response';
    if (observedKind !== expectedKind) out.push({ field: 'page', expected: expectedKind, observed: observedKind });
    return out;
  }
  if (page.status !== undefined && page.status !== seen.status) out.push({ field: 'page.status', expected: page.status, observed: seen.status });
  if (page.type !== undefined && page.type !== seen.type) out.push({ field: 'page.type', expected: page.type, observed: seen.type });
  if (page.bodyReadable !== undefined && page.bodyReadable !== seen.bodyReadable)
    out.push({ field: 'page.bodyReadable', expected: page.bodyReadable, observed: seen.bodyReadable });
  if (page.timing !== undefined && page.timing !== seen.timing) out.push({ field: 'page.timing', expected: page.timing, observed: seen.timing ?? null });
  if (page.bodySizes !== undefined && page.bodySizes !== seen.bodySizes) out.push({ field: 'page.bodySizes', expected: page.bodySizes, observed: seen.bodySizes ?? null });
  for (const [name, value] of Object.entries(page.headers ?? {})) {
    const want = value === null ? null : resolveTemplate(value, context);
    const got = seen.headers[name] ?? null;
    if (got !== want) out.push({ field: `page.headers.${name}`, expected: want, observed: got });
  }
  return out;
}

/**
 * `unexpected` whenever the engine's effective expectation fails, including when a declared
 * deviation is no longer seen (the engine was fixed: the deviation should go). Where every
 * deviation that applied is one the standard allows too, the step conforms either way.
 */
export function verdictOf(standardMismatches: Mismatch[], effectiveMismatches: Mismatch[], applied: Pick<Deviation, 'standardAllows'>[] = []): Verdict {
  if (effectiveMismatches.length > 0) return 'unexpected';
  if (standardMismatches.length === 0) return 'matches-standard';
  return applied.length > 0 && applied.every((deviation) => deviation.standardAllows !== undefined) ? 'conforms-either-way' : 'known-deviation';
}
