/**
 * Loads a library's modules from the npm release in node_modules, or from a local checkout when
 * `CORSMATRIX_LIBRARY_PATH_<NAME>` points at one (`npm run library -- <name> --checkout <path>`),
 * and reads the version that actually ran from the package.json it came from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkoutVariable, type LibraryName } from '../model/library-names.js';
import type { LibraryDescription } from '../model/library-options.js';

const require = createRequire(import.meta.url);

interface PackageJson {
  name?: string;
  version?: string;
  main?: string;
  exports?: unknown;
}

function readPackageJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
}

/** The checkout directory configured for this library, or null for the npm release. */
export function checkoutOf(name: LibraryName): string | null {
  const configured = process.env[checkoutVariable(name)];
  if (!configured) return null;
  const directory = path.resolve(configured);
  if (!existsSync(path.join(directory, 'package.json'))) {
    throw new Error(`corsmatrix: ${checkoutVariable(name)}=${configured} has no package.json; point it at the package's root directory`);
  }
  return directory;
}

/** The installed package's root: walks up from its entry point (some packages do not export ./package.json). */
function installedRoot(packageName: string): string {
  let directory = path.dirname(require.resolve(packageName));
  for (;;) {
    const candidate = path.join(directory, 'package.json');
    if (existsSync(candidate) && readPackageJson(candidate).name === packageName) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`corsmatrix: cannot find the package.json of ${packageName}`);
    directory = parent;
  }
}

/**
 * Resolves `exports` the way `import` would (conditions node, import, default), enough for the
 * packages used here; falls back to `main` and to a plain file path for packages without exports.
 */
function exportTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const conditions = value as Record<string, unknown>;
  for (const condition of ['node', 'import', 'default']) {
    const target = exportTarget(conditions[condition]);
    if (target !== undefined) return target;
  }
  return undefined;
}

function checkoutEntry(directory: string, subpath: string): string {
  const manifest = readPackageJson(path.join(directory, 'package.json'));
  const key = subpath === '' ? '.' : `.${subpath}`;
  if (manifest.exports !== undefined) {
    const exportsMap = manifest.exports;
    const entry =
      typeof exportsMap === 'object' && exportsMap !== null && !Array.isArray(exportsMap) && Object.keys(exportsMap).some((k) => k.startsWith('.'))
        ? (exportsMap as Record<string, unknown>)[key]
        : key === '.'
          ? exportsMap
          : undefined;
    const target = exportTarget(entry);
    if (target === undefined) throw new Error(`corsmatrix: ${directory}/package.json exports nothing for "${key}"`);
    return path.join(directory, target);
  }
  if (subpath === '') return require.resolve(directory);
  return require.resolve(path.join(directory, subpath));
}

/**
 * Imports `packageName` + `subpath` (`hono` + `/cors`). Only modules of the library's own package
 * come from its checkout; its framework (Express for cors, say) always comes from node_modules.
 */
export async function importLibraryModule<T>(name: LibraryName, packageName: string, libraryPackage: string, subpath = ''): Promise<T> {
  const checkout = packageName === libraryPackage ? checkoutOf(name) : null;
  const specifier = checkout ? pathToFileURL(checkoutEntry(checkout, subpath)).href : `${packageName}${subpath}`;
  // The specifier is computed (release or checkout), so TypeScript cannot type the module;
  // each adapter names the type it expects from its package's own declarations.
  return (await import(specifier)) as T;
}

/** The version of a package as it will be imported: from the checkout when configured. */
export function packageVersion(name: LibraryName, packageName: string, libraryPackage: string): string {
  const checkout = packageName === libraryPackage ? checkoutOf(name) : null;
  const root = checkout ?? installedRoot(packageName);
  return readPackageJson(path.join(root, 'package.json')).version ?? 'unknown';
}

/**
 * What an adapter says of itself: the library's release (or checkout) and the framework it runs
 * on, each framework package with the version that answered (`hono 4.9.0 on @hono/node-server 1.19.0`).
 */
export function describeLibrary(name: LibraryName, packageName: string, frameworkPackages: string[]): LibraryDescription {
  return {
    name,
    packageName,
    version: packageVersion(name, packageName, packageName),
    framework: frameworkPackages.map((framework) => `${framework} ${packageVersion(name, framework, packageName)}`).join(' on '),
    checkout: checkoutOf(name),
  };
}
