/**
 * Owns the origin servers' lifetime: the only code that starts or stops them.
 *
 * Three listeners on 127.0.0.1 only: `http` (site, api, other), `http-alt` (site on another port)
 * and `https` (HTTP/2 with HTTP/1.1 fallback, certificate made in memory at start).
 */
import http from 'node:http';
import http2 from 'node:http2';
import type { Socket } from 'node:net';
import getPort from 'get-port';
import { generate } from 'selfsigned';
import { createOriginApp } from './app.js';
import { RequestLog } from './log.js';
import { certificateHostNames, originDefinitions, originNames, type ListenerName, type OriginName } from './names.js';
import { PlanRegistry } from './plan.js';

export const loopback = '127.0.0.1';

type AnyServer = http.Server | http2.Http2SecureServer;

export interface RunningOrigins {
  /** Serialised origin per name, e.g. `http://site.localhost:41234`. */
  readonly origins: Record<OriginName, string>;
  readonly ports: Record<ListenerName, number>;
  readonly log: RequestLog;
  readonly plans: PlanRegistry;
  stop(): Promise<void>;
}

async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'corsmatrix local origins' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 60_000),
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...certificateHostNames.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: loopback }],
      },
    ],
  });
  // The key lives only in this process's memory; nothing private is written to disk.
  return { key: pems.private, cert: pems.cert };
}

function originsByHostFor(listener: ListenerName): Map<string, OriginName> {
  const map = new Map<string, OriginName>();
  for (const name of originNames) {
    const definition = originDefinitions[name];
    if (definition.listener === listener) map.set(definition.host, name);
  }
  return map;
}

/** Listens on a free loopback port; if another process takes it first, picks another. */
async function listenOnFreePort(server: AnyServer, attempts = 5): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await getPort({ host: loopback });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host: loopback, port }, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return port;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= attempts) throw error;
    }
  }
}

function trackConnections(server: AnyServer): Set<Socket | http2.Http2Session> {
  const open = new Set<Socket | http2.Http2Session>();
  const add = (item: Socket | http2.Http2Session) => {
    open.add(item);
    item.once('close', () => open.delete(item));
  };
  server.on('connection', add);
  server.on('session', add); // HTTP/2 sessions outlive their socket's 'connection' event

  return open;
}

export async function startOrigins(): Promise<RunningOrigins> {
  const log = new RequestLog();
  const plans = new PlanRegistry();
  const { key, cert } = await makeCertificate();
  const appFor = (listener: ListenerName) => createOriginApp({ listener, originsByHost: originsByHostFor(listener), log, plans }).callback();

  const servers: Record<ListenerName, AnyServer> = {
    http: http.createServer(appFor('http')),
    'http-alt': http.createServer(appFor('http-alt')),
    https: http2.createSecureServer({ key, cert, allowHTTP1: true }, appFor('https')),
  };
  const connections = Object.values(servers).map(trackConnections);
  const started: AnyServer[] = [];
  const stop = async (): Promise<void> => {
    for (const set of connections) for (const item of set) item.destroy();
    await Promise.all(started.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  };

  const ports = {} as Record<ListenerName, number>;
  try {
    for (const listener of Object.keys(servers) as ListenerName[]) {
      const server = servers[listener];
      ports[listener] = await listenOnFreePort(server);
      started.push(server);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const origins = {} as Record<OriginName, string>;
  for (const name of originNames) {
    const { scheme, host, listener } = originDefinitions[name];
    origins[name] = `${scheme}://${host}:${ports[listener]}`;
  }
  return { origins, ports, log, plans, stop };
}
