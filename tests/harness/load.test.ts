/** `npm run load` (scripts/load.ts): counts checked, and a load stopped from outside leaves nothing behind. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { scaled } from '../../harness/pace.js';
import { runCommand } from './run-command.js';

const root = path.resolve(import.meta.dirname, '../..');
// As `npm run load` starts it: in one process. tsx's own command runs the script in a child and
// SIGKILLs it when it has not acknowledged a signal within 30 ms, which a busy machine misses.
const load = ['--import', 'tsx', 'scripts/load.ts'];

test('a count that is not a whole number is named, and nothing runs', async () => {
  const result = await runCommand(process.execPath, [...load, '--cores', 'x', '--', 'true'], root, { timeoutMs: scaled(30_000) });
  expect(result.code).toBe(2);
  expect(result.output).toContain('--cores x: give a whole number, e.g. 2');
});

test('stopped by a signal, the load stops its command and its writer takes its files with it', async () => {
  test.setTimeout(scaled(60_000));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corsmatrix-load-test-'));
  try {
    const child = spawn(process.execPath, [...load, '--cores', '0', '--memory', '1', '--io', '1', '--', process.execPath, '-e', 'setTimeout(() => {}, 120_000)'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore',
    });
    // tsx keeps its cache there too; only the writer's directories count.
    const written = () => fs.readdirSync(tmp).filter((name) => name.startsWith('corsmatrix-load-'));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // The writer's directory is there: the load is running.
    await expect.poll(() => written().length, { timeout: scaled(20_000) }).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(128 + os.constants.signals.SIGTERM);
    expect(written()).toEqual([]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
