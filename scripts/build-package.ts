/**
 * Builds what `npm pack` publishes (run by `prepack`): the harness compiled to dist/ by
 * tsconfig.build.json, and beside it the files the compiled code reads at run time (the C shims
 * that harness/engines compiles on the user's machine). dist/ is emptied first, so a module
 * removed from the sources is not published from an earlier build.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
for (const entry of readdirSync(path.join(root, 'harness'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith('.ts')) continue;
  const from = path.join(entry.parentPath, entry.name);
  const to = path.join(dist, path.relative(path.join(root, 'harness'), from));
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}
