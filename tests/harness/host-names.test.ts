/**
 * Page origins under their real names: each engine resolves the run's host names to loopback,
 * a page on one of them can fetch another, and nothing changes outside the browser.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkHostMapping } from '../../harness/engines/host-names.js';
import { launchEngine } from '../../harness/engines/launch.js';
import { simpleFetch } from './probe-requests.js';
import { engineNames } from '../../harness/engines/names.js';

test('host names and the address are checked and normalised before any browser starts', () => {
  expect(checkHostMapping({ address: '127.0.0.2', names: ['App.Example.com', 'app.example.com', 'admin.example.com'] })).toEqual({
    address: '127.0.0.2',
    names: ['app.example.com', 'admin.example.com'],
  });
  for (const bad of ['app example.com', 'https://app.example.com', '127.0.0.1', 'app..example.com', '-app.example.com', 'app.example.com:443']) {
    expect(() => checkHostMapping({ address: '127.0.0.1', names: [bad] }), bad).toThrow(`"${bad.toLowerCase()}" is not a host name`);
  }
  for (const address of ['10.0.0.1', 'localhost', '::1']) expect(() => checkHostMapping({ address, names: ['a.test'] })).toThrow(`"${address}" is not a loopback address`);
});

// 127.0.0.2 takes every engine's general route (Firefox: a private /etc/hosts); 127.0.0.1 Firefox's own preference.
const cases = [...engineNames.map((engine) => ({ engine, address: '127.0.0.2' })), { engine: 'firefox' as const, address: '127.0.0.1' }];

for (const { engine: engineName, address } of cases) {
  test(`${engineName}: a page on app.example.test fetches api.example.test, both served from ${address}`, async () => {
    const seen: Array<{ host: string | undefined; origin: string | undefined; path: string | undefined }> = [];
    const server = http.createServer((request, response) => {
      seen.push({ host: request.headers.host, origin: request.headers.origin, path: request.url });
      if (request.url === '/page') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>page</title>');
      } else {
        response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{"ok":true}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, address, resolve));
    const port = (server.address() as AddressInfo).port;
    const hostsBefore = readFileSync('/etc/hosts', 'utf8');
    const engine = await launchEngine({ engine: engineName }, engineName, { hosts: { address, names: ['app.example.test', 'api.example.test'] } });
    try {
      expect(engine.identity.changedSettings.join('\n')).toContain(`app.example.test, api.example.test resolve to ${address} in this browser only`);
      const session = await engine.newSession();
      await session.goto(`http://app.example.test:${port}/page`);
      expect(await session.evaluate<string>('location.origin')).toBe(`http://app.example.test:${port}`);
      const page = await session.probe(simpleFetch(`http://api.example.test:${port}/data`));
      expect(page).toMatchObject({ result: 'response', status: 200, bodyReadable: true });
      expect(seen).toContainEqual({ host: `api.example.test:${port}`, origin: `http://app.example.test:${port}`, path: '/data' });
      await session.close();
    } finally {
      await engine.close();
      server.close();
    }
    // The mapping lived in the browser only.
    expect(readFileSync('/etc/hosts', 'utf8')).toBe(hostsBefore);
  });
}

test('a name that is not a host name stops the launch with the name in the message', async () => {
  await expect(launchEngine({ engine: 'chromium' }, 'chromium', { hosts: { address: '127.0.0.2', names: ['app example.com'] } })).rejects.toThrow('"app example.com" is not a host name');
});
