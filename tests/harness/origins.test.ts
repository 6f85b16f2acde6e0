/**
 * The origin servers: loopback only, HTTP/2 with HTTP/1.1 fallback on https, planned responses
 * written byte for byte, and a log of every request as it was on the wire.
 */
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import { test, expect } from '@playwright/test';
import { startOrigins, loopback, type RunningOrigins } from '../../harness/origins/servers.js';

let origins: RunningOrigins;

test.beforeAll(async () => {
  origins = await startOrigins();
});

test.afterAll(async () => {
  await origins.stop();
});

function register(token: string): void {
  origins.plans.register({
    token,
    scenarioId: 'test',
    cookies: [],
    pageHeaders: [],
    hops: [
      {
        origin: 'other-https',
        preflight: { status: 204, headers: [['Access-Control-Allow-Methods', 'patch']], body: '', bodyEncoding: 'utf8' },
        response: { status: 201, headers: [['X-Dup', 'a'], ['x-dup', 'b'], ['X-Odd-CASE', 'c']], body: 'created', bodyEncoding: 'utf8' },
      },
    ],
  });
}

interface Answer {
  status: number;
  headers: string[];
  body: string;
  alpn: string | false;
}

/** An HTTP/1.1 request by raw socket details, so case and duplicates are visible. */
function http1(port: number, host: string, method: string, path: string, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      { host: loopback, port, servername: host, method, path, headers: { host: `${host}:${port}`, 'x-sent': ['1', '2'] }, rejectUnauthorized: false },
      (response) => {
        const alpn = (response.socket as import('node:tls').TLSSocket).alpnProtocol ?? false;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.rawHeaders, body: text, alpn }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function h2(port: number, host: string, method: string, path: string, extra: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(`https://${loopback}:${port}`, { servername: host, rejectUnauthorized: false });
    session.on('error', reject);
    const stream = session.request({ ':method': method, ':path': path, ':authority': `${host}:${port}`, ...extra });
    let text = '';
    let status = 0;
    const headers: string[] = [];
    stream.on('response', (h, flags) => {
      status = Number(h[':status']);
      void flags;
      for (const [name, value] of Object.entries(h)) {
        if (name.startsWith(':')) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.push(name, String(v));
      }
    });
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (text += chunk));
    stream.on('end', () => {
      resolve({ status, headers, body: text, alpn: session.alpnProtocol ?? false });
      session.close();
    });
    stream.end();
  });
}

test('every listener is bound to 127.0.0.1 and to nothing else', async () => {
  const others = Object.values(os.networkInterfaces())
    .flat()
    .filter((info): info is os.NetworkInterfaceInfo => !!info && !info.internal)
    .map((info) => info.address);
  for (const port of Object.values(origins.ports)) {
    for (const address of others) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port, timeout: 1000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, `port ${port} on ${address}`).not.toBe('connected');
    }
    // And it is reachable on loopback, so the check above is meaningful.
    await new Promise<void>((resolve, reject) => net.connect({ host: loopback, port }).once('connect', function (this: net.Socket) {
      this.destroy();
      resolve();
    }).once('error', reject));
  }
});

test('origins have the documented relations', () => {
  const url = (name: keyof typeof origins.origins) => new URL(origins.origins[name]);
  expect(url('site').hostname).toBe('site.localhost');
  expect(url('api').hostname).toBe('api.site.localhost');
  expect(url('api').port).toBe(url('site').port);
  expect(url('site-port').hostname).toBe('site.localhost');
  expect(url('site-port').port).not.toBe(url('site').port);
  expect(url('site-https').protocol).toBe('https:');
  expect(url('other').hostname).toBe('other.localhost');
  expect(url('other-https').protocol).toBe('https:');
});

test('https speaks HTTP/2 and passes a lower-case custom method through; the log keeps it as sent', async () => {
  register('h2-token');
  const port = origins.ports.https;
  const preflight = await h2(port, 'other.localhost', 'OPTIONS', '/s/h2-token/0', { origin: 'https://site.localhost', 'access-control-request-method': 'patch' });
  expect(preflight.alpn).toBe('h2');
  expect(preflight.status).toBe(204);
  const actual = await h2(port, 'other.localhost', 'patch', '/s/h2-token/0');
  expect(actual.status).toBe(201);
  expect(actual.body).toBe('created');
  // HTTP/2 names are lower-case on the wire; Node's client joins the two x-dup fields.
  expect(actual.headers).toEqual(expect.arrayContaining(['x-dup', 'a, b', 'x-odd-case', 'c']));
  const log = origins.log.forToken('h2-token');
  expect(log.map((entry) => [entry.method, entry.isPreflight, entry.origin, entry.httpVersion])).toEqual([
    ['OPTIONS', true, 'other-https', '2.0'],
    ['patch', false, 'other-https', '2.0'],
  ]);
  origins.plans.unregister('h2-token');
});

test('https falls back to HTTP/1.1, writes duplicate and odd-cased headers as given, logs body length', async () => {
  register('h1-token');
  const answer = await http1(origins.ports.https, 'other.localhost', 'POST', '/s/h1-token/0', 'twelve bytes');
  expect(answer.alpn).toBe(false);
  expect(answer.status).toBe(201);
  expect(answer.headers.slice(0, 6)).toEqual(['X-Dup', 'a', 'x-dup', 'b', 'X-Odd-CASE', 'c']);
  const [entry] = origins.log.forToken('h1-token');
  expect(entry?.httpVersion).toBe('1.1');
  expect(entry?.bodyLength).toBe(12);
  expect(entry?.headers.filter(([name]) => name === 'x-sent')).toEqual([
    ['x-sent', '1'],
    ['x-sent', '2'],
  ]);
  origins.plans.unregister('h1-token');
});

test('a request for a host the listener does not serve is answered 421 and still logged', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    http
      .get({ host: loopback, port: origins.ports.http, path: '/s/nobody/0', headers: { host: 'stranger.localhost' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
  expect(status).toBe(421);
  expect(origins.log.forToken('nobody')[0]?.origin).toBeUndefined();
});

test('a scenario URL requested on the wrong origin is refused, not answered', async () => {
  register('wrong-origin');
  const answer = await h2(origins.ports.https, 'site.localhost', 'GET', '/s/wrong-origin/0');
  expect(answer.status).toBe(421);
  origins.plans.unregister('wrong-origin');
});

test('stop() releases every port', async () => {
  const own = await startOrigins();
  const ports = Object.values(own.ports);
  await own.stop();
  for (const port of ports) {
    await new Promise<void>((resolve, reject) => {
      const server = net.createServer().once('error', reject);
      server.listen(port, loopback, () => server.close(() => resolve()));
    });
  }
});

test('a WebSocket handshake is logged like any request, accepted on a planned 101 and refused with the planned status otherwise', async () => {
  const { WebSocket } = await import('ws');
  const plan = (token: string, status: number) =>
    origins.plans.register({
      token,
      scenarioId: 'test',
      cookies: [],
      pageHeaders: [],
      hops: [{ origin: 'other', response: { status, headers: [['X-Planned', 'yes']], body: status === 101 ? 'hello' : 'go away', bodyEncoding: 'utf8' } }],
    });
  const open = (token: string) =>
    new Promise<{ message?: string; status?: number; upgradeHeader?: string }>((resolve, reject) => {
      const other = new URL(origins.origins.other);
      const socket = new WebSocket(`ws://${loopback}:${other.port}/s/${token}/0`, { headers: { Host: other.host, Origin: origins.origins.site } });
      socket.on('upgrade', (response) => socket.once('message', (data) => {
        resolve({ message: String(data), upgradeHeader: String(response.headers['x-planned']) });
        socket.close();
      }));
      socket.on('unexpected-response', (_request, response) => {
        resolve({ status: response.statusCode });
        socket.terminate();
      });
      socket.on('error', reject);
    });
  await plan('ws-accepted', 101);
  await plan('ws-refused', 403);
  expect(await open('ws-accepted')).toEqual({ message: 'hello', upgradeHeader: 'yes' });
  expect(await open('ws-refused')).toEqual({ status: 403 });
  const [accepted] = origins.log.forToken('ws-accepted');
  expect(accepted).toMatchObject({ origin: 'other', hop: 0, method: 'GET', isPreflight: false });
  expect(accepted?.headers).toContainEqual(['Origin', origins.origins.site]);
  expect(origins.log.forToken('ws-refused')).toHaveLength(1);
});

test("every origin serves the page's service worker script, allowed to control any path, for the answers it knows only", async () => {
  const site = new URL(origins.origins.site);
  const get = (query: string) =>
    new Promise<{ status: number; allowed: string | undefined; type: string | undefined; body: string }>((resolve, reject) => {
      const request = http.get({ host: loopback, port: site.port, path: `/__corsmatrix/service-worker${query}`, headers: { host: site.host } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, allowed: response.headers['service-worker-allowed'] as string | undefined, type: response.headers['content-type'], body }));
      });
      request.on('error', reject);
    });
  const script = await get('?answer=synthetic');
  expect(script).toMatchObject({ status: 200, allowed: '/' });
  expect(script.type).toContain('javascript');
  expect(script.body).toContain('respondWith');
  expect((await get('?answer=anything')).status).toBe(400);
});

test('a conditional request gets the planned revalidation answer, any other request the planned response', async () => {
  await origins.plans.register({
    token: 'revalidated',
    scenarioId: 'test',
    cookies: [],
    pageHeaders: [],
    hops: [
      {
        origin: 'other',
        response: { status: 200, headers: [['ETag', '"v1"'], ['Cache-Control', 'no-cache']], body: 'version 1', bodyEncoding: 'utf8' },
        revalidation: { status: 304, headers: [['ETag', '"v1"'], ['X-Version', '2']], body: '', bodyEncoding: 'utf8' },
      },
    ],
  });
  const other = new URL(origins.origins.other);
  const get = (headers: Record<string, string>) =>
    new Promise<{ status: number; version: string | undefined }>((resolve, reject) => {
      const request = http.get({ host: loopback, port: other.port, path: '/s/revalidated/0', headers: { host: other.host, ...headers } }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, version: response.headers['x-version'] as string | undefined }));
      });
      request.on('error', reject);
    });
  expect(await get({})).toEqual({ status: 200, version: undefined });
  expect(await get({ 'If-None-Match': '"v1"' })).toEqual({ status: 304, version: '2' });
  expect(await get({ 'If-Modified-Since': 'Wed, 02 Dec 2026 10:00:00 GMT' })).toEqual({ status: 304, version: '2' });
});
