/**
 * Options only one library has, in that library's own words, for the settings real users change
 * (issue #14): the generic vocabulary (types.ts) stays generic. A scenario gives them as
 * `options.specific` with the library's name; the adapter of any other library refuses them when
 * the scenario loads. Kept apart from the adapters, like names.ts, so loading a scenario never
 * imports a framework.
 */
import { z } from 'zod';
import type { LibraryName } from './names.js';
/** The hooks @fastify/cors can register on (its `FastifyCorsHook`); `onRequest` is the default. */
export declare const fastifyCorsHooks: readonly ["onRequest", "preParsing", "preValidation", "preHandler", "preSerialization"];
export declare const librarySpecificOptionsSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    library: z.ZodLiteral<"fastify-cors">;
    hook: z.ZodOptional<z.ZodEnum<{
        onRequest: "onRequest";
        preParsing: "preParsing";
        preValidation: "preValidation";
        preHandler: "preHandler";
        preSerialization: "preSerialization";
    }>>;
    strictPreflight: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    library: z.ZodLiteral<"koa-cors">;
    keepHeadersOnError: z.ZodOptional<z.ZodBoolean>;
    privateNetworkAccess: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    library: z.ZodLiteral<"express-cors">;
    preflightContinue: z.ZodOptional<z.ZodBoolean>;
    optionsSuccessStatus: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>], "library">;
export type LibrarySpecificOptions = z.infer<typeof librarySpecificOptionsSchema>;
/**
 * The specific options meant for `library`, or none; options meant for another library are an
 * error the scenario loader reports (the adapters call this from `mapOptions`).
 */
export declare function specificOptionsFor<N extends LibrarySpecificOptions['library']>(specific: LibrarySpecificOptions | undefined, library: N, packageName: string): Extract<LibrarySpecificOptions, {
    library: N;
}> | undefined;
/** For an adapter whose library has no specific options here yet. */
export declare function noSpecificOptions(specific: LibrarySpecificOptions | undefined, library: LibraryName, packageName: string): void;
