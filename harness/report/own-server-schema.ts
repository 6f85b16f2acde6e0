/**
 * The published shape of a `npx corsmatrix` run's report.json (schemaVersion 1), for tools that
 * read it. The tests read every report they make back through `readProjectReport`;
 * docs/own-server.md documents it. The checks and cells are the run's own schemas
 * (harness/own-server/observation.ts).
 */
import { z } from 'zod';
import { engineNames } from '../model/engine-names.js';
import { acceptedEntryReportSchema } from '../own-server/accepted.js';
import { checkCellSchema, checkSchema, checkVerdicts } from '../own-server/observation.js';
import { engineIdentitySchema } from '../model/observation.js';

export const projectReportSchemaVersion = 1;

const verdict = z.enum(checkVerdicts);

export const targetRowSchema = z.strictObject({
  check: checkSchema,
  /** The worst verdict over the row's engines. */
  verdict,
  /** Per engine name: the check in that engine (the check itself is given once, above). */
  cells: z.partialRecord(z.enum(engineNames), checkCellSchema),
});

export const targetViewSchema = z.strictObject({
  target: z.string(),
  /** The target's base URL (its `url`, or its webServer's). */
  url: z.string(),
  /** How many rows have each verdict (the worst over the row's engines). */
  counts: z.partialRecord(verdict, z.number().int()),
  /** How many cells show each status: a verdict, or `accepted` for a failing cell the accepted-findings file names. */
  cellCounts: z.partialRecord(z.enum([...checkVerdicts, 'accepted']), z.number().int()).optional(),
  /** Unsafe first, then blocked what should pass, not delivered, not measured, delivered. */
  rows: z.array(targetRowSchema),
});

export const projectReportSchema = z.strictObject({
  schemaVersion: z.literal(projectReportSchemaVersion),
  harnessVersion: z.string(),
  generatedAt: z.iso.datetime(),
  /** The engines that ran: browser, exact version, driver, every setting changed from its defaults. */
  engines: z.array(engineIdentitySchema),
  /** Engines that could not be started, and why; their checks did not run. */
  unavailable: z.array(z.strictObject({ engine: z.enum(engineNames), why: z.string() })),
  /** What became of each entry of the accepted-findings file, when there was one. */
  accepted: z.array(acceptedEntryReportSchema).optional(),
  /** Worst first: targets with an unsafe cell first. */
  targets: z.array(targetViewSchema),
});

export type TargetRowJson = z.infer<typeof targetRowSchema>;
export type ProjectReport = z.infer<typeof projectReportSchema>;

/** A report read back from report.json, checked against the published schema. */
export function readProjectReport(json: string): ProjectReport {
  return projectReportSchema.parse(JSON.parse(json));
}
