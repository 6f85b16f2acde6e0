/**
 * Options only one library has, in that library's own words, for the settings real users change
 * (issue #14): the generic vocabulary (types.ts) stays generic. A scenario gives them as
 * `options.specific` with the library's name; the adapter of any other library refuses them when
 * the scenario loads. Kept apart from the adapters, like names.ts, so loading a scenario never
 * imports a framework.
 */
import { z } from 'zod';
import type { LibraryName } from './library-names.js';
import { UnsupportedOptionError } from './unsupported-option.js';

/** The hooks @fastify/cors can register on (its `FastifyCorsHook`); `onRequest` is the default. */
export const fastifyCorsHooks = ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'preSerialization'] as const;

export const librarySpecificOptionsSchema = z.discriminatedUnion('library', [
  z.strictObject({
    library: z.literal('fastify-cors'),
    /** The Fastify hook the CORS handler runs on. */
    hook: z.enum(fastifyCorsHooks).optional(),
    /** Refuse (400) an OPTIONS request with an Origin but no Access-Control-Request-Method; default true. */
    strictPreflight: z.boolean().optional(),
  }),
  z.strictObject({
    library: z.literal('koa-cors'),
    /** Keep the CORS headers on an error thrown downstream; default true. */
    keepHeadersOnError: z.boolean().optional(),
    /** Answer Access-Control-Request-Private-Network with Access-Control-Allow-Private-Network; default false. */
    privateNetworkAccess: z.boolean().optional(),
  }),
  z.strictObject({
    library: z.literal('express-cors'),
    /** Pass the preflight on to the next handler instead of answering it; default false. */
    preflightContinue: z.boolean().optional(),
    /** The status of the preflight answer; default 204. */
    optionsSuccessStatus: z.number().int().min(200).max(599).optional(),
  }),
]);

export type LibrarySpecificOptions = z.infer<typeof librarySpecificOptionsSchema>;

function meantForAnother(specific: LibrarySpecificOptions, library: LibraryName, packageName: string): UnsupportedOptionError {
  const names = Object.keys(specific).filter((key) => key !== 'library');
  return new UnsupportedOptionError(packageName, `${names.join(', ') || 'these options'} (options of ${specific.library})`, `options.specific names ${specific.library}, not ${library}`);
}

/**
 * The specific options meant for `library`, or none; options meant for another library are an
 * error the scenario loader reports (the adapters call this from `mapOptions`).
 */
export function specificOptionsFor<N extends LibrarySpecificOptions['library']>(
  specific: LibrarySpecificOptions | undefined,
  library: N,
  packageName: string,
): Extract<LibrarySpecificOptions, { library: N }> | undefined {
  if (specific === undefined) return undefined;
  if (specific.library !== library) throw meantForAnother(specific, library, packageName);
  return specific as Extract<LibrarySpecificOptions, { library: N }>;
}

/** For an adapter whose library has no specific options here yet. */
export function noSpecificOptions(specific: LibrarySpecificOptions | undefined, library: LibraryName, packageName: string): void {
  if (specific !== undefined) throw meantForAnother(specific, library, packageName);
}
