/**
 * The CORS libraries the harness can serve a target origin with. Each name is also the name of
 * its origin (`http://<name>.localhost:<port>`), so a scenario's `target` and `library.name`
 * say the same thing. Kept apart from the adapters so that loading scenarios never imports a
 * web framework.
 */
export declare const libraryNames: readonly ["koa-cors", "express-cors", "fastify-cors", "hono-cors", "elysia-cors", "itty-cors", "h3-cors"];
export type LibraryName = (typeof libraryNames)[number];
export declare function isLibraryName(value: string): value is LibraryName;
/** The environment variable that points a library at a local checkout instead of the npm release. */
export declare function checkoutVariable(name: LibraryName): string;
