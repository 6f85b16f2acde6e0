import { isOneOf } from './name-lists.js';

/**
 * The named origins a scenario can use, and how each relates to the page origin `site`.
 *
 * Three listeners serve the plain origins: one HTTP/1.1 port shared by several host names, a
 * second HTTP/1.1 port for "same host, other port", and one TLS port that speaks HTTP/2 with
 * HTTP/1.1 fallback. Each CORS library (harness/libraries/) has an origin and a listener of its
 * own, served by the real library in its own framework. Every `*.localhost` name resolves to
 * loopback inside the browsers, so no hosts file is needed. Because `localhost` is a public
 * suffix, `site.localhost` and `other.localhost` are different sites while `api.site.localhost`
 * is the same site as `site.localhost`.
 */
import { libraryNames, type LibraryName } from './library-names.js';

export const originNames = [
  'site',
  'site-port',
  'api',
  'other',
  'site-https',
  'api-https',
  'other-https',
  ...libraryNames,
] as const;

export type OriginName = (typeof originNames)[number];

export type ListenerName = 'http' | 'http-alt' | 'https' | LibraryName;

export const listenerNames: readonly ListenerName[] = ['http', 'http-alt', 'https', ...libraryNames];

export interface OriginDefinition {
  scheme: 'http' | 'https';
  host: string;
  listener: ListenerName;
  /** How a request from `site` to this origin is classified; shown in docs/engines.md ("Origins") and the report. */
  relation: string;
}

export const originDefinitions: Record<OriginName, OriginDefinition> = {
  site: { scheme: 'http', host: 'site.localhost', listener: 'http', relation: 'the page origin (same origin)' },
  'site-port': { scheme: 'http', host: 'site.localhost', listener: 'http-alt', relation: 'same host, another port (same site, cross origin)' },
  api: { scheme: 'http', host: 'api.site.localhost', listener: 'http', relation: 'subdomain (same site, cross origin)' },
  other: { scheme: 'http', host: 'other.localhost', listener: 'http', relation: 'another site' },
  'site-https': { scheme: 'https', host: 'site.localhost', listener: 'https', relation: 'same host, another scheme (cross site by schemeful same-site)' },
  'api-https': { scheme: 'https', host: 'api.site.localhost', listener: 'https', relation: 'subdomain over https' },
  'other-https': { scheme: 'https', host: 'other.localhost', listener: 'https', relation: 'another site over https' },
  // HTTP/1.1 only: Express cannot run on Node's HTTP/2 compatibility layer, and one transport
  // for every library keeps their results comparable.
  'koa-cors': { scheme: 'http', host: 'koa-cors.localhost', listener: 'koa-cors', relation: 'another site, served by Koa with @koa/cors' },
  'express-cors': { scheme: 'http', host: 'express-cors.localhost', listener: 'express-cors', relation: 'another site, served by Express with cors' },
  'fastify-cors': { scheme: 'http', host: 'fastify-cors.localhost', listener: 'fastify-cors', relation: 'another site, served by Fastify with @fastify/cors' },
  'hono-cors': { scheme: 'http', host: 'hono-cors.localhost', listener: 'hono-cors', relation: 'another site, served by Hono (hono/cors) on @hono/node-server' },
  'elysia-cors': { scheme: 'http', host: 'elysia-cors.localhost', listener: 'elysia-cors', relation: 'another site, served by Elysia (@elysiajs/cors) on @elysiajs/node' },
  'itty-cors': { scheme: 'http', host: 'itty-cors.localhost', listener: 'itty-cors', relation: "another site, served by itty-router's AutoRouter with its cors()" },
  'h3-cors': { scheme: 'http', host: 'h3-cors.localhost', listener: 'h3-cors', relation: "another site, served by h3 with its handleCors()" },
  'flask-cors': { scheme: 'http', host: 'flask-cors.localhost', listener: 'flask-cors', relation: 'another site, served by Flask with Flask-CORS (Python, through the library origin)' },
};

export function isOriginName(value: string): value is OriginName {
  return isOneOf(originNames, value);
}

/**
 * A DNS name of letters, digits and hyphens in dot-separated labels; not an IP address. An
 * underscore is let in too: browsers load such hosts, and a look-alike needs one (checks.ts).
 */
const hostNamePattern = /^(?=.{1,253}$)(?!\d+(\.\d+){3}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** Whether a page origin can have this host name (see checkHostNames). */
export function isHostName(name: string): boolean {
  return hostNamePattern.test(name.toLowerCase());
}

/** Whether browsers reach a host on loopback by themselves (and so never through a proxy). */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** Host names for page origins, lower-cased and each once; throws naming the first that is not one. */
export function checkHostNames(names: string[]): string[] {
  const checked = [...new Set(names.map((name) => name.toLowerCase()))];
  const bad = checked.find((name) => !isHostName(name));
  if (bad !== undefined) throw new Error(`"${bad}" is not a host name (letters, digits, hyphens and underscores in dot-separated labels)`);
  return checked;
}

export const certificateHostNames: string[] = [...new Set(Object.values(originDefinitions).map((o) => o.host))];
