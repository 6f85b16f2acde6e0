/**
 * The published shape of reports/matrix.json (schemaVersion 1), for tools that read it. The
 * tests check every report the harness writes against it; README.md documents it.
 */
import { z } from 'zod';
import { engineNames, variantNames } from '../engines/names.js';
import { libraryNames } from '../libraries/names.js';
import { libraryEndpoints } from '../libraries/types.js';
import { libraryVerdicts } from '../libraries/verdict.js';
import { listenerNames } from '../origins/names.js';
import { responseFaults } from '../scenario/schema.js';

const status = z.enum(['matches-standard', 'known-deviation', 'unexpected', 'not-run', 'error']);

const engineIdentity = z.strictObject({
  engine: z.enum(engineNames),
  variant: z.enum(variantNames).optional(),
  project: z.string(),
  browser: z.string(),
  version: z.string(),
  driver: z.string(),
  executable: z.string(),
  changedSettings: z.array(z.string()),
});

const traceValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const mismatch = z.strictObject({ field: z.string(), expected: z.unknown(), observed: z.unknown() });

const receivedRequest = z.strictObject({
  token: z.string().optional(),
  hop: z.number().int().optional(),
  origin: z.string().optional(),
  listener: z.enum(listenerNames),
  method: z.string(),
  path: z.string(),
  httpVersion: z.string(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  isPreflight: z.boolean(),
  bodyLength: z.number().int(),
  receivedAt: z.number(),
  /** At a library origin: what the library answered, as written. */
  response: z.strictObject({ status: z.number().int(), headers: z.array(z.tuple([z.string(), z.string()])) }).optional(),
  /** Refused by Node's HTTP/1 parser before the library saw it. */
  refused: z.string().optional(),
});

const finding = z.strictObject({ summary: z.string(), link: z.string().optional() });

/** Library scenarios: which release answered, with which options, and the verdict on the intent. */
const libraryObservation = z.strictObject({
  name: z.enum(libraryNames),
  packageName: z.string(),
  version: z.string(),
  framework: z.string(),
  checkout: z.string().nullable(),
  endpoint: z.enum(libraryEndpoints),
  options: z.record(z.string(), z.unknown()),
  steps: z.array(z.strictObject({ intent: z.enum(['allow', 'block']), preflight: z.enum(['sent', 'cached']).optional(), verdict: z.enum(libraryVerdicts) })),
  verdict: z.enum(libraryVerdicts),
  finding: finding.nullable(),
});

const observedRequest = z.union([
  z.literal(false),
  z.strictObject({
    method: z.string(),
    origin: z.string().nullable(),
    cookie: z.string().nullable(),
    secFetchSite: z.string().nullable(),
    secFetchMode: z.string().nullable(),
    secFetchDest: z.string().nullable(),
  }),
]);

const outcome = z.strictObject({
  preflight: z.union([z.literal(false), z.strictObject({ method: z.string().nullable(), headers: z.string().nullable(), origin: z.string().nullable() })]),
  request: observedRequest,
  finalRequest: observedRequest,
  page: z.union([
    z.enum(['network-error', 'timeout', 'threw']),
    z.strictObject({
      status: z.number().nullable(),
      type: z.string().nullable(),
      bodyReadable: z.boolean(),
      headers: z.record(z.string(), z.string().nullable()),
    }),
  ]),
});

const plannedResponse = z.strictObject({
  status: z.number().int(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  body: z.string(),
  bodyEncoding: z.enum(['utf8', 'base64']),
  fault: z.enum(responseFaults).optional(),
});

export const observationJsonSchema = z.strictObject({
  schemaVersion: z.literal(1),
  scenario: z.strictObject({ id: z.string(), title: z.string(), file: z.string(), reference: z.string(), page: z.string(), target: z.string() }),
  engine: engineIdentity,
  origins: z.strictObject({ page: z.string(), target: z.string() }),
  token: z.string(),
  request: z.looseObject({ api: z.enum(['fetch', 'xhr', 'element']) }),
  served: z.array(z.strictObject({ origin: z.string(), url: z.string(), preflight: plannedResponse.optional(), response: plannedResponse })),
  steps: z.array(
    z.strictObject({
      page: z.looseObject({ result: z.enum(['response', 'network-error', 'timeout', 'threw']), status: z.number().nullable() }),
      pageOrigin: z.string(),
      received: z.array(receivedRequest),
      outcome,
      standardMismatches: z.array(mismatch),
      mismatches: z.array(mismatch),
      /** `label: field` → value, normalised for comparison between engines (README, "Unchecked differences"). */
      trace: z.record(z.string(), traceValue),
      checked: z.array(z.string()),
      deviationChecked: z.array(z.string()),
    }),
  ),
  verdict: z.enum(['matches-standard', 'known-deviation', 'unexpected']),
  standardMismatches: z.array(mismatch),
  mismatches: z.array(mismatch),
  deviations: z.array(z.strictObject({ reason: z.string(), bug: z.string(), step: z.number().int() })),
  notes: z.array(z.string()),
  ignoredDifferences: z.array(z.strictObject({ field: z.string(), reason: z.string() })),
  durationMs: z.number(),
  library: libraryObservation.optional(),
});

const baselineCell = z.strictObject({ summary: z.string(), status, browser: z.string(), version: z.string() });

export const matrixJsonSchema = z.strictObject({
  schemaVersion: z.literal(1),
  harnessVersion: z.string(),
  generatedAt: z.iso.datetime(),
  columns: z.array(engineIdentity),
  missingColumns: z.array(z.strictObject({ project: z.string(), reason: z.string() })),
  rows: z.array(
    z.strictObject({
      id: z.string(),
      topic: z.string(),
      title: z.string(),
      file: z.string(),
      reference: z.string(),
      divergent: z.boolean(),
      differences: z.array(
        z.strictObject({
          step: z.number().int(),
          key: z.string(),
          field: z.string(),
          values: z.record(z.string(), traceValue),
          accountedBy: z.enum(['expectation', 'deviation', 'ignored']).nullable(),
        }),
      ),
      library: z.enum(libraryNames).optional(),
      cells: z.record(
        z.string(),
        z.strictObject({
          scenarioId: z.string(),
          project: z.string(),
          status,
          summary: z.string(),
          /** Differences from other engines that nothing checks, described from this cell. */
          uncheckedDifferences: z.array(z.string()),
          reason: z.string().optional(),
          observation: observationJsonSchema.optional(),
          library: z.enum(libraryNames).optional(),
        }),
      ),
    }),
  ),
  summary: z.record(z.string(), z.record(status, z.number().int())),
  baseline: z
    .strictObject({
      file: z.string(),
      recordedAt: z.string(),
      changes: z.array(z.strictObject({ scenarioId: z.string(), project: z.string(), before: baselineCell, after: baselineCell })),
      added: z.array(z.string()),
    })
    .nullable(),
  unstableCells: z.array(z.string()),
});
