/**
 * Each engine's own words for a blocked request, mapped onto the shared vocabulary
 * (vocabulary.ts). Data, not code: a phrase matches Chromium's structured code or a message's
 * text, and says what it reads as. Every `example` is a message captured from a real run, and
 * tests/harness/reasons.test.ts checks that each example reads as its phrase says.
 *
 * Captured from Chromium 156.0.8078 (Playwright, DevTools Network domain and console), Firefox
 * ESR 153.7 (Playwright over WebDriver BiDi) and WebKitGTK 2.50.6 (MiniBrowser's console).
 */
import type { EngineName } from '../model/engine-names.js';
import type { BlockedReason } from '../model/reasons.js';

/**
 * - a reason from the vocabulary;
 * - `allow-origin`: the engine says the Access-Control-Allow-Origin check failed without saying
 *   how (WebKit); the response's own header tells missing, several values or mismatch apart;
 * - `access-control`: the engine says access control blocked it, not which check;
 * - `echo`: a message every failure brings (Chromium's "Failed to load resource");
 * - `note`: a message about something else (a hidden header, a rejected cookie).
 */
export type Reading = BlockedReason | 'allow-origin' | 'access-control' | 'echo' | 'note';

export interface Phrase {
  /** Chromium's `corsErrorStatus.corsError` or `blockedReason` on the Network domain. */
  code?: string;
  text?: RegExp;
  /**
   * Matches the error the page's JavaScript got instead of a console message: read only when
   * the engine printed nothing that names a reason (a request refused before it is made).
   */
  pageError?: true;
  reads: Reading;
  /** Used only when no other message of the step names a reason (Firefox's follow-up messages). */
  weak?: true;
  example: string;
}

export interface EnginePhrasebook {
  capturedFrom: string;
  phrases: Phrase[];
}

const chromiumCodes: Array<[string, Reading]> = [
  ['MissingAllowOriginHeader', 'allow-origin-missing'],
  ['PreflightMissingAllowOriginHeader', 'allow-origin-missing'],
  ['AllowOriginMismatch', 'allow-origin-mismatch'],
  ['PreflightAllowOriginMismatch', 'allow-origin-mismatch'],
  // An empty or malformed value: the standard's check is the same "neither * nor the origin".
  ['InvalidAllowOriginValue', 'allow-origin-mismatch'],
  ['PreflightInvalidAllowOriginValue', 'allow-origin-mismatch'],
  ['MultipleAllowOriginValues', 'allow-origin-multiple'],
  ['PreflightMultipleAllowOriginValues', 'allow-origin-multiple'],
  ['WildcardOriginNotAllowed', 'allow-origin-wildcard-with-credentials'],
  ['PreflightWildcardOriginNotAllowed', 'allow-origin-wildcard-with-credentials'],
  ['InvalidAllowCredentials', 'allow-credentials-not-true'],
  ['PreflightInvalidAllowCredentials', 'allow-credentials-not-true'],
  ['PreflightInvalidStatus', 'preflight-status-not-ok'],
  ['PreflightDisallowedRedirect', 'preflight-redirected'],
  ['InvalidAllowMethodsPreflightResponse', 'allow-methods-invalid'],
  ['InvalidAllowHeadersPreflightResponse', 'allow-headers-invalid'],
  ['MethodDisallowedByPreflightResponse', 'method-not-allowed'],
  ['HeaderDisallowedByPreflightResponse', 'header-not-allowed'],
  ['RedirectContainsCredentials', 'redirect-credentials-in-url'],
  ['DisallowedByMode', 'mode-same-origin'],
  ['LocalNetworkAccessPermissionDenied', 'local-network-denied'],
  // Network.loadingFailed's blockedReason for a Cross-Origin-Resource-Policy block.
  ['corp-not-same-origin', 'corp-blocked'],
  ['corp-not-same-site', 'corp-blocked'],
  ['corp-not-same-origin-after-defaulted-to-same-origin-by-coep', 'corp-blocked'],
];

/**
 * Chromium's codes for a failed CORS check of a response itself, not of a preflight's answer:
 * those it also has with a `Preflight` prefix. A request refused with one of them was sent.
 */
export const chromiumResponseCheckCodes: ReadonlySet<string> = new Set(
  chromiumCodes.map(([code]) => code).filter((code) => chromiumCodes.some(([other]) => other === `Preflight${code}`)),
);

/** Chromium's net errors for a connection that failed below CORS (reset, refused, no answer). */
const chromiumNetworkFailures = 'CONNECTION_RESET|CONNECTION_REFUSED|CONNECTION_CLOSED|EMPTY_RESPONSE|HTTP2_PROTOCOL_ERROR|TIMED_OUT';

const chromium: EnginePhrasebook = {
  capturedFrom: 'Chromium 156.0.8078 (Debian), Playwright 1.64.1 over the DevTools protocol',
  phrases: [
    ...chromiumCodes.map(([code, reads]): Phrase => ({ code, reads, example: `network: net::ERR_FAILED (${code})` })),
    // `blockedReason: origin` comes with a same-origin-mode refusal, which the console words.
    { code: 'origin', reads: 'echo', example: 'network: (origin)' },
    { text: new RegExp(`^net::ERR_(${chromiumNetworkFailures})$`), reads: 'network-failure', example: 'net::ERR_CONNECTION_RESET' },
    { text: /^net::ERR_(FAILED|ABORTED|INVALID_REDIRECT|BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS)$/, reads: 'echo', example: 'net::ERR_FAILED' },
    { text: new RegExp(`^Failed to load resource: net::ERR_(${chromiumNetworkFailures})$`), reads: 'network-failure', example: 'Failed to load resource: net::ERR_CONNECTION_RESET' },
    { text: /^Failed to load resource: /, reads: 'echo', example: 'Failed to load resource: net::ERR_FAILED' },
    {
      text: /blocked by CORS policy: (Response to preflight request doesn't pass access control check: )?No 'Access-Control-Allow-Origin' header is present/,
      reads: 'allow-origin-missing',
      example: "Access to fetch at 'http://other.localhost:45575/s/t/0' from origin 'http://site.localhost:45575' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    },
    {
      text: /The 'Access-Control-Allow-Origin' header (has a value '.*' that is not equal to the supplied origin|contains the invalid value)/,
      reads: 'allow-origin-mismatch',
      example: "Access to fetch at 'http://other.localhost:45575/s/t/0' from origin 'http://site.localhost:45575' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header has a value 'http://api.site.localhost:45575' that is not equal to the supplied origin. Have the server send the header with a valid value.",
    },
    {
      text: /The 'Access-Control-Allow-Origin' header contains multiple values/,
      reads: 'allow-origin-multiple',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header contains multiple values '*, *', but only one is allowed. Have the server send the header with a valid value.",
    },
    {
      text: /must not be the wildcard '\*' when the request's credentials mode is 'include'/,
      reads: 'allow-origin-wildcard-with-credentials',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
    },
    {
      text: /The value of the 'Access-Control-Allow-Credentials' header in the response is '.*' which must be 'true'/,
      reads: 'allow-credentials-not-true',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Credentials' header in the response is 'yes' which must be 'true' when the request's credentials mode is 'include'.",
    },
    {
      text: /Response to preflight request doesn't pass access control check: It does not have HTTP ok status/,
      reads: 'preflight-status-not-ok',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
    },
    {
      text: /Redirect is not allowed for a preflight request/,
      reads: 'preflight-redirected',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: Redirect is not allowed for a preflight request.",
    },
    {
      text: /Cannot parse Access-Control-Allow-Methods response header field/,
      reads: 'allow-methods-invalid',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Cannot parse Access-Control-Allow-Methods response header field in preflight response.",
    },
    {
      text: /Cannot parse Access-Control-Allow-Headers response header field/,
      reads: 'allow-headers-invalid',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Cannot parse Access-Control-Allow-Headers response header field in preflight response.",
    },
    {
      text: /Method \S+ is not allowed by Access-Control-Allow-Methods/,
      reads: 'method-not-allowed',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.",
    },
    {
      text: /Request header field (?<header>\S+) is not allowed by Access-Control-Allow-Headers/,
      reads: 'header-not-allowed',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Request header field x-trace is not allowed by Access-Control-Allow-Headers in preflight response.",
    },
    {
      text: /Redirect location '.*' contains a username and password/,
      reads: 'redirect-credentials-in-url',
      example: "Access to fetch at 'http://other.localhost:1/s/t/0' from origin 'http://site.localhost:1' has been blocked by CORS policy: Redirect location '' contains a username and password, which is disallowed for cross-origin requests.",
    },
    {
      text: /Request mode is "same-origin" but the URL's origin is not same as the request origin|Unsafe attempt to load URL .* Domains, protocols and ports must match/,
      reads: 'mode-same-origin',
      example: 'Fetch API cannot load http://other.localhost:1/s/t/0. Request mode is "same-origin" but the URL\'s origin is not same as the request origin http://site.localhost:1.',
    },
    {
      text: /Permission was denied for this request to access the `\w+` address space/,
      reads: 'local-network-denied',
      example: "Access to fetch at 'http://127.0.0.1:1/s/t/0' from origin 'http://site.localhost:2' has been blocked by CORS policy: Permission was denied for this request to access the `loopback` address space.",
    },
    {
      text: /^Failed to load module script: Expected a (JavaScript|JSON|CSS)[- ]module script but the server responded with a MIME type of/,
      reads: 'module-mime-type',
      example:
        'Failed to load module script: Expected a JSON module script but the server responded with a MIME type of "text/plain". Strict MIME type checking is enforced for module scripts per HTML spec.',
    },
    {
      text: /^WebSocket connection to '\S+' failed: Error during WebSocket handshake: Unexpected response code: \d+$/,
      reads: 'websocket-handshake-failed',
      example: "WebSocket connection to 'ws://other.localhost:1/s/t/0' failed: Error during WebSocket handshake: Unexpected response code: 403",
    },
    { text: /^Refused to get unsafe header /, reads: 'note', example: 'Refused to get unsafe header "X-Hidden"' },
    { pageError: true, text: /'\S+' is unsupported in no-cors mode/, reads: 'no-cors-method', example: "TypeError: Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode." },
  ],
};

/** Firefox's messages carry MDN's reasons (https://developer.mozilla.org/docs/Web/HTTP/Guides/CORS/Errors). */
const firefox: EnginePhrasebook = {
  capturedFrom: 'Firefox ESR 153.7 (Debian), Playwright 1.64.1 over WebDriver BiDi',
  phrases: [
    {
      text: /\(Reason: CORS header ‘Access-Control-Allow-Origin’ missing\)/,
      reads: 'allow-origin-missing',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.',
    },
    {
      text: /\(Reason: CORS header ‘Access-Control-Allow-Origin’ does not match ‘.*’\)/,
      reads: 'allow-origin-mismatch',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: CORS header ‘Access-Control-Allow-Origin’ does not match ‘http://api.site.localhost:1’).',
    },
    {
      text: /\(Reason: Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed\)/,
      reads: 'allow-origin-multiple',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed).',
    },
    {
      text: /\(Reason: Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘\*’\)/,
      reads: 'allow-origin-wildcard-with-credentials',
      example: 'The Same Origin Policy disallows reading the remote resource at ‘http://other.localhost:1/s/t/0’. (Reason: Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’).',
    },
    {
      text: /\(Reason: expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’\)/,
      reads: 'allow-credentials-not-true',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’).',
    },
    {
      text: /\(Reason: CORS preflight response did not succeed\)\. Status code: 3\d\d\./,
      reads: 'preflight-redirected',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: CORS preflight response did not succeed). Status code: 307.',
    },
    {
      text: /\(Reason: CORS preflight response did not succeed\)/,
      reads: 'preflight-status-not-ok',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: CORS preflight response did not succeed). Status code: 404.',
    },
    {
      text: /\(Reason: Did not find method in CORS header ‘Access-Control-Allow-Methods’\)/,
      reads: 'method-not-allowed',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: Did not find method in CORS header ‘Access-Control-Allow-Methods’).',
    },
    {
      text: /\(Reason: (header ‘(?<header>[^’]+)’ is not allowed according to header ‘Access-Control-Allow-Headers’|missing token ‘(?<token>[^’]+)’ in CORS header ‘Access-Control-Allow-Headers’)/,
      reads: 'header-not-allowed',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: header ‘x-trace’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response).',
    },
    {
      text: /\(Reason: invalid token ‘.*’ in CORS header ‘Access-Control-Allow-Methods’\)/,
      reads: 'allow-methods-invalid',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: invalid token ‘PUT;’ in CORS header ‘Access-Control-Allow-Methods’).',
    },
    {
      text: /\(Reason: invalid token ‘.*’ in CORS header ‘Access-Control-Allow-Headers’\)/,
      reads: 'allow-headers-invalid',
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: invalid token ‘X Foo’ in CORS header ‘Access-Control-Allow-Headers’).',
    },
    // Comes with a redirected preflight, next to "preflight response did not succeed. Status code: 307".
    {
      text: /\(Reason: CORS request external redirect not allowed\)/,
      reads: 'redirect-not-allowed',
      weak: true,
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: CORS request external redirect not allowed).',
    },
    // Alone it is a failure below CORS (a reset); after a failed preflight it only repeats it.
    {
      text: /\(Reason: CORS request did not succeed\)/,
      reads: 'network-failure',
      weak: true,
      example: 'The Same Origin Policy disallows reading the remote resource at http://other.localhost:1/s/t/0. (Reason: CORS request did not succeed). Status code: (null).',
    },
    {
      text: /^Loading (JSON |CSS )?module from “[^”]*” was blocked because of a disallowed MIME type/,
      reads: 'module-mime-type',
      example: 'Loading JSON module from “http://other.localhost:1/s/t/0” was blocked because of a disallowed MIME type (“text/plain”).',
    },
    {
      text: /was blocked due to its Cross-Origin-Resource-Policy header \(or lack thereof\)/,
      reads: 'corp-blocked',
      example: 'The resource at “http://other.localhost:1/s/t/0” was blocked due to its Cross-Origin-Resource-Policy header (or lack thereof). See https://developer.mozilla.org/docs/Web/HTTP/Cross-Origin_Resource_Policy_(CORP)#',
    },
    // Said for any WebSocket that does not open: a refused handshake as well as a refused connection.
    { text: /^Firefox can’t establish a connection to the server at wss?:\/\//, reads: 'websocket-handshake-failed', example: 'Firefox can’t establish a connection to the server at ws://other.localhost:1/s/t/0.' },
    { text: /^Content at \S+ may not load data from \S+/, reads: 'mode-same-origin', example: 'Content at http://site.localhost:1/__corsmatrix/page may not load data from http://other.localhost:1/s/t/0.' },
    { text: /^Cookie “[^”]*” (has been )?rejected/, reads: 'note', example: 'Cookie “sid” rejected because it has the “SameSite=None” attribute but is missing the “secure” attribute.' },
    // Firefox words a no-cors PUT like a malformed method; seen only for that (no-cors/put-rejected).
    { pageError: true, text: /^TypeError: Window\.fetch: Invalid request method \S+\.$/, reads: 'no-cors-method', example: 'TypeError: Window.fetch: Invalid request method PUT.' },
  ],
};

const webkit: EnginePhrasebook = {
  capturedFrom: 'WebKitGTK 2.50.6 (Debian), MiniBrowser under WebKitWebDriver, console written to stdio',
  phrases: [
    // Said alike for a missing header and a wrong value.
    { text: /(^|: )Origin \S+ is not allowed by Access-Control-Allow-Origin\./, reads: 'allow-origin', example: 'Origin http://site.localhost:1 is not allowed by Access-Control-Allow-Origin. Status code: 200' },
    // On a redirect, the check's words follow "Cross-origin redirection to <url> denied by Cross-Origin Resource Sharing policy: ".
    { text: /(^|policy: )Access-Control-Allow-Origin cannot contain more than one origin\./, reads: 'allow-origin-multiple', example: 'Access-Control-Allow-Origin cannot contain more than one origin.' },
    {
      text: /(^|policy: )Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true\./,
      reads: 'allow-origin-wildcard-with-credentials',
      example: 'Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.',
    },
    { text: /(^|policy: )Credentials flag is true, but Access-Control-Allow-Credentials is not "true"\./, reads: 'allow-credentials-not-true', example: 'Credentials flag is true, but Access-Control-Allow-Credentials is not "true".' },
    { text: /^Preflight response is not successful\. Status code: 3\d\d$/, reads: 'preflight-redirected', example: 'Preflight response is not successful. Status code: 307' },
    { text: /^Preflight response is not successful\./, reads: 'preflight-status-not-ok', example: 'Preflight response is not successful. Status code: 404' },
    { text: /^Method \S+ is not allowed by Access-Control-Allow-Methods\./, reads: 'method-not-allowed', example: 'Method PUT is not allowed by Access-Control-Allow-Methods.' },
    { text: /^Request header field (?<header>\S+) is not allowed by Access-Control-Allow-Headers\./, reads: 'header-not-allowed', example: 'Request header field X-Trace is not allowed by Access-Control-Allow-Headers.' },
    { text: /^Header Access-Control-Allow-Methods has an invalid value/, reads: 'allow-methods-invalid', example: 'Header Access-Control-Allow-Methods has an invalid value: PUT;' },
    { text: /^Header Access-Control-Allow-Headers has an invalid value/, reads: 'allow-headers-invalid', example: 'Header Access-Control-Allow-Headers has an invalid value: X-A, X-B, X Foo' },
    {
      text: /denied by Cross-Origin Resource Sharing policy: redirection URL \S+ has credentials/,
      reads: 'redirect-credentials-in-url',
      example: 'Cross-origin redirection to http://user:pw@third.localhost:1/s/t/1 denied by Cross-Origin Resource Sharing policy: redirection URL http://user:pw@third.localhost:1/s/t/1 has credentials',
    },
    { text: /^Not allowed to follow a redirection while loading /, reads: 'redirect-mode', example: 'Not allowed to follow a redirection while loading http://other.localhost:1/s/t/0' },
    {
      text: /^Unsafe attempt to load URL .* Domains, protocols and ports must match\./,
      reads: 'mode-same-origin',
      example: 'Unsafe attempt to load URL http://other.localhost:1/s/t/1 from origin http://site.localhost:1. Domains, protocols and ports must match.',
    },
    { text: /^(Error receiving data: |Could not connect to the server|The network connection was lost)/, reads: 'network-failure', example: 'Error receiving data: Connection reset by peer' },
    {
      text: /^\[blocked\] The page at \S+ requested insecure content from /,
      reads: 'mixed-content',
      example: '[blocked] The page at https://app.example.com/__corsmatrix/page requested insecure content from http://127.0.0.1:3101/api/profile. This content was blocked and must',
    },
    { text: /^TypeError: '[^']*' is not a valid (JavaScript|JSON|CSS) MIME type\.$/, reads: 'module-mime-type', example: "TypeError: 'text/plain' is not a valid JavaScript MIME type." },
    { text: /^Reached maximum amount of queued data of 64Kb for keepalive requests$/, reads: 'keepalive-quota', example: 'Reached maximum amount of queued data of 64Kb for keepalive requests' },
    {
      text: /^Cancelled load to \S+ because it violates the resource's Cross-Origin-Resource-Policy response header\./,
      reads: 'corp-blocked',
      example: "Cancelled load to http://other.localhost:1/s/t/0 because it violates the resource's Cross-Origin-Resource-Policy response header.",
    },
    { text: /^WebSocket connection to '\S+' failed: The server did not accept the WebSocket handshake\.$/, reads: 'websocket-handshake-failed', example: "WebSocket connection to 'ws://other.localhost:1/s/t/0' failed: The server did not accept the WebSocket handshake." },
    { text: /^Not allowed to request resource$/, reads: 'echo', example: 'Not allowed to request resource' },
    {
      text: /cannot load \S+ due to access control checks\.$|^Cannot load image \S+ due to access control checks\.$|^Cross-origin script load denied by Cross-Origin Resource Sharing policy\.$/,
      reads: 'access-control',
      example: 'Fetch API cannot load http://other.localhost:1/s/t/0 due to access control checks.',
    },
    { text: /^(Fetch API|XMLHttpRequest) cannot load \S+$/, reads: 'echo', example: 'Fetch API cannot load http://other.localhost:1/s/t/0' },
    { text: /^Unable to get image data from canvas because the canvas has been tainted/, reads: 'note', example: 'Unable to get image data from canvas because the canvas has been tainted by cross-origin data.' },
    { pageError: true, text: /Method must be GET, POST or HEAD in no-cors mode\./, reads: 'no-cors-method', example: 'TypeError: Method must be GET, POST or HEAD in no-cors mode.' },
  ],
};

export const phrasebooks: Record<EngineName, EnginePhrasebook> = { chromium, firefox, webkit };
