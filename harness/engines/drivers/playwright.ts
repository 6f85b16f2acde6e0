/**
 * Chromium and Firefox (and Playwright's own WebKit, where installed) driven by Playwright.
 * One browser per worker; a session is a browser context, so a fresh one has its own cookies,
 * HTTP cache and preflight cache.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { probeExpression, type ProbeRequest } from '../../probe/probe.js';
import { MessageInbox, type MessageWait } from '../inbox.js';
import type { BrowserEngine, BrowserSession, PermissionGrant } from '../types.js';
import type { PermissionName } from '../../model/engine-names.js';
import { browserProcess } from './server-objects.js';
import type { PageObservation, EngineIdentity, EngineMessage } from '../../model/observation.js';

/**
 * Where pages are tabs of one window (PageAdaptation.tabs), the one that is selected: only it is
 * visible, so a session is selected again before it is used after another was.
 */
interface TabSelection {
  current: BrowserSession | undefined;
}

class PlaywrightSession implements BrowserSession {
  readonly #inbox = new MessageInbox();
  #preflights: string[] = [];
  #closing = false;
  /** Why the page went away while the harness still used it (harness/engines/types.ts). */
  interrupted: string | undefined;
  takePreflights?: () => string[];

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly selection?: TabSelection,
  ) {
    // A new tab is the selected one.
    if (selection) selection.current = this;
    // Listening changes nothing in the page: these are events the driver receives anyway.
    page.on('console', (message) => {
      const url = message.location().url;
      this.#inbox.push({ source: 'console', text: message.text(), ...(url ? { url } : {}) });
    });
    page.on('pageerror', (error) => this.#inbox.push({ source: 'page-error', text: error.message }));
    // The page's process died (a renderer or content process crash, or the kernel's OOM killer).
    page.on('crash', () => (this.interrupted ??= "its page's process crashed or was killed"));
    page.on('close', () => {
      if (!this.#closing) this.interrupted ??= 'its page was closed by the browser, not by corsmatrix';
    });
  }

  /**
   * Chromium's network service gives each CORS failure a structured status (`corsError`,
   * `failedParameter`) on the DevTools Network domain, which Playwright itself keeps enabled.
   */
  async listenToNetwork(): Promise<void> {
    const cdp = await this.context.newCDPSession(this.page);
    const requests = new Map<string, { url: string; method: string }>();
    cdp.on('Network.requestWillBeSent', (event) => {
      requests.set(event.requestId, { url: event.request.url, method: event.request.method });
      const headers = Object.keys(event.request.headers).map((name) => name.toLowerCase());
      if (event.request.method === 'OPTIONS' && headers.includes('access-control-request-method')) this.#preflights.push(event.request.url);
    });
    cdp.on('Network.loadingFailed', (event) => {
      const request = requests.get(event.requestId);
      requests.delete(event.requestId);
      const code = event.corsErrorStatus?.corsError ?? event.blockedReason;
      const parameter = event.corsErrorStatus?.failedParameter;
      this.#inbox.push({ source: 'network', text: event.errorText, ...(code ? { code } : {}), ...(parameter ? { parameter } : {}), ...(request ? { url: request.url, method: request.method } : {}) });
    });
    cdp.on('Network.loadingFinished', (event) => requests.delete(event.requestId));
    await cdp.send('Network.enable');
    this.takePreflights = () => this.#preflights.splice(0);
  }

  takeMessages(wait: MessageWait): Promise<EngineMessage[]> {
    return this.#inbox.take(wait);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  probe(request: ProbeRequest): Promise<PageObservation> {
    return this.page.evaluate(probeExpression(request)) as Promise<PageObservation>;
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async focus(): Promise<void> {
    await this.page.bringToFront();
    if (this.selection) this.selection.current = this;
  }

  /** Selects this session's tab unless it is the selected one already. */
  async select(): Promise<void> {
    if (this.selection && this.selection.current !== this) await this.focus();
  }

  /** Another page in this session's context, so in its profile. */
  async openPage(): Promise<PlaywrightSession> {
    return new PlaywrightSession(this.context, await this.context.newPage(), this.selection);
  }

  /** Closes the session's context, its pages with it. */
  async close(): Promise<void> {
    this.#closing = true;
    if (this.selection?.current === this) this.selection.current = undefined;
    await this.context.close().catch(() => undefined);
  }
}

/** What a driver's pages need besides the launch options (bidi-pages.ts). */
export interface PageAdaptation {
  changedSettings: string[];
  /** Runs on each new context before it has a page. */
  prepareContext(context: BrowserContext): void;
  /** Pages are tabs of one window, so only the selected one is visible. */
  tabs: boolean;
}

export class PlaywrightEngine implements BrowserEngine {
  /** The shared profile's pages, one per page origin; the first is made with the profile. */
  readonly #shared = new Map<string, Promise<PlaywrightSession>>();
  readonly #selection: TabSelection | undefined;
  #closing = false;
  /** Set when the browser went away while in use; `failure` says how, once its process has said. */
  #died: (() => string) | undefined;

  constructor(
    private readonly browser: Browser,
    readonly identity: EngineIdentity,
    /** Runs after the browser closes, e.g. to remove a temporary policy directory. */
    private readonly cleanup: () => Promise<void> = async () => {},
    private readonly adaptation?: PageAdaptation,
  ) {
    this.#selection = adaptation?.tabs ? { current: undefined } : undefined;
    // Either the process's exit (where Playwright's in-process server exposes the process) or the
    // connection's end says the browser died, whichever comes first: under load a killed process
    // can be reported disconnected late, or before its exit, and a remote browser has no process
    // here. The failure is worded each time it is read, with what the process has said by then.
    const process = browserProcess(browser);
    let ended = 'disconnected';
    const died = () => {
      if (!this.#closing) this.#died ??= () => `${identity.browser} ${identity.version}${process ? ` (pid ${process.pid})` : ''} ${ended} while corsmatrix was using it`;
    };
    process?.once('exit', (code, signal) => {
      ended = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      died();
    });
    browser.on('disconnected', died);
  }

  get failure(): string | undefined {
    return this.#died?.();
  }

  readonly sessionLimit = Number.POSITIVE_INFINITY;
  // Playwright grants it in Chromium (CDP) and in Firefox over BiDi (permissions.setPermission).
  readonly grantablePermissions: readonly PermissionName[] = ['local-network-access'];

  /**
   * A fresh context. (Making the next one ahead of need was tried: its window takes the focus
   * from the page under test, and Firefox then never shows, so never times out, a permission
   * prompt of the unfocused page.)
   */
  newSession(grant?: PermissionGrant): Promise<BrowserSession> {
    return this.openContext(grant);
  }

  private async openContext(grant?: PermissionGrant): Promise<PlaywrightSession> {
    // ignoreHTTPSErrors accepts the certificate the harness makes at run time; it is listed in
    // the identity's changedSettings.
    const context = await this.browser.newContext({ ignoreHTTPSErrors: true });
    this.adaptation?.prepareContext(context);
    if (grant && grant.permissions.length > 0) await context.grantPermissions(grant.permissions, { origin: grant.origin });
    return this.listening(new PlaywrightSession(context, await context.newPage(), this.#selection));
  }

  private async listening(session: PlaywrightSession): Promise<PlaywrightSession> {
    if (this.identity.engine === 'chromium') await session.listenToNetwork();
    return session;
  }

  async sharedSession(origin = ''): Promise<BrowserSession> {
    let page = this.#shared.get(origin);
    if (!page) {
      const first = this.#shared.values().next().value;
      page = first ? first.then(async (session) => this.listening(await session.openPage())) : this.openContext();
      this.#shared.set(origin, page);
      // Tried again when next asked for, rather than failing every later run.
      page.catch(() => this.#shared.delete(origin));
    }
    const session = await page;
    // Select its tab again, so that no scenario runs in a hidden page.
    await session.select();
    return session;
  }

  async discardShared(): Promise<void> {
    const first = this.#shared.values().next().value;
    this.#shared.clear();
    // Its pages are all of one context: closing the first closes them all.
    await first?.then((session) => session.close()).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#closing = true;
    this.#shared.clear();
    await this.browser.close().catch(() => undefined);
    await this.cleanup();
  }
}
