/**
 * A private X display for browsers that have no headless mode (WebKitGTK's MiniBrowser).
 * `-displayfd` lets Xvfb pick a free display number itself, so parallel runs never collide.
 */
import type { Readable } from 'node:stream';
import { exitOf, startProcess, type OwnedProcess } from '../processes.js';
import { scaled } from '../../pace.js';

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. `:3`. */
  display: string;
  stop(): Promise<void>;
}

export async function startXvfb(executable = 'Xvfb'): Promise<VirtualDisplay> {
  const owned: OwnedProcess = startProcess(executable, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x800x24'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const fd3 = owned.child.stdio[3] as Readable;
  fd3.setEncoding('utf8');
  const displayNumber = new Promise<string>((resolve) => {
    let text = '';
    fd3.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
  });
  let timer: NodeJS.Timeout | undefined;
  // Usually well under a second; on two busy cores (three engines starting at once) it took over 10 s.
  const timeout = new Promise<never>((_, reject) => {
    const limitMs = scaled(30_000);
    timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within ${limitMs / 1000} s`)), limitMs);
  });
  try {
    const number = await Promise.race([displayNumber, exitOf(owned), timeout]);
    return { display: `:${number}`, stop: () => owned.stop() };
  } catch (error) {
    await owned.stop();
    throw new Error(`Xvfb could not start: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
