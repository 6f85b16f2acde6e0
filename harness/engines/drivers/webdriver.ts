/**
 * A W3C WebDriver engine: navigation and asynchronous in-page script are all the probe needs.
 * Used for WebKitGTK (MiniBrowser through WebKitWebDriver under Xvfb) and for any remote
 * endpoint (a Selenium Grid, `safaridriver` on a Mac). Classic WebDriver has no request
 * interception, which suits us: nothing we measure is ever intercepted.
 */
import getPort from 'get-port';
import { probeExpression, type ProbeRequest } from '../../probe/probe.js';
import { exitOf, startProcess, type OwnedProcess } from '../processes.js';
import type { RemoteWebDriverConfig } from '../remote/remote.js';
import type { BrowserEngine, BrowserSession, PermissionGrant } from '../types.js';
import type { PermissionName } from '../../model/engine-names.js';
import type { MessageWait } from '../inbox.js';
import { ConsoleLines, prepareConsoleShim, webkitConsoleSetting } from '../webkit/gtk-console.js';
import { startXvfb, type VirtualDisplay } from '../webkit/xvfb.js';
import { webkitGtkPageArgs, type PageRoutes } from '../host-names.js';
import { scaled } from '../../pace.js';
import type { PageObservation, EngineIdentity, EngineMessage } from '../../model/observation.js';

type Capabilities = Record<string, unknown>;

interface WebDriverValue<T> {
  value: T;
}

interface WebDriverError {
  error: string;
  message: string;
}

/** A WebDriver error answer, with the standard's error code kept apart from the message. */
export class WebDriverCommandError extends Error {
  override name = 'WebDriverCommandError';
  constructor(
    readonly code: string,
    readonly detail: string,
    what: string,
  ) {
    super(`WebDriver ${what}: ${code}: ${detail}`);
  }
}

/** What the harness can read of a driver it started: the browser's console lines, the driver's last output. */
export interface DriverOutput {
  console?: ConsoleLines;
  lastLines?: () => string[];
}

export class WebDriverClient {
  constructor(
    readonly endpoint: string,
    readonly output: DriverOutput = {},
  ) {}

  async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, timeoutMs?: number): Promise<T> {
    const response = await fetch(new URL(path, this.endpoint.endsWith('/') ? this.endpoint : `${this.endpoint}/`), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: timeoutMs === undefined ? null : AbortSignal.timeout(timeoutMs),
    });
    const payload = (await response.json()) as WebDriverValue<T | WebDriverError>;
    const value = payload.value;
    if (!response.ok) {
      const error = value as WebDriverError;
      throw new WebDriverCommandError(error.error, error.message, `${method} ${path}`);
    }
    return value as T;
  }

  /**
   * Waits until the endpoint answers its status. A driver we started must also say it is ready;
   * a shared one may say "not ready" only because its sessions are in use, which opening a
   * session then waits for.
   */
  async waitUntilReady(timeoutMs: number, { busyIsReady = false } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown = 'it answered, but not ready';
    while (Date.now() < deadline) {
      try {
        const status = await this.command<{ ready: boolean }>('GET', 'status', undefined, timeoutMs);
        if (status.ready || busyIsReady) return;
      } catch (error) {
        lastError = error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`WebDriver endpoint ${this.endpoint} was not ready within ${timeoutMs} ms (${String(lastError)})`);
  }
}

/**
 * The windows of one WebDriver session. The driver sends each command to the session's current
 * window, so once a session has more than one, each switches to its own before a command.
 */
interface SessionWindows {
  current: string | undefined;
}

/** How long closing a session may take; usually well under a second. */
const closeTimeoutMs = 10_000;

class WebDriverSession implements BrowserSession {
  /** Set once the session has more than one window: this one's handle, and which is current. */
  #window: { handle: string; windows: SessionWindows; side: boolean } | undefined;

  constructor(
    readonly client: WebDriverClient,
    private readonly id: string,
    window?: { handle: string; windows: SessionWindows },
  ) {
    this.#window = window && { ...window, side: true };
  }

  /** A command to this session's window. */
  private async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const window = this.#window;
    if (window && window.windows.current !== window.handle) {
      await this.sessionCommand('POST', '/window', { handle: window.handle });
      window.windows.current = window.handle;
    }
    return this.sessionCommand<T>(method, path, body);
  }

  /** A command of this session; a session that is gone says what the driver printed last. */
  private async sessionCommand<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, timeoutMs?: number): Promise<T> {
    try {
      return await this.client.command<T>(method, `session/${this.id}${path}`, body, timeoutMs);
    } catch (error) {
      const { lastLines } = this.client.output;
      if (!(error instanceof WebDriverCommandError) || error.code !== 'invalid session id' || !lastLines) throw error;
      const lines = lastLines().slice(-8);
      throw new Error(`${error.message}: the browser of this session is gone (it exited or was closed). The driver's last output: ${lines.length > 0 ? lines.join(' | ') : '(none)'}`);
    }
  }

  async takeMessages(wait: MessageWait): Promise<EngineMessage[]> {
    const { console } = this.client.output;
    return console ? console.inbox.take(wait) : [];
  }

  async goto(url: string): Promise<void> {
    await this.command('POST', '/url', { url });
  }

  async probe(request: ProbeRequest): Promise<PageObservation> {
    const script = [
      'const done = arguments[arguments.length - 1];',
      `${probeExpression(request)}.then(done, (error) => done({ harnessError: String(error) }));`,
    ].join('\n');
    const value = await this.command<PageObservation | { harnessError: string }>('POST', '/execute/async', { script, args: [] });
    if ('harnessError' in value) throw new Error(`the probe failed inside the page: ${value.harnessError}`);
    return value;
  }

  async evaluate<T>(expression: string): Promise<T> {
    return this.command<T>('POST', '/execute/sync', { script: `return (${expression});`, args: [] });
  }

  /**
   * Another window of this session (WebDriver's New Window), in the same profile. A window, not a
   * tab: WebKitGTK's MiniBrowser hides a tab that is not selected, and a hidden page's timers slow.
   */
  async openWindow(): Promise<WebDriverSession> {
    if (this.#window?.side) throw new Error('a side window of a WebDriver session opens no windows of its own');
    if (!this.#window) {
      const handle = await this.sessionCommand<string>('GET', '/window');
      this.#window = { handle, windows: { current: handle }, side: false };
    }
    const { handle } = await this.command<{ handle: string }>('POST', '/window/new', { type: 'window' });
    return new WebDriverSession(this.client, this.id, { handle, windows: this.#window.windows });
  }

  async close(): Promise<void> {
    const window = this.#window;
    if (window?.side) {
      // Close Window closes the current window: this one, after the switch.
      await this.command('DELETE', '/window').catch(() => undefined);
      window.windows.current = undefined;
      return;
    }
    // Bounded: a browser that does not close in time is stopped with its driver (WebDriverEngine.close).
    await this.sessionCommand('DELETE', '', undefined, scaled(closeTimeoutMs)).catch(() => undefined);
  }
}

export interface WebDriverEngineOptions {
  /**
   * The endpoints sessions may be opened on, tried in turn. An endpoint that refuses because all
   * its sessions are in use is waited for, not failed.
   */
  clients: WebDriverClient[];
  capabilities: Capabilities;
  identity: Omit<EngineIdentity, 'browser' | 'version'>;
  /** Processes to stop when the engine closes (driver, display), last started first. */
  owned: Array<{ stop(): Promise<void> }>;
  /** How long one attempt to open a session may take (default 20 s on a quiet machine, pace.ts). */
  sessionStartTimeoutMs?: number;
  /** How long to wait for a busy endpoint to free a session (default 30 s on a quiet machine). */
  sessionWaitMs?: number;
  /** Added to the message when the wait is given up: what the user can change. */
  busyHint?: string;
  /**
   * Opens the next session before it is asked for, on an endpoint of its own, so that a fresh
   * profile is ready when a run needs one. Only for drivers the harness started (one endpoint
   * more than sessions in use); an endpoint shared with others would lose a session to it.
   */
  openAhead?: boolean;
  /**
   * For drivers the harness started: stops this endpoint's driver, with the browser it started,
   * and starts another in its place. An endpoint left holding a session the engine gave up on
   * (one that opened after its attempt timed out, or did not close in time) is replaced rather
   * than waited for: WebKitWebDriver serves one session, and nothing else would ever free it.
   */
  replaceEndpoint?: (client: WebDriverClient) => Promise<WebDriverClient>;
}

// MiniBrowser usually starts in under a second; seen here under load: over 12 s, then opening late.
const defaultSessionStartTimeoutMs = 20_000;
const defaultSessionWaitMs = 30_000;

/**
 * The refusals of an endpoint whose sessions are all in use: WebKitWebDriver ("Maximum number of
 * active sessions"), safaridriver ("already paired with another WebDriver session"), a Selenium
 * Grid whose queue timed out ("New session request timed out").
 */
const busyRefusal = /maximum number of active sessions|already paired|another webdriver session|new session request timed out/i;

export class EndpointBusyError extends Error {
  override name = 'EndpointBusyError';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Opens sessions on an engine's endpoints, and replaces the endpoints it may (replaceEndpoint). */
class SessionOpener {
  readonly #clients: WebDriverClient[];
  readonly #replacing = new Map<WebDriverClient, Promise<WebDriverClient>>();
  /** Endpoints asked for a session that has not answered yet: busy on our own behalf, never replaced. */
  readonly #opening = new Map<WebDriverClient, number>();

  constructor(private readonly options: WebDriverEngineOptions) {
    this.#clients = [...options.clients];
  }

  /**
   * A session on the first endpoint with one free. When all are busy (another worker, or one
   * still closing its session), tries again with growing pauses until `sessionWaitMs` is spent.
   * Workers start at different endpoints of the list so that they rarely ask the same one.
   * `inUse` says which endpoints hold a session the engine still uses: any other busy endpoint
   * of the harness's own holds one given up on, and is replaced.
   */
  async open(inUse: (client: WebDriverClient) => boolean): Promise<{ session: WebDriverSession; capabilities: Capabilities }> {
    const { options } = this;
    const waitMs = options.sessionWaitMs ?? scaled(defaultSessionWaitMs);
    const deadline = Date.now() + waitMs;
    let pauseMs = 100;
    let refusals: string[] = [];
    for (;;) {
      refusals = [];
      const offset = Number(process.env.TEST_PARALLEL_INDEX ?? 0) % this.#clients.length;
      for (const client of [...this.#clients.slice(offset), ...this.#clients.slice(0, offset)]) {
        try {
          return await this.openOn(client);
        } catch (error) {
          if (!(error instanceof EndpointBusyError)) throw error;
          if (!options.replaceEndpoint || inUse(client) || this.#opening.has(client)) {
            refusals.push(error.message);
            continue;
          }
          try {
            return await this.openOn(await this.replace(client));
          } catch (again) {
            if (!(again instanceof EndpointBusyError)) throw again;
            refusals.push(again.message);
          }
        }
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      await sleep(Math.min(pauseMs, left));
      pauseMs = Math.min(pauseMs * 2, 2_000);
    }
    throw new Error(
      `${refusals.join('; ')}; still refused after waiting ${Math.round(waitMs / 1000)} s for a free session${options.busyHint ? `. ${options.busyHint}` : ''}`,
    );
  }

  /**
   * A browser that starts in a second or two can, on a loaded machine, take far longer or never
   * connect to its driver; the driver then waits without end. One bounded retry (on a fresh
   * driver, where the harness owns it) turns that into a delay instead of a failed cell.
   */
  private async openOn(first: WebDriverClient, attempts = 2): Promise<{ session: WebDriverSession; capabilities: Capabilities }> {
    const timeoutMs = this.options.sessionStartTimeoutMs ?? scaled(defaultSessionStartTimeoutMs);
    let client = first;
    for (let attempt = 1; ; attempt++) {
      this.#opening.set(client, (this.#opening.get(client) ?? 0) + 1);
      try {
        const created = await client.command<{ sessionId: string; capabilities: Capabilities }>(
          'POST',
          'session',
          { capabilities: { alwaysMatch: this.options.capabilities } },
          timeoutMs,
        );
        return { session: new WebDriverSession(client, created.sessionId), capabilities: created.capabilities };
      } catch (error) {
        if (error instanceof WebDriverCommandError && error.code === 'session not created' && busyRefusal.test(error.detail)) {
          throw new EndpointBusyError(`WebDriver ${client.endpoint} refused a session: "${error.detail}"`);
        }
        if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
        if (attempt >= attempts) {
          throw new Error(`WebDriver ${client.endpoint}: no browser session after ${attempts} attempts of ${timeoutMs} ms each`);
        }
      } finally {
        const opening = (this.#opening.get(client) ?? 1) - 1;
        if (opening > 0) this.#opening.set(client, opening);
        else this.#opening.delete(client);
      }
      // The session given up on may still open, and would hold this endpoint for good.
      if (this.options.replaceEndpoint) client = await this.replace(client);
    }
  }

  /** The endpoint that takes this one's place; asked once however many callers find it stuck. */
  private replace(client: WebDriverClient): Promise<WebDriverClient> {
    const { replaceEndpoint } = this.options;
    if (!replaceEndpoint) return Promise.resolve(client);
    let replacing = this.#replacing.get(client);
    if (!replacing) {
      replacing = replaceEndpoint(client).then((fresh) => {
        const index = this.#clients.indexOf(client);
        if (index >= 0) this.#clients[index] = fresh;
        return fresh;
      });
      this.#replacing.set(client, replacing);
    }
    return replacing;
  }
}

export class WebDriverEngine implements BrowserEngine {
  #shared: WebDriverSession | undefined;
  /** The shared session's windows, one per page origin (sharedSession); the first is its own. */
  readonly #sharedPages = new Map<string, WebDriverSession>();
  /** The next fresh session, opening ahead of need (options.openAhead); it fails only when taken. */
  #ahead: Promise<WebDriverSession> | undefined;
  readonly #sessions = new Set<WebDriverSession>();
  #closing = false;
  failure: string | undefined;

  private constructor(
    private readonly options: WebDriverEngineOptions,
    private readonly opener: SessionOpener,
    readonly identity: EngineIdentity,
    firstSession: WebDriverSession,
  ) {
    this.#shared = this.track(firstSession);
    this.openAhead();
  }

  /** Opens a first session to learn the browser's name and version. */
  static async start(options: WebDriverEngineOptions): Promise<WebDriverEngine> {
    const opener = new SessionOpener(options);
    const { session, capabilities } = await opener.open(() => false);
    const identity: EngineIdentity = {
      ...options.identity,
      browser: String(capabilities.browserName ?? 'unknown'),
      version: String(capabilities.browserVersion ?? 'unknown'),
    };
    return new WebDriverEngine(options, opener, identity, session);
  }

  /** A session on an endpoint that holds none of this engine's open sessions. */
  private async openSession(): Promise<WebDriverSession> {
    const { session } = await this.opener.open((client) => [...this.#sessions].some((open) => open.client === client));
    return session;
  }

  // WebKitWebDriver and safaridriver allow one session at a time (see newSession).
  readonly sessionLimit = 1;
  // Classic WebDriver's Set Permission command is an extension WebKitWebDriver does not have.
  readonly grantablePermissions: readonly PermissionName[] = [];

  /**
   * WebKitWebDriver and safaridriver allow one session at a time, so a fresh profile replaces
   * the shared session (which is opened again, clean, when next needed).
   */
  async newSession(grant?: PermissionGrant): Promise<WebDriverSession> {
    if (grant && grant.permissions.length > 0) throw new Error(`${this.identity.browser} over WebDriver cannot grant ${grant.permissions.join(', ')}`);
    if (this.#shared) {
      const shared = this.#shared;
      this.#shared = undefined;
      this.#sharedPages.clear();
      await shared.close();
    }
    const ahead = this.#ahead;
    this.#ahead = undefined;
    // A session opened ahead has done nothing yet: it is as fresh as one opened now.
    const session = (await ahead?.catch(() => undefined)) ?? this.track(await this.openSession());
    this.openAhead();
    return session;
  }

  private openAhead(): void {
    if (!this.options.openAhead || this.#closing || this.#ahead) return;
    const ahead = this.openSession().then((session) => this.track(session));
    // Kept for newSession, which opens another if this one failed.
    ahead.catch(() => undefined);
    this.#ahead = ahead;
  }

  private track(session: WebDriverSession): WebDriverSession {
    this.#sessions.add(session);
    const close = session.close.bind(session);
    // Counted as open until the driver has let it go (openSession replaces an endpoint that
    // refuses while it holds none of the engine's sessions).
    session.close = async () => {
      try {
        await close();
      } finally {
        this.#sessions.delete(session);
      }
    };
    return session;
  }

  async discardShared(): Promise<void> {
    const shared = this.#shared;
    this.#shared = undefined;
    this.#sharedPages.clear();
    await shared?.close().catch(() => undefined);
  }

  async sharedSession(origin = ''): Promise<WebDriverSession> {
    this.#shared ??= await this.newSession();
    const shared = this.#shared;
    let page = this.#sharedPages.get(origin);
    if (!page) {
      // A window, not a tab (openWindow); closed with the session.
      page = this.#sharedPages.size === 0 ? shared : await shared.openWindow();
      this.#sharedPages.set(origin, page);
    }
    return page;
  }

  /** Called when a process the engine depends on (the driver, the display) exits. */
  markFailed(reason: string): void {
    if (!this.#closing) this.failure ??= reason;
  }

  async close(): Promise<void> {
    this.#closing = true;
    // A session still opening ahead is tracked once open, and closed below with the rest.
    await this.#ahead?.catch(() => undefined);
    this.#ahead = undefined;
    await Promise.all([...this.#sessions].map((session) => session.close()));
    this.#sessions.clear();
    this.#shared = undefined;
    this.#sharedPages.clear();
    for (const owned of [...this.options.owned].reverse()) await owned.stop();
  }
}

export const webkitGtkMiniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Starts Xvfb and WebKitWebDriver, then a MiniBrowser session through them. With page origins,
 * MiniBrowser reaches them through the run's proxy (its own `--proxy` switch: WebKitWebDriver's
 * `proxy` capability speaks TLS to an https proxy, which the run's proxy is not).
 */
export async function startWebKitGtk(project: string, driverExecutable: string, miniBrowser: string, pageRoutes?: PageRoutes): Promise<WebDriverEngine> {
  const owned: Array<{ stop(): Promise<void> }> = [];
  const changedSettings = ['acceptInsecureCerts: the https origins use a certificate made at run time'];
  const pages = pageRoutes ? webkitGtkPageArgs(pageRoutes) : undefined;
  if (pages) changedSettings.push(pages.note);
  try {
    const display: VirtualDisplay = await startXvfb();
    owned.push(display);
    const shim = await prepareConsoleShim();
    const built = 'preload' in shim ? shim : undefined;
    if (built) owned.unshift({ stop: built.cleanup });
    // MiniBrowser inherits the driver's environment and stdio: the shim, and the console lines it prints.
    const shimEnv = built ? { LD_PRELOAD: [built.preload, process.env.LD_PRELOAD].filter(Boolean).join(':'), CORSMATRIX_WEBKIT_DATA_DIR: built.dataDir } : {};
    // Two drivers of one session each: the session in use on one, the next fresh one opening
    // ahead on the other (openAhead). Each MiniBrowser has a data directory of its own (the shim).
    let engine: WebDriverEngine | undefined;
    const drivers = new Map<WebDriverClient, OwnedProcess>();
    const startDriver = async (): Promise<WebDriverClient> => {
      const consoleLines = built ? new ConsoleLines() : undefined;
      const port = await getPort({ host: '127.0.0.1' });
      const driver: OwnedProcess = startProcess(driverExecutable, [`--port=${port}`, '--host=local'], {
        env: { ...process.env, DISPLAY: display.display, ...shimEnv },
        ...(consoleLines ? { onLine: (line: string) => consoleLines.accept(line) } : {}),
      });
      owned.push(driver);
      const client = new WebDriverClient(`http://127.0.0.1:${port}`, { ...(consoleLines ? { console: consoleLines } : {}), lastLines: () => driver.stderr });
      drivers.set(client, driver);
      driver.child.once('exit', (code, signal) => {
        if (drivers.get(client) === driver) engine?.markFailed(`WebKitWebDriver exited unexpectedly (code ${code}, signal ${signal})`);
      });
      await Promise.race([client.waitUntilReady(scaled(10_000)), exitOf(driver)]);
      return client;
    };
    // A driver holding a session given up on: stopped with its MiniBrowser, and another started.
    const replaceEndpoint = async (client: WebDriverClient): Promise<WebDriverClient> => {
      const driver = drivers.get(client);
      drivers.delete(client);
      if (driver) {
        const index = owned.indexOf(driver);
        if (index >= 0) owned.splice(index, 1);
        await driver.stop();
      }
      return startDriver();
    };
    const clients = await Promise.all([startDriver(), startDriver()]);
    engine = await WebDriverEngine.start({
      clients,
      openAhead: true,
      replaceEndpoint,
      owned,
      capabilities: {
        browserName: 'MiniBrowser',
        // Accepts the harness's self-signed certificate, like ignoreHTTPSErrors in Playwright.
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': {
          binary: miniBrowser,
          args: ['--automation', ...(built ? ['--enable-write-console-messages-to-stdout=true'] : []), ...(pages?.args ?? [])],
        },
      },
      identity: {
        engine: 'webkit',
        variant: undefined,
        project,
        driver: `WebDriver (${driverExecutable}) on Xvfb ${display.display}`,
        executable: miniBrowser,
        changedSettings: [...changedSettings, ...(built ? [webkitConsoleSetting] : [])],
        // The shim's persistent store has an HTTP cache (its cache directory); without it the
        // session stays ephemeral, whose cache reuse was never measured here.
        ...('unavailable' in shim
          ? {
              messagesUnavailable: `WebKitGTK prints console messages only for a non-ephemeral session, and ${shim.unavailable}`,
              httpCacheUnavailable: `MiniBrowser --automation runs on an ephemeral website data manager when the console shim is missing (${shim.unavailable}); whether its cache reuses an answer for another origin is not measured here`,
            }
          : {}),
      },
    });
    return engine;
  } catch (error) {
    for (const item of owned.reverse()) await item.stop();
    throw error;
  }
}

/** WebDriver endpoints someone else runs (safaridriver, a Selenium Grid, a WebKitWebDriver). */
export async function connectRemoteWebDriver(project: string, config: RemoteWebDriverConfig): Promise<WebDriverEngine> {
  const clients = config.endpoints.map((endpoint) => new WebDriverClient(endpoint));
  await Promise.all(clients.map((client) => client.waitUntilReady(scaled(10_000), { busyIsReady: true })));
  const sessions = config.maxSessionsPerEndpoint;
  return WebDriverEngine.start({
    clients,
    owned: [],
    capabilities: { acceptInsecureCerts: true, ...config.capabilities },
    busyHint:
      `${config.variables.url} lists ${clients.length} endpoint(s) serving ${sessions} session(s) each (${config.variables.maxSessions}), ` +
      `so the ${project} project runs at most ${clients.length * sessions} worker(s); another run, or a session left open, may hold them. ` +
      `List more endpoints, or raise ${config.variables.maxSessions} if the endpoint serves more sessions`,
    identity: {
      engine: config.engine,
      variant: undefined,
      project,
      driver: `remote WebDriver ${config.endpoints.join(', ')}`,
      executable: 'remote',
      changedSettings: [
        'acceptInsecureCerts: the https origins use a certificate made at run time',
        `capabilities ${JSON.stringify(config.capabilities)}; the remote driver's own launch defaults are not inspected by the harness`,
      ],
      messagesUnavailable:
        "a remote WebDriver endpoint gives no access to the browser's console: classic WebDriver has no log command (safaridriver and WebKitWebDriver answer `unknown command`), and the harness does not ask for BiDi",
    },
  });
}
