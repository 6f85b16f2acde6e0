/**
 * The scenario format: plain data, typed by these schemas and checked when loaded.
 *
 * A scenario file default-exports an array of `ScenarioInput` objects. The words follow the
 * Fetch standard: a request may need a CORS preflight, the target answers the preflight and the
 * actual request, and the expected outcome says what reaches the server and what the page sees.
 */
import { z } from 'zod';
import { blockedReasonNames } from './reasons.js';
import { engineNames, permissionNames, variantNames } from './engine-names.js';
import { libraryNames } from './library-names.js';
import { librarySpecificOptionsSchema } from './library-specific.js';
import { libraryEndpoints, type LibraryCorsOptions } from './library-options.js';
import { originNames } from './origin-names.js';
import { serviceWorkerAnswers } from './urls.js';
import { findTemplateError } from './template.js';

/** RFC 9110 `token`: what a header name or a method must be. */
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const headerName = z
  .string()
  .regex(tokenPattern, { message: 'a header name must be an HTTP token (no spaces, colons or other separators)' });

const templatedValue = z.string().superRefine((value, ctx) => {
  const error = findTemplateError(value);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

const headerValue = templatedValue.refine((value) => !/[\r\n\0]/.test(value), {
  message: 'a header value must not contain CR, LF or NUL',
});

/**
 * Headers as an object (`{ 'Access-Control-Allow-Origin': '*' }`, an array value sends the header
 * once per element) or as a list of pairs when order, duplicates or odd casing matter.
 */
export const headerListSchema = z.union([
  z.record(headerName, z.union([headerValue, z.array(headerValue).min(1)])),
  z.array(z.tuple([headerName, headerValue])),
]);

const method = z.string().regex(tokenPattern, { message: 'a method must be an HTTP token' });

const requestBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string() }),
  z.strictObject({ kind: z.literal('urlencoded'), fields: z.record(z.string(), z.string()) }),
  z.strictObject({ kind: z.literal('form-data'), fields: z.record(z.string(), z.string()) }),
  z.strictObject({ kind: z.literal('blob'), type: z.string(), text: z.string() }),
]);

const readHeaders = z.array(headerName).default([]);

/** How the page makes the request. Discriminated by `api`. */
export const requestSchema = z.discriminatedUnion('api', [
  z.strictObject({
    api: z.literal('fetch'),
    method: method.default('GET'),
    headers: headerListSchema.default([]),
    body: requestBodySchema.optional(),
    credentials: z.enum(['omit', 'same-origin', 'include']).default('same-origin'),
    mode: z.enum(['cors', 'no-cors', 'same-origin']).default('cors'),
    redirect: z.enum(['follow', 'error', 'manual']).default('follow'),
    /** `keepalive: true`: the request may outlive the page, and its body is capped at 64 KiB. */
    keepalive: z.boolean().default(false),
    /**
     * The page is first controlled by a service worker of its own origin, which answers the
     * request: `network` with `fetch(event.request)`, `no-cors` with a no-cors fetch of the URL
     * (an opaque response), `synthetic` with a Response it makes itself (harness/origins/service-worker.ts).
     */
    serviceWorker: z.enum(serviceWorkerAnswers).optional(),
    /** Response headers whose visibility to the page is recorded (`headers.get(name)`). */
    readHeaders,
    /** Read the response's resource-timing entry: which fields Timing-Allow-Origin let through. */
    readTiming: z.boolean().default(false),
  }),
  z.strictObject({
    api: z.literal('xhr'),
    method: method.default('GET'),
    headers: headerListSchema.default([]),
    body: requestBodySchema.optional(),
    withCredentials: z.boolean().default(false),
    /** A listener on `xhr.upload` makes even a simple request need a preflight. */
    uploadListener: z.boolean().default(false),
    readHeaders,
  }),
  z.strictObject({
    api: z.literal('element'),
    /**
     * `img` is drawn on a canvas and read with getImageData (a tainted canvas throws);
     * `script` and `module-script` count as readable when they set `window.corsmatrixValue`;
     * `stylesheet` is readable when its cssRules can be read; `iframe-postmessage` is readable
     * when the framed page posts a message to the page; `font` is loaded with the FontFace API
     * (always CORS mode, credentials same-origin) and readable when it loads; `json-module` is
     * imported by an inline module script (`import … with { type: 'json' }`), readable when the
     * script gets the value; `video` is drawn on a canvas once it has data and read with
     * getImageData, like `img`; `audio` only loads (the probe has no way to read its samples, so it
     * never counts as readable: expect whether it loads, not `bodyReadable`); `preload-fetch` is
     * `<link rel=preload as=fetch>`, which loads (or fires error) and is never readable itself: a
     * later `fetch` step shows whether the preloaded response is reused.
     */
    element: z.enum(['img', 'script', 'module-script', 'stylesheet', 'iframe-postmessage', 'font', 'json-module', 'video', 'audio', 'preload-fetch']),
    /** The crossorigin attribute; absent means a no-cors request (a module's imports: credentials same-origin). */
    crossorigin: z.enum(['anonymous', 'use-credentials']).optional(),
  }),
  /**
   * `navigator.sendBeacon(url, body)`: a POST with credentials "include", in "no-cors" mode unless
   * the body's type is not CORS-safelisted. The page learns only whether it was queued.
   */
  z.strictObject({
    api: z.literal('beacon'),
    body: requestBodySchema.optional(),
  }),
  /**
   * A worker loads the URL, readable when the loaded script ran (it sets `self.corsmatrixValue`):
   * `classic-script` and `module-script` make it the worker's own script (`new Worker(url)`,
   * `{ type: 'module' }`); `import-scripts` has a classic worker of the page's origin call
   * `importScripts(url)`; `static-import` has a module worker of the page's origin `import` it.
   */
  z.strictObject({
    api: z.literal('worker'),
    worker: z.enum(['dedicated', 'shared']).default('dedicated'),
    load: z.enum(['classic-script', 'module-script', 'import-scripts', 'static-import']),
    /** A module worker's `credentials` option: the credentials mode of its script and its imports. */
    credentials: z.enum(['omit', 'same-origin', 'include']).optional(),
  }),
  /**
   * `new WebSocket(url)` (ws: or wss: for the target's scheme): no CORS, the server sees Origin and
   * decides. Answer with status 101 to accept (the body is sent as one message; readable when it
   * arrives) or any other status to refuse the handshake.
   */
  z.strictObject({ api: z.literal('websocket') }),
  /** `new EventSource(url, { withCredentials })`: readable when the first message arrives (then closed). */
  z.strictObject({
    api: z.literal('eventsource'),
    withCredentials: z.boolean().default(false),
  }),
]);

export interface ResponseSpecInput {
  status?: number;
  headers?: z.input<typeof headerListSchema>;
  body?: string;
  /** Binary body (an image, say), base64-encoded; instead of `body`. */
  bodyBase64?: string;
  /** Answer with a redirect to a named origin; `Location` is filled in by the harness. */
  redirect?: RedirectSpecInput;
  /**
   * Answer with no HTTP response at all: `reset` drops the connection (an HTTP/2 stream is
   * reset), `stall` never answers, so the probe's timeout fires.
   */
  fault?: ResponseFault;
  /**
   * The answer to a conditional request (one with If-None-Match or If-Modified-Since), usually
   * `{ status: 304, headers: {...} }`: what a server says when the browser revalidates the
   * stored response. Without it a conditional request gets this response again.
   */
  revalidation?: ResponseSpecInput;
}

export const responseFaults = ['reset', 'stall'] as const;
export type ResponseFault = (typeof responseFaults)[number];

export interface RedirectSpecInput {
  to: (typeof originNames)[number];
  /** Put `user:pass@` in the Location URL (a redirect to a URL with credentials). */
  credentialsInUrl?: boolean;
  preflight?: ResponseSpecInput;
  response: ResponseSpecInput;
}

export interface ResponseSpec {
  status: number;
  headers: z.output<typeof headerListSchema>;
  body?: string | undefined;
  bodyBase64?: string | undefined;
  redirect?: RedirectSpec | undefined;
  fault?: ResponseFault | undefined;
  revalidation?: ResponseSpec | undefined;
}

export interface RedirectSpec {
  to: (typeof originNames)[number];
  credentialsInUrl: boolean;
  preflight?: ResponseSpec | undefined;
  response: ResponseSpec;
}

export const responseSpecSchema: z.ZodType<ResponseSpec, ResponseSpecInput> = z.lazy(() =>
  z
    .strictObject({
      status: z.number().int().min(100).max(599).default(200),
      headers: headerListSchema.default([]),
      body: z.string().optional(),
      bodyBase64: z.base64().optional(),
      redirect: redirectSpecSchema.optional(),
      fault: z.enum(responseFaults).optional(),
      revalidation: responseSpecSchema.optional(),
    })
    .superRefine((response, ctx) => {
      if (response.revalidation?.redirect || response.revalidation?.revalidation) {
        ctx.addIssue({ code: 'custom', path: ['revalidation'], message: 'a revalidation answer neither redirects nor has a revalidation of its own' });
      }
      if (response.fault && response.redirect) {
        ctx.addIssue({ code: 'custom', path: ['fault'], message: `a response with fault "${response.fault}" sends nothing, so it cannot redirect` });
      }
      if (response.body !== undefined && response.bodyBase64 !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['bodyBase64'], message: 'give either body or bodyBase64, not both' });
      }
      if (response.redirect && (response.status < 300 || response.status > 399)) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: `a redirect needs a 3xx status, not ${response.status}` });
      }
    }),
);

const redirectSpecSchema: z.ZodType<RedirectSpec, RedirectSpecInput> = z.lazy(() =>
  z.strictObject({
    to: z.enum(originNames),
    credentialsInUrl: z.boolean().default(false),
    preflight: responseSpecSchema.optional(),
    response: responseSpecSchema,
  }),
);

const expectedPreflight = z.union([
  z.boolean(),
  z.strictObject({
    /** Access-Control-Request-Method as received. */
    method: z.string().optional(),
    /** Access-Control-Request-Headers as received; `null` when the header is absent. */
    headers: z.string().nullable().optional(),
  }),
]);

const expectedRequest = z.union([
  z.boolean(),
  z.strictObject({
    method: z.string().optional(),
    /** The Origin header; `{page}` stands for the page's origin, `null` for no header. */
    origin: templatedValue.nullable().optional(),
    cookie: z.string().nullable().optional(),
    secFetchSite: z.string().nullable().optional(),
    secFetchMode: z.string().nullable().optional(),
    secFetchDest: z.string().nullable().optional(),
  }),
]);

const expectedPage = z.union([
  z.literal('network-error'),
  /** The request was handed to the browser and the page learns nothing more (a beacon). */
  z.literal('queued'),
  /** The API refused before any request was made: it threw, or sendBeacon returned false. */
  z.literal('threw'),
  /** Nothing settled within the scenario's `timeoutMs`: only for a target that stalls. */
  z.literal('timeout'),
  z.strictObject({
    status: z.number().int().optional(),
    type: z.enum(['basic', 'cors', 'opaque', 'opaqueredirect']).optional(),
    bodyReadable: z.boolean().optional(),
    /** Header name to the value the page reads, or `null` when it cannot see the header. */
    headers: z.record(z.string(), templatedValue.nullable()).optional(),
    /**
     * With `readTiming`: `detailed` when the resource-timing entry exposes every timing field the
     * timing allow check guards (Timing-Allow-Origin passed, or same-origin), `coarse` when it
     * exposes none, `partial` in between (for a deviation).
     */
    timing: z.enum(['detailed', 'coarse', 'partial']).optional(),
    /** With `readTiming`: whether encodedBodySize and decodedBodySize are exposed; CORS guards them (whatwg/fetch#1556), not Timing-Allow-Origin. */
    bodySizes: z.enum(['exposed', 'hidden']).optional(),
  }),
]);

/** Headers and facts of one request on the wire, the same for a preflight and an actual request. */
const wireFields = {
  /** The Origin header; `{page}` stands for the page's origin, `null` for no header. */
  origin: templatedValue.nullable().optional(),
  cookie: z.string().nullable().optional(),
  secFetchSite: z.string().nullable().optional(),
  secFetchMode: z.string().nullable().optional(),
  secFetchDest: z.string().nullable().optional(),
  /** Whether an Authorization header was sent (its value is never compared). */
  authorization: z.enum(['sent', 'absent']).optional(),
  contentType: z.string().nullable().optional(),
  range: z.string().nullable().optional(),
  /** Accept, Accept-Language and Content-Language as they reached the server: where the page set them (engines fill in their own otherwise). */
  accept: z.string().nullable().optional(),
  acceptLanguage: z.string().nullable().optional(),
  contentLanguage: z.string().nullable().optional(),
  /** The validators of a conditional request (a revalidation of a stored response); `null` when absent. */
  ifNoneMatch: z.string().nullable().optional(),
  ifModifiedSince: z.string().nullable().optional(),
  bodyLength: z.number().int().min(0).optional(),
};

/**
 * What reached one hop of the redirect chain: hop 0 is the target, hop 1 where its redirect
 * leads, and so on. `false`: nothing of that kind reached the hop. Fields left out are not
 * checked; the report still compares them between engines.
 */
export const expectedHopSchema = z.strictObject({
  hop: z.number().int().min(0),
  /** The origin that serves the hop, as the redirect chain says; checked at load time, for the reader. */
  server: z.enum(originNames).optional(),
  preflight: z
    .union([
      z.literal(false),
      z.strictObject({
        ...wireFields,
        /** Access-Control-Request-Method, as in the `preflight` shorthand. */
        method: z.string().optional(),
        /** Access-Control-Request-Headers; `null` when absent. */
        headers: z.string().nullable().optional(),
      }),
    ])
    .optional(),
  request: z.union([z.literal(false), z.strictObject({ ...wireFields, method: z.string().optional() })]).optional(),
});

export const expectedSchema = z.strictObject({
  /** Whether a CORS preflight reached the target, and what it asked for. */
  preflight: expectedPreflight,
  /** Whether the actual request reached the target, and with which headers. */
  request: expectedRequest,
  /** After a redirect: the last actual request, at the end of the chain. */
  finalRequest: expectedRequest.optional(),
  /** What the page's JavaScript saw. */
  page: expectedPage,
  /** Any request of the redirect chain, by hop: its preflight's and its actual request's headers. */
  hops: z.array(expectedHopSchema).optional(),
  /**
   * Why the request fails, as the standard has it (harness/model/reasons.ts): the engine's
   * own message must read as this. Only with `page: 'network-error'`.
   */
  blocked: z.enum(blockedReasonNames).optional(),
});

const versionRange = z.string().regex(/^(<|<=|>=|>)\d+(\.\d+)*$/, {
  message: 'a version range looks like "<109" or ">=120"',
});

export const deviationSchema = z.strictObject({
  engine: z.enum(engineNames),
  /** Which request of the scenario this changes: 0 is `request`, 1 the first of `then`. */
  step: z.number().int().min(0).default(0),
  /** Versions of the engine that behave this way; with neither this nor `variants`, every version. */
  versions: versionRange.optional(),
  /** Engine variants (projects) that reproduce this behaviour, whatever their version. */
  variants: z.array(z.enum(variantNames)).optional(),
  reason: z.string().min(1),
  bug: z.url(),
  /**
   * Where the standard allows this behaviour too (a cache may drop an entry at any time, say):
   * the text that allows it. The cell reads "conforming either way", not a known deviation.
   */
  standardAllows: z.string().min(1).optional(),
  /** Replaces the matching parts of `expected` for this engine. */
  expected: expectedSchema.partial(),
});

const ignoredDifferenceSchema = z.strictObject({
  field: z.string().min(1),
  reason: z.string().min(1),
});

const cookieSetupSchema = z.strictObject({
  /** The origin whose top-level page sets the cookie, before the page origin is opened. */
  origin: z.enum(originNames),
  setCookie: headerValue,
});

/**
 * What a developer who wrote a library scenario's options means by them, for one request:
 * `allow` the page to read the response, or `block` it. Compared with what the page really
 * saw, it gives each library cell its verdict (harness/model/intent.ts).
 */
export const intentSchema = z.enum(['allow', 'block']);

/** For a follow-up: whether the developer means the request to be preflighted again or answered from the preflight cache (Max-Age). */
const intentPreflightSchema = z.enum(['sent', 'cached']);

/**
 * The generic CORS options of a library scenario; each adapter maps them to its library's own
 * names. Strings may use `{page}` and `{origin:NAME}`, resolved when the run is planned. A
 * RegExp is taken as written (its braces are quantifiers, not placeholders).
 */
const originOptionSchema = z.union([
  templatedValue.refine((value) => value !== '', { message: "an origin is '*', 'reflect' or an origin such as '{origin:site}'" }),
  z.array(templatedValue).min(1),
  z
    .strictObject({ regexp: z.string().min(1), flags: z.string().regex(/^[dgimsuvy]*$/, { message: 'RegExp flags are among d, g, i, m, s, u, v, y' }).optional() })
    .superRefine((value, ctx) => {
      try {
        new RegExp(value.regexp, value.flags);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['regexp'], message: `not a valid RegExp: ${error instanceof Error ? error.message : String(error)}` });
      }
    }),
  z.strictObject({ allowList: z.array(templatedValue).min(1) }),
]);

const headerNameOrStar = z.string().regex(tokenPattern, { message: 'a header name must be an HTTP token, or *' });

export const libraryOptionsSchema = z.strictObject({
  origin: originOptionSchema.optional(),
  credentials: z.boolean().optional(),
  allowedHeaders: z.array(headerNameOrStar).optional(),
  exposedHeaders: z.array(headerNameOrStar).optional(),
  maxAge: z.number().int().min(0).optional(),
  methods: z.array(method).optional(),
  /** An option only one library has, e.g. `{ library: 'fastify-cors', hook: 'preHandler' }`. */
  specific: librarySpecificOptionsSchema.optional(),
}) satisfies z.ZodType<LibraryCorsOptions>;

/** "Serve the target with this CORS library and these options", instead of a declared preflight and response. */
export const libraryTargetSchema = z.strictObject({
  name: z.enum(libraryNames),
  options: libraryOptionsSchema.default({}),
  /** Which endpoint the request goes to (harness/libraries/endpoints.ts). */
  endpoint: z.enum(libraryEndpoints).default('resource'),
  /** Cache-Control of `/resource`: `no-store` unless the scenario needs the HTTP cache. */
  cacheControl: headerValue.default('no-store'),
});

/**
 * Where a library does not deliver the intent in real browsers: a finding about the library
 * (not an engine deviation), listed in docs/libraries.md ("Findings") and shown in the per-library report.
 */
export const findingSchema = z.strictObject({
  /** One or two sentences a maintainer could paste into an issue. */
  summary: z.string().min(1),
  /** The library's issue or documentation about it, when there is one. */
  link: z.url().optional(),
});

/**
 * A later request to the same URL, from the same page unless `page` says otherwise: the
 * preflight cache and the HTTP cache show only across requests.
 */
const followUpSchema = z.strictObject({
  /** Open this page origin before the request (default: stay on the previous step's page). */
  page: z.enum(originNames).optional(),
  /** Make the request from an iframe of this origin inside the page (default: the previous step's frame, if any). */
  frame: z.enum(originNames).optional(),
  /** The request to make; by default the scenario's `request` again. */
  request: requestSchema.optional(),
  /** Wait until this long after the target last received a preflight (for Max-Age expiry). */
  waitAfterLastPreflightMs: z.number().int().min(0).max(20_000).optional(),
  /** Library scenarios: the intent for this request, when it differs from the scenario's. */
  intent: intentSchema.optional(),
  /** Library scenarios: whether this request should be preflighted again or served from the preflight cache. */
  intentPreflight: intentPreflightSchema.optional(),
  /** Left out: the Fetch standard's model says what is expected (harness/standard/), where it covers the scenario. */
  expected: expectedSchema.optional(),
});

const scenarioObjectSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, {
    message: 'an id is lower-case words joined by "-", optionally grouped with "/"',
  }),
  title: z.string().min(1),
  /** The spec section, article or bug this scenario comes from. */
  reference: z.url(),
  page: z.enum(originNames),
  /**
   * Make the request from an iframe of this origin inside the page: the page is then the
   * top-level document (its site partitions caches and cookies), and `{page}` stands for the
   * frame's origin, the one that makes the request.
   */
  frame: z.enum(originNames).optional(),
  target: z.enum(originNames),
  setup: z
    .strictObject({
      cookies: z.array(cookieSetupSchema).default([]),
      /** Permissions the user has granted to the page's origin before the request (a fresh profile each run). */
      permissions: z.array(z.enum(permissionNames)).default([]),
    })
    .default({ cookies: [], permissions: [] }),
  request: requestSchema,
  /** What the target answers to a CORS preflight; without it a preflight gets 405 and no CORS headers. */
  preflight: responseSpecSchema.optional(),
  /** What the target answers to the actual request. Either this (and `preflight`) or `library`. */
  response: responseSpecSchema.optional(),
  /** The target is served by a real CORS library with these options; `target` is that library's origin. */
  library: libraryTargetSchema.optional(),
  /** Library scenarios: what the developer who wrote the options means them to do. */
  intent: intentSchema.optional(),
  /** Library scenarios: where real browsers do not deliver the intent, and why. */
  finding: findingSchema.optional(),
  /**
   * What a browser that follows the standard does. Left out, the Fetch standard's model
   * (harness/standard/) gives it, where the model covers the scenario; the report says so.
   */
  expected: expectedSchema.optional(),
  then: z.array(followUpSchema).default([]),
  /** Headers on the page itself (Referrer-Policy, say). */
  pageHeaders: headerListSchema.default([]),
  deviations: z.array(deviationSchema).default([]),
  /**
   * Differences between engines that no expectation should decide, left out of the comparison
   * with a reason: a retry count, say. `field` is a trace key as the report names it, where `*`
   * stands for any text (`request at hop 0 (other) #*: sent`).
   */
  ignoreDifferences: z.array(ignoredDifferenceSchema).default([]),
  /** How long each request may take before the page's probe gives up (default 5000 ms). */
  timeoutMs: z.number().int().min(100).max(30_000).optional(),
  /**
   * Engines where this cannot be measured here (a cap that would take hours to observe, a
   * feature the local set-up cannot trigger): the cell says "not measured" with the reason,
   * instead of passing.
   */
  notMeasured: z
    .array(z.strictObject({
        engine: z.enum(engineNames),
        reason: z.string().min(1),
        link: z.url().optional(),
        /** Variants of the engine that can measure it after all (their project runs the scenario). */
        exceptVariants: z.array(z.enum(variantNames)).optional(),
      }))
    .default([]),
});

type ScenarioObject = z.output<typeof scenarioObjectSchema>;
type ServerFields = 'preflight' | 'response' | 'library' | 'intent' | 'finding';
type DraftCommon = Omit<ScenarioObject, ServerFields>;
type FollowUpDraft = z.output<typeof followUpSchema>;

/** A later request of a scenario, its expectation stated or given by the standard's model. */
export type FollowUp = Omit<FollowUpDraft, 'expected'> & { expected: Expected };

type ScenarioCommon = Omit<DraftCommon, 'expected' | 'then'> & {
  expected: Expected;
  then: FollowUp[];
  /**
   * The steps (0: `request`, 1: the first of `then`...) whose `expected` the file left out and
   * the Fetch standard's model gave; set by the loader, never written in a file.
   */
  expectedByModel?: number[] | undefined;
};

/** The target answers as declared (`preflight`, `response`). */
type DeclaredServer = {
  preflight?: ResponseSpec | undefined;
  response: ResponseSpec;
  library?: undefined;
  intent?: undefined;
  finding?: undefined;
};

/** The target is a real CORS library configured with `library.options`. */
type LibraryServer = {
  library: LibraryTarget;
  intent: Intent;
  finding?: Finding | undefined;
  preflight?: undefined;
  response?: undefined;
};

/** A scenario whose target answers as declared (`preflight`, `response`). */
export type DeclaredScenario = ScenarioCommon & DeclaredServer;

/** A scenario whose target is a real CORS library configured with `library.options`. */
export type LibraryScenario = ScenarioCommon & LibraryServer;

export type Scenario = DeclaredScenario | LibraryScenario;

/**
 * A scenario as the schema reads it from a file: a step may leave `expected` out, for the
 * standard's model to give (harness/catalogue/load.ts makes the Scenario).
 */
export type ScenarioDraft = (DraftCommon & DeclaredServer) | (DraftCommon & LibraryServer);

/** The draft as a Scenario where every step states `expected`; undefined where one leaves it out. */
export function statedScenario(draft: ScenarioDraft): Scenario | undefined {
  return withExpectations(draft, [], []);
}

/**
 * The draft with each step's `expected` that it leaves out taken from `given` (by step: 0 is
 * `request`), those steps named in `expectedByModel`; undefined where a step has neither.
 */
export function withExpectations(draft: ScenarioDraft, given: ReadonlyArray<Expected | undefined>, byModel: number[]): Scenario | undefined {
  const expected = draft.expected ?? given[0];
  if (expected === undefined) return undefined;
  const then: FollowUp[] = [];
  for (const [index, step] of draft.then.entries()) {
    const stepExpected = step.expected ?? given[index + 1];
    if (stepExpected === undefined) return undefined;
    then.push({ ...step, expected: stepExpected });
  }
  const extra = byModel.length > 0 ? { expectedByModel: byModel } : {};
  return draft.library ? { ...draft, expected, then, ...extra } : { ...draft, expected, then, ...extra };
}

/**
 * A scenario is one of two kinds: declared answers, or a library. Written as one object schema
 * plus this check (rather than a union) so that a mistake names the field, not "invalid input".
 */
export const scenarioSchema: z.ZodType<ScenarioDraft, z.input<typeof scenarioObjectSchema>> = scenarioObjectSchema.transform((value, ctx): ScenarioDraft => {
  const { preflight, response, library, intent, finding, ...common } = value;
  if (library) {
    for (const field of ['preflight', 'response'] as const) {
      if (value[field] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `give either library or ${field === 'preflight' ? 'preflight/response' : 'response'}, not both: the library answers every request` });
      }
    }
    if (intent === undefined) ctx.addIssue({ code: 'custom', path: ['intent'], message: "a library scenario states its intent: 'allow' or 'block'" });
    if (intent === undefined || preflight !== undefined || response !== undefined) return z.NEVER;
    return { ...common, library, intent, finding };
  }
  if (response === undefined) ctx.addIssue({ code: 'custom', path: ['response'], message: 'give response (and optionally preflight), or library' });
  if (intent !== undefined) ctx.addIssue({ code: 'custom', path: ['intent'], message: 'intent belongs to library scenarios' });
  if (finding !== undefined) ctx.addIssue({ code: 'custom', path: ['finding'], message: 'finding belongs to library scenarios; an engine that differs from the standard is a deviation' });
  if (response === undefined || intent !== undefined || finding !== undefined) return z.NEVER;
  return { ...common, preflight, response };
});

type ScenarioObjectInput = z.input<typeof scenarioObjectSchema>;
type ScenarioCommonInput = Omit<ScenarioObjectInput, ServerFields>;

/** What a scenario file writes: declared answers, or a library (never both). */
export type ScenarioInput =
  | (ScenarioCommonInput & { preflight?: ResponseSpecInput; response: ResponseSpecInput; library?: never; intent?: never; finding?: never })
  | (ScenarioCommonInput & { library: LibraryTargetInput; intent: Intent; finding?: FindingInput; preflight?: never; response?: never });

export type LibraryTarget = z.output<typeof libraryTargetSchema>;
export type LibraryTargetInput = z.input<typeof libraryTargetSchema>;
export type Intent = z.output<typeof intentSchema>;
export type Finding = z.output<typeof findingSchema>;
export type FindingInput = z.input<typeof findingSchema>;
export type ScenarioRequest = Scenario['request'];
export type RequestBody = z.output<typeof requestBodySchema>;
export type Expected = z.output<typeof expectedSchema>;
export type ExpectedHop = z.output<typeof expectedHopSchema>;
export type IgnoredDifference = z.output<typeof ignoredDifferenceSchema>;
export type Deviation = z.output<typeof deviationSchema>;
export type DeviationInput = z.input<typeof deviationSchema>;
export type ExpectedInput = z.input<typeof expectedSchema>;
export type HeaderList = z.output<typeof headerListSchema>;

/** A scenario as the catalogue loaded it (harness/catalogue/load.ts), with where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  /** Path relative to the working directory, for messages and report rows. */
  file: string;
  /** Position in the file's array, for messages. */
  index: number;
}
