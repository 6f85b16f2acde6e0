import type { DeviationInput, ScenarioInput } from '../../harness/model/scenario.js';

// WebSocket has no CORS: the browser sends the page's Origin with the handshake and connects to
// any server that answers 101, whatever Access-Control-* says or does not say. Only the server
// can refuse, by checking Origin itself (a well-known source of cross-site WebSocket hijacking
// when it does not). The handshake carries cookies like a navigation would (credentials
// "include", subject to SameSite).
const accept = { status: 101, body: 'hello' };

// Fetch gives a WebSocket handshake mode "websocket" and no destination: Sec-Fetch-Mode:
// websocket, Sec-Fetch-Dest: empty.
const metadata = (site: 'cross-site' | 'same-site') => ({ secFetchSite: site, secFetchMode: 'websocket', secFetchDest: 'empty' });

const chromiumNoFetchMetadata: DeviationInput = {
  engine: 'chromium',
  reason:
    'Chromium sends no Sec-Fetch-Site, -Mode or -Dest on a WebSocket handshake, although Fetch Metadata applies to every request Fetch makes, WebSocket ones included (mode "websocket"). ' +
    'No Chromium bug found (searched 2026-12-02); linked: the spec text.',
  bug: 'https://w3c.github.io/webappsec-fetch-metadata/#fetch-integration',
  expected: { request: { secFetchSite: null, secFetchMode: null, secFetchDest: null } },
};

const webkitWebSocketDest: DeviationInput = {
  engine: 'webkit',
  reason:
    'WebKit sends Sec-Fetch-Dest: websocket on a WebSocket handshake; Fetch gives the handshake no destination, so the header should say "empty". ' +
    'WebKit special-cased it when it added Fetch Metadata to WebSockets (bug 237550).',
  bug: 'https://bugs.webkit.org/show_bug.cgi?id=237550',
  expected: { request: { secFetchDest: 'websocket' } },
};

export default [
  {
    id: 'websocket/cross-site-no-cors-needed',
    title: 'WebSocket to another site with no Access-Control-* header at all — the page connects and reads the message: CORS does not apply',
    reference: 'https://websockets.spec.whatwg.org/#websocket-opening-handshake',
    page: 'site',
    target: 'other',
    request: { api: 'websocket' },
    response: accept,
    expected: { preflight: false, request: { method: 'GET', origin: '{page}', ...metadata('cross-site') }, page: { bodyReadable: true } },
    deviations: [chromiumNoFetchMetadata, webkitWebSocketDest],
  },
  {
    id: 'websocket/server-refuses-origin',
    title: 'WebSocket whose server refuses the handshake with 403 (it checked Origin) — the connection fails; only the server could decide',
    reference: 'https://websockets.spec.whatwg.org/#websocket-opening-handshake',
    page: 'site',
    target: 'other',
    request: { api: 'websocket' },
    response: { status: 403, body: 'origin not allowed' },
    expected: { preflight: false, request: { origin: '{page}', ...metadata('cross-site') }, page: 'network-error', blocked: 'websocket-handshake-failed' },
    deviations: [chromiumNoFetchMetadata, webkitWebSocketDest],
  },
  {
    id: 'websocket/allow-origin-irrelevant',
    title: 'WebSocket whose 403 carries Access-Control-Allow-Origin: * — still refused: CORS headers mean nothing to a handshake',
    reference: 'https://websockets.spec.whatwg.org/#websocket-opening-handshake',
    page: 'site',
    target: 'other',
    request: { api: 'websocket' },
    response: { status: 403, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'origin not allowed' },
    expected: { preflight: false, request: { origin: '{page}', ...metadata('cross-site') }, page: 'network-error', blocked: 'websocket-handshake-failed' },
    deviations: [chromiumNoFetchMetadata, webkitWebSocketDest],
  },
  {
    id: 'websocket/cookie-to-same-site',
    title: 'WebSocket to a same-site subdomain — the cookie goes with the handshake (credentials "include"), no CORS needed',
    reference: 'https://fetch.spec.whatwg.org/#concept-websocket-establish',
    page: 'site',
    target: 'api',
    setup: { cookies: [{ origin: 'api', setCookie: 'sid=planted; Path=/' }] },
    request: { api: 'websocket' },
    response: accept,
    expected: { preflight: false, request: { origin: '{page}', cookie: 'sid=planted', ...metadata('same-site') }, page: { bodyReadable: true } },
    deviations: [chromiumNoFetchMetadata, webkitWebSocketDest],
  },
  {
    id: 'websocket/redirect-not-followed',
    title: 'WebSocket answered with a 302 — a handshake is never redirected: the connection fails and the second URL is never asked',
    reference: 'https://fetch.spec.whatwg.org/#concept-websocket-establish',
    page: 'site',
    target: 'other',
    request: { api: 'websocket' },
    response: { status: 302, redirect: { to: 'api', response: accept } },
    expected: { preflight: false, request: { origin: '{page}', ...metadata('cross-site') }, finalRequest: false, page: 'network-error', blocked: 'websocket-handshake-failed' },
    deviations: [
      chromiumNoFetchMetadata,
      webkitWebSocketDest,
      {
        engine: 'webkit',
        reason:
          'WebKitGTK follows a 3xx answer to a WebSocket handshake and connects to where it leads; Fetch establishes a WebSocket connection with redirect mode "error", ' +
          "so the connection should fail. Seen in the GTK port, whose network stack is libsoup; Safari's was not checked here. No WebKit bug found (searched 2026-12-02); linked: the spec text.",
        bug: 'https://fetch.spec.whatwg.org/#concept-websocket-establish',
        expected: { finalRequest: true, page: { bodyReadable: true } },
      },
    ],
  },
  {
    id: 'websocket/secure-cross-site',
    title: 'Secure WebSocket (wss:) from an http page to another site — no mixed content (loopback is trustworthy), Origin sent, connects',
    reference: 'https://websockets.spec.whatwg.org/#websocket-opening-handshake',
    page: 'site',
    target: 'other-https',
    request: { api: 'websocket' },
    response: accept,
    expected: { preflight: false, request: { origin: '{page}', ...metadata('cross-site') }, page: { bodyReadable: true } },
    deviations: [chromiumNoFetchMetadata, webkitWebSocketDest],
  },
] satisfies ScenarioInput[];
