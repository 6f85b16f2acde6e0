/**
 * Turns Playwright test results into matrix cells: one per scenario and project, carrying the
 * observation the test attached, or why there is none (skipped, failed before observing).
 */
import type { TestCase, TestResult } from '@playwright/test/reporter';
import type { Observation } from '../runner/run.js';

export const observationAttachment = 'corsmatrix-observation';

export type CellStatus = 'matches-standard' | 'known-deviation' | 'unexpected' | 'not-run' | 'error';

export interface MatrixCell {
  scenarioId: string;
  project: string;
  status: CellStatus;
  /** Why a cell has no observation: the skip reason or the error. */
  reason?: string;
  observation?: Observation;
  /** For a library scenario: the library's name, also when the cell did not run. */
  library?: string;
}

export function scenarioIdOf(test: TestCase): string | undefined {
  return test.annotations.find((a) => a.type === 'scenario')?.description;
}

export function cellFrom(test: TestCase, result: TestResult, project: string): MatrixCell | undefined {
  const scenarioId = scenarioIdOf(test);
  if (scenarioId === undefined) return undefined;
  const libraryName = test.annotations.find((a) => a.type === 'library')?.description;
  const library = libraryName === undefined ? {} : { library: libraryName };
  const attachment = result.attachments.find((a) => a.name === observationAttachment);
  if (attachment?.body) {
    const observation = JSON.parse(attachment.body.toString('utf8')) as Observation;
    return { scenarioId, project, status: observation.verdict, observation, ...library };
  }
  if (result.status === 'skipped') {
    const reason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
    return { scenarioId, project, status: 'not-run', reason: reason ?? 'skipped', ...library };
  }
  const message = result.errors.map((e) => e.message ?? '').join('\n') || result.status;
  return { scenarioId, project, status: 'error', reason: message.split('\n').slice(0, 3).join(' '), ...library };
}
