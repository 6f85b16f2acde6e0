/**
 * itty-router's `cors()` on its AutoRouter, wired as its documentation shows: `preflight` in
 * `before`, `corsify` in `finally`. itty's Node guide serves `router.fetch` with
 * @whatwg-node/server, whose current release needs Node 22.15; here it goes through srvx's
 * `toNodeHandler` (fetch-bridge.ts) instead, which adds no header of its own.
 */
import type { CorsOptions } from 'itty-router';
import { endpointPaths, invalidBody, isValidBody, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, resourceMethods, thrownMessage, unauthorizedBody } from './endpoints.js';
import { nodeHandlerOf } from './fetch-bridge.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { mapOrigin, withoutUndefined } from './options.js';
import { noSpecificOptions } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'itty-cors';
const packageName = 'itty-router';

function mapOptions(options: LibraryCorsOptions): CorsOptions {
  const origin = mapOrigin<CorsOptions['origin']>(
    options.origin,
    {
      any: () => '*',
      reflect: () => true,
      exact: ({ origin }) => origin,
      list: ({ origins }) => origins,
      regexp: ({ regexp }) => regexp,
      // As itty's documentation shows: return the origin to allow it, nothing to refuse.
      function: ({ allowList }) => (requestOrigin) => (allowList.includes(requestOrigin) ? requestOrigin : undefined),
    },
    { packageName, takes: 'every form' },
  );
  noSpecificOptions(options.specific, name, packageName);
  return withoutUndefined({
    origin,
    // itty types credentials as `true` only: leaving it out is its `false`.
    credentials: options.credentials === true ? true : undefined,
    allowHeaders: options.allowedHeaders,
    exposeHeaders: options.exposedHeaders,
    maxAge: options.maxAge,
    allowMethods: options.methods,
  });
}

export const ittyCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://itty.dev/itty-router/cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['itty-router', 'srvx']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { AutoRouter, cors, json } = await importLibraryModule<typeof import('itty-router')>(name, packageName, packageName);

    const { preflight, corsify } = cors(corsOptions);
    const router = AutoRouter({ before: [preflight], finally: [corsify] });
    for (const method of resourceMethods) {
      router[method.toLowerCase() as 'get'](endpointPaths.resource, (request) =>
        json(resourceBody(request.method), { headers: { [requestIdHeader]: requestIdValue, 'Cache-Control': settings.cacheControl } }),
      );
    }
    router.get(endpointPaths.throws, () => {
      throw new Error(thrownMessage);
    });
    router.get(endpointPaths.unauthorized, () => json(unauthorizedBody, { status: 401 }));
    router.get(endpointPaths.negotiated, (request) => {
      const { contentType, body } = negotiated(request.headers.get('Accept') ?? undefined);
      return new Response(body, { headers: { 'Content-Type': contentType, Vary: 'Accept', 'Cache-Control': settings.cacheControl } });
    });
    router.get(endpointPaths['own-options'], (request) => ownOptionsBody(request.method));
    router.options(endpointPaths['own-options'], (request) => json(ownOptionsBody(request.method), { headers: { Allow: ownOptionsAllow, [requestIdHeader]: requestIdValue } }));
    router.post(endpointPaths.validated, async (request) => {
      const body: unknown = await request.json().catch(() => undefined);
      return isValidBody(body) ? { endpoint: 'validated', name: body.name } : json(invalidBody, { status: 400 });
    });
    return { handle: await nodeHandlerOf(name, packageName, (request) => router.fetch(request)), close: async () => {} };
  },
};
