/**
 * A check of a corsmatrix.config and what each engine did with it, described once: the checks
 * are generated (checks.ts) and run (run.ts) as these types, and the published report JSON
 * (harness/report/project-schema.ts) embeds these schemas, so the two cannot drift apart. The
 * same convention as the catalogue's observation (harness/runner/observation.ts).
 */
import { z } from 'zod';
export declare const checkKinds: readonly ["allowed-origin", "refused-origin", "method", "header", "exposed-header", "max-age", "vary-origin", "error-answer"];
/** The library view's verdicts, and `not-measured` for a check the engine could not answer. */
export declare const checkVerdicts: readonly ["intent-delivered", "blocked-what-should-pass", "unsafe", "intent-not-delivered", "not-measured"];
/** The library view's words, and one for a check that could not be measured. */
export declare const checkVerdictLabels: Record<CheckVerdict, string>;
/** The mark of each verdict in Markdown, the library view's and the target view's alike. */
export declare const checkVerdictMarks: Record<CheckVerdict, string>;
/**
 * Worst first: the order of a report's rows, and the rule for a check's verdict over its steps and
 * a row's over its engines. A problem found outranks what could not be measured; a clean result does not.
 */
export declare const checkVerdictsWorstFirst: readonly CheckVerdict[];
export declare function worstCheckVerdict(verdicts: readonly CheckVerdict[], ifNone: CheckVerdict): CheckVerdict;
/** Verdicts that fail a run. */
export declare const failingVerdicts: ReadonlySet<CheckVerdict>;
export declare const checkRequestSchema: z.ZodObject<{
    page: z.ZodString;
    method: z.ZodString;
    headers: z.ZodRecord<z.ZodString, z.ZodString>;
    credentials: z.ZodEnum<{
        "same-origin": "same-origin";
        include: "include";
    }>;
    readHeaders: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
/** What the policy means for one request (the library view's StepIntent). */
export declare const stepIntentSchema: z.ZodObject<{
    intent: z.ZodEnum<{
        allow: "allow";
        block: "block";
    }>;
    preflight: z.ZodOptional<z.ZodEnum<{
        sent: "sent";
        cached: "cached";
    }>>;
}, z.core.$strict>;
export declare const checkSchema: z.ZodObject<{
    id: z.ZodString;
    kind: z.ZodEnum<{
        method: "method";
        header: "header";
        "allowed-origin": "allowed-origin";
        "refused-origin": "refused-origin";
        "exposed-header": "exposed-header";
        "max-age": "max-age";
        "vary-origin": "vary-origin";
        "error-answer": "error-answer";
    }>;
    target: z.ZodString;
    url: z.ZodString;
    steps: z.ZodArray<z.ZodObject<{
        request: z.ZodObject<{
            page: z.ZodString;
            method: z.ZodString;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            credentials: z.ZodEnum<{
                "same-origin": "same-origin";
                include: "include";
            }>;
            readHeaders: z.ZodArray<z.ZodString>;
        }, z.core.$strict>;
        intent: z.ZodObject<{
            intent: z.ZodEnum<{
                allow: "allow";
                block: "block";
            }>;
            preflight: z.ZodOptional<z.ZodEnum<{
                sent: "sent";
                cached: "cached";
            }>>;
        }, z.core.$strict>;
        readMeans: z.ZodOptional<z.ZodLiteral<"intent-not-delivered">>;
    }, z.core.$strict>>;
    title: z.ZodString;
    fix: z.ZodString;
}, z.core.$strict>;
/** What a target answers an origin, asked from Node (harness/project/ask.ts). */
export declare const serverAnswerSchema: z.ZodObject<{
    method: z.ZodEnum<{
        GET: "GET";
        OPTIONS: "OPTIONS";
    }>;
    requestHeaders: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
    status: z.ZodNullable<z.ZodNumber>;
    headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const checkStepObservationSchema: z.ZodObject<{
    request: z.ZodObject<{
        page: z.ZodString;
        method: z.ZodString;
        headers: z.ZodRecord<z.ZodString, z.ZodString>;
        credentials: z.ZodEnum<{
            "same-origin": "same-origin";
            include: "include";
        }>;
        readHeaders: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    intent: z.ZodObject<{
        intent: z.ZodEnum<{
            allow: "allow";
            block: "block";
        }>;
        preflight: z.ZodOptional<z.ZodEnum<{
            sent: "sent";
            cached: "cached";
        }>>;
    }, z.core.$strict>;
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
    server: z.ZodOptional<z.ZodObject<{
        method: z.ZodEnum<{
            GET: "GET";
            OPTIONS: "OPTIONS";
        }>;
        requestHeaders: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        status: z.ZodNullable<z.ZodNumber>;
        headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    preflightSent: z.ZodNullable<z.ZodBoolean>;
    verdict: z.ZodEnum<{
        "intent-delivered": "intent-delivered";
        "blocked-what-should-pass": "blocked-what-should-pass";
        unsafe: "unsafe";
        "intent-not-delivered": "intent-not-delivered";
        "not-measured": "not-measured";
    }>;
    unmeasured: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** One check in one engine, without the check itself (the report gives it once per row). */
export declare const checkCellSchema: z.ZodObject<{
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
    url: z.ZodString;
    steps: z.ZodArray<z.ZodObject<{
        request: z.ZodObject<{
            page: z.ZodString;
            method: z.ZodString;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            credentials: z.ZodEnum<{
                "same-origin": "same-origin";
                include: "include";
            }>;
            readHeaders: z.ZodArray<z.ZodString>;
        }, z.core.$strict>;
        intent: z.ZodObject<{
            intent: z.ZodEnum<{
                allow: "allow";
                block: "block";
            }>;
            preflight: z.ZodOptional<z.ZodEnum<{
                sent: "sent";
                cached: "cached";
            }>>;
        }, z.core.$strict>;
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
        server: z.ZodOptional<z.ZodObject<{
            method: z.ZodEnum<{
                GET: "GET";
                OPTIONS: "OPTIONS";
            }>;
            requestHeaders: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            status: z.ZodNullable<z.ZodNumber>;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            error: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        preflightSent: z.ZodNullable<z.ZodBoolean>;
        verdict: z.ZodEnum<{
            "intent-delivered": "intent-delivered";
            "blocked-what-should-pass": "blocked-what-should-pass";
            unsafe: "unsafe";
            "intent-not-delivered": "intent-not-delivered";
            "not-measured": "not-measured";
        }>;
        unmeasured: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    verdict: z.ZodEnum<{
        "intent-delivered": "intent-delivered";
        "blocked-what-should-pass": "blocked-what-should-pass";
        unsafe: "unsafe";
        "intent-not-delivered": "intent-not-delivered";
        "not-measured": "not-measured";
    }>;
    error: z.ZodOptional<z.ZodString>;
    retried: z.ZodOptional<z.ZodString>;
    durationMs: z.ZodNumber;
}, z.core.$strict>;
export declare const checkObservationSchema: z.ZodObject<{
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
    url: z.ZodString;
    steps: z.ZodArray<z.ZodObject<{
        request: z.ZodObject<{
            page: z.ZodString;
            method: z.ZodString;
            headers: z.ZodRecord<z.ZodString, z.ZodString>;
            credentials: z.ZodEnum<{
                "same-origin": "same-origin";
                include: "include";
            }>;
            readHeaders: z.ZodArray<z.ZodString>;
        }, z.core.$strict>;
        intent: z.ZodObject<{
            intent: z.ZodEnum<{
                allow: "allow";
                block: "block";
            }>;
            preflight: z.ZodOptional<z.ZodEnum<{
                sent: "sent";
                cached: "cached";
            }>>;
        }, z.core.$strict>;
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
        server: z.ZodOptional<z.ZodObject<{
            method: z.ZodEnum<{
                GET: "GET";
                OPTIONS: "OPTIONS";
            }>;
            requestHeaders: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            status: z.ZodNullable<z.ZodNumber>;
            headers: z.ZodArray<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
            error: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        preflightSent: z.ZodNullable<z.ZodBoolean>;
        verdict: z.ZodEnum<{
            "intent-delivered": "intent-delivered";
            "blocked-what-should-pass": "blocked-what-should-pass";
            unsafe: "unsafe";
            "intent-not-delivered": "intent-not-delivered";
            "not-measured": "not-measured";
        }>;
        unmeasured: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    verdict: z.ZodEnum<{
        "intent-delivered": "intent-delivered";
        "blocked-what-should-pass": "blocked-what-should-pass";
        unsafe: "unsafe";
        "intent-not-delivered": "intent-not-delivered";
        "not-measured": "not-measured";
    }>;
    error: z.ZodOptional<z.ZodString>;
    retried: z.ZodOptional<z.ZodString>;
    durationMs: z.ZodNumber;
    check: z.ZodObject<{
        id: z.ZodString;
        kind: z.ZodEnum<{
            method: "method";
            header: "header";
            "allowed-origin": "allowed-origin";
            "refused-origin": "refused-origin";
            "exposed-header": "exposed-header";
            "max-age": "max-age";
            "vary-origin": "vary-origin";
            "error-answer": "error-answer";
        }>;
        target: z.ZodString;
        url: z.ZodString;
        steps: z.ZodArray<z.ZodObject<{
            request: z.ZodObject<{
                page: z.ZodString;
                method: z.ZodString;
                headers: z.ZodRecord<z.ZodString, z.ZodString>;
                credentials: z.ZodEnum<{
                    "same-origin": "same-origin";
                    include: "include";
                }>;
                readHeaders: z.ZodArray<z.ZodString>;
            }, z.core.$strict>;
            intent: z.ZodObject<{
                intent: z.ZodEnum<{
                    allow: "allow";
                    block: "block";
                }>;
                preflight: z.ZodOptional<z.ZodEnum<{
                    sent: "sent";
                    cached: "cached";
                }>>;
            }, z.core.$strict>;
            readMeans: z.ZodOptional<z.ZodLiteral<"intent-not-delivered">>;
        }, z.core.$strict>>;
        title: z.ZodString;
        fix: z.ZodString;
    }, z.core.$strict>;
}, z.core.$strict>;
export type CheckKind = (typeof checkKinds)[number];
export type CheckVerdict = (typeof checkVerdicts)[number];
export type CheckRequest = z.infer<typeof checkRequestSchema>;
export type Check = z.infer<typeof checkSchema>;
export type ServerAnswer = z.infer<typeof serverAnswerSchema>;
export type CheckStepObservation = z.infer<typeof checkStepObservationSchema>;
export type CheckCell = z.infer<typeof checkCellSchema>;
export type CheckObservation = z.infer<typeof checkObservationSchema>;
