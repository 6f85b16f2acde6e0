/**
 * Accepted findings: a file beside the config that lists known findings the team has decided to
 * live with for now, like the rules file of ZAP's baseline scan. An accepted cell is shown as
 * accepted and fails no run; an entry past its expiry date accepts nothing (the finding fails the
 * run again), and an entry whose finding no longer occurs is reported, so that the file shrinks.
 *
 *   corsmatrix.accepted.json
 *   { "findings": [{ "target": "api", "check": "api/orders refused-origin null", "engine": "webkit",
 *                    "reason": "sandboxed embeds; fixed by #412", "expires": "2027-03-01" }] }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { engineNames } from '../model/engine-names.js';
import { failingVerdicts, type Check, type CheckObservation } from './observation.js';

export const acceptedFileName = 'corsmatrix.accepted.json';

export const acceptedFindingSchema = z.strictObject({
  /** The target's name in the config. */
  target: z.string().min(1),
  /** The check's id, as `npx corsmatrix --list` prints it (it begins with the target's name). */
  check: z.string().min(1),
  /** One engine; absent: every engine. */
  engine: z.enum(engineNames).optional(),
  /** Why it is accepted: shown beside every cell it accepts. */
  reason: z.string().min(1),
  /** The last day it is accepted (YYYY-MM-DD); from the day after, the finding fails the run again. */
  expires: z.iso.date().optional(),
});

export const acceptedFileSchema = z.strictObject({ findings: z.array(acceptedFindingSchema) });

export type AcceptedFinding = z.infer<typeof acceptedFindingSchema>;

/** What became of an entry in a run. */
export const acceptedStatuses = ['accepted', 'expired', 'not-occurring', 'not-run', 'unknown-check'] as const;
export type AcceptedStatus = (typeof acceptedStatuses)[number];

export const acceptedEntryReportSchema = acceptedFindingSchema.extend({ status: z.enum(acceptedStatuses), cells: z.number().int() });
export type AcceptedEntryReport = z.infer<typeof acceptedEntryReportSchema>;

export const acceptedStatusText: Record<AcceptedStatus, string> = {
  accepted: 'accepted',
  expired: 'expired: its finding fails the run again',
  'not-occurring': 'no longer occurs: remove the entry',
  'not-run': 'its check did not run (--target, --grep or --engine)',
  'unknown-check': 'no such check in the config: --list shows the ids',
};

/** An accepted-findings file that cannot be used: the message names the file and each field at fault. */
export class AcceptedFileError extends Error {}

/** The entries of `file`, or of corsmatrix.accepted.json beside the config; none when there is no such file. */
export function loadAcceptedFindings(file: string | undefined, configDir: string): { file: string; findings: AcceptedFinding[] } | undefined {
  const found = file ? path.resolve(file) : path.join(configDir, acceptedFileName);
  if (!existsSync(found)) {
    if (file) throw new AcceptedFileError(`${found}: no such file`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(found, 'utf8'));
  } catch (error) {
    throw new AcceptedFileError(`${found}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = acceptedFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AcceptedFileError(`${found}:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n')}`);
  }
  const misplaced = parsed.data.findings.flatMap((entry, index) => (entry.check.startsWith(`${entry.target}/`) ? [] : [`  findings.${index}.check: "${entry.check}" is not a check of target "${entry.target}" (ids begin with the target's name)`]));
  if (misplaced.length > 0) throw new AcceptedFileError(`${found}:\n${misplaced.join('\n')}`);
  return { file: found, findings: parsed.data.findings };
}

/**
 * Marks each failing cell an unexpired entry names as accepted (on the observation itself, so
 * every report shows it), and says what became of each entry. `today` is YYYY-MM-DD; `allChecks`
 * is every check the config implies, `ran` those this run made.
 */
export function acceptFindings(findings: readonly AcceptedFinding[], observations: CheckObservation[], ran: readonly Check[], allChecks: readonly Check[], today: string): AcceptedEntryReport[] {
  return findings.map((entry) => {
    if (!allChecks.some((check) => check.id === entry.check)) return { ...entry, status: 'unknown-check', cells: 0 };
    if (!ran.some((check) => check.id === entry.check)) return { ...entry, status: 'not-run', cells: 0 };
    const cells = observations.filter((observation) => observation.check.id === entry.check && (entry.engine === undefined || observation.engine.engine === entry.engine) && failingVerdicts.has(observation.verdict));
    if (entry.expires !== undefined && entry.expires < today) return { ...entry, status: 'expired', cells: cells.length };
    for (const cell of cells) cell.accepted = { reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}) };
    return { ...entry, status: cells.length > 0 ? 'accepted' : 'not-occurring', cells: cells.length };
  });
}
