/**
 * Flask-CORS on Flask, in a Python process of its own (python/flask_cors_app.py served by
 * python/serve.py), reached through its library origin like the Node libraries. The interpreter
 * is $CORSMATRIX_PYTHON where set, otherwise the first of `python3` on the PATH and Debian's
 * /usr/bin/python3 that imports flask_cors; a machine with none gets its cells *not measured*
 * with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startForeignApps } from './foreign.js';
import { mapOrigin, withoutUndefined } from './options.js';
import { checkoutVariable } from '../model/library-names.js';
import { noSpecificOptions } from '../model/library-specific.js';
import { UnsupportedOptionError } from '../model/unsupported-option.js';
import type { LibraryAdapter, LibraryCorsOptions, LibraryDescription } from '../model/library-options.js';

const name = 'flask-cors';
const packageName = 'Flask-CORS';
const module = 'flask_cors';
const pythonDirectory = fileURLToPath(new URL('./python/', import.meta.url));

/** A regular expression as Python's `re` compiles it: the pattern, and IGNORECASE for `i`. */
type PythonRegexp = { regexp: string; flags: string };
type FlaskCorsOrigin = string | Array<string | PythonRegexp>;

/** CORS(app, **options) in Flask-CORS's own words. */
export interface FlaskCorsOptions {
  origins?: FlaskCorsOrigin;
  supports_credentials?: boolean;
  allow_headers?: string[];
  expose_headers?: string[];
  max_age?: number;
  methods?: string[];
}

const takes = 'origins: "*", a string, or a list of strings and compiled regular expressions (no function)';

function pythonRegexp(regexp: RegExp): PythonRegexp {
  // Python's re has no global or sticky matching; `s`, `m` and `u` change what a pattern means.
  const unsupported = regexp.flags.replace('i', '');
  if (unsupported) throw new UnsupportedOptionError(packageName, `a RegExp with the flags "${unsupported}"`, "a Python re pattern, with re.IGNORECASE for 'i'");
  return { regexp: regexp.source, flags: regexp.flags };
}

function mapOptions(options: LibraryCorsOptions): FlaskCorsOptions {
  noSpecificOptions(options.specific, name, packageName);
  return withoutUndefined({
    // '*' is also Flask-CORS's way to allow any origin: it then echoes the request's Origin
    // (send_wildcard defaults to False), so `reflect` and `*` are written alike.
    origins: mapOrigin<FlaskCorsOrigin>(
      options.origin,
      {
        any: () => '*',
        reflect: () => '*',
        exact: ({ origin }) => origin,
        list: ({ origins }) => origins,
        regexp: ({ regexp }) => [pythonRegexp(regexp)],
        function: null,
      },
      { packageName, takes },
    ),
    supports_credentials: options.credentials,
    allow_headers: options.allowedHeaders,
    expose_headers: options.exposedHeaders,
    max_age: options.maxAge,
    methods: options.methods,
  });
}

/** A checkout is the repository's root, the directory that holds the `flask_cors` package. */
function checkout(): string | null {
  const configured = process.env[checkoutVariable(name)];
  if (!configured) return null;
  const directory = path.resolve(configured);
  if (!existsSync(path.join(directory, module, '__init__.py'))) {
    throw new Error(`corsmatrix: ${checkoutVariable(name)}=${configured} has no ${module}/__init__.py; point it at the repository's root`);
  }
  return directory;
}

/** No bytecode written beside the app's modules: they may sit in a read-only package. */
function pythonEnv(): NodeJS.ProcessEnv {
  const from = checkout();
  return { PYTHONDONTWRITEBYTECODE: '1', ...(from ? { PYTHONPATH: [from, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter) } : {}) };
}

interface Found {
  python: string;
  versions: { library: string; flask: string; werkzeug: string; python: string };
}

let found: Found | { why: string } | undefined;

/** The interpreter that runs Flask-CORS here and the versions it imports, asked once per process. */
function findPython(): Found | { why: string } {
  if (found) return found;
  const configured = process.env.CORSMATRIX_PYTHON;
  const candidates = configured ? [configured] : ['python3', '/usr/bin/python3'];
  const probe = `import json, platform, flask, werkzeug, ${module}; print(json.dumps({"library": ${module}.__version__, "flask": flask.__version__, "werkzeug": werkzeug.__version__, "python": platform.python_version()}))`;
  const tried: string[] = [];
  for (const python of candidates) {
    try {
      const output = execFileSync(python, ['-c', probe], { env: { ...process.env, ...pythonEnv() }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
      found = { python, versions: JSON.parse(output) as Found['versions'] };
      return found;
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1);
      tried.push(`${python}: ${stderr || (error instanceof Error ? error.message : String(error))}`);
    }
  }
  found = { why: `no Python here imports ${module} (${tried.join('; ')}); npm run setup installs Debian's python3-flask-cors, or set CORSMATRIX_PYTHON to a Python that has Flask-CORS` };
  return found;
}

export const flaskCorsAdapter: LibraryAdapter = {
  name,
  packageName,
  homepage: 'https://github.com/corydolphin/flask-cors',
  mapOptions,
  unavailable() {
    const python = findPython();
    return 'why' in python ? python.why : undefined;
  },
  describe(): LibraryDescription {
    const python = findPython();
    const versions = 'why' in python ? undefined : python.versions;
    return {
      name,
      packageName,
      version: versions?.library ?? 'not installed',
      framework: versions ? `Flask ${versions.flask} on Werkzeug ${versions.werkzeug} (Python ${versions.python})` : 'Flask (not installed)',
      checkout: checkout(),
    };
  },
  async start() {
    const python = findPython();
    if ('why' in python) throw new Error(`corsmatrix: ${name}: ${python.why}`);
    return startForeignApps({ library: name, command: python.python, args: [path.join(pythonDirectory, 'serve.py'), 'flask_cors_app'], env: pythonEnv() });
  },
  async createHandler(options, settings, runtime) {
    if (!runtime) throw new Error(`corsmatrix: ${name} runs in a Python process of its own, which the origins start before its first run`);
    return runtime.handlerFor(mapOptions(options), settings);
  },
};
