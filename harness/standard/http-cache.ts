/**
 * The HTTP cache across a scenario's steps, for the model (RFC 9111, as Fetch's
 * HTTP-network-or-cache fetch uses it): a GET's response with explicit freshness is stored under
 * the page's site and the URL, with the values of the request headers its Vary names; a later
 * GET of the URL from the same site whose headers match is served the stored response, and the
 * CORS check then runs on it for the new request. Reusing a fresh response is what the standard
 * describes; a cache that asks again instead still conforms, so an engine doing that deviates.
 *
 * Where the model cannot say (freshness near the run's length, Vary on a header the browser sets
 * by itself, a stale response to revalidate), it says so rather than guess.
 */
import { get } from '../scenario/fetch-cors-check.js';

/** A run's steps all happen within this long (the waits are at most 20 s): fresher than this is fresh for the run. */
const runLengthMs = 30_000;

/** Request headers whose values the model knows: the page's own and those it computes. */
export type KnownRequestHeaders = Map<string, string | null>;

interface StoredResponse {
  partition: string;
  hop: number;
  /** The request's value of each header Vary names (lower-case), or `*`. */
  vary: Map<string, string | null> | '*';
  status: number;
  headers: Array<[string, string]>;
}

export type CacheLookup = { hit: true; status: number; headers: Array<[string, string]> } | { hit: false } | { undecided: string };

/** Whether a response may be stored and reused for the run, or why the model cannot tell. */
function freshness(headers: Array<[string, string]>): 'fresh' | 'not stored' | { undecided: string } {
  const directives = (get(headers, 'cache-control') ?? '').toLowerCase().split(',').map((item) => item.trim());
  if (directives.includes('no-store')) return 'not stored';
  if (directives.includes('no-cache')) return { undecided: 'a no-cache response, revalidated before reuse (revalidation is not modelled)' };
  const maxAge = directives.map((item) => /^max-age=(\d+)$/.exec(item)?.[1]).find((value) => value !== undefined);
  if (maxAge === undefined) {
    if (get(headers, 'expires') !== null || get(headers, 'last-modified') !== null) return { undecided: 'freshness from Expires or heuristics (not modelled)' };
    return 'not stored';
  }
  const ms = Number(maxAge) * 1000;
  if (ms === 0) return 'not stored';
  return ms > runLengthMs ? 'fresh' : { undecided: `max-age=${maxAge} may run out during the run` };
}

/** Whether the HTTP cache may keep this answer for a later step (or cannot tell): the test `HttpCache.store` applies. */
export function mayBeStored(headers: Array<[string, string]>): boolean {
  return freshness(headers) !== 'not stored';
}

export class HttpCache {
  readonly #stored: StoredResponse[] = [];

  /** https://www.rfc-editor.org/rfc/rfc9111#name-constructing-responses-from: a fresh stored response whose Vary'd headers match. */
  lookup(partition: string, hop: number, request: KnownRequestHeaders): CacheLookup {
    for (let index = this.#stored.length - 1; index >= 0; index--) {
      const stored = this.#stored[index];
      if (!stored || stored.partition !== partition || stored.hop !== hop) continue;
      if (stored.vary === '*') continue;
      let matches = true;
      for (const [name, value] of stored.vary) {
        if (!request.has(name)) return { undecided: `Vary: ${name}, a header the browser sets by itself` };
        if (request.get(name) !== value) matches = false;
      }
      if (matches) return { hit: true, status: stored.status, headers: stored.headers };
    }
    return { hit: false };
  }

  /** https://www.rfc-editor.org/rfc/rfc9111#name-storing-responses-in-caches: stores a GET's response, or says why it cannot tell. */
  store(partition: string, hop: number, request: KnownRequestHeaders, response: { status: number; headers: Array<[string, string]> }): { undecided: string } | undefined {
    const fresh = freshness(response.headers);
    if (fresh === 'not stored') return undefined;
    if (fresh !== 'fresh') return fresh;
    const varyNames = (get(response.headers, 'vary') ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
    let vary: StoredResponse['vary'] = new Map();
    if (varyNames.includes('*')) vary = '*';
    else {
      for (const name of varyNames) {
        if (!request.has(name)) return { undecided: `Vary: ${name}, a header the browser sets by itself` };
        vary.set(name, request.get(name) ?? null);
      }
    }
    // A newer response replaces one stored with the same Vary'd values.
    const same = this.#stored.findIndex((stored) => stored.partition === partition && stored.hop === hop && JSON.stringify(stored.vary === '*' ? '*' : [...stored.vary]) === JSON.stringify(vary === '*' ? '*' : [...vary]));
    if (same >= 0) this.#stored.splice(same, 1);
    this.#stored.push({ partition, hop, vary, status: response.status, headers: response.headers });
    return undefined;
  }
}
