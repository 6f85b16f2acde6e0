/**
 * Two things Playwright 1.64.1 does with every page of a stock Firefox over WebDriver BiDi that a
 * user's Firefox never does, and that cost a run much of Firefox's time (the measurements, with
 * their date, are in docs/speed.md):
 *
 * - Each page is a window of its own (`browsingContext.create` with type `window`). A window
 *   builds Firefox's whole user interface, which costs the parent process several times the CPU
 *   of a tab in the one window.
 * - Into the main world of every document it evaluates its injected script to extend it for
 *   `keyboard.insertText`, which the harness never calls. Firefox compiles it in the page's
 *   process, and its remote agent formats the whole command in the parent, on every navigation.
 *
 * Both are reached through the server objects behind Playwright's client API, which the test
 * runner's in-process connection exposes; where they are not there (another Playwright version,
 * a browser connected over the network) nothing is changed and the engine's identity does not
 * claim it. tests/harness/bidi-pages.test.ts fails if an upgrade moves them.
 */
import type { Browser, BrowserContext } from 'playwright';
import { serverObject } from '../drivers/server-objects.js';

export const bidiTabsSetting =
  "pages open as tabs of one window (WebDriver BiDi browsingContext.create type 'tab'), as a user opens them; Playwright opens a window for each page. The page under test is the selected tab";
export const bidiNoInjectedScriptSetting =
  "Playwright's injected script is not evaluated in each document's main world (Playwright does it for keyboard.insertText, which the harness does not use)";

type Listener = (...args: unknown[]) => unknown;
type Send = (method: string, params?: Record<string, unknown>) => Promise<unknown>;

interface ServerBrowser {
  _browserSession: { send: Send };
}

interface ServerContext {
  listeners(event: string): Listener[];
  off(event: string, listener: Listener): unknown;
}

function isServerBrowser(object: unknown): object is ServerBrowser {
  const session: unknown = typeof object === 'object' && object !== null ? Reflect.get(object, '_browserSession') : undefined;
  return typeof session === 'object' && session !== null && typeof Reflect.get(session, 'send') === 'function';
}

function isServerContext(object: unknown): object is ServerContext {
  return typeof object === 'object' && object !== null && typeof Reflect.get(object, 'listeners') === 'function' && typeof Reflect.get(object, 'off') === 'function';
}

/** Makes every later page of this browser a tab instead of a window. False where it cannot. */
export function openPagesAsTabs(browser: Browser): boolean {
  const server = serverObject(browser);
  if (!isServerBrowser(server)) return false;
  const session = server._browserSession;
  const send = session.send.bind(session);
  session.send = (method, params) =>
    send(method, method === 'browsingContext.create' && params?.type === 'window' ? { ...params, type: 'tab' } : params);
  return true;
}

/**
 * Stops the context from evaluating Playwright's injected script in each new document: the
 * listener that installs it in each page (`installInPage`, added by the BiDi context's
 * `extendInjectedScript`) goes before the context has a page. False where there is none.
 */
export function stopInjectedScriptPerDocument(context: BrowserContext): boolean {
  const server = serverObject(context);
  if (!isServerContext(server)) return false;
  const installers = server.listeners('page').filter((listener) => listener.name === 'installInPage');
  for (const listener of installers) server.off('page', listener);
  return installers.length > 0;
}
