/** @fastify/cors registered on a Fastify instance, with its default hook (onRequest). */
import type { FastifyCorsOptions } from '@fastify/cors';
import { endpointPaths, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, resourceMethods, thrownMessage, unauthorizedBody } from './endpoints.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { expressStyleOptions, withoutUndefined, type ExpressStyleOriginFunction } from './options.js';
import { specificOptionsFor } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'fastify-cors';
const packageName = '@fastify/cors';

// Both packages' types use `export =`; imported from ESM, the function is the default export.
type FastifyModule = { default: typeof import('fastify') };
type CorsModule = { default: typeof import('@fastify/cors') };

/**
 * As @fastify/cors's README writes an origin function: parse the origin with `new URL`, answer
 * `cb(null, true)` to allow and `cb(new Error('Not allowed'), false)` to refuse. `new URL` throws
 * on a request without Origin (and on `null`); the README's form does the same.
 */
const originFunction = (allowList: string[]): ExpressStyleOriginFunction => (requestOrigin, callback) => {
  const { origin } = new URL(requestOrigin ?? '');
  if (allowList.includes(origin)) {
    callback(null, true);
    return;
  }
  callback(new Error('Not allowed'), false);
};

/** The generic options in this library's words (shared with its sibling; see options.ts), and its own `hook` and `strictPreflight`. */
function mapOptions(options: LibraryCorsOptions): FastifyCorsOptions {
  const specific = specificOptionsFor(options.specific, name, packageName);
  return { ...expressStyleOptions(options, originFunction), ...withoutUndefined({ hook: specific?.hook, strictPreflight: specific?.strictPreflight }) };
}

export const fastifyCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://github.com/fastify/fastify-cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['fastify']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { default: Fastify } = await importLibraryModule<FastifyModule>(name, 'fastify', packageName);
    const { default: cors } = await importLibraryModule<CorsModule>(name, packageName, packageName);

    // Never listens: the harness's listener hands requests to `app.routing`, Fastify's documented
    // entry to its router (the same function its own server calls).
    const app = Fastify();
    await app.register(cors, corsOptions);
    app.route({
      method: [...resourceMethods],
      url: endpointPaths.resource,
      handler: async (request, reply) => {
        void reply.header(requestIdHeader, requestIdValue).header('Cache-Control', settings.cacheControl);
        return resourceBody(request.method);
      },
    });
    app.get(endpointPaths.throws, async () => {
      throw new Error(thrownMessage);
    });
    app.get(endpointPaths['own-options'], async (request) => ownOptionsBody(request.method));
    app.options(endpointPaths['own-options'], async (request, reply) => {
      void reply.header('Allow', ownOptionsAllow).header(requestIdHeader, requestIdValue);
      return ownOptionsBody(request.method);
    });
    app.get(endpointPaths.unauthorized, async (_request, reply) => reply.code(401).send(unauthorizedBody));
    app.get(endpointPaths.negotiated, async (request, reply) => {
      const { contentType, body } = negotiated(request.headers.accept);
      // Fastify has no vary helper: appended to what the CORS hook already set.
      const vary = reply.getHeader('Vary');
      return reply.header('Vary', vary ? `${String(vary)}, Accept` : 'Accept').header('Cache-Control', settings.cacheControl).type(contentType).send(body);
    });
    app.post<{ Body: { name: string } }>(
      endpointPaths.validated,
      { schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
      async (request) => ({ endpoint: 'validated', name: request.body.name }),
    );
    await app.ready();
    return {
      handle: (req, res) => app.routing(req, res),
      close: () => app.close(),
    };
  },
};
