/**
 * Page origins under their real names and default ports, without root and without touching the
 * machine: the page servers listen on a free loopback port, and each engine is told to reach the
 * page origins there.
 *
 * - `createEitherSchemeServer`: one port that speaks http and https. Chromium maps a host and
 *   port to another address whatever the scheme, so `http://app.example.com:8443` and
 *   `https://app.example.com:8443` must be served by the same port, as they can be on the web.
 * - `createPageProxy`: a forward proxy for engines that cannot map a host and port themselves
 *   (Firefox through a PAC script, WebKit through its proxy setting). A request for a page
 *   origin goes to the page listener; anything else goes where it was addressed. A CONNECT
 *   tunnel is opaque (TLS runs from the browser to the page server), and a plain http request
 *   is forwarded as received, less the headers meant for the proxy itself.
 */
import http from 'node:http';
import type http2 from 'node:http2';
import net from 'node:net';
import { rawHeaderPairs } from '../model/raw-headers.js';

/** The first byte of a TLS record that carries a handshake (a ClientHello). */
const tlsHandshake = 0x16;

export function createEitherSchemeServer(plain: http.Server, secure: http2.Http2SecureServer): net.Server {
  return net.createServer((socket) => {
    socket.once('data', (first: Buffer) => {
      // Hand the connection over with its first bytes put back; both servers read it from the start.
      socket.pause();
      socket.unshift(first);
      if (first[0] === tlsHandshake) {
        // The TLS layer reads what is buffered itself; flowing now would drop the ClientHello.
        secure.emit('connection', socket);
      } else {
        plain.emit('connection', socket);
        socket.resume();
      }
    });
    socket.on('error', () => socket.destroy());
  });
}

export interface ProxyDestination {
  host: string;
  port: number;
}

/** A host and port (never a loopback one) that the browsers reach at another address, TLS and all. */
export interface Forward {
  host: string;
  port: number;
  to: { address: string; port: number };
}

/** Where a request for this host and port goes instead, or undefined to send it where it was addressed. */
export type PageRoute = (host: string, port: number) => ProxyDestination | undefined;

/** Headers addressed to a proxy, never forwarded (RFC 9110 7.6.1 and the de-facto Proxy-Connection). */
const proxyOnlyHeaders = new Set(['proxy-connection', 'proxy-authorization', 'proxy-authenticate']);

/** `host:port` of a CONNECT request (`[::1]:443` for IPv6). */
function connectTarget(authority: string): ProxyDestination | undefined {
  const [, host, port] = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(authority) ?? [];
  return host && port ? { host, port: Number(port) } : undefined;
}

export function createPageProxy(route: PageRoute): http.Server {
  // No pooled connections: each browser connection to the proxy has its own upstream ones.
  const agent = new http.Agent({ keepAlive: false });
  const server = http.createServer((request, response) => {
    let url: URL | undefined;
    try {
      url = new URL(request.url ?? '');
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'http:') {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('corsmatrix page proxy: only absolute http: URLs and CONNECT are proxied');
      return;
    }
    const port = Number(url.port || 80);
    const destination = route(url.hostname, port) ?? { host: url.hostname, port };
    const headers = rawHeaderPairs(request.rawHeaders).filter(([name]) => !proxyOnlyHeaders.has(name.toLowerCase())).flat();
    const upstream = http.request(
      { agent, host: destination.host, port: destination.port, method: request.method, path: `${url.pathname}${url.search}`, headers, setHost: false },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (response.headersSent) response.destroy();
      else response.writeHead(502, { 'content-type': 'text/plain' }).end(`corsmatrix page proxy: ${destination.host}:${destination.port}: ${error.message}`);
    });
    request.pipe(upstream);
  });
  server.on('connect', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const target = connectTarget(request.url ?? '');
    if (!target) {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const destination = route(target.host, target.port) ?? target;
    const upstream = net.connect(destination.port, destination.host);
    let tunnelled = false;
    upstream.once('connect', () => {
      tunnelled = true;
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => (tunnelled ? socket.destroy() : socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')));
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => upstream.destroy());
  });
  server.on('close', () => agent.destroy());
  return server;
}
