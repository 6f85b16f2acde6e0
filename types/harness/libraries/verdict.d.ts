/**
 * A library cell's verdict: did real browsers deliver what the developer meant by the options?
 * The same rule reads a scenario's declared expectation (so the loader can insist that every
 * expectation contradicting the intent comes with a finding) and an observed outcome (so the
 * report shows what really happened).
 */
import type { Outcome } from '../runner/outcome.js';
import type { Expected, Intent } from '../scenario/schema.js';
export declare const libraryVerdicts: readonly ["intent-delivered", "blocked-what-should-pass", "unsafe", "intent-not-delivered"];
export type LibraryVerdict = (typeof libraryVerdicts)[number];
/** The words of every intent verdict, in the library view and in `npx corsmatrix`'s target view alike. */
export declare const libraryVerdictLabels: Record<LibraryVerdict, string>;
export interface StepIntent {
    intent: Intent;
    /** Max-Age scenarios: the request should be preflighted again (`sent`) or use the cached preflight. */
    preflight?: 'sent' | 'cached' | undefined;
}
/** What matters for the intent: could the page read the response (and the headers it asked for), and was a preflight sent. */
export interface IntentFacts {
    read: boolean;
    preflightSent: boolean;
}
/** Whether the page read the body and every header it asked for. */
export declare function readsAll(page: {
    bodyReadable: boolean;
    headers: Record<string, string | null>;
}, readHeaders: readonly string[]): boolean;
export declare function factsFromOutcome(outcome: Outcome, readHeaders: readonly string[]): IntentFacts;
export declare function factsFromExpected(expected: Expected, readHeaders: readonly string[]): IntentFacts;
export declare function stepVerdict(intent: StepIntent, facts: IntentFacts): LibraryVerdict;
/** A scenario's verdict is its worst step's: one unsafe request makes the option unsafe. */
export declare function worstLibraryVerdict(verdicts: readonly LibraryVerdict[]): LibraryVerdict;
