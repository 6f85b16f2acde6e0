/**
 * The published shape of reports/matrix.json (schemaVersion 1), for tools that read it. The
 * tests check every report the harness writes against it; docs/reports.md documents it.
 */
import { z } from 'zod';
import { libraryNames } from '../model/library-names.js';
import { engineIdentitySchema, observationSchema, traceValueSchema } from '../model/observation.js';

export const cellStatuses = ['matches-standard', 'conforms-either-way', 'known-deviation', 'unexpected', 'not-run', 'error'] as const;
const status = z.enum(cellStatuses);

/** The observation of each cell: the runner's own schema (harness/model/observation.ts). */
export const observationJsonSchema = observationSchema;

/** A field of the trace on which a row's engines differ (harness/report/differences.ts). */
export const traceDifferenceSchema = z.strictObject({
  step: z.number().int(),
  /** The trace key within the step. */
  key: z.string(),
  /** The trace key, with `step N: ` in front for a follow-up (`step 1: page: status`). */
  field: z.string(),
  /** Each compared project's value; `absent` when that request did not reach a server. */
  values: z.record(z.string(), traceValueSchema),
  /** What accounts for it: an expectation, a declared deviation, an ignore entry, or nothing. */
  accountedBy: z.enum(['expectation', 'deviation', 'ignored']).nullable(),
});

/** One scenario in one project: the observation the test attached, or why there is none. */
export const matrixCellSchema = z.strictObject({
  scenarioId: z.string(),
  project: z.string(),
  status,
  /** Why a cell has no observation: the skip reason or the error. */
  reason: z.string().optional(),
  observation: observationSchema.optional(),
  /** For a library scenario: the library's name, also when the cell did not run. */
  library: z.enum(libraryNames).optional(),
});

export const baselineCellSchema = z.strictObject({
  summary: z.string(),
  /** The summary without what sets the cell apart from its row's other engines (absent in baselines recorded before it was kept). */
  outcomeSummary: z.string().optional(),
  /**
   * Recorded by a run without some of its row's other engines (mergeBaseline), so its summary may
   * lack what sets it apart from them: only its outcome is compared.
   */
  recordedAlone: z.literal(true).optional(),
  /** The digest of what the cell itself did (differences.ts ownTrace; absent in baselines recorded before it was kept). */
  trace: z.string().optional(),
  status,
  browser: z.string(),
  version: z.string(),
});

/** baseline/matrix.json: every cell's summary and status at one point in time. */
export const baselineSchema = z.strictObject({
  schemaVersion: z.literal(1),
  recordedAt: z.string(),
  harnessVersion: z.string(),
  /** scenario id → project → cell */
  cells: z.record(z.string(), z.record(z.string(), baselineCellSchema)),
});

export const baselineComparisonSchema = z.strictObject({
  file: z.string(),
  recordedAt: z.string(),
  /** Cells the baseline has, whose summary or status is now different. */
  changes: z.array(z.strictObject({ scenarioId: z.string(), project: z.string(), before: baselineCellSchema, after: baselineCellSchema })),
  /** `scenario@project` of cells the baseline does not have yet: a new scenario or a new column. */
  added: z.array(z.string()),
});

export const matrixRowSchema = z.strictObject({
  id: z.string(),
  topic: z.string(),
  title: z.string(),
  file: z.string(),
  reference: z.string(),
  /** Engines disagree with each other or with the standard, or differ in a field nothing checks. */
  divergent: z.boolean(),
  /** Every field of the trace on which the row's engines differ, and what accounts for it. */
  differences: z.array(traceDifferenceSchema),
  /** The steps whose expectation is the Fetch standard's model's: the scenario file left it out. */
  expectedByModel: z.array(z.number().int().min(0)).optional(),
  /** For a library scenario: the library, whose per-library view lists this row. */
  library: z.enum(libraryNames).optional(),
  cells: z.record(
    z.string(),
    matrixCellSchema.extend({
      /** What the cell's steps did, then each field that sets it apart from the row's other engines. */
      summary: z.string(),
      /** What the cell's steps did alone: the same whichever engines ran beside it. */
      outcomeSummary: z.string(),
      /** Differences from other engines that nothing checks, described from this cell. */
      uncheckedDifferences: z.array(z.string()),
    }),
  ),
});

export const matrixJsonSchema = z.strictObject({
  schemaVersion: z.literal(1),
  harnessVersion: z.string(),
  generatedAt: z.iso.datetime(),
  columns: z.array(engineIdentitySchema),
  /** Columns with no observation at all (every cell skipped), with the reason. */
  missingColumns: z.array(z.strictObject({ project: z.string(), reason: z.string() })),
  rows: z.array(matrixRowSchema),
  summary: z.record(z.string(), z.record(status, z.number().int())),
  /** Cells that changed since the recorded baseline; null when there is no baseline. */
  baseline: baselineComparisonSchema.nullable(),
  /** `scenario@project` of cells whose observation differed between repetitions (--repeat-each). */
  unstableCells: z.array(z.string()),
});

export type CellStatus = (typeof cellStatuses)[number];
export type TraceDifference = z.infer<typeof traceDifferenceSchema>;
export type MatrixCell = z.infer<typeof matrixCellSchema>;
export type MatrixRow = z.infer<typeof matrixRowSchema>;
export type MatrixColumn = z.infer<typeof engineIdentitySchema>;
export type Matrix = z.infer<typeof matrixJsonSchema>;
export type BaselineCell = z.infer<typeof baselineCellSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineComparison = z.infer<typeof baselineComparisonSchema>;
export type CellChange = BaselineComparison['changes'][number];

/** A matrix read back from reports/matrix.json, checked against the published schema. */
export function readMatrix(json: string): Matrix {
  return matrixJsonSchema.parse(JSON.parse(json));
}
