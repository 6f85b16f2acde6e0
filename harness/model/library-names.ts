import { isOneOf } from './name-lists.js';

/**
 * The CORS libraries the harness can serve a target origin with. Each name is also the name of
 * its origin (`http://<name>.localhost:<port>`), so a scenario's `target` and `library.name`
 * say the same thing. Kept apart from the adapters so that loading scenarios never imports a
 * web framework.
 */
export const libraryNames = ['koa-cors', 'express-cors', 'fastify-cors', 'hono-cors', 'elysia-cors', 'itty-cors', 'h3-cors', 'flask-cors'] as const;

export type LibraryName = (typeof libraryNames)[number];

export function isLibraryName(value: string): value is LibraryName {
  return isOneOf(libraryNames, value);
}

/** The environment variable that points a library at a local checkout instead of the npm release. */
export function checkoutVariable(name: LibraryName): string {
  return `CORSMATRIX_LIBRARY_PATH_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
