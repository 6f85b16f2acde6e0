/**
 * The library adapters, over plain HTTP from Node: each library origin answers a preflight and
 * an actual request with the generic options mapped to the library's own, serves the same
 * endpoints, logs what it received and what the library sent, records a request Node's parser
 * refused, and can load a library from a local checkout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { requestIdHeader, requestIdValue } from '../../harness/libraries/endpoints.js';
import { libraryAdapters } from '../../harness/libraries/index.js';
import { checkoutVariable, libraryNames, type LibraryName } from '../../harness/model/library-names.js';
import type { LibraryAdapter, LibraryCorsOptions, LibraryEndpoint } from '../../harness/model/library-options.js';
import { loopback, startOrigins, type RunningOrigins } from '../../harness/origins/servers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = 'http://site.localhost:1';
const other = 'http://other.localhost:1';

let origins: RunningOrigins;
let counter = 0;

test.beforeAll(async () => {
  origins = await startOrigins();
});

test.afterAll(async () => {
  await origins.stop();
});

interface Answer {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

function send(port: number, host: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: loopback, port, method, path, headers: { host: `${host}:${port}`, ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const joined: Record<string, string> = {};
        for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) {
          const name = (response.rawHeaders[i] as string).toLowerCase();
          joined[name] = joined[name] === undefined ? (response.rawHeaders[i + 1] as string) : `${joined[name]}, ${response.rawHeaders[i + 1] as string}`;
        }
        resolve({ status: response.statusCode ?? 0, headers: joined, body: text });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Registers a run for the library with these options, sends one request to it, and unregisters. */
async function ask(
  library: LibraryName,
  options: LibraryCorsOptions,
  request: { method: string; headers: Record<string, string>; endpoint?: LibraryEndpoint; body?: string },
): Promise<Answer & { token: string }> {
  const token = `library-test-${counter++}`;
  await origins.plans.register({
    token,
    scenarioId: 'test',
    cookies: [],
    pageHeaders: [],
    hops: [],
    library: { name: library, endpoint: request.endpoint ?? 'resource', options, settings: { cacheControl: 'no-store' } },
  });
  try {
    const answer = await send(origins.ports[library], `${library}.localhost`, request.method, `/s/${token}/0`, request.headers, request.body);
    return { ...answer, token };
  } finally {
    await origins.plans.unregister(token);
  }
}

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');

test("@elysiajs/cors's headers as its code writes them: Vary: * when it reflects, Allow-Headers: undefined when nothing was requested", async () => {
  const answer = await ask('elysia-cors', { origin: 'reflect' }, { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'PUT' } });
  expect(answer.headers['access-control-allow-origin']).toBe(site);
  expect(answer.headers.vary).toBe('*');
  expect(answer.headers['access-control-allow-headers']).toBe('undefined');
});

for (const library of libraryNames) {
  test(`${library}: a preflight is answered with the options mapped as intended`, async () => {
    const answer = await ask(
      library,
      { origin: site, credentials: true, allowedHeaders: ['X-One', 'X-Two'], maxAge: 42, methods: ['GET', 'PUT'] },
      { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'x-one' } },
    );
    // Flask answers an OPTIONS request itself (200) and Flask-CORS adds its headers; it allows
    // only the requested headers that its list matches.
    expect(answer.status).toBe(library === 'flask-cors' ? 200 : 204);
    expect(answer.headers['access-control-allow-origin']).toBe(site);
    expect(answer.headers['access-control-allow-credentials']).toBe('true');
    expect(list(answer.headers['access-control-allow-methods'])).toEqual(['get', 'put']);
    expect(list(answer.headers['access-control-allow-headers'])).toEqual(library === 'flask-cors' ? ['x-one'] : ['x-one', 'x-two']);
    expect(answer.headers['access-control-max-age']).toBe('42');
  });

  // Flask-CORS has no origin function: its list stands in.
  const allowSite: LibraryCorsOptions['origin'] = library === 'flask-cors' ? [site] : { allowList: [site] };

  test(`${library}: the origin function allows the listed origin only, exposed headers reach the actual response`, async () => {
    const options: LibraryCorsOptions = { origin: allowSite, exposedHeaders: [requestIdHeader] };
    const allowed = await ask(library, options, { method: 'GET', headers: { origin: site } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(site);
    // itty-router's corsify adds only Allow-Origin and Allow-Credentials to an actual response
    // (exposeHeaders goes on the preflight alone), and it never sends Vary.
    expect(list(allowed.headers['access-control-expose-headers'])).toEqual(library === 'itty-cors' ? [] : [requestIdHeader.toLowerCase()]);
    expect(allowed.headers[requestIdHeader.toLowerCase()]).toBe(requestIdValue);
    // Flask-CORS sends Vary: Origin only for more than one origin or a pattern, not for a list of one.
    expect(list(allowed.headers.vary)).toEqual(library === 'itty-cors' || library === 'flask-cors' ? [] : expect.arrayContaining(['origin']));
    const refused = await ask(library, options, { method: 'GET', headers: { origin: other } });
    // hono's documented form answers a refused origin with a fallback origin (the first allowed one).
    expect(refused.headers['access-control-allow-origin']).toBe(library === 'hono-cors' ? site : undefined);
  });

  test(`${library}: the app's own Vary: Accept survives the middleware, next to Origin`, async () => {
    const answer = await ask(library, { origin: allowSite }, { method: 'GET', headers: { origin: site, accept: 'application/json' }, endpoint: 'negotiated' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(list(answer.headers.vary)).toEqual(expect.arrayContaining(library === 'itty-cors' || library === 'flask-cors' ? ['accept'] : ['accept', 'origin']));
    const text = await ask(library, { origin: allowSite }, { method: 'GET', headers: { origin: site, accept: 'text/plain' }, endpoint: 'negotiated' });
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
  });

  test(`${library}: the page's own OPTIONS request, after its preflight`, async () => {
    const options: LibraryCorsOptions = { origin: site, methods: ['GET', 'OPTIONS'], exposedHeaders: [requestIdHeader] };
    const preflight = await ask(library, options, { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'OPTIONS' }, endpoint: 'own-options' });
    expect(preflight.status).toBe(library === 'flask-cors' ? 200 : 204);
    expect(preflight.headers['access-control-allow-origin']).toBe(site);
    expect(list(preflight.headers['access-control-allow-methods'])).toContain('options');
    // The page's own OPTIONS has no Access-Control-Request-Method: only @koa/cors lets the app's
    // handler answer it (without CORS headers); the others take it for a preflight.
    const actual = await ask(library, options, { method: 'OPTIONS', headers: { origin: site }, endpoint: 'own-options' });
    const seen = { status: actual.status, handlerRan: actual.headers[requestIdHeader.toLowerCase()] === requestIdValue, allowOrigin: actual.headers['access-control-allow-origin'] ?? null };
    const expected = {
      'koa-cors': { status: 200, handlerRan: true, allowOrigin: null },
      'express-cors': { status: 204, handlerRan: false, allowOrigin: site },
      'fastify-cors': { status: 400, handlerRan: false, allowOrigin: site },
      'hono-cors': { status: 204, handlerRan: false, allowOrigin: site },
      'elysia-cors': { status: 204, handlerRan: false, allowOrigin: site },
      'itty-cors': { status: 204, handlerRan: false, allowOrigin: site },
      'h3-cors': { status: 200, handlerRan: true, allowOrigin: site },
      'flask-cors': { status: 200, handlerRan: true, allowOrigin: site },
    } satisfies Record<LibraryName, typeof seen>;
    expect(seen).toEqual(expected[library]);
  });

  test(`${library}: default options reflect the requested headers`, async () => {
    const answer = await ask(library, {}, { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,x-custom' } });
    // @elysiajs/cors's default origin is `true`: it reflects any origin (with credentials, also on by default);
    // Flask-CORS's default '*' echoes the Origin too, unless send_wildcard is set.
    expect(answer.headers['access-control-allow-origin']).toBe(library === 'elysia-cors' || library === 'flask-cors' ? site : '*');
    expect(list(answer.headers['access-control-allow-headers'])).toEqual(['authorization', 'x-custom']);
  });

  test(`${library}: the endpoints answer alike (200, thrown 500, 401, validation 400, unmatched 404)`, async () => {
    const headers = { origin: site };
    const json = { ...headers, 'content-type': 'application/json' };
    const statuses = [
      (await ask(library, {}, { method: 'PUT', headers })).status,
      (await ask(library, {}, { method: 'GET', headers, endpoint: 'throws' })).status,
      (await ask(library, {}, { method: 'GET', headers, endpoint: 'unauthorized' })).status,
      (await ask(library, {}, { method: 'POST', headers: json, endpoint: 'validated', body: '{}' })).status,
      (await ask(library, {}, { method: 'POST', headers: json, endpoint: 'validated', body: '{"name":"corsmatrix"}' })).status,
      (await ask(library, {}, { method: 'GET', headers, endpoint: 'unmatched' })).status,
    ];
    expect(statuses).toEqual([200, 500, 401, 400, 200, 404]);
  });
}

test("a library's answer does not depend on which library ran before it in the worker (Hono leaves Node's Response global alone)", async () => {
  const options: LibraryCorsOptions = { origin: site };
  const unmatched = () => ask('elysia-cors', options, { method: 'GET', headers: { origin: site }, endpoint: 'unmatched' });
  const before = await unmatched();
  const globals = { Request: globalThis.Request, Response: globalThis.Response };
  expect((await ask('hono-cors', options, { method: 'GET', headers: { origin: site } })).status).toBe(200);
  expect({ Request: globalThis.Request, Response: globalThis.Response }).toEqual(globals);
  const after = await unmatched();
  expect(before.status).toBe(404);
  expect(after.status).toBe(404);
  expect(after.headers['content-type']).toBe(before.headers['content-type']);
});

test('the log keeps what arrived and what the library sent; the body is left unread (length from Content-Length)', async () => {
  const answer = await ask('express-cors', { origin: site }, { method: 'POST', headers: { origin: site, 'content-type': 'text/plain' }, body: 'twelve bytes' });
  expect(answer.status).toBe(200);
  const [entry] = origins.log.forToken(answer.token);
  expect(entry?.origin).toBe('express-cors');
  expect(entry?.method).toBe('POST');
  expect(entry?.bodyLength).toBe(12);
  expect(entry?.response?.status).toBe(200);
  expect(entry?.response?.headers).toContainEqual(['Access-Control-Allow-Origin', site]);
  origins.log.release(answer.token);
});

test('a method Node refuses (lower-case patch) is logged as refused, and answered 400', async () => {
  const token = `library-test-${counter++}`;
  const port = origins.ports['hono-cors'];
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = net.connect({ host: loopback, port }, () => {
      socket.write(`patch /s/${token}/0 HTTP/1.1\r\nHost: hono-cors.localhost:${port}\r\nOrigin: ${site}\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  expect(reply).toMatch(/^HTTP\/1\.1 400 /);
  const [entry] = origins.log.forToken(token);
  expect(entry).toMatchObject({ method: 'patch', origin: 'hono-cors', hop: 0, isPreflight: false });
  expect(entry?.refused).toMatch(/HPE_INVALID_METHOD/);
  expect(entry?.headers).toContainEqual(['Origin', site]);
  origins.log.release(token);
});

test("a run is served only on its own library's origin, and not after it is unregistered", async () => {
  const token = `library-test-${counter++}`;
  await origins.plans.register({ token, scenarioId: 'test', cookies: [], pageHeaders: [], hops: [], library: { name: 'koa-cors', endpoint: 'resource', options: {}, settings: { cacheControl: 'no-store' } } });
  const elsewhere = await send(origins.ports['hono-cors'], 'hono-cors.localhost', 'GET', `/s/${token}/0`, {});
  expect(elsewhere.status).toBe(421);
  await origins.plans.unregister(token);
  const after = await send(origins.ports['koa-cors'], 'koa-cors.localhost', 'GET', `/s/${token}/0`, {});
  expect(after.status).toBe(404);
  origins.log.release(token);
});

test('an option the library lacks fails the registration with a clear message, and leaves no plan behind', async () => {
  const token = `library-test-${counter++}`;
  const registering = origins.plans.register({
    token,
    scenarioId: 'test',
    cookies: [],
    pageHeaders: [],
    hops: [],
    library: { name: 'koa-cors', endpoint: 'resource', options: { origin: { regexp: '^x$' } }, settings: { cacheControl: 'no-store' } },
  });
  await expect(registering).rejects.toThrow(/@koa\/cors has no option for a RegExp origin/);
  expect(origins.plans.get(token)).toBeUndefined();
});

test('CORSMATRIX_LIBRARY_PATH_<NAME> loads the library from a local checkout instead of node_modules', async () => {
  // A checkout of cors: its files, a changed version and one extra header, with the project's
  // node_modules standing in for the checkout's own installed dependencies.
  const checkout = mkdtempSync(path.join(tmpdir(), 'corsmatrix-cors-checkout-'));
  const variable = checkoutVariable('express-cors');
  try {
    cpSync(path.join(root, 'node_modules/cors'), checkout, { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(checkout, 'node_modules'));
    const manifest = JSON.parse(readFileSync(path.join(checkout, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(path.join(checkout, 'package.json'), JSON.stringify({ ...manifest, version: `${manifest.version}-checkout` }));
    const source = readFileSync(path.join(checkout, 'lib/index.js'), 'utf8');
    writeFileSync(path.join(checkout, 'lib/index.js'), source.replace('function cors(options, req, res, next) {', "function cors(options, req, res, next) {\n    res.setHeader('X-From-Checkout', 'yes');"));
    process.env[variable] = checkout;
    const adapter = libraryAdapters['express-cors'];
    expect(adapter.describe()).toMatchObject({ version: `${manifest.version}-checkout`, checkout });
    const answer = await ask('express-cors', {}, { method: 'GET', headers: { origin: site } });
    expect(answer.headers['x-from-checkout']).toBe('yes');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
  } finally {
    delete process.env[variable];
    rmSync(checkout, { recursive: true, force: true });
  }
  const released = await ask('express-cors', {}, { method: 'GET', headers: { origin: site } });
  expect(released.headers['x-from-checkout']).toBeUndefined();
});

test('a library that runs in a process of its own is started when a run first needs it, once, and stopped with the origins', async () => {
  const calls: string[] = [];
  const real = libraryAdapters['hono-cors'];
  const external: LibraryAdapter = {
    ...real,
    async start() {
      calls.push('start');
      return { handlerFor: () => Promise.reject(new Error('not used')), stop: async () => void calls.push('stop') };
    },
    async createHandler(options, settings) {
      calls.push('handler');
      return real.createHandler(options, settings);
    },
  };
  const own = await startOrigins({ adapters: { ...libraryAdapters, 'hono-cors': external } });
  try {
    expect(calls).toEqual([]);
    for (const token of ['external-1', 'external-2']) {
      await own.plans.register({ token, scenarioId: 'test', cookies: [], pageHeaders: [], hops: [], library: { name: 'hono-cors', endpoint: 'resource', options: {}, settings: { cacheControl: 'no-store' } } });
      await own.plans.unregister(token);
    }
    expect(calls).toEqual(['start', 'handler', 'handler']);
  } finally {
    await own.stop();
  }
  expect(calls).toEqual(['start', 'handler', 'handler', 'stop']);
});

/** What the Flask-CORS adapter says of itself in a fresh process with this environment (it asks Python once per process). */
function flaskCorsIn(env: NodeJS.ProcessEnv): { unavailable?: string; version: string; checkout: string | null } {
  const script = `
    import { flaskCorsAdapter } from ${JSON.stringify(path.join(root, 'harness/libraries/flask-cors.ts'))};
    const { version, checkout } = flaskCorsAdapter.describe();
    console.log(JSON.stringify({ unavailable: flaskCorsAdapter.unavailable?.(), version, checkout }));`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as ReturnType<typeof flaskCorsIn>;
}

test('Flask-CORS on a machine whose Python lacks it says why, the reason its cells give for not being measured', () => {
  const missing = flaskCorsIn({ CORSMATRIX_PYTHON: '/nonexistent/python3' });
  expect(missing.unavailable).toMatch(/^no Python here imports flask_cors \(\/nonexistent\/python3: .*\); npm run setup installs Debian's python3-flask-cors/);
  expect(missing.version).toBe('not installed');
});

test("Flask-CORS from a local checkout: Python imports the checkout's flask_cors before the installed one", () => {
  const installed = flaskCorsIn({});
  test.skip(installed.unavailable !== undefined, `Flask-CORS is not installed here: ${installed.unavailable ?? ''}`);
  const installedAt = (python: string) => execFileSync(python, ['-c', 'import flask_cors, os; print(os.path.dirname(flask_cors.__file__))'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let python: string;
  try {
    python = installedAt(process.env.CORSMATRIX_PYTHON ?? 'python3');
  } catch {
    python = installedAt('/usr/bin/python3');
  }
  const checkout = mkdtempSync(path.join(tmpdir(), 'corsmatrix-flask-cors-'));
  try {
    cpSync(python, path.join(checkout, 'flask_cors'), { recursive: true });
    writeFileSync(path.join(checkout, 'flask_cors', 'version.py'), "__version__ = '0.0.0+checkout'\n");
    const fromCheckout = flaskCorsIn({ [checkoutVariable('flask-cors')]: checkout });
    expect(fromCheckout).toEqual({ version: '0.0.0+checkout', checkout });
    expect(() => flaskCorsIn({ [checkoutVariable('flask-cors')]: tmpdir() })).toThrow(/has no flask_cors\/__init__.py/);
  } finally {
    rmSync(checkout, { recursive: true, force: true });
  }
});
