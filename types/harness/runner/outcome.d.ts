import type { Mismatch, ObservedPage, ObservedPreflight, ObservedRequest, Outcome, PageObservation, ReceivedRequest, Verdict } from './observation.js';
import type { Deviation, Expected } from '../scenario/schema.js';
import { type TemplateContext } from '../scenario/template.js';
import type { EngineIdentity } from '../engines/types.js';
import type { BlockedReason } from '../reasons/vocabulary.js';
export type { Mismatch, ObservedPage, ObservedPreflight, ObservedRequest, Outcome, Verdict };
export declare function computeOutcome(page: PageObservation, received: ReceivedRequest[], blocked?: BlockedReason | null): Outcome;
export declare function applicableDeviations(deviations: Deviation[], identity: EngineIdentity): Deviation[];
export declare function effectiveExpectation(expected: Expected, deviations: Deviation[]): Expected;
export declare function compare(expected: Expected, outcome: Outcome, context: TemplateContext): Mismatch[];
/**
 * `unexpected` whenever the engine's effective expectation fails, including when a declared
 * deviation is no longer seen (the engine was fixed: the deviation should go).
 */
export declare function verdictOf(standardMismatches: Mismatch[], effectiveMismatches: Mismatch[]): Verdict;
