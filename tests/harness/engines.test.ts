/**
 * Browser start-up as the harness does it: the fidelity switches still match Playwright's, and
 * the legacy method-case policy reaches only its own Chromium, even with another one running,
 * as root and by an ordinary user's route (a user namespace), or says why it cannot.
 */
import { test, expect } from '@playwright/test';
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchEngine, plainChromiumOptions } from '../../harness/engines/launch.js';
import { EngineUnavailableError } from '../../harness/engines/errors.js';
import { playwrightDisableFeaturesSwitch, restoredChromiumFeatures } from '../../harness/engines/chromium/fidelity.js';
import { policyMountPoint } from '../../harness/engines/chromium/variants.js';
import { markedProcesses, runMarkerVariable } from '../../harness/runner/process-scan.js';
import { startOrigins } from '../../harness/origins/servers.js';
import { loadCatalogue } from '../../harness/catalogue/load.js';
import { runScenario } from '../../harness/runner/run.js';
import { defaultScenarioRoot } from '../../harness/scenario/roots.js';
import { scaled } from '../../harness/pace.js';

const plainChromium = plainChromiumOptions();
const chromiumPath = plainChromium.executablePath;

test("Playwright's --disable-features switch is the one the harness replaces", async () => {
  test.skip(!existsSync(chromiumPath), `no Chromium at ${chromiumPath}`);
  const server = await chromium.launchServer(plainChromium);
  try {
    const args = server.process().spawnargs;
    // If a Playwright upgrade changes this switch, harness/engines/chromium/fidelity.ts must follow.
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
  test.setTimeout(scaled(60_000));
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
  expect(readdirSync(policyMountPoint)).toEqual([]);
});

test('a variant an engine has no setting for is refused with the reason, before anything starts', async () => {
  await expect(launchEngine({ engine: 'webkit', variant: 'local-network-access' }, 'webkit-local-network-access')).rejects.toThrow(/no WebKit setting presents a loopback port as public/);
  await expect(launchEngine({ engine: 'firefox', variant: 'legacy-method-case' }, 'firefox-legacy-method-case')).rejects.toThrow(/a Chromium policy, not a firefox setting/);
  await expect(launchEngine({ engine: 'firefox', variant: 'local-network-access' }, 'firefox-local-network-access')).rejects.toThrow(/needs the port to present as public/);
});

/** Runs `body` with these environment variables set, then puts back what was there. */
async function withEnv<T>(values: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Why this machine refuses an ordinary user's route (a user namespace mapped to root, with a mount namespace), or undefined. */
function userNamespaceRefused(): string | undefined {
  const trial = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { encoding: 'utf8' });
  if (trial.error) return `no unshare here (${trial.error.message})`;
  return trial.status === 0 ? undefined : `user namespaces are refused here: ${trial.stderr.trim()}`;
}

test("an ordinary user's route: the legacy method-case policy reaches its Chromium through a user namespace mapped to root", async () => {
  test.skip(!existsSync(policyMountPoint), 'needs the mount point made by npm run setup');
  test.skip(!existsSync(chromiumPath), `no Chromium at ${chromiumPath}`);
  const refused = userNamespaceRefused();
  test.skip(refused !== undefined, refused ?? '');
  test.setTimeout(scaled(60_000));
  const catalogue = await loadCatalogue([defaultScenarioRoot]);
  const loaded = catalogue.scenarios.find((s) => s.scenario.id === 'method-case/lowercase-patch-allowed-uppercase');
  expect(loaded).toBeDefined();
  const marker = `engines-test-${process.pid}-${Date.now()}`;
  const origins = await startOrigins();
  // The route an ordinary user takes, taken here whoever runs the tests (they run as root).
  const legacy = await withEnv({ CORSMATRIX_PRIVATE_MOUNT: 'user-namespace', [runMarkerVariable]: marker }, () =>
    launchEngine({ engine: 'chromium', variant: 'legacy-method-case' }, 'chromium-legacy-method-case'),
  );
  try {
    // The browser really runs in a user namespace of its own, not in this process's.
    const browsers = markedProcesses(marker);
    expect(browsers.length).toBeGreaterThan(0);
    for (const { pid } of browsers) expect(readlinkSync(`/proc/${pid}/ns/user`)).not.toBe(readlinkSync('/proc/self/ns/user'));
    const run = await runScenario(loaded!, legacy, origins);
    // `patch` against `Access-Control-Allow-Methods: PATCH`: allowed by old Chrome, so the policy took effect.
    expect(run.steps[0]?.outcome.request).toMatchObject({ method: 'patch' });
    expect(run.verdict).toBe('known-deviation');
    expect(run.engine.changedSettings.join('\n')).toContain('user namespace mapped to root');
  } finally {
    await legacy.close();
    await origins.stop();
  }
  expect(readdirSync(policyMountPoint)).toEqual([]);
});

test('where user namespaces are refused, the legacy method-case variant is unavailable with the reason, before the browser starts', async () => {
  test.skip(!existsSync(policyMountPoint), 'needs the mount point made by npm run setup');
  // A stand-in unshare that fails as Ubuntu 24.04's AppArmor restriction makes the real one fail.
  const work = mkdtempSync(path.join(tmpdir(), 'corsmatrix-unshare-'));
  const refusing = path.join(work, 'unshare');
  writeFileSync(refusing, '#!/bin/sh\necho "unshare: write failed /proc/self/uid_map: Operation not permitted" >&2\nexit 1\n');
  chmodSync(refusing, 0o755);
  const launch = (unshare: string) =>
    // TMPDIR: the policy directory is made here, where the test can see that it is removed.
    withEnv({ CORSMATRIX_PRIVATE_MOUNT: 'user-namespace', CORSMATRIX_UNSHARE: unshare, TMPDIR: work }, () =>
      launchEngine({ engine: 'chromium', variant: 'legacy-method-case' }, 'chromium-legacy-method-case').then(
        async (engine) => {
          await engine.close();
          throw new Error('the variant started');
        },
        (error: unknown) => error,
      ),
    );
  try {
    const error = await launch(refusing);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect(String(error)).toMatch(/needs root or an unprivileged user namespace.*uid_map: Operation not permitted.*run as root, or allow unprivileged user namespaces.*apparmor_restrict_unprivileged_userns=0/);
    expect(String(await launch(path.join(work, 'missing')))).toMatch(/there is no `.*missing` program to make one; run as root, or install util-linux/);
    // Nothing of the policy directory was left behind.
    expect(readdirSync(work)).toEqual(['unshare']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
