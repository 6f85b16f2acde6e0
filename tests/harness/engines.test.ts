/**
 * Browser start-up as the harness does it: the fidelity switches still match Playwright's, and
 * the legacy method-case policy reaches only its own Chromium, even with another one running.
 */
import { test, expect } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { launchEngine, plainChromiumOptions } from '../../harness/engines/launch.js';
import { playwrightDisableFeaturesSwitch, restoredChromiumFeatures } from '../../harness/engines/fidelity.js';
import { policyMountPoint } from '../../harness/engines/variants.js';
import { startOrigins } from '../../harness/origins/servers.js';
import { loadCatalogue } from '../../harness/scenario/load.js';
import { runScenario } from '../../harness/runner/run.js';
import { defaultScenarioRoot } from '../../harness/scenario/roots.js';

const plainChromium = plainChromiumOptions();
const chromiumPath = plainChromium.executablePath;

test("Playwright's --disable-features switch is the one the harness replaces", async () => {
  test.skip(!existsSync(chromiumPath), `no Chromium at ${chromiumPath}`);
  const server = await chromium.launchServer(plainChromium);
  try {
    const args = server.process().spawnargs;
    // If a Playwright upgrade changes this switch, harness/engines/fidelity.ts must follow.
    expect(args).toContain(playwrightDisableFeaturesSwitch);
  } finally {
    await server.close();
  }
});

test('the harness launches Chromium with the fidelity-relevant features at their defaults', async () => {
  test.skip(!existsSync(chromiumPath), `no Chromium at ${chromiumPath}`);
  const engine = await launchEngine({ engine: 'chromium' }, 'chromium');
  try {
    expect(engine.identity.changedSettings.join('\n')).toContain(restoredChromiumFeatures[0]);
    const session = await engine.newSession();
    await session.goto('chrome://version');
    const text = await session.evaluate<string>('document.body.innerText');
    const disabled = /--disable-features=(\S+)/.exec(text)?.[1] ?? '';
    for (const feature of restoredChromiumFeatures) expect(disabled.split(',')).not.toContain(feature);
    expect(disabled.split(',')).toContain('Translate');
  } finally {
    await engine.close();
  }
});

test('the legacy method-case policy applies to its own Chromium only, while a plain one runs beside it', async () => {
  test.skip(process.getuid?.() !== 0 || !existsSync(policyMountPoint), 'needs root and the mount point made by npm run setup');
  test.skip(!existsSync(chromiumPath), `no Chromium at ${chromiumPath}`);
  test.setTimeout(60_000);
  const catalogue = await loadCatalogue([defaultScenarioRoot]);
  const loaded = catalogue.scenarios.find((s) => s.scenario.id === 'method-case/lowercase-patch-allowed-uppercase');
  expect(loaded).toBeDefined();
  const origins = await startOrigins();
  const [plain, legacy] = await Promise.all([
    launchEngine({ engine: 'chromium' }, 'chromium'),
    launchEngine({ engine: 'chromium', variant: 'legacy-method-case' }, 'chromium-legacy-method-case'),
  ]);
  try {
    const [plainRun, legacyRun] = await Promise.all([runScenario(loaded!, plain, origins), runScenario(loaded!, legacy, origins)]);
    // `patch` against `Access-Control-Allow-Methods: PATCH`: blocked per the standard, allowed by old Chrome.
    expect(plainRun.steps[0]?.outcome.request).toBe(false);
    expect(plainRun.verdict).toBe('matches-standard');
    expect(legacyRun.steps[0]?.outcome.request).toMatchObject({ method: 'patch' });
    expect(legacyRun.verdict).toBe('known-deviation');
    expect(legacyRun.engine.changedSettings.join('\n')).toContain('AccessControlAllowMethodsInCORSPreflightSpecConformant');
  } finally {
    await Promise.all([plain.close(), legacy.close()]);
    await origins.stop();
  }
  // Nothing was left in the machine-wide policy directory.
  const { readdirSync } = await import('node:fs');
  expect(readdirSync(policyMountPoint)).toEqual([]);
});

test('a variant an engine has no setting for is refused with the reason, before anything starts', async () => {
  await expect(launchEngine({ engine: 'webkit', variant: 'local-network-access' }, 'webkit-local-network-access')).rejects.toThrow(/no WebKit setting presents a loopback port as public/);
  await expect(launchEngine({ engine: 'firefox', variant: 'legacy-method-case' }, 'firefox-legacy-method-case')).rejects.toThrow(/a Chromium policy, not a firefox setting/);
  await expect(launchEngine({ engine: 'firefox', variant: 'local-network-access' }, 'firefox-local-network-access')).rejects.toThrow(/needs the port to present as public/);
});
