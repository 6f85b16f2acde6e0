/**
 * Child processes the harness starts itself (Xvfb, WebKitWebDriver). Each is killed when its
 * owner closes it and, as a last resort, when the worker process exits for any reason.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const running = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

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
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
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
