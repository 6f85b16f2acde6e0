/**
 * Firefox over WebDriver BiDi (harness/engines/firefox/bidi-pages.ts): each session's page is a tab of
 * one window, the page under test is the visible one, and no document gets Playwright's injected
 * script. Both reach into Playwright's server objects, so an upgrade that moves them fails here.
 */
import { test, expect } from '@playwright/test';
import { launchEngine } from '../../harness/engines/launch.js';
import { bidiNoInjectedScriptSetting, bidiTabsSetting } from '../../harness/engines/firefox/bidi-pages.js';
import type { BrowserEngine } from '../../harness/engines/types.js';

type Send = (method: string, params?: Record<string, unknown>) => Promise<unknown>;
interface Message {
  method: string;
  params?: Record<string, unknown>;
}
interface BrowserSession {
  send: Send;
  connection: { _transport: { send(message: Message): void } };
}

/** The engine's WebDriver BiDi session with the browser, as Playwright's server holds it. */
function browserSession(engine: BrowserEngine): BrowserSession {
  const browser = Reflect.get(engine, 'browser') as { _connection: { toImpl(object: unknown): { _browserSession: BrowserSession } } };
  return browser._connection.toImpl(browser)._browserSession;
}

test('Firefox: each session and each page of the shared profile is a tab of one window, and the page in use is the visible one', async () => {
  const engine = await launchEngine({ engine: 'firefox' }, 'firefox');
  try {
    expect(engine.identity.changedSettings).toContain(bidiTabsSetting);
    const shared = await engine.sharedSession();
    await shared.goto('data:text/html,shared');
    const fresh = [await engine.newSession(), await engine.newSession()];
    for (const [index, session] of fresh.entries()) await session.goto(`data:text/html,fresh-${index}`);
    const { contexts } = (await browserSession(engine).send('browsingContext.getTree', { maxDepth: 0 })) as { contexts: Array<{ url: string; clientWindow: string }> };
    const ours = contexts.filter((context) => context.url.startsWith('data:'));
    expect(ours).toHaveLength(3);
    expect(new Set(ours.map((context) => context.clientWindow)).size).toBe(1);
    // The newest tab is selected; the runner gives a session the focus when it takes its turn.
    expect(await fresh[1]!.evaluate('document.visibilityState')).toBe('visible');
    expect(await shared.evaluate('document.visibilityState')).toBe('hidden');
    await fresh[0]!.focus?.();
    expect(await fresh[0]!.evaluate('document.visibilityState')).toBe('visible');
    for (const session of fresh) await session.close();
    // Whatever tab Firefox selects when the others close, the shared page is selected when next used.
    expect(await (await engine.sharedSession()).evaluate('document.visibilityState')).toBe('visible');
    // Another page origin's page of the shared profile is another tab, selected when asked for.
    const otherOrigin = await engine.sharedSession('http://other.localhost');
    await otherOrigin.goto('data:text/html,other-origin');
    expect(await otherOrigin.evaluate('document.visibilityState')).toBe('visible');
    expect(await shared.evaluate('document.visibilityState')).toBe('hidden');
    expect(await engine.sharedSession()).toBe(shared);
    expect(await shared.evaluate('document.visibilityState')).toBe('visible');
    expect(await otherOrigin.evaluate('document.visibilityState')).toBe('hidden');
  } finally {
    await engine.close();
  }
});

test("Firefox: no document gets Playwright's injected script", async () => {
  const engine = await launchEngine({ engine: 'firefox' }, 'firefox');
  try {
    expect(engine.identity.changedSettings).toContain(bidiNoInjectedScriptSetting);
    // Every page's commands go out through the one connection's transport.
    const transport = browserSession(engine).connection._transport;
    const send = transport.send.bind(transport);
    const evaluated: number[] = [];
    transport.send = (message) => {
      if (message.method === 'script.evaluate' && typeof message.params?.expression === 'string') evaluated.push(message.params.expression.length);
      send(message);
    };
    for (const page of [await engine.sharedSession(), await engine.newSession()]) {
      await page.goto('data:text/html,one');
      await page.goto('data:text/html,two');
    }
    // Playwright's own utility world is still made (`1 + 1`); its injected script is some 340 KB.
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.filter((length) => length > 10_000)).toEqual([]);
  } finally {
    await engine.close();
  }
});
