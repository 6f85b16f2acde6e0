/**
 * WebKitGTK's own console messages under WebKitWebDriver (docs/research/webkitgtk-console-messages.md).
 * MiniBrowser writes them to its stdio only for a non-ephemeral session, so a small shim, compiled
 * here once per source version, swaps the automation view's ephemeral data store for a fresh
 * persistent one per launch. The run records this as a changed setting.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageInbox } from '../inbox.js';
import { compileShim } from '../shims.js';

const shimSource = fileURLToPath(new URL('./gtk-console-shim.c', import.meta.url));

export const webkitConsoleSetting =
  'MiniBrowser --enable-write-console-messages-to-stdout=true, with its ephemeral website data store replaced by a persistent one in a fresh directory per session (LD_PRELOAD shim): WebKit prints console messages only for non-ephemeral sessions, and they are the only place WebKit says why a request was blocked';

export type ConsoleShim = { preload: string; dataDir: string; cleanup(): Promise<void> } | { unavailable: string };

/** Compiles the shim (cached by its source's hash) and makes the directory its sessions' stores go in. */
export async function prepareConsoleShim(): Promise<ConsoleShim> {
  const library = await compileShim(shimSource, 'webkitgtk-console');
  if ('unavailable' in library) return { unavailable: `the console shim could not be compiled (${library.unavailable}); \`npm run setup\` installs gcc` };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corsmatrix-webkit-data-'));
  return { preload: library.path, dataDir, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
}

/**
 * Collects MiniBrowser's `CONSOLE <SOURCE> <LEVEL> <text>` lines. One WebDriver session runs at a
 * time per driver, and each step drains the lines printed while it ran.
 */
export class ConsoleLines {
  readonly inbox = new MessageInbox();

  accept(line: string): void {
    const match = /^CONSOLE (\S+ \S+) (.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) this.inbox.push({ source: 'console', level: match[1], text: match[2] });
  }
}
