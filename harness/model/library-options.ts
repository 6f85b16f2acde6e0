/**
 * The one interface every CORS library adapter implements, and the generic option vocabulary a
 * library scenario speaks. An adapter maps these options to its library's own option names and
 * builds a Node request handler with the real library inside its own framework: no mock, no
 * re-implementation of what the library does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LibraryName } from './library-names.js';
import type { LibrarySpecificOptions } from './library-specific.js';

/**
 * Which origins may read, in the words a developer would use:
 * - `'*'`: any origin (the literal `*`, as each library sends it);
 * - a string: exactly that origin;
 * - a list: any of these origins (the library's own list option);
 * - `{ regexp, flags }`: origins the RegExp matches (the library's own RegExp option);
 * - `{ allowList }`: an origin FUNCTION written the way the library's documentation shows,
 *   allowing the listed origins;
 * - `'reflect'`: the library's way of echoing any request Origin.
 */
export type OriginOption = string | string[] | { regexp: string; flags?: string | undefined } | { allowList: string[] };

export interface LibraryCorsOptions {
  origin?: OriginOption | undefined;
  credentials?: boolean | undefined;
  /** Unset: the library's default (each of the four reflects Access-Control-Request-Headers). */
  allowedHeaders?: string[] | undefined;
  exposedHeaders?: string[] | undefined;
  /** Access-Control-Max-Age in seconds. */
  maxAge?: number | undefined;
  methods?: string[] | undefined;
  /** Options only one library has, in its own words (specific.ts); another library's adapter refuses them. */
  specific?: LibrarySpecificOptions | undefined;
}

/** The same endpoints on every library origin; the listener rewrites `/s/<token>/<hop>` to one of them. */
export const libraryEndpoints = ['resource', 'throws', 'unauthorized', 'validated', 'unmatched', 'negotiated', 'own-options'] as const;
export type LibraryEndpoint = (typeof libraryEndpoints)[number];

/** Settings of the endpoints themselves, not of the CORS library. */
export interface EndpointSettings {
  /** Cache-Control of `/resource` and `/negotiated`; `no-store` unless a scenario needs the HTTP cache. */
  cacheControl: string;
}

export type NodeRequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LibraryHandler {
  /** Serves one request whose `req.url` is already the endpoint path. */
  handle: NodeRequestHandler;
  /** Releases what the handler holds (a Fastify instance, say). */
  close(): Promise<void>;
}

/** What ran: shown in every library cell, so a result names the exact release or checkout. */
export interface LibraryDescription {
  name: LibraryName;
  packageName: string;
  version: string;
  /** The framework and its version, e.g. `express 5.3.0`. */
  framework: string;
  /** The local checkout used instead of the npm release, or null. */
  checkout: string | null;
}

/** A process a library runs in (a Go or Python server, say), as started by `LibraryAdapter.start`. */
export interface LibraryRuntime {
  /** Registers one run's app, with the options in the library's own words; its handler forwards to it. */
  handlerFor(libraryOptions: unknown, settings: EndpointSettings): Promise<LibraryHandler>;
  stop(): Promise<void>;
}

export interface LibraryAdapter {
  readonly name: LibraryName;
  /** The npm package of the CORS library; the one a checkout replaces. */
  readonly packageName: string;
  /** Where the library documents its options; shown in reports and findings. */
  readonly homepage: string;
  /**
   * The library's own options for these generic ones. Pure (no framework is loaded), so the
   * scenario loader can reject an option the library lacks before anything runs. Throws
   * `UnsupportedOptionError` for an option the library does not have.
   */
  mapOptions(options: LibraryCorsOptions): unknown;
  describe(): LibraryDescription;
  /**
   * Only for a library that runs outside this Node process: starts it. The origins
   * (harness/origins/servers.ts) call it the first time a run needs the library, before
   * `createHandler`, and stop it when they stop. Outside a browser run, the standard's model
   * (harness/standard/library-answers.ts) and scripts/serve-library.ts each start one of their own.
   */
  start?(): Promise<LibraryRuntime>;
  /**
   * Only for a library that may be missing on this machine (another language's runtime): why it
   * cannot run here, or undefined. Its cells are then *not measured* with this reason.
   */
  unavailable?(): string | undefined;
  /**
   * Builds a fresh app (its own state, e.g. a RegExp's lastIndex) for one scenario run; in the
   * runtime `start` gave, for a library that has one.
   */
  createHandler(options: LibraryCorsOptions, settings: EndpointSettings, runtime?: LibraryRuntime): Promise<LibraryHandler>;
}
