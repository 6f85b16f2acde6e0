/** cors (the Express middleware) on Express, applied app-wide with `app.use(cors(options))` as its README shows. */
import type { CorsOptions } from 'cors';
import type { RequestHandler } from 'express';
import { endpointPaths, invalidBody, isValidBody, negotiated, ownOptionsAllow, ownOptionsBody, requestIdHeader, requestIdValue, resourceBody, thrownMessage, unauthorizedBody } from './endpoints.js';
import { describeLibrary, importLibraryModule } from './load.js';
import { expressStyleOptions, withoutUndefined, type ExpressStyleOriginFunction } from './options.js';
import { specificOptionsFor } from '../model/library-specific.js';
import type { EndpointSettings, LibraryAdapter, LibraryCorsOptions, LibraryHandler } from '../model/library-options.js';

const name = 'express-cors';
const packageName = 'cors';

// Both packages' types use `export =`; imported from ESM, the function is the default export.
type ExpressModule = { default: typeof import('express') };
type CorsModule = { default: typeof import('cors') };

/**
 * cors documents the callback as `callback(err, origin)` with `origin` any non-function value of
 * the origin option: `true` allows the request's origin, `false` disables CORS for it (the form
 * of expressjs/cors#330, whose refusal carries no Vary).
 */
const originFunction = (allowList: string[]): ExpressStyleOriginFunction => (requestOrigin, callback) => callback(null, requestOrigin !== undefined && allowList.includes(requestOrigin));

/** The generic options in this library's words (shared with its sibling; see options.ts), and its own `preflightContinue` and `optionsSuccessStatus`. */
function mapOptions(options: LibraryCorsOptions): CorsOptions {
  const specific = specificOptionsFor(options.specific, name, packageName);
  return {
    ...expressStyleOptions(options, originFunction),
    ...withoutUndefined({ preflightContinue: specific?.preflightContinue, optionsSuccessStatus: specific?.optionsSuccessStatus }),
  };
}

export const expressCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://github.com/expressjs/cors',
  mapOptions,
  describe: () => describeLibrary(name, packageName, ['express']),
  async createHandler(options: LibraryCorsOptions, settings: EndpointSettings): Promise<LibraryHandler> {
    const corsOptions = mapOptions(options);
    const { default: express } = await importLibraryModule<ExpressModule>(name, 'express', packageName);
    const { default: cors } = await importLibraryModule<CorsModule>(name, packageName, packageName);

    const app = express();
    // Only silences Express's console.error of the error thrown on purpose by /throws; the
    // response is the same as in the default 'development' mode.
    app.set('env', 'test');
    app.use(cors(corsOptions));
    const resource: RequestHandler = (req, res) => {
      res.set(requestIdHeader, requestIdValue).set('Cache-Control', settings.cacheControl).json(resourceBody(req.method));
    };
    app.route(endpointPaths.resource).get(resource).post(resource).put(resource).patch(resource).delete(resource);
    app.get(endpointPaths.throws, () => {
      throw new Error(thrownMessage);
    });
    app.get(endpointPaths.negotiated, (req, res) => {
      const { contentType, body } = negotiated(req.get('Accept'));
      res.vary('Accept').set('Cache-Control', settings.cacheControl).type(contentType).send(body);
    });
    app
      .route(endpointPaths['own-options'])
      .get((req, res) => {
        res.json(ownOptionsBody(req.method));
      })
      .options((req, res) => {
        res.set('Allow', ownOptionsAllow).set(requestIdHeader, requestIdValue).json(ownOptionsBody(req.method));
      });
    app.get(endpointPaths.unauthorized, (_req, res) => {
      res.status(401).json(unauthorizedBody);
    });
    app.post(endpointPaths.validated, express.json(), (req, res) => {
      const body: unknown = req.body;
      if (!isValidBody(body)) {
        res.status(400).json(invalidBody);
        return;
      }
      res.json({ endpoint: 'validated', name: body.name });
    });
    return {
      handle: (req, res) => app(req, res),
      close: async () => {},
    };
  },
};
