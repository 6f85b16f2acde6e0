/**
 * The published package, used the way the README tells an application developer to (issues #13,
 * #33): `npm pack`, then in a new directory outside the repository `npm i -D <tarball> express
 * cors`; plain Node imports it, its dependencies are what its compiled code imports, and with a
 * ten-line app and a config `npx corsmatrix` runs it in Chromium, Firefox and WebKit.
 */
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import ts from 'typescript';
import { readProjectReport } from '../../harness/report/own-server-schema.js';
import { runCommand as run, unmeasurableHere } from './run-command.js';
import { scaled } from '../../harness/pace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const app = `const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: 'http://app.example.com', credentials: true, methods: ['GET'], allowedHeaders: [] }));
app.get('/', (req, res) => res.send('up'));
app.get('/api/me', (req, res) => res.json({ name: 'Ada' }));
app.listen(3120, '127.0.0.1');
`;

const config = `import { defineConfig } from 'corsmatrix';

export default defineConfig({
  pages: ['http://app.example.com'],
  targets: [
    {
      name: 'api',
      webServer: { command: 'node server.js', url: 'http://127.0.0.1:3120/' },
      paths: [{ path: '/api/me', allowedOrigins: ['http://app.example.com'], credentials: true }],
    },
  ],
});
`;

/** The library regression suite's frameworks and libraries: the repository's, never a user's install. */
const librarySuitePackages = ['express', 'cors', 'fastify', '@fastify/cors', '@koa/cors', 'hono', '@hono/node-server', 'elysia', '@elysiajs/cors', '@elysiajs/node', 'itty-router', 'h3', 'srvx', 'escape-string-regexp', '@playwright/test'];

/** The packages the modules reachable from `entries` import by name (static imports and literal dynamic ones). */
function packagesImportedFrom(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // TypeScript's pre-processor reads the import statements themselves, not code quoted in strings.
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  for (const entry of entries) visit(entry);
  return packages;
}

test('npm pack, installed in a new project, runs `npx corsmatrix` in the three engines', async () => {
  // A safety limit, not a timing test: npm pack, an install and three engines took 5 min in CI.
  test.setTimeout(scaled(600_000));
  const dir = mkdtempSync(path.join(tmpdir(), 'corsmatrix-package-'));
  try {
    const packed = await run('npm', ['pack', '--pack-destination', dir], root);
    expect(packed.code, packed.output).toBe(0);
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const project = path.join(dir, 'app');
    await run('mkdir', [project], dir);
    expect((await run('npm', ['init', '-y'], project)).code).toBe(0);
    // The packages are in npm's cache after the repository's own install: no download needed.
    const install = await run('npm', ['i', '-D', '--prefer-offline', path.join(dir, tarball as string), 'express', 'cors'], project);
    expect(install.code, install.output).toBe(0);
    // Plain Node, no TypeScript loader: the package is compiled JavaScript with declarations.
    const imported = await run(process.execPath, ['-e', "import('corsmatrix').then((m) => console.log(typeof m.readProjectReport, typeof m.defineConfig))"], project);
    expect(imported.output.trim()).toBe('function function');
    const installed = path.join(project, 'node_modules/corsmatrix');
    expect(existsSync(path.join(installed, 'dist/index.d.ts'))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
    expect((await run('npx', ['corsmatrix', '--version'], project)).output.trim()).toBe(manifest.version);
    expect(Object.keys(manifest.dependencies).filter((name) => librarySuitePackages.includes(name))).toEqual([]);
    // Every package the command and the API import is a dependency; nothing else is.
    const needed = packagesImportedFrom([path.join(installed, 'dist/cli.js'), path.join(installed, 'dist/index.js'), path.join(installed, 'bin/corsmatrix.mjs')]);
    expect([...needed].sort()).toEqual(Object.keys(manifest.dependencies).sort());
    writeFileSync(path.join(project, 'server.js'), app);
    writeFileSync(path.join(project, 'corsmatrix.config.ts'), config);
    const result = await run('npx', ['corsmatrix'], project);
    expect(result.output).toContain('starting chromium, firefox, webkit');
    expect(result.code, result.output).toBe(0);
    const report = readProjectReport(readFileSync(path.join(project, 'corsmatrix-report/report.json'), 'utf8'));
    expect(report.engines.map((engine) => engine.engine).sort()).toEqual(['chromium', 'firefox', 'webkit']);
    expect(report.targets[0]?.rows.length).toBeGreaterThan(10);
    // Delivered everywhere, but for the Max-Age checks outside Chromium (the engines' caps take hours).
    for (const row of report.targets[0]?.rows ?? []) {
      for (const [engine, cell] of Object.entries(row.cells)) {
        const why = cell.error ?? cell.steps.map((step) => step.unmeasured).find(Boolean) ?? '';
        expect(cell.verdict, `${row.check.id} in ${engine}${why ? ` (${why})` : ''}${cell.retried ? `, retried: ${cell.retried}` : ''}`).toBe(unmeasurableHere(row.check.kind, engine) ? 'not-measured' : 'intent-delivered');
      }
    }
    expect(readFileSync(path.join(project, 'corsmatrix-report/report.html'), 'utf8')).toContain('<h2 id="target-api">api</h2>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
