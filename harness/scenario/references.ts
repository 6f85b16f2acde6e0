/**
 * The sections a scenario's `reference` may point to: the CORS-relevant algorithms of the Fetch
 * standard and the related specs, section by section, plus the other documents the catalogue
 * cites (library documentation, ECMAScript). `docs/coverage.md` is generated from this table and
 * the catalogue (`npm run coverage`); a catalogue test fails on a reference that is not here.
 *
 * `core: true` marks a section the map must show as exercised: at least one scenario refers to
 * it, or `leftOut` says why none does.
 */
export interface SpecSection {
  /** The section's URL with its fragment, exactly as scenarios write it. */
  url: string;
  title: string;
  core?: true;
  /** Why no scenario exercises this section (only for a core section nothing refers to). */
  leftOut?: string;
}

export interface SpecDocument {
  name: string;
  url: string;
  sections: SpecSection[];
}

const fetchStandard = 'https://fetch.spec.whatwg.org/';
const html = 'https://html.spec.whatwg.org/multipage/';
const metadata = 'https://w3c.github.io/webappsec-fetch-metadata/';
const rfc6265bis = 'https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html';
const xhr = 'https://xhr.spec.whatwg.org/';

const section = (base: string, fragment: string, title: string, extra: Omit<SpecSection, 'url' | 'title'> = {}): SpecSection => ({ url: `${base}#${fragment}`, title, ...extra });

export const specDocuments: SpecDocument[] = [
  {
    name: 'Fetch',
    url: fetchStandard,
    sections: [
      section(fetchStandard, 'concept-header-list-get', 'Header list: get a header (combining values)'),
      section(fetchStandard, 'concept-headers-append', 'Headers: append'),
      section(fetchStandard, 'concept-header-value-normalize', 'Header value: normalize'),
      section(fetchStandard, 'concept-method-normalize', 'Method: normalize'),
      section(fetchStandard, 'cors-safelisted-method', 'CORS-safelisted method', { core: true }),
      section(fetchStandard, 'cors-safelisted-request-header', 'CORS-safelisted request-header', { core: true }),
      section(fetchStandard, 'cors-unsafe-request-header-names', 'CORS-unsafe request-header names', { core: true }),
      section(fetchStandard, 'cors-non-wildcard-request-header-name', 'CORS non-wildcard request-header name (Authorization)', { core: true }),
      section(fetchStandard, 'simple-range-header-value', 'Simple range header value (the safelisted Range)'),
      section(fetchStandard, 'cors-safelisted-response-header-name', 'CORS-safelisted response-header name', { core: true }),
      section(fetchStandard, 'forbidden-response-header-name', 'Forbidden response-header name'),
      section(fetchStandard, 'concept-request-mode', 'Request: mode', { core: true }),
      section(fetchStandard, 'concept-request-credentials-mode', 'Request: credentials mode', { core: true }),
      section(fetchStandard, 'concept-request-redirect-mode', 'Request: redirect mode'),
      section(fetchStandard, 'request-keepalive-flag', 'Request: keepalive'),
      section(fetchStandard, 'concept-request-tainted-origin', 'Request: redirect-tainted origin', { core: true }),
      section(fetchStandard, 'serializing-a-request-origin', 'Serializing a request origin', { core: true }),
      section(fetchStandard, 'concept-network-error', 'Network error'),
      section(fetchStandard, 'concept-filtered-response-opaque', 'Opaque filtered response'),
      section(fetchStandard, 'concept-filtered-response-opaque-redirect', 'Opaque-redirect filtered response'),
      section(fetchStandard, 'http-cors-protocol', 'The CORS protocol', { core: true }),
      section(fetchStandard, 'cors-request', 'CORS request', {
        core: true,
        leftOut: 'a definition only: every CORS request in the catalogue exercises it, and the scenarios cite the step that decides (the CORS check, the preflight)',
      }),
      section(fetchStandard, 'cors-preflight-request', 'CORS-preflight request', { core: true }),
      section(fetchStandard, 'http-requests', 'HTTP requests (the Origin header, Access-Control-Request-*)', {
        core: true,
        leftOut: 'the request side is checked in every scenario through the wire expectations; scenarios cite the algorithms that set the headers',
      }),
      section(fetchStandard, 'http-access-control-allow-origin', 'HTTP responses: Access-Control-Allow-Origin', { core: true }),
      section(fetchStandard, 'http-access-control-allow-credentials', 'HTTP responses: Access-Control-Allow-Credentials', { core: true }),
      section(fetchStandard, 'http-access-control-allow-methods', 'HTTP responses: Access-Control-Allow-Methods', { core: true }),
      section(fetchStandard, 'http-access-control-allow-headers', 'HTTP responses: Access-Control-Allow-Headers', { core: true }),
      section(fetchStandard, 'http-access-control-max-age', 'HTTP responses: Access-Control-Max-Age', { core: true }),
      section(fetchStandard, 'http-access-control-expose-headers', 'HTTP responses: Access-Control-Expose-Headers', { core: true }),
      section(fetchStandard, 'cors-protocol-and-credentials', 'The CORS protocol and credentials', { core: true }),
      section(fetchStandard, 'cors-protocol-and-http-caches', 'The CORS protocol and HTTP caches', { core: true }),
      section(fetchStandard, 'origin-header', 'The Origin header', { core: true }),
      section(fetchStandard, 'cross-origin-resource-policy-internal-check', 'Cross-Origin-Resource-Policy internal check', { core: true }),
      section(fetchStandard, 'concept-tao-check', 'TAO check (Timing-Allow-Origin)', { core: true }),
      section(fetchStandard, 'fetching', 'Fetching (the fetch algorithm)', { core: true }),
      section(fetchStandard, 'main-fetch', 'Main fetch', { core: true }),
      section(fetchStandard, 'append-a-request-origin-header', 'Append a request Origin header', { core: true }),
      section(fetchStandard, 'http-fetch', 'HTTP fetch', { core: true }),
      section(fetchStandard, 'http-redirect-fetch', 'HTTP-redirect fetch', { core: true }),
      section(fetchStandard, 'http-network-or-cache-fetch', 'HTTP-network-or-cache fetch', { core: true }),
      section(fetchStandard, 'cors-preflight-fetch', 'CORS-preflight fetch', { core: true }),
      section(fetchStandard, 'cors-preflight-cache', 'CORS-preflight cache', { core: true }),
      section(fetchStandard, 'concept-cache-match', 'CORS-preflight cache: cache entry match', { core: true }),
      section(fetchStandard, 'concept-cache-match-method', 'CORS-preflight cache: method cache entry match', { core: true }),
      section(fetchStandard, 'concept-cache-match-header', 'CORS-preflight cache: header-name cache entry match', { core: true }),
      section(fetchStandard, 'cors-check', 'CORS check', { core: true }),
      section(fetchStandard, 'concept-websocket-establish', 'Obtain a WebSocket connection / establish a WebSocket connection'),
      section(fetchStandard, 'concept-bodyinit-extract', 'Extracting a body (its Content-Type)'),
      section(fetchStandard, 'dom-request', 'The Request constructor'),
      section(fetchStandard, 'deferred-fetching', 'Deferred fetching (fetchLater)', {
        core: true,
        leftOut: 'fetchLater() sends when the page goes away or its timeout passes, after the probe has returned; only Chromium has it, and waiting for it needs a page unload the runner does not make yet',
      }),
    ],
  },
  {
    name: 'HTML',
    url: html,
    sections: [
      section(`${html}urls-and-fetching.html`, 'cors-settings-attributes', 'CORS settings attributes', { core: true }),
      section(`${html}urls-and-fetching.html`, 'attr-crossorigin-use-credentials', 'CORS settings attributes: use-credentials'),
      section(`${html}scripting.html`, 'the-script-element', 'The script element'),
      section(`${html}scripting.html`, 'attr-script-crossorigin', 'The script element: crossorigin'),
      section(`${html}semantics.html`, 'attr-link-crossorigin', 'The link element: crossorigin'),
      section(`${html}links.html`, 'consume-a-preloaded-resource', 'Consume a preloaded resource'),
      section(`${html}media.html`, 'attr-media-crossorigin', 'Media elements: crossorigin'),
      section(`${html}media.html`, 'concept-media-load-resource', 'Media elements: the resource fetch algorithm'),
      section(`${html}canvas.html`, 'security-with-canvas-elements', 'Security with canvas elements (tainting)'),
      section(`${html}webappapis.html`, 'fetch-a-single-module-script', 'Fetch a single module script'),
      section(`${html}workers.html`, 'dom-worker', 'The Worker constructor'),
      section(`${html}workers.html`, 'dom-workeroptions-credentials', 'WorkerOptions: credentials'),
      section(`${html}workers.html`, 'importing-scripts-and-libraries', 'Importing scripts and libraries (importScripts)'),
      section(`${html}server-sent-events.html`, 'dom-eventsource', 'The EventSource constructor'),
      section(`${html}server-sent-events.html`, 'dom-eventsource-withcredentials', 'EventSource: withCredentials'),
      section(`${html}web-messaging.html`, 'posting-messages', 'Posting messages (a cross-origin frame talks to the page)'),
      section(`${html}browsers.html`, 'same-origin', 'Same origin'),
      section(`${html}browsers.html`, 'same-site', 'Same site'),
      section(`${html}browsers.html`, 'coep', 'Cross-Origin-Embedder-Policy'),
      section(`${html}browsers.html`, 'coep-credentialless', 'Cross-Origin-Embedder-Policy: credentialless'),
    ],
  },
  {
    name: 'Fetch Metadata',
    url: metadata,
    sections: [
      section(metadata, 'sec-fetch-dest-header', 'Sec-Fetch-Dest', { core: true }),
      section(metadata, 'sec-fetch-mode-header', 'Sec-Fetch-Mode', { core: true }),
      section(metadata, 'sec-fetch-site-header', 'Sec-Fetch-Site', { core: true }),
      section(metadata, 'sec-fetch-user-header', 'Sec-Fetch-User', {
        core: true,
        leftOut: 'sent only on navigations the user activated; the probe makes no navigation of its own',
      }),
      section(metadata, 'abstract-opdef-set-site', 'Set Sec-Fetch-Site (over a redirect chain)', { core: true }),
    ],
  },
  {
    name: 'XMLHttpRequest',
    url: xhr,
    sections: [
      section(xhr, 'the-open()-method', 'The open() method'),
      section(xhr, 'the-send()-method', 'The send() method'),
      section(xhr, 'the-withcredentials-attribute', 'The withCredentials attribute'),
      section(xhr, 'the-getresponseheader()-method', 'The getResponseHeader() method'),
      section(xhr, 'handle-errors', 'Handle errors'),
      section(xhr, 'request-error-steps', 'Request error steps'),
    ],
  },
  {
    name: 'Other specifications',
    url: 'https://spec.whatwg.org/',
    sections: [
      { url: 'https://websockets.spec.whatwg.org/#websocket-opening-handshake', title: 'WebSockets: the opening handshake' },
      { url: 'https://w3c.github.io/beacon/#sec-processing-model', title: 'Beacon: processing model' },
      { url: 'https://w3c.github.io/ServiceWorker/#handle-fetch', title: 'Service Workers: Handle Fetch' },
      { url: 'https://w3c.github.io/resource-timing/#sec-timing-allow-origin', title: 'Resource Timing: Timing-Allow-Origin' },
      { url: 'https://drafts.csswg.org/css-fonts-4/#fetch-a-font', title: 'CSS Fonts: fetch a font' },
      { url: 'https://drafts.csswg.org/cssom/#dom-cssstylesheet-cssrules', title: 'CSSOM: cssRules' },
      { url: 'https://wicg.github.io/local-network-access/#integration-fetch', title: 'Local Network Access: integration with Fetch' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.1', title: 'HTTP Caching: calculating cache keys with Vary' },
      { url: `${rfc6265bis}#name-the-samesite-attribute`, title: 'Cookies (RFC 6265bis): the SameSite attribute' },
      { url: `${rfc6265bis}#name-same-site-and-cross-site-re`, title: 'Cookies (RFC 6265bis): same-site and cross-site requests' },
      { url: `${rfc6265bis}#name-storage-model`, title: 'Cookies (RFC 6265bis): storage model' },
      { url: 'https://tc39.es/ecma262/#sec-regexpbuiltinexec', title: 'ECMAScript: RegExpBuiltinExec (a /g RegExp keeps its lastIndex)' },
    ],
  },
  {
    name: 'CORS libraries',
    url: 'https://github.com/',
    sections: [
      { url: 'https://github.com/expressjs/cors#configuration-options', title: 'cors (Express): configuration options' },
      { url: 'https://github.com/fastify/fastify-cors#options', title: '@fastify/cors: options' },
      { url: 'https://github.com/fastify/fastify-cors#custom-fastify-hook-name', title: '@fastify/cors: custom Fastify hook' },
      { url: 'https://github.com/koajs/cors#corsoptions', title: '@koa/cors: options' },
    ],
  },
];

/** Every known section by its URL. */
export const knownSections: ReadonlyMap<string, SpecSection> = new Map(specDocuments.flatMap((document) => document.sections.map((entry) => [entry.url, entry])));
