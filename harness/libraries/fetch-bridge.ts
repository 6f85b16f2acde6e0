/**
 * Serving a framework written for the Fetch API (a `(request: Request) => Response` handler) on
 * a library origin's Node listener. srvx's `toNodeHandler` is the bridge h3 and @elysiajs/node
 * themselves use on Node, so the frameworks that have no Node handler of their own go through it.
 */
import { importLibraryModule } from './load.js';
import type { LibraryName } from '../model/library-names.js';
import type { NodeRequestHandler } from '../model/library-options.js';

type FetchHandler = (request: Request) => Response | Promise<Response>;

export async function nodeHandlerOf(library: LibraryName, libraryPackage: string, fetch: FetchHandler): Promise<NodeRequestHandler> {
  const { toNodeHandler } = await importLibraryModule<typeof import('srvx/node')>(library, 'srvx', libraryPackage, '/node');
  // srvx types its handler for HTTP/1 and HTTP/2 at once; the library origins speak HTTP/1.1.
  const listener = toNodeHandler(fetch) as import('srvx').NodeHttp1Handler;
  return (req, res) => void listener(req, res);
}
