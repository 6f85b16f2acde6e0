/**
 * Chromium and Firefox (and Playwright's own WebKit, where installed) driven by Playwright.
 * One browser per worker; a session is a browser context, so a fresh one has its own cookies,
 * HTTP cache and preflight cache.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { probeExpression, type PageObservation, type ProbeRequest } from '../probe/probe.js';
import type { BrowserEngine, BrowserSession, EngineIdentity } from './types.js';

class PlaywrightSession implements BrowserSession {
  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  probe(request: ProbeRequest): Promise<PageObservation> {
    return this.page.evaluate(probeExpression(request)) as Promise<PageObservation>;
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }
}

export class PlaywrightEngine implements BrowserEngine {
  #shared: BrowserSession | undefined;
  #closing = false;
  failure: string | undefined;

  constructor(
    private readonly browser: Browser,
    readonly identity: EngineIdentity,
    /** Runs after the browser closes, e.g. to remove a temporary policy directory. */
    private readonly cleanup: () => Promise<void> = async () => {},
  ) {
    browser.on('disconnected', () => {
      if (!this.#closing) this.failure = `${identity.browser} ${identity.version} exited unexpectedly (crashed or was killed)`;
    });
  }

  async newSession(): Promise<BrowserSession> {
    // ignoreHTTPSErrors accepts the certificate the harness makes at run time; it is listed in
    // the identity's changedSettings.
    const context = await this.browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    return new PlaywrightSession(context, page);
  }

  async sharedSession(): Promise<BrowserSession> {
    this.#shared ??= await this.newSession();
    return this.#shared;
  }

  async close(): Promise<void> {
    this.#closing = true;
    this.#shared = undefined;
    await this.browser.close().catch(() => undefined);
    await this.cleanup();
  }
}
