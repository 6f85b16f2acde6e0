/**
 * Finds the processes of one run by an environment marker that every child inherits (workers,
 * browsers and their helpers, Xvfb, WebKitWebDriver, MiniBrowser), wherever they sit in the
 * process tree. Browsers start in their own process groups, so a marker is the reliable handle.
 * Linux only: reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const runMarkerVariable = 'CORSMATRIX_RUN_MARKER';

export interface MarkedProcess {
  pid: number;
  command: string;
  /** Resident memory in bytes. */
  rss: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited, or is not ours to read
  }
}

export function markedProcesses(marker: string): MarkedProcess[] {
  const needle = `${runMarkerVariable}=${marker}\0`;
  const found: MarkedProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = read(`/proc/${entry}/environ`);
    if (!environ || !`${environ}\0`.includes(needle)) continue;
    const status = read(`/proc/${entry}/status`) ?? '';
    if (/^State:\s+Z/m.test(status)) continue; // a zombie holds no resources and is reaped by its parent
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    const command = (read(`/proc/${entry}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ');
    found.push({ pid: Number(entry), command, rss: rssKb * 1024 });
  }
  return found;
}

/** Polls until no marked process is left, or the timeout passes; returns what is left. */
export async function waitForNoMarkedProcesses(marker: string, timeoutMs: number): Promise<MarkedProcess[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = markedProcesses(marker);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
