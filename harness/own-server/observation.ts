/**
 * A check of a corsmatrix.config and what each engine did with it, described once: the checks
 * are generated (checks.ts) and run (run.ts) as these types, and the published report JSON
 * (harness/report/own-server-schema.ts) embeds these schemas, so the two cannot drift apart. The
 * same convention as the catalogue's observation (harness/model/observation.ts).
 */
import { z } from 'zod';
import { libraryVerdictLabels, libraryVerdicts } from '../model/verdicts.js';
import { blockedSchema, engineIdentitySchema, engineMessageSchema, pageObservationSchema } from '../model/observation.js';

export const checkKinds = ['allowed-origin', 'refused-origin', 'method', 'header', 'exposed-header', 'max-age', 'vary-origin', 'error-answer'] as const;

/** The library view's verdicts, and `not-measured` for a check the engine could not answer. */
export const checkVerdicts = [...libraryVerdicts, 'not-measured'] as const;

/** The library view's words, and one for a check that could not be measured. */
export const checkVerdictLabels: Record<CheckVerdict, string> = { ...libraryVerdictLabels, 'not-measured': 'not measured' };

/** The mark of each verdict in Markdown, the library view's and the target view's alike. */
export const checkVerdictMarks: Record<CheckVerdict, string> = {
  unsafe: '⛔',
  'blocked-what-should-pass': '🚫',
  'intent-not-delivered': '⚠️',
  'not-measured': '⚪',
  'intent-delivered': '✅',
};

/**
 * Worst first: the order of a report's rows, and the rule for a check's verdict over its steps and
 * a row's over its engines. A problem found outranks what could not be measured; a clean result does not.
 */
export const checkVerdictsWorstFirst: readonly CheckVerdict[] = ['unsafe', 'blocked-what-should-pass', 'intent-not-delivered', 'not-measured', 'intent-delivered'];

export function worstCheckVerdict(verdicts: readonly CheckVerdict[], ifNone: CheckVerdict): CheckVerdict {
  return checkVerdictsWorstFirst.find((verdict) => verdicts.includes(verdict)) ?? ifNone;
}

/** Verdicts that fail a run. */
export const failingVerdicts: ReadonlySet<CheckVerdict> = new Set(['unsafe', 'blocked-what-should-pass', 'intent-not-delivered']);

const headerPairs = z.array(z.tuple([z.string(), z.string()]));

export const checkRequestSchema = z.strictObject({
  /** The page origin the request is made from (`null`: a sandboxed frame). */
  page: z.string(),
  method: z.string(),
  headers: z.record(z.string(), z.string()),
  credentials: z.enum(['include', 'same-origin']),
  /** Response headers the page must be able to read. */
  readHeaders: z.array(z.string()),
});

/** What the policy means for one request (the library view's StepIntent). */
export const stepIntentSchema = z.strictObject({
  intent: z.enum(['allow', 'block']),
  /** Max-Age checks: the request should be preflighted again (`sent`) or use the cached preflight. */
  preflight: z.enum(['sent', 'cached']).optional(),
});

export const checkSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(checkKinds),
  target: z.string(),
  url: z.string(),
  /**
   * One request per step, in order; each with what the policy means for it. `readMeans`: what a
   * blocked request that was read anyway amounts to: `unsafe` when an origin that must be refused
   * reads, `intent-not-delivered` when an allowed origin gets more than the policy declares.
   */
  steps: z.array(
    z.strictObject({
      request: checkRequestSchema,
      intent: stepIntentSchema,
      readMeans: z.literal('intent-not-delivered').optional(),
      /** A request that must not even be sent (a refused origin's PUT): one that reached the server is `unsafe`, read or not. */
      mustNotReach: z.literal(true).optional(),
    }),
  ),
  /** What the check catches, in a line. */
  title: z.string(),
  /** What to change in the server when the check fails. */
  fix: z.string(),
});

/** What a target answers an origin, asked from Node (harness/own-server/ask.ts). */
export const serverAnswerSchema = z.strictObject({
  /** The request corsmatrix sent: `OPTIONS` (a preflight) or `GET`. */
  method: z.enum(['OPTIONS', 'GET']),
  requestHeaders: headerPairs,
  status: z.number().int().nullable(),
  /** As received, in order (raw header pairs: nothing joined). */
  headers: headerPairs,
  /** Why no answer came. */
  error: z.string().optional(),
});

const verdict = z.enum(checkVerdicts);

export const checkStepObservationSchema = z.strictObject({
  request: checkRequestSchema,
  intent: stepIntentSchema,
  page: pageObservationSchema,
  /** Why the request failed, in the engine's words; null when the page got a response. */
  blocked: blockedSchema.nullable(),
  messages: z.array(engineMessageSchema),
  /** What the server answers this origin, asked from Node (not by the browser); absent for an unsafe method. */
  server: serverAnswerSchema.optional(),
  /** Whether the engine sent a preflight; null where its driver does not say. */
  preflightSent: z.boolean().nullable(),
  /**
   * For a request that must not reach the server: whether it did, and how that is known (the
   * engine's own account, or the preflight answer asked from Node judged by the Fetch standard's
   * CORS-preflight check: a browser sends the request exactly when that passes).
   */
  reached: z.strictObject({ value: z.boolean(), by: z.enum(['engine', 'preflight-answer']), words: z.string() }).optional(),
  verdict,
  /** Why the verdict is `not-measured`. */
  unmeasured: z.string().optional(),
});

/** One check in one engine, without the check itself (the report gives it once per row). */
export const checkCellSchema = z.strictObject({
  engine: engineIdentitySchema,
  /** The URL requested: the check's URL with the run's token. */
  url: z.string(),
  /** Where the profile signed in first (auth.cookies, auth.storageState): the sign-in page's origin, the cookies' names (never their values), and what decides whether they are sent. */
  signedIn: z.strictObject({ at: z.string(), cookies: z.array(z.string()), note: z.string().optional() }).optional(),
  steps: z.array(checkStepObservationSchema),
  verdict,
  /** Why the check could not run to its end (the browser died, the page did not load). */
  error: z.string().optional(),
  /** The first attempt, given up on because it was stuck; the cell is the second attempt. */
  retried: z.string().optional(),
  /** A failing cell an entry of the accepted-findings file names (harness/own-server/accepted.ts): shown as accepted, fails no run. */
  accepted: z.strictObject({ reason: z.string(), expires: z.iso.date().optional() }).optional(),
  durationMs: z.number(),
});

export const checkObservationSchema = checkCellSchema.extend({ check: checkSchema });

export type CheckKind = (typeof checkKinds)[number];
export type CheckVerdict = (typeof checkVerdicts)[number];
export type CheckRequest = z.infer<typeof checkRequestSchema>;
export type Check = z.infer<typeof checkSchema>;
export type ServerAnswer = z.infer<typeof serverAnswerSchema>;
export type CheckStepObservation = z.infer<typeof checkStepObservationSchema>;
export type CheckCell = z.infer<typeof checkCellSchema>;
export type CheckObservation = z.infer<typeof checkObservationSchema>;
