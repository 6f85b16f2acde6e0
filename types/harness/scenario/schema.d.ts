/**
 * The scenario format: plain data, typed by these schemas and checked when loaded.
 *
 * A scenario file default-exports an array of `ScenarioInput` objects. The words follow the
 * Fetch standard: a request may need a CORS preflight, the target answers the preflight and the
 * actual request, and the expected outcome says what reaches the server and what the page sees.
 */
import { z } from 'zod';
import { originNames } from '../origins/names.js';
/**
 * Headers as an object (`{ 'Access-Control-Allow-Origin': '*' }`, an array value sends the header
 * once per element) or as a list of pairs when order, duplicates or odd casing matter.
 */
export declare const headerListSchema: z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>;
declare const requestBodySchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"text">;
    text: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"urlencoded">;
    fields: z.ZodRecord<z.ZodString, z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"form-data">;
    fields: z.ZodRecord<z.ZodString, z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"blob">;
    type: z.ZodString;
    text: z.ZodString;
}, z.core.$strict>], "kind">;
/** How the page makes the request. Discriminated by `api`. */
export declare const requestSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    api: z.ZodLiteral<"fetch">;
    method: z.ZodDefault<z.ZodString>;
    headers: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
    body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"text">;
        text: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"urlencoded">;
        fields: z.ZodRecord<z.ZodString, z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"form-data">;
        fields: z.ZodRecord<z.ZodString, z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"blob">;
        type: z.ZodString;
        text: z.ZodString;
    }, z.core.$strict>], "kind">>;
    credentials: z.ZodDefault<z.ZodEnum<{
        omit: "omit";
        "same-origin": "same-origin";
        include: "include";
    }>>;
    mode: z.ZodDefault<z.ZodEnum<{
        "no-cors": "no-cors";
        "same-origin": "same-origin";
        cors: "cors";
    }>>;
    redirect: z.ZodDefault<z.ZodEnum<{
        error: "error";
        follow: "follow";
        manual: "manual";
    }>>;
    keepalive: z.ZodDefault<z.ZodBoolean>;
    serviceWorker: z.ZodOptional<z.ZodEnum<{
        network: "network";
        "no-cors": "no-cors";
        synthetic: "synthetic";
    }>>;
    readHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
    readTiming: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    api: z.ZodLiteral<"xhr">;
    method: z.ZodDefault<z.ZodString>;
    headers: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
    body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"text">;
        text: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"urlencoded">;
        fields: z.ZodRecord<z.ZodString, z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"form-data">;
        fields: z.ZodRecord<z.ZodString, z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"blob">;
        type: z.ZodString;
        text: z.ZodString;
    }, z.core.$strict>], "kind">>;
    withCredentials: z.ZodDefault<z.ZodBoolean>;
    uploadListener: z.ZodDefault<z.ZodBoolean>;
    readHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>, z.ZodObject<{
    api: z.ZodLiteral<"element">;
    element: z.ZodEnum<{
        img: "img";
        script: "script";
        "module-script": "module-script";
        stylesheet: "stylesheet";
        "iframe-postmessage": "iframe-postmessage";
        font: "font";
        "json-module": "json-module";
        video: "video";
        audio: "audio";
        "preload-fetch": "preload-fetch";
    }>;
    crossorigin: z.ZodOptional<z.ZodEnum<{
        anonymous: "anonymous";
        "use-credentials": "use-credentials";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    api: z.ZodLiteral<"beacon">;
    body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"text">;
        text: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"urlencoded">;
        fields: z.ZodRecord<z.ZodString, z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"form-data">;
        fields: z.ZodRecord<z.ZodString, z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"blob">;
        type: z.ZodString;
        text: z.ZodString;
    }, z.core.$strict>], "kind">>;
}, z.core.$strict>, z.ZodObject<{
    api: z.ZodLiteral<"worker">;
    worker: z.ZodDefault<z.ZodEnum<{
        dedicated: "dedicated";
        shared: "shared";
    }>>;
    load: z.ZodEnum<{
        "module-script": "module-script";
        "classic-script": "classic-script";
        "import-scripts": "import-scripts";
        "static-import": "static-import";
    }>;
    credentials: z.ZodOptional<z.ZodEnum<{
        omit: "omit";
        "same-origin": "same-origin";
        include: "include";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    api: z.ZodLiteral<"websocket">;
}, z.core.$strict>, z.ZodObject<{
    api: z.ZodLiteral<"eventsource">;
    withCredentials: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>], "api">;
export interface ResponseSpecInput {
    status?: number;
    headers?: z.input<typeof headerListSchema>;
    body?: string;
    /** Binary body (an image, say), base64-encoded; instead of `body`. */
    bodyBase64?: string;
    /** Answer with a redirect to a named origin; `Location` is filled in by the harness. */
    redirect?: RedirectSpecInput;
    /**
     * Answer with no HTTP response at all: `reset` drops the connection (an HTTP/2 stream is
     * reset), `stall` never answers, so the probe's timeout fires.
     */
    fault?: ResponseFault;
    /**
     * The answer to a conditional request (one with If-None-Match or If-Modified-Since), usually
     * `{ status: 304, headers: {...} }`: what a server says when the browser revalidates the
     * stored response. Without it a conditional request gets this response again.
     */
    revalidation?: ResponseSpecInput;
}
export declare const responseFaults: readonly ["reset", "stall"];
export type ResponseFault = (typeof responseFaults)[number];
export interface RedirectSpecInput {
    to: (typeof originNames)[number];
    /** Put `user:pass@` in the Location URL (a redirect to a URL with credentials). */
    credentialsInUrl?: boolean;
    preflight?: ResponseSpecInput;
    response: ResponseSpecInput;
}
export interface ResponseSpec {
    status: number;
    headers: z.output<typeof headerListSchema>;
    body?: string | undefined;
    bodyBase64?: string | undefined;
    redirect?: RedirectSpec | undefined;
    fault?: ResponseFault | undefined;
    revalidation?: ResponseSpec | undefined;
}
export interface RedirectSpec {
    to: (typeof originNames)[number];
    credentialsInUrl: boolean;
    preflight?: ResponseSpec | undefined;
    response: ResponseSpec;
}
export declare const responseSpecSchema: z.ZodType<ResponseSpec, ResponseSpecInput>;
/**
 * What reached one hop of the redirect chain: hop 0 is the target, hop 1 where its redirect
 * leads, and so on. `false`: nothing of that kind reached the hop. Fields left out are not
 * checked; the report still compares them between engines.
 */
export declare const expectedHopSchema: z.ZodObject<{
    hop: z.ZodNumber;
    server: z.ZodOptional<z.ZodEnum<{
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
    preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
        method: z.ZodOptional<z.ZodString>;
        headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        authorization: z.ZodOptional<z.ZodEnum<{
            sent: "sent";
            absent: "absent";
        }>>;
        contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        bodyLength: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>;
    request: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
        method: z.ZodOptional<z.ZodString>;
        origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        authorization: z.ZodOptional<z.ZodEnum<{
            sent: "sent";
            absent: "absent";
        }>>;
        contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        bodyLength: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
export declare const expectedSchema: z.ZodObject<{
    preflight: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        method: z.ZodOptional<z.ZodString>;
        headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>]>;
    request: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        method: z.ZodOptional<z.ZodString>;
        origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>]>;
    finalRequest: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        method: z.ZodOptional<z.ZodString>;
        origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>]>>;
    page: z.ZodUnion<readonly [z.ZodLiteral<"network-error">, z.ZodLiteral<"queued">, z.ZodLiteral<"threw">, z.ZodLiteral<"timeout">, z.ZodObject<{
        status: z.ZodOptional<z.ZodNumber>;
        type: z.ZodOptional<z.ZodEnum<{
            cors: "cors";
            basic: "basic";
            opaque: "opaque";
            opaqueredirect: "opaqueredirect";
        }>>;
        bodyReadable: z.ZodOptional<z.ZodBoolean>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>>;
        timing: z.ZodOptional<z.ZodEnum<{
            detailed: "detailed";
            coarse: "coarse";
            partial: "partial";
        }>>;
        bodySizes: z.ZodOptional<z.ZodEnum<{
            exposed: "exposed";
            hidden: "hidden";
        }>>;
    }, z.core.$strict>]>;
    hops: z.ZodOptional<z.ZodArray<z.ZodObject<{
        hop: z.ZodNumber;
        server: z.ZodOptional<z.ZodEnum<{
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
        preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            authorization: z.ZodOptional<z.ZodEnum<{
                sent: "sent";
                absent: "absent";
            }>>;
            contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            bodyLength: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>]>>;
        request: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            authorization: z.ZodOptional<z.ZodEnum<{
                sent: "sent";
                absent: "absent";
            }>>;
            contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            bodyLength: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>>>;
    blocked: z.ZodOptional<z.ZodEnum<{
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
export declare const deviationSchema: z.ZodObject<{
    engine: z.ZodEnum<{
        chromium: "chromium";
        firefox: "firefox";
        webkit: "webkit";
    }>;
    step: z.ZodDefault<z.ZodNumber>;
    versions: z.ZodOptional<z.ZodString>;
    variants: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        "legacy-method-case": "legacy-method-case";
        "local-network-access": "local-network-access";
    }>>>;
    reason: z.ZodString;
    bug: z.ZodURL;
    expected: z.ZodObject<{
        preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>]>>;
        request: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>]>>;
        finalRequest: z.ZodOptional<z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>]>>>;
        page: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"network-error">, z.ZodLiteral<"queued">, z.ZodLiteral<"threw">, z.ZodLiteral<"timeout">, z.ZodObject<{
            status: z.ZodOptional<z.ZodNumber>;
            type: z.ZodOptional<z.ZodEnum<{
                cors: "cors";
                basic: "basic";
                opaque: "opaque";
                opaqueredirect: "opaqueredirect";
            }>>;
            bodyReadable: z.ZodOptional<z.ZodBoolean>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>>;
            timing: z.ZodOptional<z.ZodEnum<{
                detailed: "detailed";
                coarse: "coarse";
                partial: "partial";
            }>>;
            bodySizes: z.ZodOptional<z.ZodEnum<{
                exposed: "exposed";
                hidden: "hidden";
            }>>;
        }, z.core.$strict>]>>;
        hops: z.ZodOptional<z.ZodOptional<z.ZodArray<z.ZodObject<{
            hop: z.ZodNumber;
            server: z.ZodOptional<z.ZodEnum<{
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
            preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                authorization: z.ZodOptional<z.ZodEnum<{
                    sent: "sent";
                    absent: "absent";
                }>>;
                contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                bodyLength: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>]>>;
            request: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                authorization: z.ZodOptional<z.ZodEnum<{
                    sent: "sent";
                    absent: "absent";
                }>>;
                contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                bodyLength: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>]>>;
        }, z.core.$strict>>>>;
        blocked: z.ZodOptional<z.ZodOptional<z.ZodEnum<{
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
        }>>>;
    }, z.core.$strict>;
}, z.core.$strict>;
declare const ignoredDifferenceSchema: z.ZodObject<{
    field: z.ZodString;
    reason: z.ZodString;
}, z.core.$strict>;
/**
 * What a developer who wrote a library scenario's options means by them, for one request:
 * `allow` the page to read the response, or `block` it. Compared with what the page really
 * saw, it gives each library cell its verdict (harness/libraries/verdict.ts).
 */
export declare const intentSchema: z.ZodEnum<{
    allow: "allow";
    block: "block";
}>;
export declare const libraryOptionsSchema: z.ZodObject<{
    origin: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>, z.ZodObject<{
        regexp: z.ZodString;
        flags: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        allowList: z.ZodArray<z.ZodString>;
    }, z.core.$strict>]>>;
    credentials: z.ZodOptional<z.ZodBoolean>;
    allowedHeaders: z.ZodOptional<z.ZodArray<z.ZodString>>;
    exposedHeaders: z.ZodOptional<z.ZodArray<z.ZodString>>;
    maxAge: z.ZodOptional<z.ZodNumber>;
    methods: z.ZodOptional<z.ZodArray<z.ZodString>>;
    specific: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        library: z.ZodLiteral<"fastify-cors">;
        hook: z.ZodOptional<z.ZodEnum<{
            onRequest: "onRequest";
            preParsing: "preParsing";
            preValidation: "preValidation";
            preHandler: "preHandler";
            preSerialization: "preSerialization";
        }>>;
        strictPreflight: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        library: z.ZodLiteral<"koa-cors">;
        keepHeadersOnError: z.ZodOptional<z.ZodBoolean>;
        privateNetworkAccess: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        library: z.ZodLiteral<"express-cors">;
        preflightContinue: z.ZodOptional<z.ZodBoolean>;
        optionsSuccessStatus: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>], "library">>;
}, z.core.$strict>;
/** "Serve the target with this CORS library and these options", instead of a declared preflight and response. */
export declare const libraryTargetSchema: z.ZodObject<{
    name: z.ZodEnum<{
        "koa-cors": "koa-cors";
        "express-cors": "express-cors";
        "fastify-cors": "fastify-cors";
        "hono-cors": "hono-cors";
        "elysia-cors": "elysia-cors";
        "itty-cors": "itty-cors";
        "h3-cors": "h3-cors";
    }>;
    options: z.ZodDefault<z.ZodObject<{
        origin: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>, z.ZodObject<{
            regexp: z.ZodString;
            flags: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            allowList: z.ZodArray<z.ZodString>;
        }, z.core.$strict>]>>;
        credentials: z.ZodOptional<z.ZodBoolean>;
        allowedHeaders: z.ZodOptional<z.ZodArray<z.ZodString>>;
        exposedHeaders: z.ZodOptional<z.ZodArray<z.ZodString>>;
        maxAge: z.ZodOptional<z.ZodNumber>;
        methods: z.ZodOptional<z.ZodArray<z.ZodString>>;
        specific: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            library: z.ZodLiteral<"fastify-cors">;
            hook: z.ZodOptional<z.ZodEnum<{
                onRequest: "onRequest";
                preParsing: "preParsing";
                preValidation: "preValidation";
                preHandler: "preHandler";
                preSerialization: "preSerialization";
            }>>;
            strictPreflight: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>, z.ZodObject<{
            library: z.ZodLiteral<"koa-cors">;
            keepHeadersOnError: z.ZodOptional<z.ZodBoolean>;
            privateNetworkAccess: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>, z.ZodObject<{
            library: z.ZodLiteral<"express-cors">;
            preflightContinue: z.ZodOptional<z.ZodBoolean>;
            optionsSuccessStatus: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>], "library">>;
    }, z.core.$strict>>;
    endpoint: z.ZodDefault<z.ZodEnum<{
        resource: "resource";
        throws: "throws";
        unauthorized: "unauthorized";
        validated: "validated";
        unmatched: "unmatched";
        negotiated: "negotiated";
        "own-options": "own-options";
    }>>;
    cacheControl: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
/**
 * Where a library does not deliver the intent in real browsers: a finding about the library
 * (not an engine deviation), listed in the README and shown in the per-library report.
 */
export declare const findingSchema: z.ZodObject<{
    summary: z.ZodString;
    link: z.ZodOptional<z.ZodURL>;
}, z.core.$strict>;
declare const scenarioObjectSchema: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    reference: z.ZodURL;
    page: z.ZodEnum<{
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
    frame: z.ZodOptional<z.ZodEnum<{
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
    target: z.ZodEnum<{
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
    setup: z.ZodDefault<z.ZodObject<{
        cookies: z.ZodDefault<z.ZodArray<z.ZodObject<{
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
            setCookie: z.ZodString;
        }, z.core.$strict>>>;
        permissions: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            "local-network-access": "local-network-access";
        }>>>;
    }, z.core.$strict>>;
    request: z.ZodDiscriminatedUnion<[z.ZodObject<{
        api: z.ZodLiteral<"fetch">;
        method: z.ZodDefault<z.ZodString>;
        headers: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
        body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"text">;
            text: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"urlencoded">;
            fields: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"form-data">;
            fields: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"blob">;
            type: z.ZodString;
            text: z.ZodString;
        }, z.core.$strict>], "kind">>;
        credentials: z.ZodDefault<z.ZodEnum<{
            omit: "omit";
            "same-origin": "same-origin";
            include: "include";
        }>>;
        mode: z.ZodDefault<z.ZodEnum<{
            "no-cors": "no-cors";
            "same-origin": "same-origin";
            cors: "cors";
        }>>;
        redirect: z.ZodDefault<z.ZodEnum<{
            error: "error";
            follow: "follow";
            manual: "manual";
        }>>;
        keepalive: z.ZodDefault<z.ZodBoolean>;
        serviceWorker: z.ZodOptional<z.ZodEnum<{
            network: "network";
            "no-cors": "no-cors";
            synthetic: "synthetic";
        }>>;
        readHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
        readTiming: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        api: z.ZodLiteral<"xhr">;
        method: z.ZodDefault<z.ZodString>;
        headers: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
        body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"text">;
            text: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"urlencoded">;
            fields: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"form-data">;
            fields: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"blob">;
            type: z.ZodString;
            text: z.ZodString;
        }, z.core.$strict>], "kind">>;
        withCredentials: z.ZodDefault<z.ZodBoolean>;
        uploadListener: z.ZodDefault<z.ZodBoolean>;
        readHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>, z.ZodObject<{
        api: z.ZodLiteral<"element">;
        element: z.ZodEnum<{
            img: "img";
            script: "script";
            "module-script": "module-script";
            stylesheet: "stylesheet";
            "iframe-postmessage": "iframe-postmessage";
            font: "font";
            "json-module": "json-module";
            video: "video";
            audio: "audio";
            "preload-fetch": "preload-fetch";
        }>;
        crossorigin: z.ZodOptional<z.ZodEnum<{
            anonymous: "anonymous";
            "use-credentials": "use-credentials";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        api: z.ZodLiteral<"beacon">;
        body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            kind: z.ZodLiteral<"text">;
            text: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"urlencoded">;
            fields: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"form-data">;
            fields: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            kind: z.ZodLiteral<"blob">;
            type: z.ZodString;
            text: z.ZodString;
        }, z.core.$strict>], "kind">>;
    }, z.core.$strict>, z.ZodObject<{
        api: z.ZodLiteral<"worker">;
        worker: z.ZodDefault<z.ZodEnum<{
            dedicated: "dedicated";
            shared: "shared";
        }>>;
        load: z.ZodEnum<{
            "module-script": "module-script";
            "classic-script": "classic-script";
            "import-scripts": "import-scripts";
            "static-import": "static-import";
        }>;
        credentials: z.ZodOptional<z.ZodEnum<{
            omit: "omit";
            "same-origin": "same-origin";
            include: "include";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        api: z.ZodLiteral<"websocket">;
    }, z.core.$strict>, z.ZodObject<{
        api: z.ZodLiteral<"eventsource">;
        withCredentials: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>], "api">;
    preflight: z.ZodOptional<z.ZodType<ResponseSpec, ResponseSpecInput, z.core.$ZodTypeInternals<ResponseSpec, ResponseSpecInput>>>;
    response: z.ZodOptional<z.ZodType<ResponseSpec, ResponseSpecInput, z.core.$ZodTypeInternals<ResponseSpec, ResponseSpecInput>>>;
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
        options: z.ZodDefault<z.ZodObject<{
            origin: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>, z.ZodObject<{
                regexp: z.ZodString;
                flags: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                allowList: z.ZodArray<z.ZodString>;
            }, z.core.$strict>]>>;
            credentials: z.ZodOptional<z.ZodBoolean>;
            allowedHeaders: z.ZodOptional<z.ZodArray<z.ZodString>>;
            exposedHeaders: z.ZodOptional<z.ZodArray<z.ZodString>>;
            maxAge: z.ZodOptional<z.ZodNumber>;
            methods: z.ZodOptional<z.ZodArray<z.ZodString>>;
            specific: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                library: z.ZodLiteral<"fastify-cors">;
                hook: z.ZodOptional<z.ZodEnum<{
                    onRequest: "onRequest";
                    preParsing: "preParsing";
                    preValidation: "preValidation";
                    preHandler: "preHandler";
                    preSerialization: "preSerialization";
                }>>;
                strictPreflight: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strict>, z.ZodObject<{
                library: z.ZodLiteral<"koa-cors">;
                keepHeadersOnError: z.ZodOptional<z.ZodBoolean>;
                privateNetworkAccess: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strict>, z.ZodObject<{
                library: z.ZodLiteral<"express-cors">;
                preflightContinue: z.ZodOptional<z.ZodBoolean>;
                optionsSuccessStatus: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>], "library">>;
        }, z.core.$strict>>;
        endpoint: z.ZodDefault<z.ZodEnum<{
            resource: "resource";
            throws: "throws";
            unauthorized: "unauthorized";
            validated: "validated";
            unmatched: "unmatched";
            negotiated: "negotiated";
            "own-options": "own-options";
        }>>;
        cacheControl: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    intent: z.ZodOptional<z.ZodEnum<{
        allow: "allow";
        block: "block";
    }>>;
    finding: z.ZodOptional<z.ZodObject<{
        summary: z.ZodString;
        link: z.ZodOptional<z.ZodURL>;
    }, z.core.$strict>>;
    expected: z.ZodObject<{
        preflight: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>]>;
        request: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>]>;
        finalRequest: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            method: z.ZodOptional<z.ZodString>;
            origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>]>>;
        page: z.ZodUnion<readonly [z.ZodLiteral<"network-error">, z.ZodLiteral<"queued">, z.ZodLiteral<"threw">, z.ZodLiteral<"timeout">, z.ZodObject<{
            status: z.ZodOptional<z.ZodNumber>;
            type: z.ZodOptional<z.ZodEnum<{
                cors: "cors";
                basic: "basic";
                opaque: "opaque";
                opaqueredirect: "opaqueredirect";
            }>>;
            bodyReadable: z.ZodOptional<z.ZodBoolean>;
            headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>>;
            timing: z.ZodOptional<z.ZodEnum<{
                detailed: "detailed";
                coarse: "coarse";
                partial: "partial";
            }>>;
            bodySizes: z.ZodOptional<z.ZodEnum<{
                exposed: "exposed";
                hidden: "hidden";
            }>>;
        }, z.core.$strict>]>;
        hops: z.ZodOptional<z.ZodArray<z.ZodObject<{
            hop: z.ZodNumber;
            server: z.ZodOptional<z.ZodEnum<{
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
            preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                authorization: z.ZodOptional<z.ZodEnum<{
                    sent: "sent";
                    absent: "absent";
                }>>;
                contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                bodyLength: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>]>>;
            request: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                authorization: z.ZodOptional<z.ZodEnum<{
                    sent: "sent";
                    absent: "absent";
                }>>;
                contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                bodyLength: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>]>>;
        }, z.core.$strict>>>;
        blocked: z.ZodOptional<z.ZodEnum<{
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
    then: z.ZodDefault<z.ZodArray<z.ZodObject<{
        page: z.ZodOptional<z.ZodEnum<{
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
        frame: z.ZodOptional<z.ZodEnum<{
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
        request: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            api: z.ZodLiteral<"fetch">;
            method: z.ZodDefault<z.ZodString>;
            headers: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
            body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"text">;
                text: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"urlencoded">;
                fields: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"form-data">;
                fields: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"blob">;
                type: z.ZodString;
                text: z.ZodString;
            }, z.core.$strict>], "kind">>;
            credentials: z.ZodDefault<z.ZodEnum<{
                omit: "omit";
                "same-origin": "same-origin";
                include: "include";
            }>>;
            mode: z.ZodDefault<z.ZodEnum<{
                "no-cors": "no-cors";
                "same-origin": "same-origin";
                cors: "cors";
            }>>;
            redirect: z.ZodDefault<z.ZodEnum<{
                error: "error";
                follow: "follow";
                manual: "manual";
            }>>;
            keepalive: z.ZodDefault<z.ZodBoolean>;
            serviceWorker: z.ZodOptional<z.ZodEnum<{
                network: "network";
                "no-cors": "no-cors";
                synthetic: "synthetic";
            }>>;
            readHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
            readTiming: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>, z.ZodObject<{
            api: z.ZodLiteral<"xhr">;
            method: z.ZodDefault<z.ZodString>;
            headers: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
            body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"text">;
                text: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"urlencoded">;
                fields: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"form-data">;
                fields: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"blob">;
                type: z.ZodString;
                text: z.ZodString;
            }, z.core.$strict>], "kind">>;
            withCredentials: z.ZodDefault<z.ZodBoolean>;
            uploadListener: z.ZodDefault<z.ZodBoolean>;
            readHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>, z.ZodObject<{
            api: z.ZodLiteral<"element">;
            element: z.ZodEnum<{
                img: "img";
                script: "script";
                "module-script": "module-script";
                stylesheet: "stylesheet";
                "iframe-postmessage": "iframe-postmessage";
                font: "font";
                "json-module": "json-module";
                video: "video";
                audio: "audio";
                "preload-fetch": "preload-fetch";
            }>;
            crossorigin: z.ZodOptional<z.ZodEnum<{
                anonymous: "anonymous";
                "use-credentials": "use-credentials";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            api: z.ZodLiteral<"beacon">;
            body: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"text">;
                text: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"urlencoded">;
                fields: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"form-data">;
                fields: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$strict>, z.ZodObject<{
                kind: z.ZodLiteral<"blob">;
                type: z.ZodString;
                text: z.ZodString;
            }, z.core.$strict>], "kind">>;
        }, z.core.$strict>, z.ZodObject<{
            api: z.ZodLiteral<"worker">;
            worker: z.ZodDefault<z.ZodEnum<{
                dedicated: "dedicated";
                shared: "shared";
            }>>;
            load: z.ZodEnum<{
                "module-script": "module-script";
                "classic-script": "classic-script";
                "import-scripts": "import-scripts";
                "static-import": "static-import";
            }>;
            credentials: z.ZodOptional<z.ZodEnum<{
                omit: "omit";
                "same-origin": "same-origin";
                include: "include";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            api: z.ZodLiteral<"websocket">;
        }, z.core.$strict>, z.ZodObject<{
            api: z.ZodLiteral<"eventsource">;
            withCredentials: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>], "api">>;
        waitAfterLastPreflightMs: z.ZodOptional<z.ZodNumber>;
        intent: z.ZodOptional<z.ZodEnum<{
            allow: "allow";
            block: "block";
        }>>;
        intentPreflight: z.ZodOptional<z.ZodEnum<{
            sent: "sent";
            cached: "cached";
        }>>;
        expected: z.ZodObject<{
            preflight: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>;
            request: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>;
            finalRequest: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>>;
            page: z.ZodUnion<readonly [z.ZodLiteral<"network-error">, z.ZodLiteral<"queued">, z.ZodLiteral<"threw">, z.ZodLiteral<"timeout">, z.ZodObject<{
                status: z.ZodOptional<z.ZodNumber>;
                type: z.ZodOptional<z.ZodEnum<{
                    cors: "cors";
                    basic: "basic";
                    opaque: "opaque";
                    opaqueredirect: "opaqueredirect";
                }>>;
                bodyReadable: z.ZodOptional<z.ZodBoolean>;
                headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>>;
                timing: z.ZodOptional<z.ZodEnum<{
                    detailed: "detailed";
                    coarse: "coarse";
                    partial: "partial";
                }>>;
                bodySizes: z.ZodOptional<z.ZodEnum<{
                    exposed: "exposed";
                    hidden: "hidden";
                }>>;
            }, z.core.$strict>]>;
            hops: z.ZodOptional<z.ZodArray<z.ZodObject<{
                hop: z.ZodNumber;
                server: z.ZodOptional<z.ZodEnum<{
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
                preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                    method: z.ZodOptional<z.ZodString>;
                    headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    authorization: z.ZodOptional<z.ZodEnum<{
                        sent: "sent";
                        absent: "absent";
                    }>>;
                    contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    bodyLength: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>]>>;
                request: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                    method: z.ZodOptional<z.ZodString>;
                    origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    authorization: z.ZodOptional<z.ZodEnum<{
                        sent: "sent";
                        absent: "absent";
                    }>>;
                    contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    bodyLength: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>]>>;
            }, z.core.$strict>>>;
            blocked: z.ZodOptional<z.ZodEnum<{
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
    }, z.core.$strict>>>;
    pageHeaders: z.ZodDefault<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>, z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>]>>;
    deviations: z.ZodDefault<z.ZodArray<z.ZodObject<{
        engine: z.ZodEnum<{
            chromium: "chromium";
            firefox: "firefox";
            webkit: "webkit";
        }>;
        step: z.ZodDefault<z.ZodNumber>;
        versions: z.ZodOptional<z.ZodString>;
        variants: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "legacy-method-case": "legacy-method-case";
            "local-network-access": "local-network-access";
        }>>>;
        reason: z.ZodString;
        bug: z.ZodURL;
        expected: z.ZodObject<{
            preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>>;
            request: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>>;
            finalRequest: z.ZodOptional<z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
                method: z.ZodOptional<z.ZodString>;
                origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>>>;
            page: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"network-error">, z.ZodLiteral<"queued">, z.ZodLiteral<"threw">, z.ZodLiteral<"timeout">, z.ZodObject<{
                status: z.ZodOptional<z.ZodNumber>;
                type: z.ZodOptional<z.ZodEnum<{
                    cors: "cors";
                    basic: "basic";
                    opaque: "opaque";
                    opaqueredirect: "opaqueredirect";
                }>>;
                bodyReadable: z.ZodOptional<z.ZodBoolean>;
                headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodString>>>;
                timing: z.ZodOptional<z.ZodEnum<{
                    detailed: "detailed";
                    coarse: "coarse";
                    partial: "partial";
                }>>;
                bodySizes: z.ZodOptional<z.ZodEnum<{
                    exposed: "exposed";
                    hidden: "hidden";
                }>>;
            }, z.core.$strict>]>>;
            hops: z.ZodOptional<z.ZodOptional<z.ZodArray<z.ZodObject<{
                hop: z.ZodNumber;
                server: z.ZodOptional<z.ZodEnum<{
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
                preflight: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                    method: z.ZodOptional<z.ZodString>;
                    headers: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    authorization: z.ZodOptional<z.ZodEnum<{
                        sent: "sent";
                        absent: "absent";
                    }>>;
                    contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    bodyLength: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>]>>;
                request: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<false>, z.ZodObject<{
                    method: z.ZodOptional<z.ZodString>;
                    origin: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    cookie: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchSite: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchMode: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    secFetchDest: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    authorization: z.ZodOptional<z.ZodEnum<{
                        sent: "sent";
                        absent: "absent";
                    }>>;
                    contentType: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    range: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifNoneMatch: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    ifModifiedSince: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                    bodyLength: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>]>>;
            }, z.core.$strict>>>>;
            blocked: z.ZodOptional<z.ZodOptional<z.ZodEnum<{
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
            }>>>;
        }, z.core.$strict>;
    }, z.core.$strict>>>;
    ignoreDifferences: z.ZodDefault<z.ZodArray<z.ZodObject<{
        field: z.ZodString;
        reason: z.ZodString;
    }, z.core.$strict>>>;
    timeoutMs: z.ZodOptional<z.ZodNumber>;
    notMeasured: z.ZodDefault<z.ZodArray<z.ZodObject<{
        engine: z.ZodEnum<{
            chromium: "chromium";
            firefox: "firefox";
            webkit: "webkit";
        }>;
        reason: z.ZodString;
        link: z.ZodOptional<z.ZodURL>;
        exceptVariants: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            "legacy-method-case": "legacy-method-case";
            "local-network-access": "local-network-access";
        }>>>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
type ScenarioObject = z.output<typeof scenarioObjectSchema>;
type ServerFields = 'preflight' | 'response' | 'library' | 'intent' | 'finding';
type ScenarioCommon = Omit<ScenarioObject, ServerFields>;
/** A scenario whose target answers as declared (`preflight`, `response`). */
export type DeclaredScenario = ScenarioCommon & {
    preflight?: ResponseSpec | undefined;
    response: ResponseSpec;
    library?: undefined;
    intent?: undefined;
    finding?: undefined;
};
/** A scenario whose target is a real CORS library configured with `library.options`. */
export type LibraryScenario = ScenarioCommon & {
    library: LibraryTarget;
    intent: Intent;
    finding?: Finding | undefined;
    preflight?: undefined;
    response?: undefined;
};
export type Scenario = DeclaredScenario | LibraryScenario;
/**
 * A scenario is one of two kinds: declared answers, or a library. Written as one object schema
 * plus this check (rather than a union) so that a mistake names the field, not "invalid input".
 */
export declare const scenarioSchema: z.ZodType<Scenario, z.input<typeof scenarioObjectSchema>>;
type ScenarioObjectInput = z.input<typeof scenarioObjectSchema>;
type ScenarioCommonInput = Omit<ScenarioObjectInput, ServerFields>;
/** What a scenario file writes: declared answers, or a library (never both). */
export type ScenarioInput = (ScenarioCommonInput & {
    preflight?: ResponseSpecInput;
    response: ResponseSpecInput;
    library?: never;
    intent?: never;
    finding?: never;
}) | (ScenarioCommonInput & {
    library: LibraryTargetInput;
    intent: Intent;
    finding?: FindingInput;
    preflight?: never;
    response?: never;
});
export type LibraryTarget = z.output<typeof libraryTargetSchema>;
export type LibraryTargetInput = z.input<typeof libraryTargetSchema>;
export type Intent = z.output<typeof intentSchema>;
export type Finding = z.output<typeof findingSchema>;
export type FindingInput = z.input<typeof findingSchema>;
export type ScenarioRequest = Scenario['request'];
export type FollowUp = Scenario['then'][number];
export type RequestBody = z.output<typeof requestBodySchema>;
export type Expected = z.output<typeof expectedSchema>;
export type ExpectedHop = z.output<typeof expectedHopSchema>;
export type IgnoredDifference = z.output<typeof ignoredDifferenceSchema>;
export type Deviation = z.output<typeof deviationSchema>;
export type DeviationInput = z.input<typeof deviationSchema>;
export type ExpectedInput = z.input<typeof expectedSchema>;
export type HeaderList = z.output<typeof headerListSchema>;
export {};
