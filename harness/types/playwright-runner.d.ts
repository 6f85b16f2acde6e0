/**
 * The one piece of Playwright's runner corsmatrix uses: the plugin behind the `webServer` option
 * (exported as `playwright/lib/runner`, untyped). Playwright is pinned, so its shape holds.
 */
declare module 'playwright/lib/runner' {
  export interface WebServerPluginOptions {
    command: string;
    url: string;
    timeout?: number;
    reuseExistingServer?: boolean;
    cwd?: string;
    env?: Record<string, string>;
    ignoreHTTPSErrors?: boolean;
    stdout?: 'pipe' | 'ignore';
    stderr?: 'pipe' | 'ignore';
    name?: string;
  }
  export interface WebServerPlugin {
    setup(config: object, configDir: string, reporter: { onStdOut?(chunk: string): void; onStdErr?(chunk: string): void }): Promise<void>;
    teardown(): Promise<void>;
  }
  const runner: { webServer(options: WebServerPluginOptions): WebServerPlugin };
  export default runner;
}
