/**
 * The LD_PRELOAD shims some engines run with (each recorded as a changed setting where used):
 * compiled here once per source version with the system's C compiler, which `npm run setup`
 * installs.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The shared library built from `source`, cached in the temporary directory by the source's hash. */
export async function compileShim(source: string, name: string): Promise<{ path: string } | { unavailable: string }> {
  const text = readFileSync(source);
  const library = path.join(os.tmpdir(), `corsmatrix-${name}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.so`);
  if (existsSync(library)) return { path: library };
  // Compiled under a private name and renamed, so two workers never load a half-written file.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'corsmatrix-shim-'));
  try {
    const built = path.join(scratch, 'shim.so');
    await promisify(execFile)(process.env.CC ?? 'cc', ['-shared', '-fPIC', '-O2', '-o', built, source, '-ldl']);
    await rename(built, library);
    return { path: library };
  } catch (error) {
    return { unavailable: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
