/**
 * A library cell's verdict: did real browsers deliver what the developer meant by the options?
 * The same rule reads a scenario's declared expectation (so the loader can insist that every
 * expectation contradicting the intent comes with a finding) and an observed outcome (so the
 * report shows what really happened).
 */
import type { Outcome } from './observation.js';
import type { Expected, Intent } from './scenario.js';
import type { LibraryVerdict } from './verdicts.js';

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
export function readsAll(page: { bodyReadable: boolean; headers: Record<string, string | null> }, readHeaders: readonly string[]): boolean {
  return page.bodyReadable && readHeaders.every((name) => (page.headers[name] ?? null) !== null);
}

export function factsFromOutcome(outcome: Outcome, readHeaders: readonly string[]): IntentFacts {
  const { page } = outcome;
  return { read: typeof page === 'object' && readsAll(page, readHeaders), preflightSent: outcome.preflight !== false };
}

export function factsFromExpected(expected: Expected, readHeaders: readonly string[]): IntentFacts {
  const { page } = expected;
  const read =
    typeof page === 'object' &&
    page.bodyReadable !== false &&
    page.type !== 'opaque' &&
    readHeaders.every((name) => page.headers?.[name] !== null);
  return { read, preflightSent: expected.preflight !== false };
}

export function stepVerdict(intent: StepIntent, facts: IntentFacts): LibraryVerdict {
  if (intent.intent === 'allow' && !facts.read) return 'blocked-what-should-pass';
  if (intent.intent === 'block' && facts.read) return 'unsafe';
  if (intent.preflight !== undefined && (intent.preflight === 'sent') !== facts.preflightSent) return 'intent-not-delivered';
  return 'intent-delivered';
}

const severity: Record<LibraryVerdict, number> = { 'intent-delivered': 0, 'intent-not-delivered': 1, 'blocked-what-should-pass': 2, unsafe: 3 };

/** A scenario's verdict is its worst step's: one unsafe request makes the option unsafe. */
export function worstLibraryVerdict(verdicts: readonly LibraryVerdict[]): LibraryVerdict {
  return verdicts.reduce<LibraryVerdict>((worst, verdict) => (severity[verdict] > severity[worst] ? verdict : worst), 'intent-delivered');
}
