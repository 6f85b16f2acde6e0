/**
 * Turns Playwright test results into matrix cells: one per scenario and project, carrying the
 * observation the test attached, or why there is none (skipped, failed before observing).
 */
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { isLibraryName } from '../model/library-names.js';
import { readObservation } from '../model/observation.js';
import type { CellStatus, MatrixCell } from './schema.js';

export const observationAttachment = 'corsmatrix-observation';

export type { CellStatus, MatrixCell };

export function scenarioIdOf(test: TestCase): string | undefined {
  return test.annotations.find((a) => a.type === 'scenario')?.description;
}

export function cellFrom(test: TestCase, result: TestResult, project: string): MatrixCell | undefined {
  const scenarioId = scenarioIdOf(test);
  if (scenarioId === undefined) return undefined;
  const libraryName = test.annotations.find((a) => a.type === 'library')?.description;
  const library = libraryName !== undefined && isLibraryName(libraryName) ? { library: libraryName } : {};
  const attachment = result.attachments.find((a) => a.name === observationAttachment);
  if (attachment?.body) {
    const observation = readObservation(attachment.body.toString('utf8'));
    return { scenarioId, project, status: observation.verdict, observation, ...library };
  }
  if (result.status === 'skipped') {
    const reason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
    return { scenarioId, project, status: 'not-run', reason: reason ?? 'skipped', ...library };
  }
  const message = result.errors.map((e) => e.message ?? '').join('\n') || result.status;
  return { scenarioId, project, status: 'error', reason: message.split('\n').slice(0, 3).join(' '), ...library };
}
