/**
 * @elysiajs/cors on Elysia with its Node adapter (@elysiajs/node), applied app-wide with
 * `.use(cors(options))` as its documentation shows. The Node adapter serves `app.fetch` through
 * srvx; the harness's listener owns the port, so `app.fetch` is reached through srvx's
 * `toNodeHandler` (fetch-bridge.ts), the same bridge without the listening part.
 */
import type { CORSConfig } from '@elysiajs/cors';
import { endpointPaths, invalidBody, isValidBody, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, resourceMethods, thrownMessage, unauthorizedBody } from './endpoints.js';
import { nodeHandlerOf } from './fetch-bridge.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { mapOrigin, withoutUndefined } from './options.js';
import { noSpecificOptions } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'elysia-cors';
const packageName = '@elysiajs/cors';

function mapOptions(options: LibraryCorsOptions): CORSConfig {
  const origin = mapOrigin<CORSConfig['origin']>(
    options.origin,
    {
      any: () => '*',
      reflect: () => true,
      exact: ({ origin }) => origin,
      list: ({ origins }) => origins,
      regexp: ({ regexp }) => regexp,
      // As @elysiajs/cors documents a function origin: it gets the Request and returns true to allow.
      function: ({ allowList }) => (request) => allowList.includes(request.headers.get('Origin') ?? ''),
    },
    { packageName, takes: 'every form' },
  );
  noSpecificOptions(options.specific, name, packageName);
  return withoutUndefined({
    origin,
    credentials: options.credentials,
    allowedHeaders: options.allowedHeaders,
    exposeHeaders: options.exposedHeaders,
    maxAge: options.maxAge,
    methods: options.methods,
  });
}

export const elysiaCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://elysiajs.com/plugins/cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['elysia', '@elysiajs/node']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { Elysia } = await importLibraryModule<typeof import('elysia')>(name, 'elysia', packageName);
    const { node } = await importLibraryModule<typeof import('@elysiajs/node')>(name, '@elysiajs/node', packageName);
    const { cors } = await importLibraryModule<typeof import('@elysiajs/cors')>(name, packageName, packageName);

    const resource = ({ request, set }: { request: Request; set: { headers: Record<string, string | number> } }) => {
      set.headers[requestIdHeader] = requestIdValue;
      set.headers['cache-control'] = settings.cacheControl;
      return resourceBody(request.method);
    };
    let app = new Elysia({ adapter: node() }).use(cors(corsOptions));
    for (const method of resourceMethods) app = app.route(method, endpointPaths.resource, resource);
    const handler = app
      .get(endpointPaths.throws, () => {
        throw new Error(thrownMessage);
      })
      .get(endpointPaths.unauthorized, ({ set }) => {
        set.status = 401;
        return unauthorizedBody;
      })
      .get(endpointPaths.negotiated, ({ request, set }) => {
        const { contentType, body } = negotiated(request.headers.get('Accept') ?? undefined);
        // set.headers is a plain record, already holding the plugin's Vary: appended to it. (A Vary
        // on the returned Response would replace the plugin's instead.) A string answer would be
        // sent as text/plain whatever set.headers says, so the answer is a Response.
        const vary = set.headers.vary;
        set.headers.vary = vary ? `${String(vary)}, Accept` : 'Accept';
        set.headers['cache-control'] = settings.cacheControl;
        return new Response(body, { headers: { 'content-type': contentType } });
      })
      .get(endpointPaths['own-options'], ({ request }) => ownOptionsBody(request.method))
      .options(endpointPaths['own-options'], ({ request, set }) => {
        set.headers.allow = ownOptionsAllow;
        set.headers[requestIdHeader] = requestIdValue;
        return ownOptionsBody(request.method);
      })
      .post(endpointPaths.validated, ({ body, set }) => {
        if (!isValidBody(body)) {
          set.status = 400;
          return invalidBody;
        }
        return { endpoint: 'validated', name: body.name };
      });
    return { handle: await nodeHandlerOf(name, packageName, handler.fetch), close: async () => {} };
  },
};
