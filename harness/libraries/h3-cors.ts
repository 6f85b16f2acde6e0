/**
 * h3's CORS utilities on h3 2, as its documentation wires them: a middleware that calls
 * `handleCors(event, options)` and returns its answer to a preflight. Served through
 * `toNodeHandler` from `h3/node`, h3's own bridge to Node (srvx).
 */
import type { CorsOptions } from 'h3';
import { endpointPaths, invalidBody, isValidBody, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, resourceMethods, thrownMessage, unauthorizedBody } from './endpoints.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { mapOrigin, withoutUndefined } from './options.js';
import { noSpecificOptions } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'h3-cors';
// The utilities ship inside h3 itself, so a checkout of h3 replaces the framework too.
const packageName = 'h3';

function mapOptions(options: LibraryCorsOptions): CorsOptions {
  const origin = mapOrigin<CorsOptions['origin']>(
    options.origin,
    {
      any: () => '*',
      // h3 types no single origin or RegExp: each is a list entry (an origin matched by equality).
      exact: ({ origin }) => [origin],
      list: ({ origins }) => origins,
      regexp: ({ regexp }) => [regexp],
      // The function h3 documents: true allows the request's origin, which is then echoed.
      reflect: () => () => true,
      function: ({ allowList }) => (requestOrigin) => allowList.includes(requestOrigin),
    },
    { packageName, takes: 'every form' },
  );
  noSpecificOptions(options.specific, name, packageName);
  return withoutUndefined({
    origin,
    credentials: options.credentials,
    allowHeaders: options.allowedHeaders,
    exposeHeaders: options.exposedHeaders,
    // h3 takes the header's text.
    maxAge: options.maxAge === undefined ? undefined : String(options.maxAge),
    methods: options.methods,
  });
}

export const h3CorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://h3.dev/utils/security#cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['h3', 'srvx']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { H3, handleCors } = await importLibraryModule<typeof import('h3')>(name, packageName, packageName);
    const { toNodeHandler } = await importLibraryModule<typeof import('h3/node')>(name, packageName, packageName, '/node');

    // Only keeps the error thrown on purpose by /throws off the console; the answer is the same.
    const app = new H3({ silent: true });
    app.use((event) => {
      const answer = handleCors(event, corsOptions);
      if (answer !== false) return answer;
    });
    for (const method of resourceMethods) {
      app.on(method, endpointPaths.resource, (event) => {
        event.res.headers.set(requestIdHeader, requestIdValue);
        event.res.headers.set('Cache-Control', settings.cacheControl);
        return resourceBody(event.req.method);
      });
    }
    app.get(endpointPaths.throws, () => {
      throw new Error(thrownMessage);
    });
    app.get(endpointPaths.unauthorized, (event) => {
      event.res.status = 401;
      return unauthorizedBody;
    });
    app.get(endpointPaths.negotiated, (event) => {
      const { contentType, body } = negotiated(event.req.headers.get('Accept') ?? undefined);
      event.res.headers.append('Vary', 'Accept');
      event.res.headers.set('Cache-Control', settings.cacheControl);
      event.res.headers.set('Content-Type', contentType);
      return body;
    });
    app.get(endpointPaths['own-options'], (event) => ownOptionsBody(event.req.method));
    app.options(endpointPaths['own-options'], (event) => {
      event.res.headers.set('Allow', ownOptionsAllow);
      event.res.headers.set(requestIdHeader, requestIdValue);
      return ownOptionsBody(event.req.method);
    });
    app.post(endpointPaths.validated, async (event) => {
      const body: unknown = await event.req.json().catch(() => undefined);
      if (isValidBody(body)) return { endpoint: 'validated', name: body.name };
      event.res.status = 400;
      return invalidBody;
    });
    // h3's own bridge; its HTTP/2 half of the type is unused on these HTTP/1.1 listeners.
    const listener = toNodeHandler(app) as import('srvx').NodeHttp1Handler;
    return { handle: (req, res) => void listener(req, res), close: async () => {} };
  },
};
