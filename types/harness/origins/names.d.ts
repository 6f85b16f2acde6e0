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
import { type LibraryName } from '../libraries/names.js';
export declare const originNames: readonly ["site", "site-port", "api", "other", "site-https", "api-https", "other-https", "koa-cors", "express-cors", "fastify-cors", "hono-cors", "elysia-cors", "itty-cors", "h3-cors"];
export type OriginName = (typeof originNames)[number];
export type ListenerName = 'http' | 'http-alt' | 'https' | LibraryName;
export declare const listenerNames: readonly ListenerName[];
export interface OriginDefinition {
    scheme: 'http' | 'https';
    host: string;
    listener: ListenerName;
    /** How a request from `site` to this origin is classified; shown in the README and the report. */
    relation: string;
}
export declare const originDefinitions: Record<OriginName, OriginDefinition>;
export declare function isOriginName(value: string): value is OriginName;
/** Host names for page origins, lower-cased and each once; throws naming the first that is not one. */
export declare function checkHostNames(names: string[]): string[];
export declare const certificateHostNames: string[];
