/**
 * An engine that cannot start is not measured: a real run of the catalogue, under CI=true, in
 * which the legacy method-case variant is refused its user namespace (a stand-in unshare that
 * fails as a restricted kernel does). Its tests are skipped with the reason, the run exits 0, the
 * report names the column once, and no cell of the engine beside it changed since the baseline.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { readMatrix } from '../../harness/report/schema.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const project = 'chromium-legacy-method-case';

/** Runs a command to its end with these variables added: its exit code and everything it printed. */
function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('an engine that cannot start: its cells are skipped and not measured, the run passes, and no other cell changed since the baseline', async () => {
  test.setTimeout(scaled(180_000));
  const work = mkdtempSync(path.join(tmpdir(), 'corsmatrix-unavailable-'));
  try {
    const unshare = path.join(work, 'unshare');
    writeFileSync(unshare, '#!/bin/sh\necho "unshare: write failed /proc/self/uid_map: Operation not permitted" >&2\nexit 1\n');
    chmodSync(unshare, 0o755);
    const reports = path.join(work, 'reports');
    // The two patch scenarios: the variant's cells differ from Chromium's there, so Chromium's
    // recorded summaries name what set them apart from the variant.
    const args = ['playwright', 'test', '--project=chromium', `--project=${project}`, '-g', 'method-case/lowercase-patch', `--output=${path.join(work, 'results')}`];
    const env = {
      CI: 'true',
      // The ordinary user's route, whoever runs the tests, and a kernel that refuses it.
      CORSMATRIX_PRIVATE_MOUNT: 'user-namespace',
      CORSMATRIX_UNSHARE: unshare,
      CORSMATRIX_REPORT_DIR: reports,
      CORSMATRIX_BASELINE: path.join(root, 'baseline/matrix.json'),
    };
    const { code, output } = await run('npx', args, env);
    expect(code, output).toBe(0);
    expect(output).toContain('corsmatrix: 2 passed, 0 failed, 2 skipped');
    expect(output).toContain('corsmatrix: 0 cells changed since the baseline');
    // Named once, with the reason and what would make it work.
    const named = output.split('\n').filter((line) => line.startsWith(`corsmatrix: ${project}: not measured:`));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/uid_map: Operation not permitted.*run as root, or allow unprivileged user namespaces/);

    const matrix = readMatrix(readFileSync(path.join(reports, 'matrix.json'), 'utf8'));
    expect(matrix.columns.map((column) => column.project)).toEqual(['chromium']);
    expect(matrix.missingColumns.map((column) => column.project)).toEqual([project]);
    for (const row of matrix.rows) {
      expect(row.cells[project]).toMatchObject({ status: 'not-run', summary: 'not measured' });
      expect(row.cells[project]?.reason).toMatch(/^not measured: .*needs root or an unprivileged user namespace/);
      expect(row.cells.chromium?.status).toBe('matches-standard');
    }
    expect(matrix.baseline?.changes).toEqual([]);
    const markdown = readFileSync(path.join(reports, 'matrix.md'), 'utf8');
    expect(markdown).toContain(`- ${project}: not measured: `);
    expect(markdown).toContain('⚪ not measured');
    expect(readFileSync(path.join(reports, 'matrix.html'), 'utf8')).toContain('not measured: chromium-legacy-method-case');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

