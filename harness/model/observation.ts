/**
 * The observation of one scenario in one engine, described once: the runner builds it, the test
 * attaches it, the reporter reads it back with `readObservation` and the published JSON schema
 * (harness/report/schema.ts) embeds it. Every type here is inferred from its schema, so the
 * three can never drift apart.
 */
import { z } from 'zod';
import { engineNames, variantNames } from './engine-names.js';
import { libraryNames } from './library-names.js';
import { libraryEndpoints, type LibraryCorsOptions } from './library-options.js';
import { libraryVerdicts } from './verdicts.js';
import { listenerNames, originNames } from './origin-names.js';
import { blockedReasonNames } from './reasons.js';
import { responseFaults, type ScenarioRequest } from './scenario.js';

export const observationSchemaVersion = 1;

const headerPairs = z.array(z.tuple([z.string(), z.string()]));

export const engineIdentitySchema = z.strictObject({
  engine: z.enum(engineNames),
  variant: z.enum(variantNames).optional(),
  /** The project name, e.g. `chromium` or `chromium-legacy-method-case`. */
  project: z.string(),
  /** Product name and exact version, as the browser reports it. */
  browser: z.string(),
  version: z.string(),
  /** How it was driven, e.g. `Playwright (Chrome DevTools Protocol)`, `WebDriver (WebKitWebDriver)`. */
  driver: z.string(),
  executable: z.string(),
  /** Every setting the harness changed from the browser's own defaults, and why. */
  changedSettings: z.array(z.string()),
  /** Why the harness cannot read this engine's own messages (why-blocked reasons), when it cannot. */
  messagesUnavailable: z.string().optional(),
  /** Why the harness cannot read the messages a worker of this kind prints, when the page's are read. */
  workerMessagesUnavailable: z.strictObject({ dedicated: z.string().optional(), shared: z.string().optional() }).optional(),
  /** Why whether this engine reuses a cached response is not measured here, when it is not. */
  httpCacheUnavailable: z.string().optional(),
});

export const sentResponseSchema = z.strictObject({
  status: z.number().int(),
  /** In the order and case written, duplicates kept. */
  headers: headerPairs,
});

/** One request that reached an origin, as it was on the wire. */
export const receivedRequestSchema = z.strictObject({
  /** The scenario run the request belongs to, from its path; absent for harness routes without one. */
  token: z.string().optional(),
  /** Position in the scenario's redirect chain (0 = the first URL requested). */
  hop: z.number().int().optional(),
  origin: z.enum(originNames).optional(),
  listener: z.enum(listenerNames),
  /** The method exactly as received, not normalised. */
  method: z.string(),
  path: z.string(),
  httpVersion: z.string(),
  /** Header names and values in arrival order, duplicates kept (HTTP/2 names are lower-case). */
  headers: headerPairs,
  /** OPTIONS with Access-Control-Request-Method: a CORS preflight. */
  isPreflight: z.boolean(),
  /** Bytes of the body; at a library origin, its Content-Length, so the body stays unread for the library. */
  bodyLength: z.number().int(),
  receivedAt: z.number(),
  /** At a library origin: what the library answered, as written on the wire (filled in when sent). */
  response: sentResponseSchema.optional(),
  /** Set when Node's HTTP/1 parser refused the request before any app saw it (a lower-case `patch`, say). */
  refused: z.string().optional(),
});

/** What the page's JavaScript saw, as the in-page probe reports it. */
export const pageObservationSchema = z.strictObject({
  /**
   * `timeout`: no answer in time; `threw`: the API refused before any request (it threw on a bad
   * argument, say, or sendBeacon returned false);
   * `queued`: the API took the request and tells the page nothing more (sendBeacon returned true).
   */
  result: z.enum(['response', 'network-error', 'timeout', 'threw', 'queued']),
  status: z.number().nullable(),
  /** Response.type for fetch (`basic`, `cors`, `opaque`, `opaqueredirect`); null for XHR. */
  type: z.string().nullable(),
  redirected: z.boolean().nullable(),
  url: z.string().nullable(),
  bodyReadable: z.boolean(),
  /** The first 200 characters the page could read. */
  body: z.string().nullable(),
  /** Each requested header: its value as the page reads it, or null when hidden or absent. */
  headers: z.record(z.string(), z.string().nullable()),
  /** Every response header name the page can enumerate (fetch iteration or getAllResponseHeaders). */
  visibleHeaderNames: z.array(z.string()),
  /**
   * When the scenario reads resource timing (`readTiming`): the fields of the response's
   * PerformanceResourceTiming that the timing allow check guards and that were not zero (or, for
   * nextHopProtocol, not empty). Absent when not read; empty when the page got no entry's detail.
   */
  timingExposed: z.array(z.string()).optional(),
  error: z.string().nullable(),
  durationMs: z.number(),
});

export const observedPreflightSchema = z.strictObject({ method: z.string().nullable(), headers: z.string().nullable(), origin: z.string().nullable() });

export const observedRequestSchema = z.strictObject({
  method: z.string(),
  origin: z.string().nullable(),
  cookie: z.string().nullable(),
  secFetchSite: z.string().nullable(),
  secFetchMode: z.string().nullable(),
  secFetchDest: z.string().nullable(),
});

export const observedPageSchema = z.union([
  z.enum(['network-error', 'timeout', 'threw', 'queued']),
  z.strictObject({
    status: z.number().nullable(),
    type: z.string().nullable(),
    bodyReadable: z.boolean(),
    headers: z.record(z.string(), z.string().nullable()),
    /** `detailed` when every timing field Timing-Allow-Origin guards was exposed, `coarse` when none was, `partial` otherwise; absent when not read. */
    timing: z.enum(['detailed', 'coarse', 'partial']).optional(),
    /** Whether encodedBodySize and decodedBodySize (guarded by CORS) were exposed; absent when not read. */
    bodySizes: z.enum(['exposed', 'hidden', 'partial']).optional(),
  }),
]);

/** The outcome in the shape of a scenario's `expected` shorthands. */
export const outcomeSchema = z.strictObject({
  preflight: z.union([z.literal(false), observedPreflightSchema]),
  /** The first actual (non-preflight) request of the run. */
  request: z.union([z.literal(false), observedRequestSchema]),
  /** The last actual request on a later redirect hop, when a redirect made more than one. */
  finalRequest: z.union([z.literal(false), observedRequestSchema]),
  page: observedPageSchema,
  /** Why the request failed, read from the engine's messages; null when the page got a response. */
  blocked: z.enum(blockedReasonNames).nullable(),
});

export const mismatchSchema = z.strictObject({ field: z.string(), expected: z.unknown(), observed: z.unknown() });

/** `conforms-either-way`: differs from the expectation only as deviations the standard allows too (`standardAllows`). */
export const verdicts = ['matches-standard', 'conforms-either-way', 'known-deviation', 'unexpected'] as const;

export const traceValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const plannedResponseSchema = z.strictObject({
  status: z.number().int(),
  /** Sent as given: order, duplicates and case kept (HTTP/2 lower-cases names on the wire). */
  headers: headerPairs,
  body: z.string(),
  bodyEncoding: z.enum(['utf8', 'base64']),
  /** No HTTP answer: drop the connection, or hold the request until the run ends. */
  fault: z.enum(responseFaults).optional(),
});

export const plannedHopSchema = z.strictObject({
  /** The origin this hop's URL is on; a request for it on another origin is answered 421. */
  origin: z.enum(originNames),
  /** Answer to a CORS preflight; undefined means 405 without CORS headers. */
  preflight: plannedResponseSchema.optional(),
  response: plannedResponseSchema,
  /** Answer to a conditional request (a revalidation of the stored response), when declared. */
  revalidation: plannedResponseSchema.optional(),
});

/**
 * What the engine itself said about a request: a console message, an error the engine reports
 * for the page, or (Chromium) the network layer's structured CORS status.
 */
export const engineMessageSchema = z.strictObject({
  source: z.enum(['console', 'page-error', 'network']),
  text: z.string(),
  /** The console's kind of message where the engine names it, e.g. WebKit's `SECURITY ERROR`. */
  level: z.string().optional(),
  /** The engine's own structured code, e.g. Chromium's `corsError`. */
  code: z.string().optional(),
  /** The URL the engine names, where it names one apart from the text. */
  url: z.string().optional(),
  /**
   * The request's method, where the engine names it apart from the text (Chromium's Network
   * domain): two steps of one check share a URL, and a late message of the first must not be read
   * as the second's.
   */
  method: z.string().optional(),
  /** Chromium's `failedParameter`: the header or value that failed the check. */
  parameter: z.string().optional(),
});

/** Why a step's request failed (harness/reasons/explain.ts). */
export const blockedSchema = z.strictObject({
  reason: z.enum(blockedReasonNames),
  /**
   * The request refused: the last one of the step that reached a server, or `none` if none did;
   * `unknown` for a server corsmatrix does not run (it keeps no log) when the engine does not say.
   */
  request: z.enum(['preflight', 'request', 'none', 'unknown']),
  hop: z.number().int().nullable(),
  /** Who gave the reason: the engine's own words, or the harness (a timeout, messages not captured). */
  by: z.enum(['engine', 'harness']),
  /** The messages the reason was read from, in the engine's words (Chromium's code in brackets). */
  words: z.array(z.string()),
  /** Messages of the step the phrasebook does not know, in full. */
  unrecognised: z.array(z.string()),
});

/** One request of a scenario (the first, or a follow-up) and what came of it. */
export const stepObservationSchema = z.strictObject({
  page: pageObservationSchema,
  /** The page origin the request was made from. */
  pageOrigin: z.string(),
  /** Requests the origins received for this step, in order. */
  received: z.array(receivedRequestSchema),
  outcome: outcomeSchema,
  /** The engine's own messages while the step ran, as it printed them. */
  messages: z.array(engineMessageSchema),
  /** Why the request failed; null when the page got a response or threw before sending. */
  blocked: blockedSchema.nullable(),
  standardMismatches: z.array(mismatchSchema),
  mismatches: z.array(mismatchSchema),
  /** The step's requests and page view, normalised for comparison with other engines (docs/reports.md, "Unchecked differences"). */
  trace: z.record(z.string(), traceValueSchema),
  /** Trace keys (patterns with `*`) the standard's expectation pins down. */
  checked: z.array(z.string()),
  /** Trace keys this engine's declared deviations pin down for this step. */
  deviationChecked: z.array(z.string()),
});

export const recordedFindingSchema = z.strictObject({ summary: z.string(), link: z.string().optional() });

/**
 * A library scenario's side of a cell: which release (or checkout) answered, with which options,
 * and whether real browsers delivered what the developer meant by them.
 */
export const libraryObservationSchema = z.strictObject({
  name: z.enum(libraryNames),
  packageName: z.string(),
  version: z.string(),
  framework: z.string(),
  /** The local checkout that answered instead of the pinned release, if any. */
  checkout: z.string().nullable(),
  endpoint: z.enum(libraryEndpoints),
  /** The generic options with placeholders resolved, as given to the adapter. */
  options: z.custom<LibraryCorsOptions>((value) => typeof value === 'object' && value !== null),
  /** Per step: the intent, and the verdict from what the page saw. */
  steps: z.array(z.strictObject({ intent: z.enum(['allow', 'block']), preflight: z.enum(['sent', 'cached']).optional(), verdict: z.enum(libraryVerdicts) })),
  verdict: z.enum(libraryVerdicts),
  finding: recordedFindingSchema.nullable(),
});

/** Everything known about one scenario in one engine; attached to the test result. */
export const observationSchema = z.strictObject({
  schemaVersion: z.literal(observationSchemaVersion),
  scenario: z.strictObject({
    id: z.string(),
    title: z.string(),
    file: z.string(),
    reference: z.string(),
    page: z.string(),
    target: z.string(),
    /** The steps whose expectation the file left out and the Fetch standard's model gave (0: the scenario's request). */
    expectedByModel: z.array(z.number().int().min(0)).optional(),
  }),
  engine: engineIdentitySchema,
  origins: z.strictObject({ page: z.string(), target: z.string() }),
  token: z.string(),
  /** The request as the scenario declared it (step 0); the scenario loader has checked it. */
  request: z.custom<ScenarioRequest>((value) => typeof value === 'object' && value !== null && 'api' in value),
  /**
   * What each URL of the run answered: the preflight and the actual response, per redirect hop.
   * Empty for a library scenario, whose answers are in each step's `received[].response`.
   */
  served: z.array(plannedHopSchema.extend({ url: z.string() })),
  /** Library scenarios only. */
  library: libraryObservationSchema.optional(),
  /** Step 0 is the scenario's `request`; later steps are its `then` follow-ups. */
  steps: z.array(stepObservationSchema),
  verdict: z.enum(verdicts),
  /** Differences from the standard's expectation, over all steps (`then[1].page` and so on). */
  standardMismatches: z.array(mismatchSchema),
  /** Differences after this engine's known deviations; non-empty fails the test. */
  mismatches: z.array(mismatchSchema),
  /** The deviations that applied; `standardAllows` where the standard allows the engine's outcome too. */
  deviations: z.array(z.strictObject({ reason: z.string(), bug: z.string(), step: z.number().int(), standardAllows: z.string().optional() })),
  /** Why the run went the way it did when that is not obvious (a stalled origin, say). */
  notes: z.array(z.string()),
  /** Differences between engines the scenario leaves out of the comparison on purpose, and why. */
  ignoredDifferences: z.array(z.strictObject({ field: z.string(), reason: z.string() })),
  durationMs: z.number(),
});

export type EngineIdentity = z.infer<typeof engineIdentitySchema>;
export type EngineMessage = z.infer<typeof engineMessageSchema>;
export type Blocked = z.infer<typeof blockedSchema>;
export type SentResponse = z.infer<typeof sentResponseSchema>;
export type ReceivedRequest = z.infer<typeof receivedRequestSchema>;
export type PageObservation = z.infer<typeof pageObservationSchema>;
export type ObservedPreflight = z.infer<typeof observedPreflightSchema>;
export type ObservedRequest = z.infer<typeof observedRequestSchema>;
export type ObservedPage = z.infer<typeof observedPageSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Mismatch = z.infer<typeof mismatchSchema>;
export type Verdict = (typeof verdicts)[number];
export type TraceValue = z.infer<typeof traceValueSchema>;
/** `preflight at hop 1 (third): Origin` → `null`, `page: status` → 200, and so on. */
export type StepTrace = Record<string, TraceValue>;
export type PlannedResponse = z.infer<typeof plannedResponseSchema>;
export type PlannedHop = z.infer<typeof plannedHopSchema>;
export type StepObservation = z.infer<typeof stepObservationSchema>;
export type LibraryObservation = z.infer<typeof libraryObservationSchema>;
export type Observation = z.infer<typeof observationSchema>;

/** An observation read back from a test attachment or a report, checked, not cast. */
export function readObservation(json: string): Observation {
  return observationSchema.parse(JSON.parse(json));
}
