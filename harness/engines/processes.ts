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

export function startProcess(command: string, args: string[], options: SpawnOptions = {}): OwnedProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  running.add(child);
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    if (stderr.length > 50) stderr.splice(0, stderr.length - 50);
  });
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
