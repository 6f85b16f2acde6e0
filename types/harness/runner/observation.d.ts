/**
 * The observation of one scenario in one engine, described once: the runner builds it, the test
 * attaches it, the reporter reads it back with `readObservation` and the published JSON schema
 * (harness/report/schema.ts) embeds it. Every type here is inferred from its schema, so the
 * three can never drift apart.
 */
import { z } from 'zod';
import { type LibraryCorsOptions } from '../libraries/types.js';
export declare const observationSchemaVersion = 1;
export declare const engineIdentitySchema: z.ZodObject<{
    engine: z.ZodEnum<{
        chromium: "chromium";
        firefox: "firefox";
        webkit: "webkit";
    }>;
    variant: z.ZodOptional<z.ZodEnum<{
        "legacy-method-case": "legacy-method-case";
        "local-network-access": "local-network-access";
    }>>;
    project: z.ZodString;
    browser: z.ZodString;
    version: z.ZodString;
    driver: z.ZodString;
    executable: z.ZodString;
    changedSettings: z.ZodArray<z.ZodString>;
    messagesUnavailable: z.ZodOptional<z.ZodString>;
    workerMessagesUnavailable: z.ZodOptional<z.ZodObject<{
        dedicated: z.ZodOptional<z.ZodString>;
        shared: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    httpCacheUnavailable: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const sentResponseSchema: z.ZodObject<{
    status: z.ZodNumber;
    headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
}, z.core.$strict>;
/** One request that reached an origin, as it was on the wire. */
export declare const receivedRequestSchema: z.ZodObject<{
    token: z.ZodOptional<z.ZodString>;
    hop: z.ZodOptional<z.ZodNumber>;
    origin: z.ZodOptional<z.ZodEnum<{
        "koa-cors": "koa-cors";
        "express-cors": "express-cors";
        "fastify-cors": "fastify-cors";
        "hono-cors": "hono-cors";
        "elysia-cors": "elysia-cors";
        "itty-cors": "itty-cors";
        "h3-cors": "h3-cors";
        site: "site";
        "site-port": "site-port";
        api: "api";
        other: "other";
        "site-https": "site-https";
        "api-https": "api-https";
        "other-https": "other-https";
    }>>;
    listener: z.ZodEnum<{
        "koa-cors": "koa-cors";
        "express-cors": "express-cors";
        "fastify-cors": "fastify-cors";
        "hono-cors": "hono-cors";
        "elysia-cors": "elysia-cors";
        "itty-cors": "itty-cors";
        "h3-cors": "h3-cors";
        http: "http";
        "http-alt": "http-alt";
        https: "https";
    }>;
    method: z.ZodString;
    path: z.ZodString;
    httpVersion: z.ZodString;
    headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
    isPreflight: z.ZodBoolean;
    bodyLength: z.ZodNumber;
    receivedAt: z.ZodNumber;
    response: z.ZodOptional<z.ZodObject<{
        status: z.ZodNumber;
        headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
    }, z.core.$strict>>;
    refused: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** What the page's JavaScript saw, as the in-page probe reports it. */
export declare const pageObservationSchema: z.ZodObject<{
    result: z.ZodEnum<{
        timeout: "timeout";
        response: "response";
        "network-error": "network-error";
        queued: "queued";
        threw: "threw";
    }>;
    status: z.ZodNullable<z.ZodNumber>;
    type: z.ZodNullable<z.ZodString>;
    redirected: z.ZodNullable<z.ZodBoolean>;
    url: z.ZodNullable<z.ZodString>;
    bodyReadable: z.ZodBoolean;
    body: z.ZodNullable<z.ZodString>;
    headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
    visibleHeaderNames: z.ZodArray<z.ZodString>;
    timingExposed: z.ZodOptional<z.ZodArray<z.ZodString>>;
    error: z.ZodNullable<z.ZodString>;
    durationMs: z.ZodNumber;
}, z.core.$strict>;
export declare const observedPreflightSchema: z.ZodObject<{
    method: z.ZodNullable<z.ZodString>;
    headers: z.ZodNullable<z.ZodString>;
    origin: z.ZodNullable<z.ZodString>;
}, z.core.$strict>;
export declare const observedRequestSchema: z.ZodObject<{
    method: z.ZodString;
    origin: z.ZodNullable<z.ZodString>;
    cookie: z.ZodNullable<z.ZodString>;
    secFetchSite: z.ZodNullable<z.ZodString>;
    secFetchMode: z.ZodNullable<z.ZodString>;
    secFetchDest: z.ZodNullable<z.ZodString>;
}, z.core.$strict>;
export declare const observedPageSchema: z.ZodUnion<readonly [z.ZodEnum<{
    timeout: "timeout";
    "network-error": "network-error";
    queued: "queued";
    threw: "threw";
}>, z.ZodObject<{
    status: z.ZodNullable<z.ZodNumber>;
    type: z.ZodNullable<z.ZodString>;
    bodyReadable: z.ZodBoolean;
    headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
    timing: z.ZodOptional<z.ZodEnum<{
        detailed: "detailed";
        coarse: "coarse";
        partial: "partial";
    }>>;
    bodySizes: z.ZodOptional<z.ZodEnum<{
        partial: "partial";
        exposed: "exposed";
        hidden: "hidden";
    }>>;
}, z.core.$strict>]>;
/** The outcome in the shape of a scenario's `expected` shorthands. */
export declare const outcomeSchema: z.ZodObject<{
    preflight: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
        method: z.ZodNullable<z.ZodString>;
        headers: z.ZodNullable<z.ZodString>;
        origin: z.ZodNullable<z.ZodString>;
    }, z.core.$strict>]>;
    request: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
        method: z.ZodString;
        origin: z.ZodNullable<z.ZodString>;
        cookie: z.ZodNullable<z.ZodString>;
        secFetchSite: z.ZodNullable<z.ZodString>;
        secFetchMode: z.ZodNullable<z.ZodString>;
        secFetchDest: z.ZodNullable<z.ZodString>;
    }, z.core.$strict>]>;
    finalRequest: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
        method: z.ZodString;
        origin: z.ZodNullable<z.ZodString>;
        cookie: z.ZodNullable<z.ZodString>;
        secFetchSite: z.ZodNullable<z.ZodString>;
        secFetchMode: z.ZodNullable<z.ZodString>;
        secFetchDest: z.ZodNullable<z.ZodString>;
    }, z.core.$strict>]>;
    page: z.ZodUnion<readonly [z.ZodEnum<{
        timeout: "timeout";
        "network-error": "network-error";
        queued: "queued";
        threw: "threw";
    }>, z.ZodObject<{
        status: z.ZodNullable<z.ZodNumber>;
        type: z.ZodNullable<z.ZodString>;
        bodyReadable: z.ZodBoolean;
        headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
        timing: z.ZodOptional<z.ZodEnum<{
            detailed: "detailed";
            coarse: "coarse";
            partial: "partial";
        }>>;
        bodySizes: z.ZodOptional<z.ZodEnum<{
            partial: "partial";
            exposed: "exposed";
            hidden: "hidden";
        }>>;
    }, z.core.$strict>]>;
    blocked: z.ZodNullable<z.ZodEnum<{
        "allow-origin-missing": "allow-origin-missing";
        "allow-origin-mismatch": "allow-origin-mismatch";
        "allow-origin-multiple": "allow-origin-multiple";
        "allow-origin-wildcard-with-credentials": "allow-origin-wildcard-with-credentials";
        "allow-credentials-not-true": "allow-credentials-not-true";
        "preflight-status-not-ok": "preflight-status-not-ok";
        "preflight-redirected": "preflight-redirected";
        "allow-methods-invalid": "allow-methods-invalid";
        "allow-headers-invalid": "allow-headers-invalid";
        "method-not-allowed": "method-not-allowed";
        "header-not-allowed": "header-not-allowed";
        "authorization-not-covered-by-wildcard": "authorization-not-covered-by-wildcard";
        "redirect-credentials-in-url": "redirect-credentials-in-url";
        "redirect-not-allowed": "redirect-not-allowed";
        "redirect-mode": "redirect-mode";
        "no-cors-method": "no-cors-method";
        "mode-same-origin": "mode-same-origin";
        "mixed-content": "mixed-content";
        "keepalive-quota": "keepalive-quota";
        "module-mime-type": "module-mime-type";
        "websocket-handshake-failed": "websocket-handshake-failed";
        "corp-blocked": "corp-blocked";
        "local-network-denied": "local-network-denied";
        "network-failure": "network-failure";
        unspecified: "unspecified";
        unrecognised: "unrecognised";
        silent: "silent";
        "not-captured": "not-captured";
    }>>;
}, z.core.$strict>;
export declare const mismatchSchema: z.ZodObject<{
    field: z.ZodString;
    expected: z.ZodUnknown;
    observed: z.ZodUnknown;
}, z.core.$strict>;
export declare const verdicts: readonly ["matches-standard", "known-deviation", "unexpected"];
export declare const traceValueSchema: z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>;
export declare const plannedResponseSchema: z.ZodObject<{
    status: z.ZodNumber;
    headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
    body: z.ZodString;
    bodyEncoding: z.ZodEnum<{
        base64: "base64";
        utf8: "utf8";
    }>;
    fault: z.ZodOptional<z.ZodEnum<{
        reset: "reset";
        stall: "stall";
    }>>;
}, z.core.$strict>;
export declare const plannedHopSchema: z.ZodObject<{
    origin: z.ZodEnum<{
        "koa-cors": "koa-cors";
        "express-cors": "express-cors";
        "fastify-cors": "fastify-cors";
        "hono-cors": "hono-cors";
        "elysia-cors": "elysia-cors";
        "itty-cors": "itty-cors";
        "h3-cors": "h3-cors";
        site: "site";
        "site-port": "site-port";
        api: "api";
        other: "other";
        "site-https": "site-https";
        "api-https": "api-https";
        "other-https": "other-https";
    }>;
    preflight: z.ZodOptional<z.ZodObject<{
        status: z.ZodNumber;
        headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        body: z.ZodString;
        bodyEncoding: z.ZodEnum<{
            base64: "base64";
            utf8: "utf8";
        }>;
        fault: z.ZodOptional<z.ZodEnum<{
            reset: "reset";
            stall: "stall";
        }>>;
    }, z.core.$strict>>;
    response: z.ZodObject<{
        status: z.ZodNumber;
        headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        body: z.ZodString;
        bodyEncoding: z.ZodEnum<{
            base64: "base64";
            utf8: "utf8";
        }>;
        fault: z.ZodOptional<z.ZodEnum<{
            reset: "reset";
            stall: "stall";
        }>>;
    }, z.core.$strict>;
    revalidation: z.ZodOptional<z.ZodObject<{
        status: z.ZodNumber;
        headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        body: z.ZodString;
        bodyEncoding: z.ZodEnum<{
            base64: "base64";
            utf8: "utf8";
        }>;
        fault: z.ZodOptional<z.ZodEnum<{
            reset: "reset";
            stall: "stall";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/**
 * What the engine itself said about a request: a console message, an error the engine reports
 * for the page, or (Chromium) the network layer's structured CORS status.
 */
export declare const engineMessageSchema: z.ZodObject<{
    source: z.ZodEnum<{
        network: "network";
        console: "console";
        "page-error": "page-error";
    }>;
    text: z.ZodString;
    level: z.ZodOptional<z.ZodString>;
    code: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    parameter: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** Why a step's request failed (harness/reasons/explain.ts). */
export declare const blockedSchema: z.ZodObject<{
    reason: z.ZodEnum<{
        "allow-origin-missing": "allow-origin-missing";
        "allow-origin-mismatch": "allow-origin-mismatch";
        "allow-origin-multiple": "allow-origin-multiple";
        "allow-origin-wildcard-with-credentials": "allow-origin-wildcard-with-credentials";
        "allow-credentials-not-true": "allow-credentials-not-true";
        "preflight-status-not-ok": "preflight-status-not-ok";
        "preflight-redirected": "preflight-redirected";
        "allow-methods-invalid": "allow-methods-invalid";
        "allow-headers-invalid": "allow-headers-invalid";
        "method-not-allowed": "method-not-allowed";
        "header-not-allowed": "header-not-allowed";
        "authorization-not-covered-by-wildcard": "authorization-not-covered-by-wildcard";
        "redirect-credentials-in-url": "redirect-credentials-in-url";
        "redirect-not-allowed": "redirect-not-allowed";
        "redirect-mode": "redirect-mode";
        "no-cors-method": "no-cors-method";
        "mode-same-origin": "mode-same-origin";
        "mixed-content": "mixed-content";
        "keepalive-quota": "keepalive-quota";
        "module-mime-type": "module-mime-type";
        "websocket-handshake-failed": "websocket-handshake-failed";
        "corp-blocked": "corp-blocked";
        "local-network-denied": "local-network-denied";
        "network-failure": "network-failure";
        unspecified: "unspecified";
        unrecognised: "unrecognised";
        silent: "silent";
        "not-captured": "not-captured";
    }>;
    request: z.ZodEnum<{
        unknown: "unknown";
        preflight: "preflight";
        request: "request";
        none: "none";
    }>;
    hop: z.ZodNullable<z.ZodNumber>;
    by: z.ZodEnum<{
        engine: "engine";
        harness: "harness";
    }>;
    words: z.ZodArray<z.ZodString>;
    unrecognised: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
/** One request of a scenario (the first, or a follow-up) and what came of it. */
export declare const stepObservationSchema: z.ZodObject<{
    page: z.ZodObject<{
        result: z.ZodEnum<{
            timeout: "timeout";
            response: "response";
            "network-error": "network-error";
            queued: "queued";
            threw: "threw";
        }>;
        status: z.ZodNullable<z.ZodNumber>;
        type: z.ZodNullable<z.ZodString>;
        redirected: z.ZodNullable<z.ZodBoolean>;
        url: z.ZodNullable<z.ZodString>;
        bodyReadable: z.ZodBoolean;
        body: z.ZodNullable<z.ZodString>;
        headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
        visibleHeaderNames: z.ZodArray<z.ZodString>;
        timingExposed: z.ZodOptional<z.ZodArray<z.ZodString>>;
        error: z.ZodNullable<z.ZodString>;
        durationMs: z.ZodNumber;
    }, z.core.$strict>;
    pageOrigin: z.ZodString;
    received: z.ZodArray<z.ZodObject<{
        token: z.ZodOptional<z.ZodString>;
        hop: z.ZodOptional<z.ZodNumber>;
        origin: z.ZodOptional<z.ZodEnum<{
            "koa-cors": "koa-cors";
            "express-cors": "express-cors";
            "fastify-cors": "fastify-cors";
            "hono-cors": "hono-cors";
            "elysia-cors": "elysia-cors";
            "itty-cors": "itty-cors";
            "h3-cors": "h3-cors";
            site: "site";
            "site-port": "site-port";
            api: "api";
            other: "other";
            "site-https": "site-https";
            "api-https": "api-https";
            "other-https": "other-https";
        }>>;
        listener: z.ZodEnum<{
            "koa-cors": "koa-cors";
            "express-cors": "express-cors";
            "fastify-cors": "fastify-cors";
            "hono-cors": "hono-cors";
            "elysia-cors": "elysia-cors";
            "itty-cors": "itty-cors";
            "h3-cors": "h3-cors";
            http: "http";
            "http-alt": "http-alt";
            https: "https";
        }>;
        method: z.ZodString;
        path: z.ZodString;
        httpVersion: z.ZodString;
        headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        isPreflight: z.ZodBoolean;
        bodyLength: z.ZodNumber;
        receivedAt: z.ZodNumber;
        response: z.ZodOptional<z.ZodObject<{
            status: z.ZodNumber;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        }, z.core.$strict>>;
        refused: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    outcome: z.ZodObject<{
        preflight: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
            method: z.ZodNullable<z.ZodString>;
            headers: z.ZodNullable<z.ZodString>;
            origin: z.ZodNullable<z.ZodString>;
        }, z.core.$strict>]>;
        request: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
            method: z.ZodString;
            origin: z.ZodNullable<z.ZodString>;
            cookie: z.ZodNullable<z.ZodString>;
            secFetchSite: z.ZodNullable<z.ZodString>;
            secFetchMode: z.ZodNullable<z.ZodString>;
            secFetchDest: z.ZodNullable<z.ZodString>;
        }, z.core.$strict>]>;
        finalRequest: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
            method: z.ZodString;
            origin: z.ZodNullable<z.ZodString>;
            cookie: z.ZodNullable<z.ZodString>;
            secFetchSite: z.ZodNullable<z.ZodString>;
            secFetchMode: z.ZodNullable<z.ZodString>;
            secFetchDest: z.ZodNullable<z.ZodString>;
        }, z.core.$strict>]>;
        page: z.ZodUnion<readonly [z.ZodEnum<{
            timeout: "timeout";
            "network-error": "network-error";
            queued: "queued";
            threw: "threw";
        }>, z.ZodObject<{
            status: z.ZodNullable<z.ZodNumber>;
            type: z.ZodNullable<z.ZodString>;
            bodyReadable: z.ZodBoolean;
            headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
            timing: z.ZodOptional<z.ZodEnum<{
                detailed: "detailed";
                coarse: "coarse";
                partial: "partial";
            }>>;
            bodySizes: z.ZodOptional<z.ZodEnum<{
                partial: "partial";
                exposed: "exposed";
                hidden: "hidden";
            }>>;
        }, z.core.$strict>]>;
        blocked: z.ZodNullable<z.ZodEnum<{
            "allow-origin-missing": "allow-origin-missing";
            "allow-origin-mismatch": "allow-origin-mismatch";
            "allow-origin-multiple": "allow-origin-multiple";
            "allow-origin-wildcard-with-credentials": "allow-origin-wildcard-with-credentials";
            "allow-credentials-not-true": "allow-credentials-not-true";
            "preflight-status-not-ok": "preflight-status-not-ok";
            "preflight-redirected": "preflight-redirected";
            "allow-methods-invalid": "allow-methods-invalid";
            "allow-headers-invalid": "allow-headers-invalid";
            "method-not-allowed": "method-not-allowed";
            "header-not-allowed": "header-not-allowed";
            "authorization-not-covered-by-wildcard": "authorization-not-covered-by-wildcard";
            "redirect-credentials-in-url": "redirect-credentials-in-url";
            "redirect-not-allowed": "redirect-not-allowed";
            "redirect-mode": "redirect-mode";
            "no-cors-method": "no-cors-method";
            "mode-same-origin": "mode-same-origin";
            "mixed-content": "mixed-content";
            "keepalive-quota": "keepalive-quota";
            "module-mime-type": "module-mime-type";
            "websocket-handshake-failed": "websocket-handshake-failed";
            "corp-blocked": "corp-blocked";
            "local-network-denied": "local-network-denied";
            "network-failure": "network-failure";
            unspecified: "unspecified";
            unrecognised: "unrecognised";
            silent: "silent";
            "not-captured": "not-captured";
        }>>;
    }, z.core.$strict>;
    messages: z.ZodArray<z.ZodObject<{
        source: z.ZodEnum<{
            network: "network";
            console: "console";
            "page-error": "page-error";
        }>;
        text: z.ZodString;
        level: z.ZodOptional<z.ZodString>;
        code: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
        parameter: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    blocked: z.ZodNullable<z.ZodObject<{
        reason: z.ZodEnum<{
            "allow-origin-missing": "allow-origin-missing";
            "allow-origin-mismatch": "allow-origin-mismatch";
            "allow-origin-multiple": "allow-origin-multiple";
            "allow-origin-wildcard-with-credentials": "allow-origin-wildcard-with-credentials";
            "allow-credentials-not-true": "allow-credentials-not-true";
            "preflight-status-not-ok": "preflight-status-not-ok";
            "preflight-redirected": "preflight-redirected";
            "allow-methods-invalid": "allow-methods-invalid";
            "allow-headers-invalid": "allow-headers-invalid";
            "method-not-allowed": "method-not-allowed";
            "header-not-allowed": "header-not-allowed";
            "authorization-not-covered-by-wildcard": "authorization-not-covered-by-wildcard";
            "redirect-credentials-in-url": "redirect-credentials-in-url";
            "redirect-not-allowed": "redirect-not-allowed";
            "redirect-mode": "redirect-mode";
            "no-cors-method": "no-cors-method";
            "mode-same-origin": "mode-same-origin";
            "mixed-content": "mixed-content";
            "keepalive-quota": "keepalive-quota";
            "module-mime-type": "module-mime-type";
            "websocket-handshake-failed": "websocket-handshake-failed";
            "corp-blocked": "corp-blocked";
            "local-network-denied": "local-network-denied";
            "network-failure": "network-failure";
            unspecified: "unspecified";
            unrecognised: "unrecognised";
            silent: "silent";
            "not-captured": "not-captured";
        }>;
        request: z.ZodEnum<{
            unknown: "unknown";
            preflight: "preflight";
            request: "request";
            none: "none";
        }>;
        hop: z.ZodNullable<z.ZodNumber>;
        by: z.ZodEnum<{
            engine: "engine";
            harness: "harness";
        }>;
        words: z.ZodArray<z.ZodString>;
        unrecognised: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    standardMismatches: z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        expected: z.ZodUnknown;
        observed: z.ZodUnknown;
    }, z.core.$strict>>;
    mismatches: z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        expected: z.ZodUnknown;
        observed: z.ZodUnknown;
    }, z.core.$strict>>;
    trace: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>;
    checked: z.ZodArray<z.ZodString>;
    deviationChecked: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export declare const findingSchema: z.ZodObject<{
    summary: z.ZodString;
    link: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/**
 * A library scenario's side of a cell: which release (or checkout) answered, with which options,
 * and whether real browsers delivered what the developer meant by them.
 */
export declare const libraryObservationSchema: z.ZodObject<{
    name: z.ZodEnum<{
        "koa-cors": "koa-cors";
        "express-cors": "express-cors";
        "fastify-cors": "fastify-cors";
        "hono-cors": "hono-cors";
        "elysia-cors": "elysia-cors";
        "itty-cors": "itty-cors";
        "h3-cors": "h3-cors";
    }>;
    packageName: z.ZodString;
    version: z.ZodString;
    framework: z.ZodString;
    checkout: z.ZodNullable<z.ZodString>;
    endpoint: z.ZodEnum<{
        resource: "resource";
        throws: "throws";
        unauthorized: "unauthorized";
        validated: "validated";
        unmatched: "unmatched";
        negotiated: "negotiated";
        "own-options": "own-options";
    }>;
    options: z.ZodCustom<LibraryCorsOptions, LibraryCorsOptions>;
    steps: z.ZodArray<z.ZodObject<{
        intent: z.ZodEnum<{
            allow: "allow";
            block: "block";
        }>;
        preflight: z.ZodOptional<z.ZodEnum<{
            sent: "sent";
            cached: "cached";
        }>>;
        verdict: z.ZodEnum<{
            "intent-delivered": "intent-delivered";
            "blocked-what-should-pass": "blocked-what-should-pass";
            unsafe: "unsafe";
            "intent-not-delivered": "intent-not-delivered";
        }>;
    }, z.core.$strict>>;
    verdict: z.ZodEnum<{
        "intent-delivered": "intent-delivered";
        "blocked-what-should-pass": "blocked-what-should-pass";
        unsafe: "unsafe";
        "intent-not-delivered": "intent-not-delivered";
    }>;
    finding: z.ZodNullable<z.ZodObject<{
        summary: z.ZodString;
        link: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** Everything known about one scenario in one engine; attached to the test result. */
export declare const observationSchema: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    scenario: z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        file: z.ZodString;
        reference: z.ZodString;
        page: z.ZodString;
        target: z.ZodString;
    }, z.core.$strict>;
    engine: z.ZodObject<{
        engine: z.ZodEnum<{
            chromium: "chromium";
            firefox: "firefox";
            webkit: "webkit";
        }>;
        variant: z.ZodOptional<z.ZodEnum<{
            "legacy-method-case": "legacy-method-case";
            "local-network-access": "local-network-access";
        }>>;
        project: z.ZodString;
        browser: z.ZodString;
        version: z.ZodString;
        driver: z.ZodString;
        executable: z.ZodString;
        changedSettings: z.ZodArray<z.ZodString>;
        messagesUnavailable: z.ZodOptional<z.ZodString>;
        workerMessagesUnavailable: z.ZodOptional<z.ZodObject<{
            dedicated: z.ZodOptional<z.ZodString>;
            shared: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        httpCacheUnavailable: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    origins: z.ZodObject<{
        page: z.ZodString;
        target: z.ZodString;
    }, z.core.$strict>;
    token: z.ZodString;
    request: z.ZodCustom<{
        api: "fetch";
        method: string;
        headers: Record<string, string | string[]> | [string, string][];
        credentials: "omit" | "same-origin" | "include";
        mode: "no-cors" | "same-origin" | "cors";
        redirect: "error" | "follow" | "manual";
        keepalive: boolean;
        readHeaders: string[];
        readTiming: boolean;
        body?: {
            kind: "text";
            text: string;
        } | {
            kind: "urlencoded";
            fields: Record<string, string>;
        } | {
            kind: "form-data";
            fields: Record<string, string>;
        } | {
            kind: "blob";
            type: string;
            text: string;
        } | undefined;
        serviceWorker?: "network" | "no-cors" | "synthetic" | undefined;
    } | {
        api: "xhr";
        method: string;
        headers: Record<string, string | string[]> | [string, string][];
        withCredentials: boolean;
        uploadListener: boolean;
        readHeaders: string[];
        body?: {
            kind: "text";
            text: string;
        } | {
            kind: "urlencoded";
            fields: Record<string, string>;
        } | {
            kind: "form-data";
            fields: Record<string, string>;
        } | {
            kind: "blob";
            type: string;
            text: string;
        } | undefined;
    } | {
        api: "element";
        element: "img" | "script" | "module-script" | "stylesheet" | "iframe-postmessage" | "font" | "json-module" | "video" | "audio" | "preload-fetch";
        crossorigin?: "anonymous" | "use-credentials" | undefined;
    } | {
        api: "beacon";
        body?: {
            kind: "text";
            text: string;
        } | {
            kind: "urlencoded";
            fields: Record<string, string>;
        } | {
            kind: "form-data";
            fields: Record<string, string>;
        } | {
            kind: "blob";
            type: string;
            text: string;
        } | undefined;
    } | {
        api: "worker";
        worker: "dedicated" | "shared";
        load: "module-script" | "classic-script" | "import-scripts" | "static-import";
        credentials?: "omit" | "same-origin" | "include" | undefined;
    } | {
        api: "websocket";
    } | {
        api: "eventsource";
        withCredentials: boolean;
    }, {
        api: "fetch";
        method: string;
        headers: Record<string, string | string[]> | [string, string][];
        credentials: "omit" | "same-origin" | "include";
        mode: "no-cors" | "same-origin" | "cors";
        redirect: "error" | "follow" | "manual";
        keepalive: boolean;
        readHeaders: string[];
        readTiming: boolean;
        body?: {
            kind: "text";
            text: string;
        } | {
            kind: "urlencoded";
            fields: Record<string, string>;
        } | {
            kind: "form-data";
            fields: Record<string, string>;
        } | {
            kind: "blob";
            type: string;
            text: string;
        } | undefined;
        serviceWorker?: "network" | "no-cors" | "synthetic" | undefined;
    } | {
        api: "xhr";
        method: string;
        headers: Record<string, string | string[]> | [string, string][];
        withCredentials: boolean;
        uploadListener: boolean;
        readHeaders: string[];
        body?: {
            kind: "text";
            text: string;
        } | {
            kind: "urlencoded";
            fields: Record<string, string>;
        } | {
            kind: "form-data";
            fields: Record<string, string>;
        } | {
            kind: "blob";
            type: string;
            text: string;
        } | undefined;
    } | {
        api: "element";
        element: "img" | "script" | "module-script" | "stylesheet" | "iframe-postmessage" | "font" | "json-module" | "video" | "audio" | "preload-fetch";
        crossorigin?: "anonymous" | "use-credentials" | undefined;
    } | {
        api: "beacon";
        body?: {
            kind: "text";
            text: string;
        } | {
            kind: "urlencoded";
            fields: Record<string, string>;
        } | {
            kind: "form-data";
            fields: Record<string, string>;
        } | {
            kind: "blob";
            type: string;
            text: string;
        } | undefined;
    } | {
        api: "worker";
        worker: "dedicated" | "shared";
        load: "module-script" | "classic-script" | "import-scripts" | "static-import";
        credentials?: "omit" | "same-origin" | "include" | undefined;
    } | {
        api: "websocket";
    } | {
        api: "eventsource";
        withCredentials: boolean;
    }>;
    served: z.ZodArray<z.ZodObject<{
        origin: z.ZodEnum<{
            "koa-cors": "koa-cors";
            "express-cors": "express-cors";
            "fastify-cors": "fastify-cors";
            "hono-cors": "hono-cors";
            "elysia-cors": "elysia-cors";
            "itty-cors": "itty-cors";
            "h3-cors": "h3-cors";
            site: "site";
            "site-port": "site-port";
            api: "api";
            other: "other";
            "site-https": "site-https";
            "api-https": "api-https";
            "other-https": "other-https";
        }>;
        preflight: z.ZodOptional<z.ZodObject<{
            status: z.ZodNumber;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            body: z.ZodString;
            bodyEncoding: z.ZodEnum<{
                base64: "base64";
                utf8: "utf8";
            }>;
            fault: z.ZodOptional<z.ZodEnum<{
                reset: "reset";
                stall: "stall";
            }>>;
        }, z.core.$strict>>;
        response: z.ZodObject<{
            status: z.ZodNumber;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            body: z.ZodString;
            bodyEncoding: z.ZodEnum<{
                base64: "base64";
                utf8: "utf8";
            }>;
            fault: z.ZodOptional<z.ZodEnum<{
                reset: "reset";
                stall: "stall";
            }>>;
        }, z.core.$strict>;
        revalidation: z.ZodOptional<z.ZodObject<{
            status: z.ZodNumber;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            body: z.ZodString;
            bodyEncoding: z.ZodEnum<{
                base64: "base64";
                utf8: "utf8";
            }>;
            fault: z.ZodOptional<z.ZodEnum<{
                reset: "reset";
                stall: "stall";
            }>>;
        }, z.core.$strict>>;
        url: z.ZodString;
    }, z.core.$strict>>;
    library: z.ZodOptional<z.ZodObject<{
        name: z.ZodEnum<{
            "koa-cors": "koa-cors";
            "express-cors": "express-cors";
            "fastify-cors": "fastify-cors";
            "hono-cors": "hono-cors";
            "elysia-cors": "elysia-cors";
            "itty-cors": "itty-cors";
            "h3-cors": "h3-cors";
        }>;
        packageName: z.ZodString;
        version: z.ZodString;
        framework: z.ZodString;
        checkout: z.ZodNullable<z.ZodString>;
        endpoint: z.ZodEnum<{
            resource: "resource";
            throws: "throws";
            unauthorized: "unauthorized";
            validated: "validated";
            unmatched: "unmatched";
            negotiated: "negotiated";
            "own-options": "own-options";
        }>;
        options: z.ZodCustom<LibraryCorsOptions, LibraryCorsOptions>;
        steps: z.ZodArray<z.ZodObject<{
            intent: z.ZodEnum<{
                allow: "allow";
                block: "block";
            }>;
            preflight: z.ZodOptional<z.ZodEnum<{
                sent: "sent";
                cached: "cached";
            }>>;
            verdict: z.ZodEnum<{
                "intent-delivered": "intent-delivered";
                "blocked-what-should-pass": "blocked-what-should-pass";
                unsafe: "unsafe";
                "intent-not-delivered": "intent-not-delivered";
            }>;
        }, z.core.$strict>>;
        verdict: z.ZodEnum<{
            "intent-delivered": "intent-delivered";
            "blocked-what-should-pass": "blocked-what-should-pass";
            unsafe: "unsafe";
            "intent-not-delivered": "intent-not-delivered";
        }>;
        finding: z.ZodNullable<z.ZodObject<{
            summary: z.ZodString;
            link: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    steps: z.ZodArray<z.ZodObject<{
        page: z.ZodObject<{
            result: z.ZodEnum<{
                timeout: "timeout";
                response: "response";
                "network-error": "network-error";
                queued: "queued";
                threw: "threw";
            }>;
            status: z.ZodNullable<z.ZodNumber>;
            type: z.ZodNullable<z.ZodString>;
            redirected: z.ZodNullable<z.ZodBoolean>;
            url: z.ZodNullable<z.ZodString>;
            bodyReadable: z.ZodBoolean;
            body: z.ZodNullable<z.ZodString>;
            headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
            visibleHeaderNames: z.ZodArray<z.ZodString>;
            timingExposed: z.ZodOptional<z.ZodArray<z.ZodString>>;
            error: z.ZodNullable<z.ZodString>;
            durationMs: z.ZodNumber;
        }, z.core.$strict>;
        pageOrigin: z.ZodString;
        received: z.ZodArray<z.ZodObject<{
            token: z.ZodOptional<z.ZodString>;
            hop: z.ZodOptional<z.ZodNumber>;
            origin: z.ZodOptional<z.ZodEnum<{
                "koa-cors": "koa-cors";
                "express-cors": "express-cors";
                "fastify-cors": "fastify-cors";
                "hono-cors": "hono-cors";
                "elysia-cors": "elysia-cors";
                "itty-cors": "itty-cors";
                "h3-cors": "h3-cors";
                site: "site";
                "site-port": "site-port";
                api: "api";
                other: "other";
                "site-https": "site-https";
                "api-https": "api-https";
                "other-https": "other-https";
            }>>;
            listener: z.ZodEnum<{
                "koa-cors": "koa-cors";
                "express-cors": "express-cors";
                "fastify-cors": "fastify-cors";
                "hono-cors": "hono-cors";
                "elysia-cors": "elysia-cors";
                "itty-cors": "itty-cors";
                "h3-cors": "h3-cors";
                http: "http";
                "http-alt": "http-alt";
                https: "https";
            }>;
            method: z.ZodString;
            path: z.ZodString;
            httpVersion: z.ZodString;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            isPreflight: z.ZodBoolean;
            bodyLength: z.ZodNumber;
            receivedAt: z.ZodNumber;
            response: z.ZodOptional<z.ZodObject<{
                status: z.ZodNumber;
                headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            }, z.core.$strict>>;
            refused: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        outcome: z.ZodObject<{
            preflight: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodNullable<z.ZodString>;
                headers: z.ZodNullable<z.ZodString>;
                origin: z.ZodNullable<z.ZodString>;
            }, z.core.$strict>]>;
            request: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodString;
                origin: z.ZodNullable<z.ZodString>;
                cookie: z.ZodNullable<z.ZodString>;
                secFetchSite: z.ZodNullable<z.ZodString>;
                secFetchMode: z.ZodNullable<z.ZodString>;
                secFetchDest: z.ZodNullable<z.ZodString>;
            }, z.core.$strict>]>;
            finalRequest: z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodString;
                origin: z.ZodNullable<z.ZodString>;
                cookie: z.ZodNullable<z.ZodString>;
                secFetchSite: z.ZodNullable<z.ZodString>;
                secFetchMode: z.ZodNullable<z.ZodString>;
                secFetchDest: z.ZodNullable<z.ZodString>;
            }, z.core.$strict>]>;
            page: z.ZodUnion<readonly [z.ZodEnum<{
                timeout: "timeout";
                "network-error": "network-error";
                queued: "queued";
                threw: "threw";
            }>, z.ZodObject<{
                status: z.ZodNullable<z.ZodNumber>;
                type: z.ZodNullable<z.ZodString>;
                bodyReadable: z.ZodBoolean;
                headers: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>;
                timing: z.ZodOptional<z.ZodEnum<{
                    detailed: "detailed";
                    coarse: "coarse";
                    partial: "partial";
                }>>;
                bodySizes: z.ZodOptional<z.ZodEnum<{
                    partial: "partial";
                    exposed: "exposed";
                    hidden: "hidden";
                }>>;
            }, z.core.$strict>]>;
            blocked: z.ZodNullable<z.ZodEnum<{
                "allow-origin-missing": "allow-origin-missing";
                "allow-origin-mismatch": "allow-origin-mismatch";
                "allow-origin-multiple": "allow-origin-multiple";
                "allow-origin-wildcard-with-credentials": "allow-origin-wildcard-with-credentials";
                "allow-credentials-not-true": "allow-credentials-not-true";
                "preflight-status-not-ok": "preflight-status-not-ok";
                "preflight-redirected": "preflight-redirected";
                "allow-methods-invalid": "allow-methods-invalid";
                "allow-headers-invalid": "allow-headers-invalid";
                "method-not-allowed": "method-not-allowed";
                "header-not-allowed": "header-not-allowed";
                "authorization-not-covered-by-wildcard": "authorization-not-covered-by-wildcard";
                "redirect-credentials-in-url": "redirect-credentials-in-url";
                "redirect-not-allowed": "redirect-not-allowed";
                "redirect-mode": "redirect-mode";
                "no-cors-method": "no-cors-method";
                "mode-same-origin": "mode-same-origin";
                "mixed-content": "mixed-content";
                "keepalive-quota": "keepalive-quota";
                "module-mime-type": "module-mime-type";
                "websocket-handshake-failed": "websocket-handshake-failed";
                "corp-blocked": "corp-blocked";
                "local-network-denied": "local-network-denied";
                "network-failure": "network-failure";
                unspecified: "unspecified";
                unrecognised: "unrecognised";
                silent: "silent";
                "not-captured": "not-captured";
            }>>;
        }, z.core.$strict>;
        messages: z.ZodArray<z.ZodObject<{
            source: z.ZodEnum<{
                network: "network";
                console: "console";
                "page-error": "page-error";
            }>;
            text: z.ZodString;
            level: z.ZodOptional<z.ZodString>;
            code: z.ZodOptional<z.ZodString>;
            url: z.ZodOptional<z.ZodString>;
            parameter: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        blocked: z.ZodNullable<z.ZodObject<{
            reason: z.ZodEnum<{
                "allow-origin-missing": "allow-origin-missing";
                "allow-origin-mismatch": "allow-origin-mismatch";
                "allow-origin-multiple": "allow-origin-multiple";
                "allow-origin-wildcard-with-credentials": "allow-origin-wildcard-with-credentials";
                "allow-credentials-not-true": "allow-credentials-not-true";
                "preflight-status-not-ok": "preflight-status-not-ok";
                "preflight-redirected": "preflight-redirected";
                "allow-methods-invalid": "allow-methods-invalid";
                "allow-headers-invalid": "allow-headers-invalid";
                "method-not-allowed": "method-not-allowed";
                "header-not-allowed": "header-not-allowed";
                "authorization-not-covered-by-wildcard": "authorization-not-covered-by-wildcard";
                "redirect-credentials-in-url": "redirect-credentials-in-url";
                "redirect-not-allowed": "redirect-not-allowed";
                "redirect-mode": "redirect-mode";
                "no-cors-method": "no-cors-method";
                "mode-same-origin": "mode-same-origin";
                "mixed-content": "mixed-content";
                "keepalive-quota": "keepalive-quota";
                "module-mime-type": "module-mime-type";
                "websocket-handshake-failed": "websocket-handshake-failed";
                "corp-blocked": "corp-blocked";
                "local-network-denied": "local-network-denied";
                "network-failure": "network-failure";
                unspecified: "unspecified";
                unrecognised: "unrecognised";
                silent: "silent";
                "not-captured": "not-captured";
            }>;
            request: z.ZodEnum<{
                unknown: "unknown";
                preflight: "preflight";
                request: "request";
                none: "none";
            }>;
            hop: z.ZodNullable<z.ZodNumber>;
            by: z.ZodEnum<{
                engine: "engine";
                harness: "harness";
            }>;
            words: z.ZodArray<z.ZodString>;
            unrecognised: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
        standardMismatches: z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            expected: z.ZodUnknown;
            observed: z.ZodUnknown;
        }, z.core.$strict>>;
        mismatches: z.ZodArray<z.ZodObject<{
            field: z.ZodString;
            expected: z.ZodUnknown;
            observed: z.ZodUnknown;
        }, z.core.$strict>>;
        trace: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>;
        checked: z.ZodArray<z.ZodString>;
        deviationChecked: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    verdict: z.ZodEnum<{
        "matches-standard": "matches-standard";
        "known-deviation": "known-deviation";
        unexpected: "unexpected";
    }>;
    standardMismatches: z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        expected: z.ZodUnknown;
        observed: z.ZodUnknown;
    }, z.core.$strict>>;
    mismatches: z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        expected: z.ZodUnknown;
        observed: z.ZodUnknown;
    }, z.core.$strict>>;
    deviations: z.ZodArray<z.ZodObject<{
        reason: z.ZodString;
        bug: z.ZodString;
        step: z.ZodNumber;
    }, z.core.$strict>>;
    notes: z.ZodArray<z.ZodString>;
    ignoredDifferences: z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        reason: z.ZodString;
    }, z.core.$strict>>;
    durationMs: z.ZodNumber;
}, z.core.$strict>;
export type EngineIdentity = z.infer<typeof engineIdentitySchema>;
export type EngineMessage = z.infer<typeof engineMessageSchema>;
export type Blocked = z.infer<typeof blockedSchema>;
export type SentResponse = z.infer<typeof sentResponseSchema>;
export type ReceivedRequest = z.infer<typeof receivedRequestSchema>;
export type PageObservation = z.infer<typeof pageObservationSchema>;
export type ObservedPreflight = z.infer<typeof observedPreflightSchema>;
export type ObservedRequest = z.infer<typeof observedRequestSchema>;
export type ObservedPage = z.infer<typeof observedPageSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Mismatch = z.infer<typeof mismatchSchema>;
export type Verdict = (typeof verdicts)[number];
export type TraceValue = z.infer<typeof traceValueSchema>;
/** `preflight at hop 1 (third): Origin` → `null`, `page: status` → 200, and so on. */
export type StepTrace = Record<string, TraceValue>;
export type PlannedResponse = z.infer<typeof plannedResponseSchema>;
export type PlannedHop = z.infer<typeof plannedHopSchema>;
export type StepObservation = z.infer<typeof stepObservationSchema>;
export type LibraryObservation = z.infer<typeof libraryObservationSchema>;
export type Observation = z.infer<typeof observationSchema>;
/** An observation read back from a test attachment or a report, checked, not cast. */
export declare function readObservation(json: string): Observation;
