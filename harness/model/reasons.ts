/**
 * Why a request was blocked, in one vocabulary for every engine: the step of the Fetch standard
 * that fails (https://fetch.spec.whatwg.org/), or a network failure that is no CORS check at all.
 * Each engine's own words are mapped onto these by harness/reasons/phrases.ts.
 */
export const blockedReasons = {
  'allow-origin-missing': { summary: 'Access-Control-Allow-Origin missing', step: 'CORS check, step 2: no Access-Control-Allow-Origin' },
  'allow-origin-mismatch': { summary: 'Access-Control-Allow-Origin does not match', step: 'CORS check, step 4: the value is neither * nor the serialised origin' },
  'allow-origin-multiple': { summary: 'Access-Control-Allow-Origin has several values', step: 'CORS check, step 2: the header does not parse as a single value' },
  'allow-origin-wildcard-with-credentials': { summary: 'Access-Control-Allow-Origin * with credentials', step: 'CORS check, step 3: * is refused when credentials are included' },
  'allow-credentials-not-true': { summary: 'Access-Control-Allow-Credentials is not true', step: 'CORS check, step 6: credentials included but the header is not `true`' },
  'preflight-status-not-ok': { summary: 'preflight status not ok', step: 'CORS-preflight fetch, step 7: the status is not in 200-299' },
  'preflight-redirected': { summary: 'preflight answered with a redirect', step: 'CORS-preflight fetch, step 7: a redirect status is not an ok status (preflights are never followed)' },
  'allow-methods-invalid': { summary: 'Access-Control-Allow-Methods does not parse', step: 'CORS-preflight fetch, step 7.3: extracting the methods fails' },
  'allow-headers-invalid': { summary: 'Access-Control-Allow-Headers does not parse', step: 'CORS-preflight fetch, step 7.3: extracting the header names fails' },
  'method-not-allowed': { summary: 'method not allowed', step: 'CORS-preflight fetch, step 7.5: the method is not in Access-Control-Allow-Methods' },
  'header-not-allowed': { summary: 'header not allowed', step: 'CORS-preflight fetch, step 7.7: a request header is not in Access-Control-Allow-Headers' },
  'authorization-not-covered-by-wildcard': { summary: 'Authorization not covered by *', step: 'CORS-preflight fetch, step 7.6: * in Access-Control-Allow-Headers never covers Authorization' },
  'redirect-credentials-in-url': { summary: 'credentials in the redirect URL', step: 'HTTP-redirect fetch, step 9: a cross-origin redirect URL includes credentials' },
  'redirect-not-allowed': { summary: 'redirect not allowed', step: 'HTTP-redirect fetch: the redirect leads to a URL a CORS request may not follow' },
  'redirect-mode': { summary: 'redirect mode forbids it', step: 'HTTP fetch, step 6: redirect mode "error" meets a redirect' },
  'no-cors-method': { summary: 'method not allowed in no-cors mode', step: 'Request constructor: mode "no-cors" allows only GET, HEAD and POST, anything else throws' },
  'mode-same-origin': { summary: 'mode same-origin', step: 'Main fetch, step 12: mode "same-origin" and a cross-origin URL' },
  'mixed-content': { summary: 'blocked as mixed content', step: 'Main fetch, step 7: an https page may not fetch an http URL the engine does not trust (mixed content)' },
  'keepalive-quota': { summary: 'keepalive bodies over 64 KiB', step: 'HTTP-network-or-cache fetch, step 8.10.5: the keepalive request bodies in flight would exceed 64 KiB' },
  'module-mime-type': { summary: "module's MIME type refused", step: "HTML, fetch a single module script: the response's MIME type does not fit the module's type (not a CORS check)" },
  'websocket-handshake-failed': { summary: 'WebSocket handshake failed', step: 'Fetch, establish a WebSocket connection: the answer is not a valid 101 (the server refused, or redirected); no CORS check exists' },
  'corp-blocked': { summary: 'blocked by Cross-Origin-Resource-Policy', step: "Fetch, cross-origin resource policy check: the response's CORP, or its absence under COEP require-corp, forbids this no-cors load" },
  'local-network-denied': { summary: 'local network access denied', step: 'Local Network Access: no permission to reach a more private address space' },
  'network-failure': { summary: 'network failure, not CORS', step: 'no CORS check failed: the connection was reset, refused or did not answer' },
  unspecified: { summary: 'blocked by access control, check not named', step: 'the engine says access control blocked it, without naming the check that failed' },
  unrecognised: { summary: 'unrecognised message', step: 'the engine said something the mapping does not know yet (harness/reasons/phrases.ts)' },
  silent: { summary: 'the engine said nothing', step: 'the request failed and the engine printed nothing that says why' },
  'not-captured': { summary: 'messages not captured', step: "the harness cannot read this engine's messages (the column's changed settings say why)" },
} as const satisfies Record<string, { summary: string; step: string }>;

export type BlockedReason = keyof typeof blockedReasons;

export function isBlockedReason(value: string): value is BlockedReason {
  return Object.hasOwn(blockedReasons, value);
}
export const blockedReasonNames = Object.keys(blockedReasons) as [BlockedReason, ...BlockedReason[]];
