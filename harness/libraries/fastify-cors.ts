/** @fastify/cors registered on a Fastify instance, with its default hook (onRequest). */
import type { FastifyCorsOptions } from '@fastify/cors';
import { endpointPaths, requestIdHeader, requestIdValue, resourceBody, resourceMethods, thrownMessage, unauthorizedBody } from './endpoints.js';
import { checkoutOf, importLibraryModule, packageVersion } from './load.js';
import { originChoice, withoutUndefined } from './options.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from './types.js';

const name = 'fastify-cors';
const packageName = '@fastify/cors';

// Both packages' types use `export =`; imported from ESM, the function is the default export.
type FastifyModule = { default: typeof import('fastify') };
type CorsModule = { default: typeof import('@fastify/cors') };

function mapOptions(options: LibraryCorsOptions): FastifyCorsOptions {
  let origin: FastifyCorsOptions['origin'];
  if (options.origin !== undefined) {
    const choice = originChoice(options.origin);
    switch (choice.kind) {
      case 'any':
        origin = '*';
        break;
      case 'exact':
        origin = choice.origin;
        break;
      case 'list':
        origin = choice.origins;
        break;
      case 'regexp':
        origin = choice.regexp;
        break;
      case 'reflect':
        origin = true;
        break;
      case 'function': {
        // The callback form from the @fastify/cors README, answering false for a refused origin.
        const allowList = choice.allowList;
        origin = (requestOrigin, callback) => callback(null, requestOrigin !== undefined && allowList.includes(requestOrigin));
        break;
      }
    }
  }
  return withoutUndefined({
    origin,
    credentials: options.credentials,
    allowedHeaders: options.allowedHeaders,
    exposedHeaders: options.exposedHeaders,
    maxAge: options.maxAge,
    methods: options.methods,
  });
}

export const fastifyCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://github.com/fastify/fastify-cors',
  mapOptions,
  describe() {
    return {
      name,
      packageName,
      version: packageVersion(name, packageName, packageName),
      framework: `fastify ${packageVersion(name, 'fastify', packageName)}`,
      checkout: checkoutOf(name),
    };
  },
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
    app.get(endpointPaths.unauthorized, async (_request, reply) => reply.code(401).send(unauthorizedBody));
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
