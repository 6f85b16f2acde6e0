/**
 * WebKitGTK's own console messages under WebKitWebDriver (docs/research/webkitgtk-console-messages.md).
 * MiniBrowser writes them to its stdio only for a non-ephemeral session, so a small shim, compiled
 * here once per source version, swaps the automation view's ephemeral data store for a fresh
 * persistent one per launch. The run records this as a changed setting.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MessageInbox } from './inbox.js';

const shimSource = fileURLToPath(new URL('./webkitgtk-console-shim.c', import.meta.url));

export const webkitConsoleSetting =
  'MiniBrowser --enable-write-console-messages-to-stdout=true, with its ephemeral website data store replaced by a persistent one in a fresh directory per session (LD_PRELOAD shim): WebKit prints console messages only for non-ephemeral sessions, and they are the only place WebKit says why a request was blocked';

export type ConsoleShim = { preload: string; dataDir: string; cleanup(): Promise<void> } | { unavailable: string };

/** Compiles the shim (cached by its source's hash) and makes the directory its sessions' stores go in. */
export async function prepareConsoleShim(): Promise<ConsoleShim> {
  const source = readFileSync(shimSource);
  const library = path.join(os.tmpdir(), `corsmatrix-webkitgtk-console-${createHash('sha256').update(source).digest('hex').slice(0, 12)}.so`);
  if (!existsSync(library)) {
    // Compiled under a private name and renamed, so two workers never load a half-written file.
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'corsmatrix-shim-'));
    try {
      const built = path.join(scratch, 'shim.so');
      await promisify(execFile)(process.env.CC ?? 'cc', ['-shared', '-fPIC', '-O2', '-o', built, shimSource, '-ldl']);
      await rename(built, library);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { unavailable: `the console shim could not be compiled (${detail}); \`npm run setup\` installs gcc` };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corsmatrix-webkit-data-'));
  return { preload: library, dataDir, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
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
