/**
 * A sharded catalogue run fails its merged gate exactly as a one-machine run fails (issue #33):
 * the commands of docs/ci/github-actions.yml, here with two shards on this machine. Each shard
 * sees one engine's cells of a row, so neither can see that Chromium and WebKit differ; only the
 * merged matrix can, and `npm run merge-shards` must then exit 1 (merge-reports alone exits 0).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { runCommand } from './run-command.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workflow = readFileSync(path.join(root, 'docs/ci/github-actions.yml'), 'utf8');

/** The workflow's shard command and merge command, as written there. */
const shardCommand = /run: (npx playwright test --shard=\$\{\{ matrix\.shardIndex \}\}\/\$\{\{ matrix\.shardTotal \}\} .*)/.exec(workflow)?.[1];
const mergeCommand = /run: (npm run merge-shards -- all-blob-reports)/.exec(workflow)?.[1];

async function shardedRun(scenarios: string, work: string): Promise<{ code: number | null; output: string }> {
  const env = { CORSMATRIX_SCENARIOS: path.join(root, scenarios), CORSMATRIX_REPORT_DIR: path.join(work, 'reports'), CORSMATRIX_BASELINE: path.join(work, 'no-baseline.json') };
  for (const shard of [1, 2]) {
    const args = (shardCommand ?? '').replace('${{ matrix.shardIndex }}', String(shard)).replace('${{ matrix.shardTotal }}', '2').split(' ');
    // Two engines whose cells differ in one row, one slice each; an artifact per shard, as uploaded.
    const run = await runCommand(args[0] as string, [...args.slice(1), '--project=chromium', '--project=webkit', `--output=${path.join(work, `results-${shard}`)}`], root, {
      timeoutMs: scaled(240_000),
      env: { ...env, PLAYWRIGHT_BLOB_OUTPUT_DIR: path.join(work, `blob-report-${shard}`) },
    });
    expect(run.code, run.output).toBe(0);
    cpSync(path.join(work, `blob-report-${shard}`), path.join(work, 'all-blob-reports'), { recursive: true });
  }
  expect(readdirSync(path.join(work, 'all-blob-reports')).sort()).toEqual(['report-chromium-webkit-1.zip', 'report-chromium-webkit-2.zip']);
  const [command, ...args] = (mergeCommand ?? '').replace('all-blob-reports', path.join(work, 'all-blob-reports')).split(' ');
  return runCommand(command as string, args, root, { timeoutMs: scaled(120_000), env });
}

test('the merged gate of a two-shard run fails on an unchecked difference between engines, and passes without it', async () => {
  // A safety limit: four shards of a few tests and two merges, 70 s alone.
  test.setTimeout(scaled(600_000));
  expect(shardCommand, 'the workflow has a shard command').toBeDefined();
  expect(mergeCommand, 'the workflow has a merge command').toBeDefined();
  const work = mkdtempSync(path.join(tmpdir(), 'corsmatrix-shards-'));
  try {
    const unchecked = await shardedRun('tests/fixtures/shard-scenarios/unchecked', path.join(work, 'unchecked'));
    expect(unchecked.code, unchecked.output).toBe(1);
    expect(unchecked.output).toContain('shards/video-crossorigin-allowed (tests/fixtures/shard-scenarios/unchecked/media.ts): request at hop 0 (other): Range (chromium "bytes=0-", webkit null)');
    expect(unchecked.output).toMatch(/corsmatrix verify: .*: 2 rows, 2 compared between engines, 1 with unchecked differences; failed/);

    const agreed = await shardedRun('tests/fixtures/shard-scenarios/agreed', path.join(work, 'agreed'));
    expect(agreed.code, agreed.output).toBe(0);
    expect(agreed.output).toMatch(/corsmatrix verify: .*: 2 rows, 2 compared between engines, 0 with unchecked differences\n/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
