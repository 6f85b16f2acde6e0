import { defineConfig } from '@playwright/test';
import type { HarnessWorkerFixtures } from './harness/runner/fixtures.js';
import type { EngineConfig } from './harness/engines/launch.js';
import { remoteWorkerLimit } from './harness/engines/remote/remote.js';
import { scaled } from './harness/pace.js';

/** One project per engine, plus engine variants that reproduce older behaviour on purpose. */
const engineProjects: Array<{ name: string; engineConfig: EngineConfig; grep?: RegExp }> = [
  // Variants run the scenarios their configuration is about, beside the plain engines. Playwright
  // starts projects in this order. Listed first, they held back Chromium's second worker until
  // Firefox's variant was done (a full run 210 s); last, a worker stood idle beside them at the
  // end; after Chromium, one worker runs them while the other starts on Firefox (195 s, one run
  // after the other).
  { name: 'chromium', engineConfig: { engine: 'chromium' } },
  { name: 'chromium-legacy-method-case', engineConfig: { engine: 'chromium', variant: 'legacy-method-case' }, grep: /method-case\/|secure context/ },
  { name: 'chromium-local-network-access', engineConfig: { engine: 'chromium', variant: 'local-network-access' }, grep: /local-network\/|secure context/ },
  { name: 'firefox-local-network-access', engineConfig: { engine: 'firefox', variant: 'local-network-access' }, grep: /local-network\/|secure context/ },
  { name: 'firefox', engineConfig: { engine: 'firefox' } },
  { name: 'webkit', engineConfig: { engine: 'webkit' } },
];

export default defineConfig<object, HarnessWorkerFixtures>({
  testDir: './tests',
  fullyParallel: true,
  // Two workers fit a 2-core machine; raise with --workers on a bigger one.
  workers: process.env.CORSMATRIX_WORKERS ? Number(process.env.CORSMATRIX_WORKERS) : 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A safety net for a quiet machine, stretched on a busy one (harness/pace.ts).
  timeout: scaled(30_000),
  reporter: [['list'], ['./harness/report/reporter.ts']],
  projects: [
    { name: 'harness', testMatch: 'harness/**/*.test.ts' },
    ...engineProjects.map(({ name, engineConfig, grep }) => {
      // A remote WebDriver endpoint serves a fixed number of sessions (safaridriver and
      // WebKitWebDriver one); each worker holds one, so no more workers than sessions.
      // A variant's handful of tests takes one worker: a second one would spend longer starting
      // (Node, the origins, its browser) than it saves, while the plain engines wait for it.
      const workers = engineConfig.variant === undefined ? remoteWorkerLimit(engineConfig.engine) : 1;
      return {
        name,
        testMatch: 'browser/**/*.spec.ts',
        ...(grep ? { grep } : {}),
        ...(workers ? { workers } : {}),
        use: { engineConfig },
        metadata: { engine: engineConfig.engine, variant: engineConfig.variant ?? null },
      };
    }),
  ],
});
