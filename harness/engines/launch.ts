/**
 * Finds and starts the browser for one Playwright project: Playwright's own build where it is
 * installed, otherwise the system's (Debian's Chromium, Firefox ESR over WebDriver BiDi,
 * WebKitGTK's MiniBrowser through WebKitWebDriver), or remote WebDriver endpoints (remote.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, firefox, webkit, type Browser, type BrowserType, type LaunchOptions } from 'playwright';
import { chromiumFidelityOptions, chromiumOfflineArgs, firefoxFidelityPrefs } from './chromium/fidelity.js';
import type { EngineName, VariantName } from '../model/engine-names.js';
import { PlaywrightEngine, type PageAdaptation } from './drivers/playwright.js';
import type { BrowserEngine } from './types.js';
import { connectRemoteWebDriver, startWebKitGtk, webkitGtkMiniBrowser } from './drivers/webdriver.js';
import { legacyMethodCaseLauncher } from './chromium/variants.js';
import { remoteWebDriverConfig } from './remote/remote.js';
import { EngineUnavailableError } from './errors.js';
import { firefoxNoDelayEnv, firefoxNoDelaySetting } from './firefox/nodelay.js';
import { bidiNoInjectedScriptSetting, bidiTabsSetting, openPagesAsTabs, stopInjectedScriptPerDocument } from './firefox/bidi-pages.js';
import { checkPageRoutes, chromiumPageRules, firefoxPagePrefs, playwrightWebKitProxy, type PageRoutes } from './host-names.js';
import type { EngineIdentity } from '../model/observation.js';

export interface EngineConfig {
  engine: EngineName;
  variant?: VariantName;
}

/** What the running origins tell a browser launch (the local-network-access variant needs ports). */
export interface LaunchContext {
  /** Loopback ports that the browser should treat as public addresses. */
  publicPorts?: number[];
  /** Page origins under their real names, and where the browser reaches them (host-names.ts). */
  pages?: PageRoutes;
}

export { EngineUnavailableError };

export const systemBrowsers = {
  chromium: process.env.CORSMATRIX_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.CORSMATRIX_FIREFOX ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.CORSMATRIX_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env.CORSMATRIX_MINIBROWSER ?? webkitGtkMiniBrowser,
};

function ownBuild(type: BrowserType): string | undefined {
  try {
    const path = type.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A plain Chromium, not a measured engine: for opening the HTML report (its tests, the bench)
 * and for checking Playwright's own switches. Playwright's build where installed, else the system's.
 */
export function plainChromiumOptions(): LaunchOptions & { executablePath: string } {
  return { executablePath: ownBuild(chromium) ?? systemBrowsers.chromium, args: ['--disable-background-networking', '--no-first-run'] };
}

// The browsers of corsmatrix's own Playwright: `npx playwright install` would install the project's.
const setupHint = "run `npx corsmatrix install --with-deps` where downloads work, or install the distribution's browsers (in a checkout of corsmatrix: `npm run setup`)";

async function launchPlaywright(
  type: BrowserType,
  config: EngineConfig,
  project: string,
  options: LaunchOptions,
  facts: { driver: string; executable: string; browser: string; changedSettings: string[]; workerMessagesUnavailable?: EngineIdentity['workerMessagesUnavailable'] },
  cleanup?: () => Promise<void>,
  adapt?: (browser: Browser) => Promise<PageAdaptation>,
): Promise<BrowserEngine> {
  let browser: Browser;
  try {
    browser = await type.launch({ headless: true, ...options });
  } catch (error) {
    // What the launcher prepared (a private policy directory) goes with a browser that never started.
    await cleanup?.();
    throw error;
  }
  const adapted = adapt ? await adapt(browser) : undefined;
  const identity: EngineIdentity = {
    engine: config.engine,
    variant: config.variant,
    project,
    browser: facts.browser,
    version: browser.version(),
    driver: facts.driver,
    executable: facts.executable,
    changedSettings: [...facts.changedSettings, ...(adapted?.changedSettings ?? [])],
    ...(facts.workerMessagesUnavailable ? { workerMessagesUnavailable: facts.workerMessagesUnavailable } : {}),
  };
  return new PlaywrightEngine(browser, identity, cleanup, adapted);
}

async function launchChromium(config: EngineConfig, project: string, context: LaunchContext): Promise<BrowserEngine> {
  const own = ownBuild(chromium);
  const executable = own ?? systemBrowsers.chromium;
  if (!existsSync(executable)) throw new EngineUnavailableError(`no Chromium: neither Playwright's build nor ${executable} is installed; ${setupHint}`);
  // Page origins under real names: http://app.example.com would open as https://app.example.com
  // (served too), and the http: twin of an origin could never make a request.
  const fidelity = chromiumFidelityOptions(context.pages ? ['HttpsUpgrades'] : []);
  const changedSettings = [
    'ignoreHTTPSErrors: the https origins use a certificate made at run time',
    fidelity.note,
    ...(own ? [] : [`${chromiumOfflineArgs.join(' ')}: this machine has no network beyond loopback`]),
  ];
  let launcher = executable;
  let cleanup: (() => Promise<void>) | undefined;
  const env: Record<string, string> = {};
  if (config.variant === 'legacy-method-case') {
    const legacy = await legacyMethodCaseLauncher(executable);
    launcher = legacy.executable;
    Object.assign(env, legacy.env);
    cleanup = legacy.cleanup;
    changedSettings.push(legacy.note);
  }
  const extraArgs: string[] = [];
  if (config.variant === 'local-network-access') {
    const ports = context.publicPorts ?? [];
    if (ports.length === 0) throw new EngineUnavailableError('chromium-local-network-access needs the port to present as public');
    // The switch WPT's runner uses: these loopback ports count as the public address space.
    extraArgs.push(`--ip-address-space-overrides=${ports.map((port) => `127.0.0.1:${port}=public`).join(',')}`);
    changedSettings.push(`${extraArgs[0]}: pages on these ports count as public, so requests from them to loopback fall under Local Network Access (the permission is granted only where a scenario grants it)`);
  }
  if (context.pages) {
    const rules = chromiumPageRules(context.pages);
    extraArgs.push(rules.arg);
    changedSettings.push(rules.note);
    changedSettings.push('HttpsUpgrades stays disabled: an http: page origin stays http: (Chromium would open it over https:, which answers too)');
  }
  return launchPlaywright(
    chromium,
    config,
    project,
    {
      executablePath: launcher,
      ignoreDefaultArgs: fidelity.ignoreDefaultArgs,
      args: [...fidelity.args, ...(own ? [] : chromiumOfflineArgs), ...extraArgs],
      env: { ...process.env, ...env },
    },
    {
      driver: 'Playwright (Chrome DevTools Protocol)',
      executable,
      browser: own ? "Playwright's Chromium" : 'Chromium',
      changedSettings,
      // Seen: a worker's failed import is reported on the worker's own DevTools target, which
      // neither Playwright's worker console events nor the page's Network domain carry.
      workerMessagesUnavailable: {
        dedicated: "Chromium reports a worker's failed loads on the worker's own DevTools target, which the harness does not read",
        shared: "Chromium reports a shared worker's failed loads on the shared worker's own DevTools target, which the harness does not read",
      },
    },
    cleanup,
  );
}

/**
 * The Firefox side of the local-network-access variant. Firefox's own override (the one its WPT
 * runner uses) presents loopback ports as public. Its permission prompt stays open for five
 * minutes by default, and a prompt no one answers denies when it times out. Automation cannot
 * answer it, so the timeout is shortened: the outcome is that of a user who ignores the prompt,
 * 1.5 s later instead of 5 min.
 */
const firefoxLocalNetworkPromptMs = 1500;

function firefoxLocalNetworkPrefs(ports: number[]): { prefs: Record<string, string | number>; notes: string[] } {
  if (ports.length === 0) throw new EngineUnavailableError('firefox-local-network-access needs the port to present as public');
  const override = ports.map((port) => `127.0.0.1:${port}`).join(',');
  return {
    prefs: { 'network.lna.address_space.public.override': override, 'network.lna.prompt.timeout': firefoxLocalNetworkPromptMs },
    notes: [
      `network.lna.address_space.public.override=${override}: pages on these ports count as public, so requests from them to loopback fall under Local Network Access`,
      `network.lna.prompt.timeout=${firefoxLocalNetworkPromptMs} (default 300000): the permission prompt, which automation cannot answer, is dismissed (denied) after ${firefoxLocalNetworkPromptMs / 1000} s; a granted permission is set before the page opens`,
    ],
  };
}

async function launchFirefox(config: EngineConfig, project: string, context: LaunchContext): Promise<BrowserEngine> {
  const own = ownBuild(firefox);
  const changedSettings = ['ignoreHTTPSErrors: the https origins use a certificate made at run time'];
  const executable = own ?? systemBrowsers.firefox;
  if (!own && !existsSync(executable)) throw new EngineUnavailableError(`no Firefox: neither Playwright's build nor ${executable} is installed; ${setupHint}`);
  const pages = context.pages ? firefoxPagePrefs(context.pages) : undefined;
  if (pages) changedSettings.push(pages.note);
  const variant = config.variant === 'local-network-access' ? firefoxLocalNetworkPrefs(context.publicPorts ?? []) : { prefs: {}, notes: [] };
  changedSettings.push(...variant.notes);
  const prefs = { ...pages?.prefs, ...variant.prefs };
  if (own) {
    return launchPlaywright(firefox, config, project, { firefoxUserPrefs: prefs }, {
      driver: 'Playwright (Juggler)',
      executable: own,
      browser: "Playwright's Firefox",
      changedSettings: [...changedSettings, "Playwright's patched Firefox build with its automation preferences"],
    });
  }
  const fidelity = firefoxFidelityPrefs();
  const noDelay = await firefoxNoDelayEnv();
  return launchPlaywright(
    firefox,
    config,
    project,
    // Playwright drives a stock Firefox over WebDriver BiDi through the moz-firefox channel.
    {
      channel: 'moz-firefox',
      executablePath: executable,
      ...(noDelay ? { env: { ...process.env, ...noDelay } } : {}),
      firefoxUserPrefs: { ...fidelity.prefs, ...prefs },
    },
    {
      driver: 'Playwright (WebDriver BiDi)',
      executable,
      browser: 'Firefox',
      changedSettings: [...changedSettings, ...fidelity.notes, ...(noDelay ? [firefoxNoDelaySetting] : [])],
      // Seen: a dedicated worker's CORS failure reaches the page's log, a shared worker's does not.
      workerMessagesUnavailable: { shared: "Firefox's messages from a shared worker do not reach the page's log over WebDriver BiDi" },
    },
    undefined,
    adaptBidiPages,
  );
}

/** Tabs instead of windows, and no injected script in each document, where this Playwright allows (bidi-pages.ts). */
async function adaptBidiPages(browser: Browser): Promise<PageAdaptation> {
  const tabs = openPagesAsTabs(browser);
  // Whether a context's injection can be stopped is known only from a context: ask one with no page.
  const trial = await browser.newContext();
  const noInjection = stopInjectedScriptPerDocument(trial);
  await trial.close();
  return {
    changedSettings: [...(tabs ? [bidiTabsSetting] : []), ...(noInjection ? [bidiNoInjectedScriptSetting] : [])],
    prepareContext: (context) => {
      if (noInjection) stopInjectedScriptPerDocument(context);
    },
    tabs,
  };
}

async function launchWebKit(config: EngineConfig, project: string, context: LaunchContext): Promise<BrowserEngine> {
  const own = ownBuild(webkit);
  if (own) {
    const pages = context.pages ? playwrightWebKitProxy(context.pages) : undefined;
    return launchPlaywright(webkit, config, project, pages ? { proxy: pages.proxy } : {}, {
      driver: 'Playwright (WebKit inspector protocol)',
      executable: own,
      browser: "Playwright's WebKit",
      changedSettings: ['ignoreHTTPSErrors: the https origins use a certificate made at run time', ...(pages ? [pages.note] : [])],
    });
  }
  const { webkitDriver, miniBrowser } = systemBrowsers;
  for (const [what, path] of [['WebKitWebDriver', webkitDriver], ['MiniBrowser', miniBrowser]] as const) {
    if (!existsSync(path)) throw new EngineUnavailableError(`no WebKit: neither Playwright's build nor ${what} (${path}) is installed; ${setupHint}`);
  }
  return startWebKitGtk(project, webkitDriver, miniBrowser, context.pages);
}

export async function launchEngine(config: EngineConfig, project: string, context: LaunchContext = {}): Promise<BrowserEngine> {
  if (config.variant === 'local-network-access' && config.engine === 'webkit') {
    throw new EngineUnavailableError('the local-network-access variant exists for Chromium and Firefox: no WebKit setting presents a loopback port as public');
  }
  if (config.variant === 'legacy-method-case' && config.engine !== 'chromium') {
    throw new EngineUnavailableError(`the legacy-method-case variant is a Chromium policy, not a ${config.engine} setting`);
  }
  const pages = context.pages ? checkPageRoutes(context.pages) : undefined;
  // A remote endpoint replaces the plain engine; variants need launch switches, so they stay local.
  const remote = config.variant === undefined ? remoteWebDriverConfig(config.engine) : undefined;
  if (remote && pages) {
    throw new EngineUnavailableError(`a remote WebDriver endpoint's browser runs on another machine and cannot reach this run's page origins (${pages.origins.join(', ')}), which are served on this machine's loopback`);
  }
  if (remote) return connectRemoteWebDriver(project, remote);
  const checked: LaunchContext = { ...context, ...(pages ? { pages } : {}) };
  switch (config.engine) {
    case 'chromium':
      return launchChromium(config, project, checked);
    case 'firefox':
      return launchFirefox(config, project, checked);
    case 'webkit':
      return launchWebKit(config, project, checked);
  }
}
