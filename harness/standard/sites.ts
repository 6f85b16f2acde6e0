/**
 * Origins and sites of the harness's named origins, as HTML defines them, for the model. Every
 * origin here has a registrable domain by the Public Suffix List (a `*.localhost` name is its own site).
 */
import { getDomain } from 'tldts';
import { originDefinitions, type OriginName } from '../model/origin-names.js';

const registrableDomain = (host: string) => getDomain(host, { allowPrivateDomains: true }) ?? host;

/** https://html.spec.whatwg.org/#same-origin: scheme, host and port. */
export function sameOrigin(a: OriginName, b: OriginName): boolean {
  const [one, two] = [originDefinitions[a], originDefinitions[b]];
  return one.scheme === two.scheme && one.host === two.host && one.listener === two.listener;
}

/** https://html.spec.whatwg.org/#obtain-a-site: scheme and registrable domain (the network partition key's top-level site). */
export function siteOf(origin: OriginName): string {
  const { scheme, host } = originDefinitions[origin];
  return `${scheme}://${registrableDomain(host)}`;
}

/** https://html.spec.whatwg.org/#same-site: the same site, scheme included (what RFC 6265bis calls schemeful). */
export function sameSite(a: OriginName, b: OriginName): boolean {
  return siteOf(a) === siteOf(b);
}

/** https://html.spec.whatwg.org/#schemelessly-same-site */
export function schemelesslySameSite(a: OriginName, b: OriginName): boolean {
  return registrableDomain(originDefinitions[a].host) === registrableDomain(originDefinitions[b].host);
}
