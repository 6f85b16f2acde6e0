/**
 * Cookies for the model (issue #39): which cookies a request carries and which a response
 * stores, by RFC 6265bis (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html),
 * from the cookies a scenario plants and those its earlier answers set. Where the outcome is the
 * browser's own choice (a cookie without SameSite in a cross-site request, a Secure cookie on a
 * loopback name over http, a cross-site hop earlier in a redirect chain) it is `notKnown`.
 * Blocking or partitioning third-party cookies is a browser policy, not the standard: a
 * `SameSite=None; Secure` cookie goes cross-site here, and engines that block it deviate.
 */
import { parseSetCookie } from 'cookie';
import { originDefinitions, type OriginName } from '../model/origin-names.js';
import { notKnown, type Maybe } from './maybe.js';

interface StoredCookie {
  name: string;
  value: string;
  host: string;
  /** Set with Domain: sent to that host's subdomains too. */
  domain: boolean;
  path: string;
  secure: boolean;
  sameSite: 'strict' | 'lax' | 'none' | 'default';
  created: number;
}

/** Where a request or response stands for cookies: same-site with the top-level page, cross-site, or not known. */
export type CookieContext = 'same-site' | 'cross-site' | typeof notKnown;

export class CookieJar {
  readonly #cookies: StoredCookie[] = [];
  /** Hosts whose cookies are not known for certain (a cookie the browser may or may not have kept). */
  readonly #uncertain = new Set<string>();
  #created = 0;

  /** A cookie an origin set in a first-party page (the scenario's `setup.cookies`). */
  plant(origin: OriginName, setCookie: string): void {
    this.store(origin, setCookie, 'same-site');
  }

  /** https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model, for a Set-Cookie from `origin`. */
  store(origin: OriginName, setCookie: string, context: CookieContext): void {
    const { scheme, host } = originDefinitions[origin];
    const parsed = parseSetCookie(setCookie);
    if (!parsed.name) return;
    const sameSite = typeof parsed.sameSite === 'string' ? parsed.sameSite : 'default';
    const secure = parsed.secure === true;
    // A Secure cookie from http: whether a loopback name is a secure origin is each browser's own call.
    if (secure && scheme !== 'https') return void this.#uncertain.add(host);
    // SameSite=None needs Secure.
    if (sameSite === 'none' && !secure) return;
    if (context === notKnown) return void this.#uncertain.add(host);
    // A cross-site response may set only SameSite=None cookies; one without SameSite is the browser's default.
    if (context === 'cross-site' && sameSite !== 'none') {
      if (sameSite === 'default') this.#uncertain.add(host);
      return;
    }
    // A path other than / would be matched against the runs' /s/<token>/<hop> URLs: not modelled.
    if (parsed.path !== undefined && parsed.path !== '/') return void this.#uncertain.add(host);
    const domain = parsed.domain?.replace(/^\./, '').toLowerCase();
    if (domain !== undefined && domain !== host && !host.endsWith(`.${domain}`)) return;
    const cookie: StoredCookie = { name: parsed.name, value: parsed.value ?? '', host: domain ?? host, domain: domain !== undefined, path: '/', secure, sameSite, created: this.#created++ };
    const existing = this.#cookies.findIndex((stored) => stored.name === cookie.name && stored.host === cookie.host && stored.path === cookie.path);
    if (existing >= 0) this.#cookies.splice(existing, 1);
    const expired = (parsed.maxAge !== undefined && parsed.maxAge <= 0) || (parsed.expires !== undefined && parsed.expires.getTime() <= Date.now());
    if (!expired) this.#cookies.push(cookie);
  }

  /**
   * https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-retrieval-algorithm:
   * the Cookie header a request to `target` carries, or null for none.
   */
  cookieHeader(target: OriginName, context: CookieContext): Maybe<string | null> {
    const { scheme, host } = originDefinitions[target];
    if (this.#uncertain.has(host) || [...this.#uncertain].some((uncertain) => host.endsWith(`.${uncertain}`))) return notKnown;
    const matching = this.#cookies.filter((cookie) => cookie.host === host || (cookie.domain && host.endsWith(`.${cookie.host}`)));
    const sent: StoredCookie[] = [];
    for (const cookie of matching) {
      if (cookie.secure && scheme !== 'https') return notKnown;
      if (context === notKnown) return notKnown;
      if (context === 'cross-site') {
        if (cookie.sameSite === 'default') return notKnown;
        if (cookie.sameSite !== 'none') continue;
      }
      sent.push(cookie);
    }
    // Longer paths first, then the older cookie (all paths here are /).
    sent.sort((a, b) => b.path.length - a.path.length || a.created - b.created);
    return sent.length === 0 ? null : sent.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }
}
