/**
 * Child processes the harness starts itself (Xvfb, WebKitWebDriver). Each is killed, with the
 * processes it started, when its owner closes it and, as a last resort, when the worker process
 * exits for any reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const running = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of running) {
    const tree = child.pid === undefined ? [] : descendants(child.pid);
    child.kill('SIGKILL');
    for (const pid of tree) kill(pid, 'SIGKILL');
  }
});

/**
 * The processes a process started, and theirs, from Linux's /proc (empty where it cannot be read).
 * WebKitWebDriver leaves the MiniBrowser of a session it still holds running when it is stopped.
 */
export function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(' ').filter(Boolean).map(Number)) found.push(child, ...descendants(child));
  }
  return found;
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

export interface OwnedProcess {
  readonly child: ChildProcess;
  /** Lines the process printed on stderr, kept for error messages. */
  readonly stderr: string[];
  stop(): Promise<void>;
}

export interface ProcessOptions extends SpawnOptions {
  /** Called with each whole line the process (or a child sharing its stdio) prints, stdout and stderr alike. */
  onLine?: (line: string) => void;
}

/** Splits a stream into whole lines, keeping a partial last line until its end arrives. */
function eachLine(stream: NodeJS.ReadableStream | null, listener: (line: string) => void): void {
  if (!stream) return;
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) listener(line);
  });
}

export function startProcess(command: string, args: string[], { onLine, ...options }: ProcessOptions = {}): OwnedProcess {
  const child = spawn(command, args, { stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'pipe'], ...options });
  running.add(child);
  const stderr: string[] = [];
  eachLine(child.stderr, (line) => {
    onLine?.(line);
    if (line.trim() === '') return;
    stderr.push(line);
    if (stderr.length > 50) stderr.splice(0, stderr.length - 50);
  });
  if (onLine) eachLine(child.stdout, onLine);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
    child.once('error', () => {
      running.delete(child);
      resolve();
    });
  });
  return {
    child,
    stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Read before the process goes: its orphans are no longer listed as its children.
      const tree = child.pid === undefined ? [] : descendants(child.pid);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
      for (const pid of tree) kill(pid, 'SIGKILL');
    },
  };
}

/** Resolves when the process exits, or rejects with its stderr tail. */
export function exitOf(owned: OwnedProcess): Promise<never> {
  return new Promise((_, reject) => {
    owned.child.once('error', (error) => reject(error));
    owned.child.once('exit', (code, signal) =>
      reject(new Error(`exited early (code ${code}, signal ${signal}): ${owned.stderr.slice(-5).join(' | ')}`)),
    );
  });
}
