/**
 * WebSocket handshakes at a scenario URL. Node hands a request with `Upgrade: websocket` to the
 * server's `upgrade` event, never to the Koa app, so this is the app's counterpart for them: it
 * records the handshake like any request and answers it as the run's plan says. A planned 101
 * accepts the connection (with `ws`) and sends the planned body as one text message; any other
 * status is written as a plain HTTP answer and the connection closed, which is how a server
 * refuses a handshake (after checking Origin, say). No CORS applies either way.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { rawHeaderPairs } from '../model/raw-headers.js';
import type { RequestLog } from './log.js';
import type { ListenerName, OriginName } from '../model/origin-names.js';
import type { PlanRegistry } from './plan.js';
import { parseScenarioPath, tokenOfPath } from '../model/urls.js';
import type { PlannedResponse } from '../model/observation.js';

export interface WebSocketUpgradeOptions {
  listener: ListenerName;
  originsByHost: ReadonlyMap<string, OriginName>;
  log: RequestLog;
  plans: PlanRegistry;
}

/** A handshake refused with a plain HTTP answer: status line, the planned headers, the body. */
function refuse(socket: Duplex, planned: Pick<PlannedResponse, 'status' | 'headers' | 'body' | 'bodyEncoding'>): void {
  const body = Buffer.from(planned.body, planned.bodyEncoding);
  const names = new Set(planned.headers.map(([name]) => name.toLowerCase()));
  const headers: Array<[string, string]> = [...planned.headers, ['Connection', 'close']];
  if (!names.has('content-length')) headers.push(['Content-Length', String(body.length)]);
  const head = [`HTTP/1.1 ${planned.status} ${STATUS_CODES[planned.status] ?? ''}`, ...headers.map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]));
}

export function createWebSocketUpgrade(options: WebSocketUpgradeOptions): (request: IncomingMessage, socket: Duplex, head: Buffer) => void {
  const { listener, originsByHost, log, plans } = options;
  const server = new WebSocketServer({ noServer: true });
  // The planned 101's own headers (an Access-Control-Allow-Origin, say), added to ws's answer.
  let extraHeaders: Array<[string, string]> = [];
  server.on('headers', (headers) => headers.push(...extraHeaders.map(([name, value]) => `${name}: ${value}`)));
  return (request, socket, head) => {
    socket.on('error', () => undefined);
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const origin = originsByHost.get(host);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    log.record({
      token: tokenOfPath(path),
      hop: parseScenarioPath(path)?.hop,
      origin,
      listener,
      method: request.method ?? '',
      path,
      httpVersion: request.httpVersion,
      headers: rawHeaderPairs(request.rawHeaders),
      isPreflight: false,
      bodyLength: 0,
      receivedAt: Date.now(),
    });
    const run = parseScenarioPath(path);
    const hop = run ? plans.get(run.token)?.hops[run.hop] : undefined;
    if (!run || !hop || hop.origin !== origin) {
      refuse(socket, { status: 404, headers: [], body: `corsmatrix: no scenario run is registered for a WebSocket at ${path}`, bodyEncoding: 'utf8' });
      return;
    }
    const planned = hop.response;
    if (planned.fault === 'reset') return void socket.destroy();
    if (planned.fault === 'stall') return plans.onRelease(run.token, () => socket.destroy());
    if (planned.status !== 101) return refuse(socket, planned);
    extraHeaders = planned.headers;
    server.handleUpgrade(request, socket, head, (connection) => {
      connection.on('error', () => undefined);
      connection.send(Buffer.from(planned.body, planned.bodyEncoding).toString('utf8'));
    });
    extraHeaders = [];
  };
}
