/** An observation for report tests: empty lists and a passing verdict, with the parts a test cares about given. */
import type { Observation } from '../../harness/runner/observation.js';

export type ObservationParts = Pick<Observation, 'scenario' | 'engine' | 'origins' | 'request' | 'steps'> & Partial<Observation>;

export function fakeObservation(parts: ObservationParts): Observation {
  return {
    schemaVersion: 1,
    token: 't',
    served: [],
    verdict: 'matches-standard',
    standardMismatches: [],
    mismatches: [],
    deviations: [],
    notes: [],
    ignoredDifferences: [],
    durationMs: 1,
    ...parts,
  };
}
