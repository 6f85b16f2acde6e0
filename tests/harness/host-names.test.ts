/**
 * Page origins under their real names, without root: what each engine is told (host-names.ts),
 * and the run's two page servers (origins/page-proxy.ts): one port for both schemes, and the
 * forward proxy that sends page origins there and everything else where it was addressed.
 */
import { test, expect } from '@playwright/test';
import http from 'node:http';
import http2 from 'node:http2';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { generate } from 'selfsigned';
import { chromiumPageRules, firefoxPagePrefs, webkitGtkPageArgs, type PageRoutes } from '../../harness/engines/host-names.js';
import { launchEngine } from '../../harness/engines/launch.js';
import { createEitherSchemeServer, createPageProxy } from '../../harness/origins/page-proxy.js';

const routes: PageRoutes = {
  origins: ['https://app.example.test', 'http://app.example.test', 'https://admin.example.test:8443', 'http://admin.example.test:8443'],
  listener: { address: '127.0.0.1', port: 41001 },
  proxy: { address: '127.0.0.1', port: 41002 },
};

test('each engine is told where the page origins are, default ports spelt out', () => {
  // Chromium maps host and port (both schemes of a port share it) to the listener.
  expect(chromiumPageRules(routes).arg).toBe(
    '--host-resolver-rules=MAP app.example.test:443 127.0.0.1:41001,MAP app.example.test:80 127.0.0.1:41001,MAP admin.example.test:8443 127.0.0.1:41001',
  );
  const firefox = firefoxPagePrefs(routes).prefs;
  expect(firefox['network.proxy.type']).toBe(2);
  const pac = decodeURIComponent(String(firefox['network.proxy.autoconfig_url']).replace('data:application/x-ns-proxy-autoconfig,', ''));
  // The PAC script, run as Firefox runs it: page host names through the proxy, the rest direct.
  const findProxy = new Function(`${pac}; return FindProxyForURL;`)() as (url: string, host: string) => string;
  expect(findProxy('https://app.example.test/', 'app.example.test')).toBe('PROXY 127.0.0.1:41002');
  expect(findProxy('http://admin.example.test:8443/', 'admin.example.test')).toBe('PROXY 127.0.0.1:41002');
  expect(findProxy('https://127.0.0.1:3101/api', '127.0.0.1')).toBe('DIRECT');
  expect(findProxy('https://evilapp.example.test/', 'evilapp.example.test')).toBe('DIRECT');
  expect(webkitGtkPageArgs(routes).args).toEqual([
    '--proxy=http://127.0.0.1:41002',
    '--ignore-host=localhost',
    '--ignore-host=*.localhost',
    '--ignore-host=127.0.0.0/8',
    '--ignore-host=::1',
  ]);
});

test('a target under its front end\'s name is reached at its address, TLS and all: a Chromium rule, the proxy for Firefox and WebKit; never a loopback name', async () => {
  const forwarded: PageRoutes = { ...routes, forwards: [{ host: 'api.example.test', port: 443, to: { address: '127.0.0.1', port: 3101 } }] };
  expect(chromiumPageRules(forwarded).arg).toContain(',MAP api.example.test:443 127.0.0.1:3101');
  const pac = decodeURIComponent(String(firefoxPagePrefs(forwarded).prefs['network.proxy.autoconfig_url']).replace('data:application/x-ns-proxy-autoconfig,', ''));
  const findProxy = new Function(`${pac}; return FindProxyForURL;`)() as (url: string, host: string) => string;
  expect(findProxy('https://api.example.test/me', 'api.example.test')).toBe('PROXY 127.0.0.1:41002');
  expect(webkitGtkPageArgs(forwarded).note).toContain('api.example.test:443 is reached at 127.0.0.1:3101');
  await expect(launchEngine({ engine: 'chromium' }, 'chromium', { pages: { ...routes, forwards: [{ host: 'api.localhost', port: 443, to: { address: '127.0.0.1', port: 3101 } }] } })).rejects.toThrow(
    '"api.localhost" is a loopback name, which browsers reach directly: it cannot be routed elsewhere',
  );
});

test('a page host that is not a host name stops the launch with the name in the message', async () => {
  await expect(launchEngine({ engine: 'chromium' }, 'chromium', { pages: { ...routes, origins: ['https://app!example.test'] } })).rejects.toThrow('"app!example.test" is not a host name');
});

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** One raw HTTP/1.1 exchange on a socket: what came back, as text. */
function exchange(socket: net.Socket | tls.TLSSocket, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(request);
  });
}

test('one port serves http and https, and the proxy sends page origins there and other requests where they were addressed', async () => {
  const pems = await generate([{ name: 'commonName', value: 'corsmatrix test' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
  const seen: string[] = [];
  const answer = (scheme: string) => (request: http.IncomingMessage | http2.Http2ServerRequest, response: http.ServerResponse | http2.Http2ServerResponse) => {
    seen.push(`${scheme} ${request.method} ${request.url} host=${request.headers.host} x-case=${request.rawHeaders.includes('X-Mixed-Case')} proxy-connection=${request.headers['proxy-connection'] ?? '-'}`);
    response.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
    response.end(`${scheme} page`);
  };
  const pageListener = createEitherSchemeServer(http.createServer(answer('http')), http2.createSecureServer({ key: pems.private, cert: pems.cert, allowHTTP1: true }, answer('https')));
  const elsewhere = http.createServer((request, response) => {
    seen.push(`elsewhere ${request.method} ${request.url} host=${request.headers.host}`);
    response.writeHead(200, { connection: 'close' }).end('elsewhere');
  });
  const pagePort = await listen(pageListener);
  const elsewherePort = await listen(elsewhere);
  const proxy = createPageProxy((host, port) => (host === 'app.example.test' && (port === 443 || port === 80) ? { host: '127.0.0.1', port: pagePort } : undefined));
  const proxyPort = await listen(proxy);
  try {
    // Plain http for a page origin: forwarded to the page listener, headers as sent, less the proxy's own.
    const plain = await exchange(
      net.connect(proxyPort, '127.0.0.1'),
      'GET http://app.example.test/__corsmatrix/page?x=1 HTTP/1.1\r\nHost: app.example.test\r\nX-Mixed-Case: 1\r\nProxy-Connection: keep-alive\r\nConnection: close\r\n\r\n',
    );
    expect(plain).toMatch(/^HTTP\/1\.1 200 /);
    expect(plain).toContain('http page');
    // https for a page origin: a CONNECT tunnel, then TLS from the client to the page listener itself.
    const tunnel = net.connect(proxyPort, '127.0.0.1');
    const established = await new Promise<string>((resolve) => {
      tunnel.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1')));
      tunnel.write('CONNECT app.example.test:443 HTTP/1.1\r\nHost: app.example.test:443\r\n\r\n');
    });
    expect(established).toMatch(/^HTTP\/1\.1 200 /);
    const secure = tls.connect({ socket: tunnel, servername: 'app.example.test', rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] });
    await new Promise<void>((resolve) => secure.once('secureConnect', () => resolve()));
    expect(await exchange(secure, 'GET /__corsmatrix/page HTTP/1.1\r\nHost: app.example.test\r\nConnection: close\r\n\r\n')).toContain('https page');
    // Anything else goes where it was addressed.
    const other = await exchange(net.connect(proxyPort, '127.0.0.1'), `GET http://127.0.0.1:${elsewherePort}/api HTTP/1.1\r\nHost: 127.0.0.1:${elsewherePort}\r\nConnection: close\r\n\r\n`);
    expect(other).toContain('elsewhere');
    expect(seen).toEqual([
      'http GET /__corsmatrix/page?x=1 host=app.example.test x-case=true proxy-connection=-',
      'https GET /__corsmatrix/page host=app.example.test x-case=false proxy-connection=-',
      `elsewhere GET /api host=127.0.0.1:${elsewherePort}`,
    ]);
  } finally {
    for (const server of [proxy, pageListener, elsewhere]) server.close();
  }
});
