/** What the command tests share: running a command to its end, and whether it left a port in use. */
import { spawn } from 'node:child_process';
import net from 'node:net';
import type { CheckKind } from '../../harness/own-server/observation.js';

/**
 * Runs a command to its end for a test: its exit code, everything it printed (and its stdout
 * alone), without colours.
 * `env` is added to this process's environment. Past `timeoutMs` it is stopped (SIGTERM: a run stops what it started), so that a test that would
 * time out fails with what the command printed instead of nothing.
 */
export function runCommand(command: string, args: string[], cwd: string, { timeoutMs, env }: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<{ code: number | null; output: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', npm_config_fund: 'false', npm_config_audit: 'false', ...env } });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            output += `\n[stopped by the test after ${Math.round(timeoutMs / 1000)} s]\n`;
            child.kill('SIGTERM');
          }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, stdout });
    });
  });
}

/** Whether nothing listens on a loopback port any more. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

/**
 * Checks no engine here can answer, so "not measured" is their right verdict: Max-Age outside
 * Chromium (only it reports its preflights), and Vary in WebKit (WebKitGTK here keeps no HTTP cache).
 */
export function unmeasurableHere(kind: CheckKind, engine: string): boolean {
  return kind === 'max-age' && engine !== 'chromium';
}
