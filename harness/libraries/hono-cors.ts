/** hono/cors on Hono, served through @hono/node-server's request listener. */
import type { cors as honoCors } from 'hono/cors';
import { endpointPaths, invalidBody, isValidBody, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, resourceMethods, thrownMessage, unauthorizedBody } from './endpoints.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { koaStyleFields, mapOrigin, withoutUndefined } from './options.js';
import { noSpecificOptions } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'hono-cors';
// The middleware ships inside hono itself, so a checkout of hono replaces the framework too.
const packageName = 'hono';

type HonoCorsOptions = NonNullable<Parameters<typeof honoCors>[0]>;

function mapOptions(options: LibraryCorsOptions): HonoCorsOptions {
  const origin = mapOrigin<HonoCorsOptions['origin']>(
    options.origin,
    {
      any: () => '*',
      exact: ({ origin }) => origin,
      list: ({ origins }) => origins,
      reflect: () => (requestOrigin) => requestOrigin,
      // As hono's documentation shows: return the origin to allow it, and a fallback origin
      // (here the first allowed one) for any other, which the browser then finds does not match.
      function: ({ allowList }) => (requestOrigin) => (allowList.includes(requestOrigin) ? requestOrigin : (allowList[0] ?? null)),
      regexp: null,
    },
    { packageName: 'hono/cors', takes: 'origin is a string, a list of strings or a function' },
  );
  noSpecificOptions(options.specific, name, packageName);
  return withoutUndefined({ origin, ...koaStyleFields(options) });
}

export const honoCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://hono.dev/docs/middleware/builtin/cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['hono', '@hono/node-server']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { Hono } = await importLibraryModule<typeof import('hono')>(name, 'hono', packageName);
    const { cors } = await importLibraryModule<typeof import('hono/cors')>(name, 'hono', packageName, '/cors');
    const { validator } = await importLibraryModule<typeof import('hono/validator')>(name, 'hono', packageName, '/validator');
    const { getRequestListener } = await importLibraryModule<typeof import('@hono/node-server')>(name, '@hono/node-server', packageName);

    const app = new Hono();
    app.use('*', cors(corsOptions));
    app.on([...resourceMethods], endpointPaths.resource, (c) => {
      c.header(requestIdHeader, requestIdValue);
      c.header('Cache-Control', settings.cacheControl);
      return c.json(resourceBody(c.req.method));
    });
    app.get(endpointPaths.throws, () => {
      throw new Error(thrownMessage);
    });
    app.get(endpointPaths['own-options'], (c) => c.json(ownOptionsBody(c.req.method)));
    app.options(endpointPaths['own-options'], (c) => {
      c.header('Allow', ownOptionsAllow);
      c.header(requestIdHeader, requestIdValue);
      return c.json(ownOptionsBody(c.req.method));
    });
    app.get(endpointPaths.unauthorized, (c) => c.json(unauthorizedBody, 401));
    app.get(endpointPaths.negotiated, (c) => {
      const { contentType, body } = negotiated(c.req.header('Accept'));
      c.header('Vary', 'Accept', { append: true });
      c.header('Cache-Control', settings.cacheControl);
      return c.body(body, 200, { 'Content-Type': contentType });
    });
    app.post(
      endpointPaths.validated,
      validator('json', (value: unknown, c) => (isValidBody(value) ? value : c.json(invalidBody, 400))),
      (c) => c.json({ endpoint: 'validated', name: c.req.valid('json').name }),
    );
    // Node's own Request and Response globals stay: the listener would swap in its own by default
    // (as `serve()` does), and every framework here shares the worker's process, so Elysia's
    // 404 then lost its Content-Type, and a row's engines differed by whether their worker had
    // run a Hono scenario first. Hono answers with Node's Response as it does with its own.
    const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
    return {
      handle: (req, res) => void listener(req, res),
      close: async () => {},
    };
  },
};
