/**
 * Owns the origin servers' lifetime: the only code that starts or stops them.
 *
 * Listeners on 127.0.0.1 only: `http` (site, api, other), `http-alt` (site on another port),
 * `https` (HTTP/2 with HTTP/1.1 fallback, certificate made in memory at start), and one HTTP/1.1
 * listener per CORS library (koa-cors, express-cors, ...), whose requests are answered by the
 * real library with the options of the scenario run they belong to.
 */
import http from 'node:http';
import http2 from 'node:http2';
import type { Server as NetServer, Socket } from 'node:net';
import getPort from 'get-port';
import { generate } from 'selfsigned';
import { libraryAdapters } from '../libraries/index.js';
import type { LibraryName } from '../model/library-names.js';
import type { LibraryAdapter, LibraryRuntime } from '../model/library-options.js';
import { createOriginApp } from './app.js';
import { createLibraryListener, createRefusedRequestRecorder } from './library-app.js';
import { RequestLog } from './log.js';
import { recordOf } from '../model/name-lists.js';
import { certificateHostNames, checkHostNames, isLoopbackHost, listenerNames, originDefinitions, originNames, type ListenerName, type OriginName } from '../model/origin-names.js';
import { createEitherSchemeServer, createPageProxy, type Forward } from './page-proxy.js';
import { SignInPages } from './sign-in.js';
import { PlanRegistry } from './plan.js';
import { createWebSocketUpgrade } from './websocket.js';

export const loopback = '127.0.0.1';

type AnyServer = http.Server | http2.Http2SecureServer | NetServer;

/**
 * Page origins under their real names (page-proxy.ts): served on one free loopback port, which
 * each engine is told to reach them at, directly or through the run's forward proxy.
 */
export interface PageListeners {
  /** The host names of the page origins, each once. */
  readonly hosts: string[];
  /** The page origins, exactly as given (`https://app.example.com`, `http://admin.example.com:8080`). */
  readonly origins: string[];
  /** Where every page origin is served: http and https on one loopback port. */
  readonly listener: { address: string; port: number };
  /** A forward proxy that sends requests for the page origins to `listener`, and any other request where it was addressed. */
  readonly proxy: { address: string; port: number };
  /** Other hosts and ports the browsers reach elsewhere, through the same routes (StartOptions.forwards, and the sign-in hosts). */
  readonly forwards: readonly Forward[];
  /** Sign-in pages (StartOptions.signInHosts): `scheme://<host>:<port><path of a registered page>`. */
  readonly signIn?: { readonly port: number; readonly pages: SignInPages };
}

export interface RunningOrigins {
  /** Serialised origin per name, e.g. `http://site.localhost:41234`. */
  readonly origins: Record<OriginName, string>;
  /** Present when started with `pageOrigins`. */
  readonly pages: PageListeners | undefined;
  readonly ports: Record<ListenerName, number>;
  readonly log: RequestLog;
  readonly plans: PlanRegistry;
  stop(): Promise<void>;
}

async function makeCertificate(pageHosts: string[]): Promise<{ key: string; cert: string }> {
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
        altNames: [...[...certificateHostNames, ...pageHosts].map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: loopback }],
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

const freeLoopbackPort = () => getPort({ host: loopback });

/** Resolves once the server listens, rejects with the listen error (EADDRINUSE, EACCES). */
function listenOn(server: AnyServer, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Listens on a free loopback port; if another process takes it first, picks another. */
async function listenOnFreePort(server: AnyServer, choosePort: () => Promise<number>, attempts = 5): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await choosePort();
    try {
      await listenOn(server, loopback, port);
      return port;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') || attempt >= attempts) throw error;
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

export interface StartOptions {
  /** The library adapters behind the library origins; the tests replace one to check the wiring. */
  adapters?: Record<LibraryName, LibraryAdapter>;
  /** Picks the port to try next; the tests give one that offers a taken port first. */
  choosePort?: () => Promise<number>;
  /**
   * The origins answer with whatever CORS headers a scenario declares, so they start only inside
   * a Playwright test worker; a script that needs them elsewhere says why here.
   */
  outsideTestRun?: string;
  /**
   * Origins (`https://app.example.com`) to serve the probe page as, so that the page origin is
   * exactly the one an allowlist names, default port included. They are served on a free
   * loopback port, which the browsers are told to reach them at (PageListeners): no root, no
   * port below 1024, nothing changed on the machine.
   */
  pageOrigins?: string[];
  /**
   * Hosts and ports the browsers are to reach at another address by the same routes as the page
   * origins: a user's server under the name its front end calls it by. Only with pageOrigins.
   */
  forwards?: readonly Forward[];
  /**
   * Hosts of servers that need a login cookie: a sign-in listener (harness/origins/sign-in.ts)
   * answers on one port of each, directly on loopback hosts, through the page routes elsewhere.
   * Only with pageOrigins.
   */
  signInHosts?: readonly string[];
}

/** The page origins checked: serialised http(s) origins on host names of their own. */
export function checkPageOrigins(origins: string[]): { origins: string[]; hosts: string[] } {
  const checked = [...new Set(origins)];
  for (const origin of checked) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
      throw new Error(`"${origin}" is not an origin: scheme://host[:port], with no path and no trailing slash`);
    }
  }
  const hosts = checkHostNames(checked.map((origin) => new URL(origin).hostname));
  const taken = hosts.find((host) => certificateHostNames.includes(host));
  if (taken !== undefined) throw new Error(`"${taken}" is one of the harness's own origins; a page origin needs a name of its own`);
  return { origins: checked, hosts };
}

/** The environment variable Playwright Test sets in each worker process. */
export const testWorkerVariable = 'TEST_WORKER_INDEX';

export async function startOrigins(options: StartOptions = {}): Promise<RunningOrigins> {
  if (process.env[testWorkerVariable] === undefined && !options.outsideTestRun) {
    throw new Error(
      'corsmatrix: the origin servers start only inside a test run (npx playwright test), because they answer with whatever CORS headers a scenario declares; a script that needs them passes startOrigins({ outsideTestRun: "<why>" })',
    );
  }
  const choosePort = options.choosePort ?? freeLoopbackPort;
  const adapters = options.adapters ?? libraryAdapters;
  const log = new RequestLog();
  // A library that runs in a process of its own is started the first time a run needs it (most
  // runs need none), once per set of origins, and stopped with them.
  const runtimes = new Map<LibraryName, Promise<LibraryRuntime>>();
  const ensureStarted = async (name: LibraryName): Promise<LibraryRuntime | undefined> => {
    const adapter = adapters[name];
    if (!adapter.start) return undefined;
    let runtime = runtimes.get(name);
    if (!runtime) {
      runtime = adapter.start();
      runtimes.set(name, runtime);
      // A failed start is retried by the next run rather than remembered.
      runtime.catch(() => runtimes.delete(name));
    }
    return runtime;
  };
  // Each library run gets an app of its own, built from the run's options when its plan is registered.
  const plans = new PlanRegistry(async (library) => {
    const runtime = await ensureStarted(library.name);
    return adapters[library.name].createHandler(library.options, library.settings, runtime);
  });
  const pageOrigins = checkPageOrigins(options.pageOrigins ?? []);
  const { key, cert } = await makeCertificate(pageOrigins.hosts);
  const appFor = (listener: ListenerName) => createOriginApp({ listener, originsByHost: originsByHostFor(listener), log, plans }).callback();

  // The plain HTTP/1 origins accept any byte a browser puts in a header value (Node's strict
  // parser answers 400 to a control byte, which would hide what the browser sent). Methods
  // outside http.METHODS are still refused: they need the HTTP/2 origins.
  const lenient = { insecureHTTPParser: true };
  const servers = recordOf(listenerNames, (listener): AnyServer => {
    if (listener === 'http' || listener === 'http-alt') return http.createServer(lenient, appFor(listener));
    if (listener === 'https') return http2.createSecureServer({ key, cert, allowHTTP1: true }, appFor('https'));
    const server = http.createServer(createLibraryListener({ library: listener, log, plans }));
    server.on('clientError', createRefusedRequestRecorder({ library: listener, log }));
    return server;
  });
  for (const listener of ['http', 'http-alt', 'https'] as const) {
    servers[listener].on('upgrade', createWebSocketUpgrade({ listener, originsByHost: originsByHostFor(listener), log, plans }));
  }
  // Page origins under real names: the same app, serving only the probe page for those hosts,
  // both schemes on one port, and the proxy that sends the browsers' requests for them there.
  const pageApp = (listener: 'http' | 'https') => createOriginApp({ listener, originsByHost: new Map(), pageHosts: new Set(pageOrigins.hosts), log, plans }).callback();
  // `host:port` as the browser addresses each page origin (default ports spelt out).
  const pageAuthorities = new Set(pageOrigins.origins.map((origin) => {
    const url = new URL(origin);
    return `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  }));
  const forwards: Forward[] = (options.forwards ?? []).map((forward) => ({ ...forward, host: forward.host.toLowerCase() }));
  let pageListenerPort = 0;
  const signIn = options.signInHosts?.length ? new SignInPages() : undefined;
  const signInApp = signIn?.app().callback();
  const pageServers =
    pageAuthorities.size === 0
      ? undefined
      : {
          ...(signInApp ? { signIn: createEitherSchemeServer(http.createServer(lenient, signInApp), http2.createSecureServer({ key, cert, allowHTTP1: true }, signInApp)) } : {}),
          listener: createEitherSchemeServer(http.createServer(lenient, pageApp('http')), http2.createSecureServer({ key, cert, allowHTTP1: true }, pageApp('https'))),
          proxy: createPageProxy((host, port) => {
            if (pageAuthorities.has(`${host.toLowerCase()}:${port}`)) return { host: loopback, port: pageListenerPort };
            const forward = forwards.find((entry) => entry.host === host.toLowerCase() && entry.port === port);
            return forward ? { host: forward.to.address, port: forward.to.port } : undefined;
          }),
        };
  const connections = [...Object.values(servers), ...Object.values(pageServers ?? {})].map(trackConnections);
  const started: AnyServer[] = [];
  const stop = async (): Promise<void> => {
    for (const set of connections) for (const item of set) item.destroy();
    await Promise.all(started.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    await plans.clear();
    const running = await Promise.allSettled(runtimes.values());
    runtimes.clear();
    await Promise.all(running.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.stop() : undefined)));
  };

  const ports = recordOf(listenerNames, () => 0);
  let pages: PageListeners | undefined;
  try {
    for (const listener of listenerNames) {
      const server = servers[listener];
      ports[listener] = await listenOnFreePort(server, choosePort);
      started.push(server);
    }
    if (pageServers) {
      pageListenerPort = await listenOnFreePort(pageServers.listener, choosePort);
      started.push(pageServers.listener);
      const proxyPort = await listenOnFreePort(pageServers.proxy, choosePort);
      started.push(pageServers.proxy);
      let signInListener: PageListeners['signIn'];
      if (pageServers.signIn && signIn) {
        const port = await listenOnFreePort(pageServers.signIn, choosePort);
        started.push(pageServers.signIn);
        // The same port on each host: a loopback host reaches it by itself, any other is routed.
        for (const host of options.signInHosts ?? []) if (!isLoopbackHost(host)) forwards.push({ host: host.toLowerCase(), port, to: { address: loopback, port } });
        signInListener = { port, pages: signIn };
      }
      pages = { hosts: pageOrigins.hosts, origins: pageOrigins.origins, listener: { address: loopback, port: pageListenerPort }, proxy: { address: loopback, port: proxyPort }, forwards, ...(signInListener ? { signIn: signInListener } : {}) };
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const origins = recordOf(originNames, (name) => {
    const { scheme, host, listener } = originDefinitions[name];
    return `${scheme}://${host}:${ports[listener]}`;
  });
  return { origins, pages, ports, log, plans, stop };
}
