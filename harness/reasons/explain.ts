/**
 * Reads one step's engine messages as a reason from the shared vocabulary: which check failed
 * in the engine's own words, for the request that was refused (the last one that reached a
 * server: a preflight, or the actual request at some hop).
 */
import type { EngineName } from '../model/engine-names.js';
import type { Blocked, EngineMessage, PageObservation, ReceivedRequest } from '../model/observation.js';
import { phrasebooks, type Phrase, type Reading } from './phrases.js';
import { isBlockedReason, type BlockedReason } from '../model/reasons.js';

export interface StepFacts {
  engine: EngineName;
  page: PageObservation;
  received: ReceivedRequest[];
  /**
   * Which request was refused, where no server log says (a server corsmatrix does not run);
   * otherwise it is the last request of the step that reached a server.
   */
  refused?: Pick<Blocked, 'request' | 'hop'>;
  messages: EngineMessage[];
  /** Why the engine's messages cannot be read, when they cannot. */
  messagesUnavailable: string | undefined;
  /** What the server answered to a request of the step, as sent (without a log: to the refused request). */
  responseHeaders(entry: ReceivedRequest | undefined): Array<[string, string]>;
  /**
   * When nothing of the step reached a server, the answer the engine judged came from its HTTP
   * cache: the headers of the last actual answer an earlier step got for the URL, if any.
   */
  cachedResponseHeaders?: () => Array<[string, string]>;
  timeoutMs: number;
}

export interface ReadMessage {
  message: EngineMessage;
  phrase: Phrase | undefined;
  /** Named groups of the phrase's match (`header`, `token`). */
  groups: Record<string, string>;
}

/** The first phrase of the engine's phrasebook that matches the message (or, with `pageError`, the page's error). */
export function readMessage(engine: EngineName, message: EngineMessage, { pageError = false } = {}): ReadMessage {
  for (const phrase of phrasebooks[engine].phrases) {
    if ((phrase.pageError ?? false) !== pageError) continue;
    if (phrase.code !== undefined) {
      if (message.source === 'network' && message.code === phrase.code) return { message, phrase, groups: message.parameter ? { header: message.parameter } : {} };
      continue;
    }
    const match = phrase.text?.exec(message.text);
    if (match) return { message, phrase, groups: Object.fromEntries(Object.entries(match.groups ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined)) };
  }
  return { message, phrase: undefined, groups: {} };
}

function headerLines(headers: Array<[string, string]>, name: string): string[] {
  return headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
}

/** "the Access-Control-Allow-Origin check failed", made precise by the header the server sent. */
function allowOriginReason(headers: Array<[string, string]>): BlockedReason {
  const values = headerLines(headers, 'access-control-allow-origin');
  if (values.length === 0) return 'allow-origin-missing';
  return values.length > 1 || values.some((value) => value.includes(',')) ? 'allow-origin-multiple' : 'allow-origin-mismatch';
}

function wordsOf(read: ReadMessage): string {
  const { message } = read;
  return message.source === 'network' ? `${message.text}${message.code ? ` (${message.code}${message.parameter ? `: ${message.parameter}` : ''})` : ''}` : message.text;
}

const unspecific = new Set<Reading>(['access-control', 'echo', 'note']);

/**
 * Why the step's request failed, or null when the page got a response, threw before sending or
 * handed the request over without learning more (a queued beacon).
 */
export function explain(facts: StepFacts): Blocked | null {
  const { page, received } = facts;
  if (page.result === 'response' || page.result === 'threw' || page.result === 'queued') return null;
  const last = received[received.length - 1];
  const where: Pick<Blocked, 'request' | 'hop'> = facts.refused ?? { request: last === undefined ? 'none' : last.isPreflight ? 'preflight' : 'request', hop: last?.hop ?? null };
  if (page.result === 'timeout') {
    return { reason: 'network-failure', ...where, by: 'harness', words: [`no answer within ${facts.timeoutMs} ms; the harness stopped waiting`], unrecognised: [] };
  }
  if (facts.messagesUnavailable !== undefined) {
    return { reason: 'not-captured', ...where, by: 'harness', words: [facts.messagesUnavailable], unrecognised: [] };
  }
  const reads = facts.messages.map((message) => readMessage(facts.engine, message));
  const unrecognised = reads.filter((read) => read.phrase === undefined).map(wordsOf);
  // Chromium's structured code first, then the messages in the order the engine printed them.
  const ordered = [...reads.filter((read) => read.phrase?.code !== undefined), ...reads.filter((read) => read.phrase?.code === undefined)];
  const candidates = ordered.filter((read) => read.phrase !== undefined && !unspecific.has(read.phrase.reads));
  const chosen =
    candidates.find((read) => !read.phrase?.weak && read.phrase?.reads !== 'network-failure') ??
    candidates.find((read) => !read.phrase?.weak) ??
    candidates.find((read) => read.phrase?.weak);
  const headers = last || facts.refused ? facts.responseHeaders(last) : (facts.cachedResponseHeaders?.() ?? []);
  // What a phrase's reading says of this step: 'allow-origin' is told apart by the answer's headers.
  const reasonOf = (reads: Reading): BlockedReason | undefined => (reads === 'allow-origin' ? allowOriginReason(headers) : isBlockedReason(reads) ? reads : undefined);
  const chosenReason = chosen?.phrase ? reasonOf(chosen.phrase.reads) : undefined;
  if (chosen?.phrase && chosenReason !== undefined) {
    let reason = chosenReason;
    const header = chosen.groups.header ?? chosen.groups.token;
    // `*` never covers Authorization; the engines name the header, the preflight's answer shows the `*`.
    if (reason === 'header-not-allowed' && header?.toLowerCase() === 'authorization' && headerLines(headers, 'access-control-allow-headers').some((value) => value.split(',').some((item) => item.trim() === '*'))) {
      reason = 'authorization-not-covered-by-wildcard';
    }
    const same = reads.filter((read) => read.phrase?.reads === chosen.phrase?.reads);
    return { reason, ...where, by: 'engine', words: same.map(wordsOf), unrecognised };
  }
  // Refused before any request: only the error the page got says why.
  const pageRead = page.error === null ? undefined : readMessage(facts.engine, { source: 'page-error', text: page.error }, { pageError: true });
  const pageReason = pageRead?.phrase ? reasonOf(pageRead.phrase.reads) : undefined;
  if (pageReason !== undefined) return { reason: pageReason, ...where, by: 'engine', words: [page.error ?? ''], unrecognised };
  const accessControl = reads.filter((read) => read.phrase?.reads === 'access-control');
  if (accessControl.length > 0) return { reason: 'unspecified', ...where, by: 'engine', words: accessControl.map(wordsOf), unrecognised };
  if (unrecognised.length > 0) return { reason: 'unrecognised', ...where, by: 'engine', words: unrecognised, unrecognised };
  return { reason: 'silent', ...where, by: 'engine', words: reads.map(wordsOf), unrecognised };
}
