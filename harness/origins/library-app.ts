/**
 * The request listener of a library origin. It logs every request into the same RequestLog as
 * the other origins (the body left unread for the library: its length comes from
 * Content-Length), finds the run's plan from `/s/<token>/<hop>`, rewrites the URL to the
 * endpoint the scenario names and hands the request to the handler built for that run with the
 * real library. What the library wrote back is added to the log entry when it is sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { endpointPaths } from '../libraries/endpoints.js';
import type { LibraryName } from '../model/library-names.js';
import { rawHeaderPairs } from '../model/raw-headers.js';
import { parseScenarioPath } from '../model/urls.js';
import type { RequestLog } from './log.js';
import { originDefinitions } from '../model/origin-names.js';
import type { PlanRegistry } from './plan.js';
import type { ReceivedRequest, SentResponse } from '../model/observation.js';

export interface LibraryListenerOptions {
  library: LibraryName;
  log: RequestLog;
  plans: PlanRegistry;
}

/**
 * The status line and headers exactly as Node wrote them. Node keeps the serialised head in
 * `_header`; the frameworks write headers in different ways (setHeader, or writeHead with a
 * list, which getHeaders() does not see), and only the serialised head covers all of them.
 */
function sentResponse(res: ServerResponse): SentResponse {
  const head = (res as ServerResponse & { _header?: string | null })._header;
  if (!head) return { status: res.statusCode, headers: Object.entries(res.getHeaders()).map(([n, v]): [string, string] => [n, String(v)]) };
  return { status: res.statusCode, headers: headerLines(head.split('\r\n').slice(1)) };
}

function headerLines(lines: string[]): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return headers;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain;charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}

function hostnameOf(hostHeader: string | undefined): string {
  return (hostHeader ?? '').replace(/:\d+$/, '');
}

export function createLibraryListener(options: LibraryListenerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { library, log, plans } = options;
  const { host } = originDefinitions[library];
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const run = parseScenarioPath(url.pathname);
    const token = run?.token;
    const method = req.method ?? '';
    const origin = hostnameOf(req.headers.host) === host ? library : undefined;
    const entry: ReceivedRequest = {
      token,
      hop: run?.hop,
      origin,
      listener: library,
      method,
      path: url.pathname,
      httpVersion: req.httpVersion,
      headers: rawHeaderPairs(req.rawHeaders),
      isPreflight: method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string',
      bodyLength: Number(req.headers['content-length'] ?? 0) || 0,
      receivedAt: Date.now(),
    };
    log.record(entry);
    res.once('finish', () => {
      entry.response = sentResponse(res);
    });

    if (origin === undefined) return refuse(res, 421, `corsmatrix: the ${library} listener does not serve host "${hostnameOf(req.headers.host)}"`);
    const plan = token === undefined ? undefined : plans.get(token);
    const handler = token === undefined ? undefined : plans.libraryHandler(token);
    if (!plan || !handler || !plan.library || entry.hop !== 0) return refuse(res, 404, `corsmatrix: no library run is registered for ${url.pathname}`);
    if (plan.library.name !== library) return refuse(res, 421, `corsmatrix: ${url.pathname} belongs to "${plan.library.name}", not "${library}"`);
    req.url = `${endpointPaths[plan.library.endpoint]}${url.search}`;
    handler.handle(req, res);
  };
}

type ParserError = Error & { code?: string; rawPacket?: Buffer };

/**
 * Node's HTTP/1 parser refuses some requests before any app sees them: a method outside
 * http.METHODS, such as a lower-case `patch`. Log such a request as it arrived (marked
 * `refused`), so a browser that sends it is seen doing so, then answer as Node would: 400 and
 * close.
 */
export function createRefusedRequestRecorder(options: Omit<LibraryListenerOptions, 'plans'>): (error: ParserError, socket: Duplex) => void {
  const { library, log } = options;
  const { host } = originDefinitions[library];
  return (error, socket) => {
    const packet = error.rawPacket?.toString('latin1') ?? '';
    const [head = ''] = packet.split('\r\n\r\n');
    const [requestLine = '', ...lines] = head.split('\r\n');
    const request = /^(\S+) (\S+) HTTP\/(\d\.\d)$/.exec(requestLine);
    if (request) {
      const headers = headerLines(lines);
      const path = request[2] ?? '';
      const run = parseScenarioPath(path);
      const hostHeader = headers.find(([name]) => name.toLowerCase() === 'host')?.[1];
      log.record({
        token: run?.token,
        hop: run?.hop,
        origin: hostnameOf(hostHeader) === host ? library : undefined,
        listener: library,
        method: request[1] ?? '',
        path: path.split('?')[0] ?? path,
        httpVersion: request[3] ?? '',
        headers,
        isPreflight: false,
        bodyLength: Number(headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1] ?? 0) || 0,
        receivedAt: Date.now(),
        refused: `Node's HTTP/1 parser refused it (${error.code ?? error.message}) before ${library} saw it`,
      });
    }
    if (socket.writable && error.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  };
}
