/**
 * Playwright tunes browsers for automation. Where its defaults touch what we measure (cookies,
 * redirects, fetch), the harness puts the browser's own default back and says so in every result.
 *
 * Pinned to playwright-core 1.64.1 (`chromiumSwitches.ts`); tests/harness/engines.test.ts
 * ("Playwright's --disable-features switch is the one the harness replaces") fails if a
 * Playwright upgrade changes the switch this relies on.
 */

/** Playwright 1.64.1's `--disable-features=` switch for Chromium, verbatim. */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'DialMediaRouteProvider',
  'GlobalMediaControls',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'BlockOriginHeaderModificationOnRedirect',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'Translate',
  'AutoDeElevate',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

export const playwrightDisableFeaturesSwitch = `--disable-features=${playwrightDisabledFeatures.join(',')}`;

/** Features Playwright turns off that change how requests, redirects or cookies behave. */
export const restoredChromiumFeatures = [
  'HttpsUpgrades',
  'ThirdPartyStoragePartitioning',
  'BlockOriginHeaderModificationOnRedirect',
  'AvoidCorsURLLoaderRestartOnRedirect',
];

/**
 * The Chromium launch options that replace Playwright's feature switch with a faithful one.
 * `keepDisabled`: restored features a run needs off after all (each listed in its changed settings).
 */
export function chromiumFidelityOptions(keepDisabled: string[] = []): { ignoreDefaultArgs: string[]; args: string[]; note: string } {
  const restored = restoredChromiumFeatures.filter((feature) => !keepDisabled.includes(feature));
  const kept = playwrightDisabledFeatures.filter((feature) => !restored.includes(feature));
  return {
    ignoreDefaultArgs: [playwrightDisableFeaturesSwitch],
    args: [`--disable-features=${kept.join(',')}`],
    note: `Playwright's --disable-features kept except ${restored.join(', ')}, which stay at Chromium's default`,
  };
}

/** Switches this machine needs: no network but loopback, and root without a sandbox. */
export const chromiumOfflineArgs = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Firefox over WebDriver BiDi: Playwright writes an automation profile (`firefoxPrefs.ts`).
 * Listed here are its preferences that touch cookies, HTTPS upgrades or tracking protection;
 * each result names them, since their effect depends on the Firefox build.
 */
export const playwrightFirefoxPrefsKept: Record<string, string | number | boolean> = {
  'browser.contentblocking.features.standard': '-tp,tpPrivate,cookieBehavior0,-cm,-fp',
  'network.cookie.sameSite.laxByDefault': false,
  'dom.security.https_first': false,
  'privacy.trackingprotection.enabled': false,
};

export function firefoxFidelityPrefs(): { prefs: Record<string, string | number | boolean>; notes: string[] } {
  return {
    prefs: {},
    notes: Object.entries(playwrightFirefoxPrefsKept).map(([name, value]) => `Playwright automation pref ${name}=${String(value)}`),
  };
}
