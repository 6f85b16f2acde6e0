/**
 * One step's trace in a form that can be compared between engines: every request that reached a
 * server and the page's view, flattened to `label: field` → value, with what differs by design
 * removed (ports, the run's token, multipart boundaries, error wording). Also which of those
 * fields the scenario's expectation pins down, so the reporter can tell a difference between
 * engines that a verdict already shows from one that no verdict shows (an unchecked difference).
 */
import { headerValue } from '../origins/log.js';
import type { OriginName } from '../model/origin-names.js';
import type { Expected, ExpectedHop } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';
import type { BlockedReason } from '../model/reasons.js';
import type { Mismatch, PageObservation, ReceivedRequest, StepTrace } from '../model/observation.js';

/**
 * Request headers compared between engines. Left out by design: headers each engine fills in its
 * own way whatever the page asks (User-Agent, Accept-Encoding, Connection, Priority, Referer,
 * Sec-CH-*, Cache-Control, Pragma; Accept, Accept-Language and Content-Language unless the page
 * set them), and the order of headers.
 */
const comparedHeaders = [
  'Origin',
  'Access-Control-Request-Method',
  'Access-Control-Request-Headers',
  'Cookie',
  'Sec-Fetch-Site',
  'Sec-Fetch-Mode',
  'Sec-Fetch-Dest',
  'Content-Type',
  'Range',
  // A revalidation of a stored response: whether and with which validator the engine asks.
  'If-None-Match',
  'If-Modified-Since',
] as const;

export interface TraceContext {
  /** The origin the step's page was on. */
  page: string;
  origins: Record<OriginName, string>;
  token: string;
  /** The header names the page's own request sets (fetch, XHR): of these, the ones in `pageSetHeaders` are compared. */
  pageSet?: readonly string[];
}

/**
 * Headers an engine fills in by itself unless the page sets them: compared only on an actual
 * request whose page set them (the bytes the page asked for, as they reached the server).
 */
const pageSetHeaders = ['Accept', 'Accept-Language', 'Content-Language'] as const;

/** Replaces what differs between runs and engines by design with a placeholder. */
export function normaliseValue(value: string, context: TraceContext): string {
  let text = value.split(context.page).join('{page}');
  const byLength = Object.entries(context.origins).sort((a, b) => b[1].length - a[1].length);
  for (const [name, url] of byLength) text = text.split(url).join(`{origin:${name}}`);
  // The run's ports where they are not part of a whole origin (a URL with user:password@ in it).
  for (const port of new Set(Object.values(context.origins).map((url) => new URL(url).port))) {
    if (port !== '') text = text.replace(new RegExp(`:${port}(?!\\d)`, 'g'), ':{port}');
  }
  return text
    .split(context.token)
    .join('{token}')
    .replace(/boundary=("?)[^";,\s]+\1/i, 'boundary={boundary}');
}

/** "preflight at hop 1 (third)", with "#2" and on for the same hop sent again (a retry). */
function labelled(received: ReceivedRequest[]): Array<{ entry: ReceivedRequest; label: string }> {
  const seen = new Map<string, number>();
  return received.map((entry) => {
    const base = `${entry.isPreflight ? 'preflight' : 'request'} at hop ${entry.hop ?? '?'} (${entry.origin ?? entry.listener})`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { entry, label: count === 1 ? base : `${base} #${count}` };
  });
}

/** The name of the error the page saw (`TypeError`), not its wording, which each engine words its own way. */
function errorName(error: string | null): string | null {
  if (error === null) return null;
  return /\b([A-Z][A-Za-z]*Error)\b/.exec(error)?.[1] ?? error.replace(/:.*$/s, '');
}

export function stepTrace(received: ReceivedRequest[], page: PageObservation, context: TraceContext, blocked: BlockedReason | null = null): StepTrace {
  const trace: StepTrace = {};
  for (const { entry, label } of labelled(received)) {
    trace[`${label}: sent`] = true;
    trace[`${label}: method`] = entry.method;
    for (const name of comparedHeaders) {
      const value = headerValue(entry, name);
      trace[`${label}: ${name}`] = value === null ? null : normaliseValue(value, context);
    }
    for (const name of pageSetHeaders) {
      if (entry.isPreflight || !context.pageSet?.some((set) => set.toLowerCase() === name.toLowerCase())) continue;
      const value = headerValue(entry, name);
      trace[`${label}: ${name}`] = value === null ? null : normaliseValue(value, context);
    }
    trace[`${label}: Authorization`] = headerValue(entry, 'authorization') === null ? 'absent' : 'sent';
    // A multipart body's length depends on the engine's boundary.
    const multipart = /^multipart\//i.test(headerValue(entry, 'content-type') ?? '');
    trace[`${label}: body length`] = multipart ? 'multipart' : entry.bodyLength;
  }
  trace['page: result'] = page.result;
  trace['page: status'] = page.status;
  trace['page: type'] = page.type;
  trace['page: redirected'] = page.redirected;
  trace['page: url'] = page.url === null ? null : normaliseValue(page.url, context);
  trace['page: body readable'] = page.bodyReadable;
  for (const [name, value] of Object.entries(page.headers)) trace[`page: header ${name}`] = value === null ? null : normaliseValue(value, context);
  trace['page: visible header names'] = [...page.visibleHeaderNames].map((name) => name.toLowerCase()).sort().join(', ');
  if (page.timingExposed) trace['page: timing fields exposed'] = [...page.timingExposed].sort().join(', ');
  trace['page: error'] = errorName(page.error);
  // Compared like the rest, between engines whose page saw the same result; a reason that
  // could not be read is left out of the comparison.
  if (blocked !== null && blocked !== 'not-captured') trace['page: blocked'] = blocked;
  return trace;
}

/** Whether a trace key matches a pattern in which `*` stands for any run of characters. */
export function keyMatches(pattern: string, key: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(key);
}

/** The trace field each field of an expectation of a request checks (shorthand or `hops` entry). */
const hopFieldKeys = {
  origin: 'Origin',
  cookie: 'Cookie',
  secFetchSite: 'Sec-Fetch-Site',
  secFetchMode: 'Sec-Fetch-Mode',
  secFetchDest: 'Sec-Fetch-Dest',
  authorization: 'Authorization',
  contentType: 'Content-Type',
  range: 'Range',
  accept: 'Accept',
  acceptLanguage: 'Accept-Language',
  contentLanguage: 'Content-Language',
  ifNoneMatch: 'If-None-Match',
  ifModifiedSince: 'If-Modified-Since',
  bodyLength: 'body length',
} as const;

type HopKind = 'preflight' | 'request';

function hopFieldKey(kind: HopKind, field: string): string {
  if (field === 'method') return kind === 'preflight' ? 'Access-Control-Request-Method' : 'method';
  if (field === 'headers') return 'Access-Control-Request-Headers';
  return isHopField(field) ? hopFieldKeys[field] : field;
}

function isHopField(field: string): field is keyof typeof hopFieldKeys {
  return Object.hasOwn(hopFieldKeys, field);
}

/** The label (from `labelled`) of the first preflight or actual request that reached a hop. */
function hopLabel(labels: Array<{ entry: ReceivedRequest; label: string }>, hop: number, kind: HopKind): string | undefined {
  return labels.find(({ entry }) => entry.hop === hop && entry.isPreflight === (kind === 'preflight'))?.label;
}

/**
 * `expected.hops` against the step's trace: mismatches are named `hops[1].preflight.origin`.
 * Expected values are resolved and normalised the way the trace is, so `{page}` compares with
 * `{page}` and the mismatch reads the same in every engine.
 */
export function compareHops(hops: ExpectedHop[], received: ReceivedRequest[], trace: StepTrace, context: TemplateContext & { token: string }): Mismatch[] {
  const out: Mismatch[] = [];
  const normalise = (value: string) => normaliseValue(resolveTemplate(value, context), { page: context.page, origins: context.origins, token: context.token });
  const labels = labelled(received);
  for (const expected of hops) {
    for (const kind of ['preflight', 'request'] as const) {
      const spec = expected[kind];
      if (spec === undefined) continue;
      const field = `hops[${expected.hop}].${kind}`;
      const label = hopLabel(labels, expected.hop, kind);
      if (spec === false || label === undefined) {
        if ((spec !== false) !== (label !== undefined)) out.push({ field, expected: spec !== false, observed: label !== undefined });
        continue;
      }
      for (const [name, value] of Object.entries(spec)) {
        if (value === undefined) continue;
        const want = typeof value === 'string' ? normalise(value) : value;
        const got = trace[`${label}: ${hopFieldKey(kind, name)}`] ?? null;
        if (got !== want) out.push({ field: `${field}.${name}`, expected: want, observed: got });
      }
    }
  }
  return out;
}

/**
 * The trace keys whose value this engine's expectation pins down (patterns with `*`): a
 * different value there would have failed the comparison, so the verdict already shows it.
 * `received` must be the step's requests, in order, as `stepTrace` saw them.
 */
export function checkedKeys(expected: Expected, received: ReceivedRequest[], hopCount: number): string[] {
  const expectedHops = expected.hops;
  const labels = labelled(received);
  const labelOf = (predicate: (entry: ReceivedRequest) => boolean): string | undefined => labels.find(({ entry }) => predicate(entry))?.label;
  const keys: string[] = [];
  const firstPreflight = labelOf((entry) => entry.isPreflight);
  if (expected.preflight === false) keys.push('preflight at *: sent');
  else if (firstPreflight) {
    keys.push(`${firstPreflight}: sent`);
    if (typeof expected.preflight === 'object') {
      for (const [field, value] of Object.entries(expected.preflight)) if (value !== undefined) keys.push(`${firstPreflight}: ${hopFieldKey('preflight', field)}`);
    }
  }
  const actual = received.filter((entry) => !entry.isPreflight);
  const first = actual[0];
  const later = actual.filter((entry) => entry.hop !== first?.hop);
  const requestKeys = (label: string | undefined, spec: Expected['request'] | undefined) => {
    if (label === undefined || spec === undefined || spec === false) return;
    keys.push(`${label}: sent`);
    if (spec === true) return;
    for (const [field, value] of Object.entries(spec)) if (value !== undefined) keys.push(`${label}: ${hopFieldKey('request', field)}`);
  };
  if (expected.request === false) keys.push('request at *: sent');
  else requestKeys(first && labelOf((entry) => entry === first), expected.request);
  const last = later[later.length - 1];
  if (expected.finalRequest === false) {
    // No actual request on any hop but the first request's.
    for (let hop = 0; hop < hopCount; hop++) if (hop !== (first?.hop ?? -1)) keys.push(`request at hop ${hop} *: sent`);
  } else requestKeys(last && labelOf((entry) => entry === last), expected.finalRequest);

  for (const expected of expectedHops ?? []) {
    for (const kind of ['preflight', 'request'] as const) {
      const spec = expected[kind];
      if (spec === undefined) continue;
      const label = hopLabel(labels, expected.hop, kind);
      if (spec === false) keys.push(`${kind} at hop ${expected.hop} *: sent`);
      else if (label !== undefined) {
        keys.push(`${label}: sent`);
        for (const [name, value] of Object.entries(spec)) if (value !== undefined) keys.push(`${label}: ${hopFieldKey(kind, name)}`);
      }
    }
  }
  keys.push('page: result');
  if (expected.blocked !== undefined) keys.push('page: blocked');
  const page = expected.page;
  if (typeof page === 'object') {
    if (page.status !== undefined) keys.push('page: status');
    if (page.type !== undefined) keys.push('page: type');
    if (page.bodyReadable !== undefined) keys.push('page: body readable');
    if (page.timing !== undefined || page.bodySizes !== undefined) keys.push('page: timing fields exposed');
    for (const name of Object.keys(page.headers ?? {})) keys.push(`page: header ${name}`);
  }
  return keys;
}
