/**
 * The CORS-preflight cache (https://fetch.spec.whatwg.org/#cors-preflight-cache) across a
 * scenario's steps, for the model. An entry is keyed by the network partition (the page's site),
 * the request's origin, the URL (the hop: every step requests the same URLs), and whether
 * credentials were included; it holds one method or one header name the preflight allowed.
 *
 * Time is known only roughly: a step follows the previous one after an unknown short while (at
 * most `stepGapMs`), or after a wait the scenario names. Where an entry's expiry falls inside
 * that uncertainty the cache says so (`undecided`) rather than guess.
 */

/** At most this long between two steps of a run without a wait (a new page, the probe's round trips). */
const stepGapMs = 1_000;

/** https://fetch.spec.whatwg.org/#concept-cache */
interface Entry {
  partition: string;
  origin: string;
  hop: number;
  credentials: boolean;
  kind: 'method' | 'header';
  /** A method as given (case-sensitive) or a header name in lower case; `*` for the wildcard. */
  name: string;
  /** When it expires, at the earliest and at the latest, in milliseconds since the run began. */
  expires: Moment;
}

/** Who asks: the request's partition, origin, URL and credentials mode. */
export interface CacheKey {
  partition: string;
  origin: string;
  hop: number;
  credentials: 'omit' | 'same-origin' | 'include';
}

export type Lookup = 'hit' | 'miss' | 'undecided';

/** A time known to lie between `earliest` and `latest`, in milliseconds since the run began. */
interface Moment {
  earliest: number;
  latest: number;
}

export class PreflightCache {
  readonly #entries: Entry[] = [];
  #now: Moment = { earliest: 0, latest: 0 };
  #lastPreflight: Moment | undefined;

  /** The next step begins: after a short while, or `waitAfterLastPreflightMs` after the last preflight. */
  nextStep(waitAfterLastPreflightMs: number | undefined): void {
    const soon: Moment = { earliest: this.#now.earliest + 1, latest: this.#now.latest + stepGapMs };
    const last = this.#lastPreflight;
    if (waitAfterLastPreflightMs === undefined || last === undefined) this.#now = soon;
    else this.#now = { earliest: Math.max(soon.earliest, last.earliest + waitAfterLastPreflightMs), latest: Math.max(soon.latest, last.latest + waitAfterLastPreflightMs + stepGapMs) };
  }

  /**
   * https://fetch.spec.whatwg.org/#concept-cache-match: an entry of this key (an entry made with
   * credentials serves a request without them too) for the method or header name, or for `*`
   * where the request does not include credentials (and, for headers, never Authorization, the
 * CORS non-wildcard request-header name).
   */
  lookup(key: CacheKey, kind: Entry['kind'], name: string): Lookup {
    const wanted = kind === 'header' ? name.toLowerCase() : name;
    const matching = this.#entries.filter(
      (entry) =>
        entry.kind === kind &&
        entry.partition === key.partition &&
        entry.origin === key.origin &&
        entry.hop === key.hop &&
        (entry.credentials || key.credentials !== 'include') &&
        (entry.name === wanted || (entry.name === '*' && key.credentials !== 'include' && !(kind === 'header' && wanted === 'authorization'))),
    );
    if (matching.some((entry) => entry.expires.earliest > this.#now.latest)) return 'hit';
    if (matching.every((entry) => entry.expires.latest <= this.#now.earliest)) return 'miss';
    return 'undecided';
  }

  /** A preflight was sent now (for a later step's wait). */
  preflightSent(): void {
    this.#lastPreflight = { ...this.#now };
  }

  /**
   * https://fetch.spec.whatwg.org/#cors-preflight-fetch, the steps after a successful check: each
   * method and header name the answer allowed gets an entry of `maxAgeSeconds`, a matching
   * entry's lifetime renewed.
   */
  store(key: CacheKey, methods: string[], headerNames: string[], maxAgeSeconds: number): void {
    const credentials = key.credentials === 'include';
    const items = [...methods.map((name) => ({ kind: 'method' as const, name })), ...headerNames.map((name) => ({ kind: 'header' as const, name: name.toLowerCase() }))];
    for (const { kind, name } of items) {
      const expires = { earliest: this.#now.earliest + maxAgeSeconds * 1000, latest: this.#now.latest + maxAgeSeconds * 1000 };
      const existing = this.#entries.find((entry) => entry.kind === kind && entry.name === name && entry.partition === key.partition && entry.origin === key.origin && entry.hop === key.hop && entry.credentials === credentials);
      if (existing) existing.expires = expires;
      else this.#entries.push({ partition: key.partition, origin: key.origin, hop: key.hop, credentials, kind, name, expires });
    }
  }
}

/**
 * Access-Control-Max-Age (https://fetch.spec.whatwg.org/#http-access-control-max-age): delta-seconds;
 * anything else, absent included, is "failure or null" and 5 s. Caps are the engine's choice.
 */
export function maxAgeSeconds(value: string | null): number {
  return value !== null && /^[0-9]+$/.test(value) ? Number(value) : 5;
}
