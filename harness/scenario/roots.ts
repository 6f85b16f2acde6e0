/** Where scenarios are read from: `scenarios/`, or the paths in CORSMATRIX_SCENARIOS (comma-separated). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultScenarioRoot = fileURLToPath(new URL('../../scenarios', import.meta.url));

export function scenarioRoots(): string[] {
  const configured = process.env.CORSMATRIX_SCENARIOS;
  if (!configured) return [defaultScenarioRoot];
  return configured.split(',').map((entry) => path.resolve(entry.trim()));
}
