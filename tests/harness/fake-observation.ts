/** An observation for report tests: empty lists and a passing verdict, with the parts a test cares about given. */
import type { Observation, PageObservation } from '../../harness/model/observation.js';

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

/** What the page saw when its request failed: a network error, the TypeError and nothing else. */
export function failedPage(error: string | null = 'TypeError: Failed to fetch'): PageObservation {
  return { result: 'network-error', status: null, type: null, redirected: null, url: null, bodyReadable: false, body: null, headers: {}, visibleHeaderNames: [], error, durationMs: 1 };
}
