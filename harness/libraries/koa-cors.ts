/** @koa/cors on Koa, routed with @koa/router (without allowedMethods(), which would answer OPTIONS itself). */
import type { IncomingMessage } from 'node:http';
import type KoaCors from '@koa/cors';
import { endpointPaths, invalidBody, isValidBody, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, thrownMessage, unauthorizedBody } from './endpoints.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { koaStyleFields, mapOrigin, withoutUndefined } from './options.js';
import { specificOptionsFor } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'koa-cors';
const packageName = '@koa/cors';

// koa's types use `export =`; imported from ESM, the app class is the default export.
type KoaModule = { default: typeof import('koa') };
type RouterModule = typeof import('@koa/router');

/** Koa has no body parser of its own; the JSON body is read by hand, as a bare Koa app would. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function mapOptions(options: LibraryCorsOptions): KoaCors.Options {
  const origin = mapOrigin<KoaCors.Options['origin']>(
    options.origin,
    {
      any: () => '*',
      exact: ({ origin }) => origin,
      reflect: () => (ctx) => ctx.get('Origin'),
      // As @koa/cors's README shows: return the origin to allow it, a falsy value to refuse.
      function: ({ allowList }) => (ctx) => (allowList.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''),
      list: null,
      regexp: null,
    },
    { packageName, takes: 'origin is a string or a function of the Koa context' },
  );
  const specific = specificOptionsFor(options.specific, name, packageName);
  return withoutUndefined({ origin, ...koaStyleFields(options), keepHeadersOnError: specific?.keepHeadersOnError, privateNetworkAccess: specific?.privateNetworkAccess });
}

export const koaCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://github.com/koajs/cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['koa']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { default: Koa } = await importLibraryModule<KoaModule>(name, 'koa', packageName);
    const { default: Router } = await importLibraryModule<RouterModule>(name, '@koa/router', packageName);
    const { default: cors } = await importLibraryModule<{ default: typeof KoaCors }>(name, packageName, packageName);

    const app = new Koa();
    // Koa would print every thrown error; the /throws endpoint throws on purpose.
    app.silent = true;
    app.use(cors(corsOptions));
    const router = new Router();
    const resource: Parameters<typeof router.get>[1] = (ctx) => {
      ctx.set(requestIdHeader, requestIdValue);
      ctx.set('Cache-Control', settings.cacheControl);
      ctx.body = resourceBody(ctx.method);
    };
    router.get(endpointPaths.resource, resource).post(endpointPaths.resource, resource).put(endpointPaths.resource, resource);
    router.patch(endpointPaths.resource, resource).delete(endpointPaths.resource, resource);
    router.get(endpointPaths.throws, () => {
      throw new Error(thrownMessage);
    });
    router.get(endpointPaths.negotiated, (ctx) => {
      const { contentType, body } = negotiated(ctx.get('Accept') || undefined);
      ctx.vary('Accept');
      ctx.set('Cache-Control', settings.cacheControl);
      ctx.type = contentType;
      ctx.body = body;
    });
    router.get(endpointPaths['own-options'], (ctx) => {
      ctx.body = ownOptionsBody(ctx.method);
    });
    router.options(endpointPaths['own-options'], (ctx) => {
      ctx.set('Allow', ownOptionsAllow);
      ctx.set(requestIdHeader, requestIdValue);
      ctx.body = ownOptionsBody(ctx.method);
    });
    router.get(endpointPaths.unauthorized, (ctx) => {
      ctx.status = 401;
      ctx.body = unauthorizedBody;
    });
    router.post(endpointPaths.validated, async (ctx) => {
      const body = await readJson(ctx.req);
      if (!isValidBody(body)) {
        ctx.status = 400;
        ctx.body = invalidBody;
        return;
      }
      ctx.body = { endpoint: 'validated', name: body.name };
    });
    app.use(router.routes());
    const callback = app.callback();
    return {
      handle: (req, res) => void callback(req, res),
      close: async () => {},
    };
  },
};
