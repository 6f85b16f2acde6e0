/** Every library adapter, by name. Adding a library: one adapter file, one line here, one name in names.ts. */
import { elysiaCorsAdapter } from './elysia-cors.js';
import { expressCorsAdapter } from './express-cors.js';
import { fastifyCorsAdapter } from './fastify-cors.js';
import { flaskCorsAdapter } from './flask-cors.js';
import { h3CorsAdapter } from './h3-cors.js';
import { honoCorsAdapter } from './hono-cors.js';
import { ittyCorsAdapter } from './itty-cors.js';
import { koaCorsAdapter } from './koa-cors.js';
import type { LibraryName } from '../model/library-names.js';
import type { LibraryAdapter } from '../model/library-options.js';

export const libraryAdapters: Record<LibraryName, LibraryAdapter> = {
  'koa-cors': koaCorsAdapter,
  'express-cors': expressCorsAdapter,
  'fastify-cors': fastifyCorsAdapter,
  'hono-cors': honoCorsAdapter,
  'elysia-cors': elysiaCorsAdapter,
  'itty-cors': ittyCorsAdapter,
  'h3-cors': h3CorsAdapter,
  'flask-cors': flaskCorsAdapter,
};
