/**
 * Why a request was blocked, in one vocabulary for every engine: the step of the Fetch standard
 * that fails (https://fetch.spec.whatwg.org/), or a network failure that is no CORS check at all.
 * Each engine's own words are mapped onto these by harness/reasons/phrases.ts.
 */
export declare const blockedReasons: {
    readonly 'allow-origin-missing': {
        readonly summary: "Access-Control-Allow-Origin missing";
        readonly step: "CORS check, step 2: no Access-Control-Allow-Origin";
    };
    readonly 'allow-origin-mismatch': {
        readonly summary: "Access-Control-Allow-Origin does not match";
        readonly step: "CORS check, step 4: the value is neither * nor the serialised origin";
    };
    readonly 'allow-origin-multiple': {
        readonly summary: "Access-Control-Allow-Origin has several values";
        readonly step: "CORS check, step 2: the header does not parse as a single value";
    };
    readonly 'allow-origin-wildcard-with-credentials': {
        readonly summary: "Access-Control-Allow-Origin * with credentials";
        readonly step: "CORS check, step 3: * is refused when credentials are included";
    };
    readonly 'allow-credentials-not-true': {
        readonly summary: "Access-Control-Allow-Credentials is not true";
        readonly step: "CORS check, step 6: credentials included but the header is not `true`";
    };
    readonly 'preflight-status-not-ok': {
        readonly summary: "preflight status not ok";
        readonly step: "CORS-preflight fetch, step 7: the status is not in 200-299";
    };
    readonly 'preflight-redirected': {
        readonly summary: "preflight answered with a redirect";
        readonly step: "CORS-preflight fetch, step 7: a redirect status is not an ok status (preflights are never followed)";
    };
    readonly 'allow-methods-invalid': {
        readonly summary: "Access-Control-Allow-Methods does not parse";
        readonly step: "CORS-preflight fetch, step 7.3: extracting the methods fails";
    };
    readonly 'allow-headers-invalid': {
        readonly summary: "Access-Control-Allow-Headers does not parse";
        readonly step: "CORS-preflight fetch, step 7.3: extracting the header names fails";
    };
    readonly 'method-not-allowed': {
        readonly summary: "method not allowed";
        readonly step: "CORS-preflight fetch, step 7.5: the method is not in Access-Control-Allow-Methods";
    };
    readonly 'header-not-allowed': {
        readonly summary: "header not allowed";
        readonly step: "CORS-preflight fetch, step 7.7: a request header is not in Access-Control-Allow-Headers";
    };
    readonly 'authorization-not-covered-by-wildcard': {
        readonly summary: "Authorization not covered by *";
        readonly step: "CORS-preflight fetch, step 7.6: * in Access-Control-Allow-Headers never covers Authorization";
    };
    readonly 'redirect-credentials-in-url': {
        readonly summary: "credentials in the redirect URL";
        readonly step: "HTTP-redirect fetch, step 9: a cross-origin redirect URL includes credentials";
    };
    readonly 'redirect-not-allowed': {
        readonly summary: "redirect not allowed";
        readonly step: "HTTP-redirect fetch: the redirect leads to a URL a CORS request may not follow";
    };
    readonly 'redirect-mode': {
        readonly summary: "redirect mode forbids it";
        readonly step: "HTTP fetch, step 6: redirect mode \"error\" meets a redirect";
    };
    readonly 'no-cors-method': {
        readonly summary: "method not allowed in no-cors mode";
        readonly step: "Request constructor: mode \"no-cors\" allows only GET, HEAD and POST, anything else throws";
    };
    readonly 'mode-same-origin': {
        readonly summary: "mode same-origin";
        readonly step: "Main fetch, step 12: mode \"same-origin\" and a cross-origin URL";
    };
    readonly 'mixed-content': {
        readonly summary: "blocked as mixed content";
        readonly step: "Main fetch, step 7: an https page may not fetch an http URL the engine does not trust (mixed content)";
    };
    readonly 'keepalive-quota': {
        readonly summary: "keepalive bodies over 64 KiB";
        readonly step: "HTTP-network-or-cache fetch, step 8.10.5: the keepalive request bodies in flight would exceed 64 KiB";
    };
    readonly 'module-mime-type': {
        readonly summary: "module's MIME type refused";
        readonly step: "HTML, fetch a single module script: the response's MIME type does not fit the module's type (not a CORS check)";
    };
    readonly 'websocket-handshake-failed': {
        readonly summary: "WebSocket handshake failed";
        readonly step: "Fetch, establish a WebSocket connection: the answer is not a valid 101 (the server refused, or redirected); no CORS check exists";
    };
    readonly 'corp-blocked': {
        readonly summary: "blocked by Cross-Origin-Resource-Policy";
        readonly step: "Fetch, cross-origin resource policy check: the response's CORP, or its absence under COEP require-corp, forbids this no-cors load";
    };
    readonly 'local-network-denied': {
        readonly summary: "local network access denied";
        readonly step: "Local Network Access: no permission to reach a more private address space";
    };
    readonly 'network-failure': {
        readonly summary: "network failure, not CORS";
        readonly step: "no CORS check failed: the connection was reset, refused or did not answer";
    };
    readonly unspecified: {
        readonly summary: "blocked by access control, check not named";
        readonly step: "the engine says access control blocked it, without naming the check that failed";
    };
    readonly unrecognised: {
        readonly summary: "unrecognised message";
        readonly step: "the engine said something the mapping does not know yet (harness/reasons/phrases.ts)";
    };
    readonly silent: {
        readonly summary: "the engine said nothing";
        readonly step: "the request failed and the engine printed nothing that says why";
    };
    readonly 'not-captured': {
        readonly summary: "messages not captured";
        readonly step: "the harness cannot read this engine's messages (the column's changed settings say why)";
    };
};
export type BlockedReason = keyof typeof blockedReasons;
export declare const blockedReasonNames: [BlockedReason, ...BlockedReason[]];
