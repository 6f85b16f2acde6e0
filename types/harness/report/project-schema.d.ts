/**
 * The published shape of a `npx corsmatrix` run's report.json (schemaVersion 1), for tools that
 * read it. The tests read every report they make back through `readProjectReport`; README.md
 * documents it. The checks and cells are the run's own schemas (harness/project/observation.ts).
 */
import { z } from 'zod';
export declare const projectReportSchemaVersion = 1;
export declare const targetRowSchema: z.ZodObject<{
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
    verdict: z.ZodEnum<{
        "intent-delivered": "intent-delivered";
        "blocked-what-should-pass": "blocked-what-should-pass";
        unsafe: "unsafe";
        "intent-not-delivered": "intent-not-delivered";
        "not-measured": "not-measured";
    }>;
    cells: z.ZodRecord<z.ZodEnum<{
        chromium: "chromium";
        firefox: "firefox";
        webkit: "webkit";
    }> & z.core.$partial, z.ZodObject<{
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
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const targetViewSchema: z.ZodObject<{
    target: z.ZodString;
    url: z.ZodString;
    counts: z.ZodRecord<z.ZodEnum<{
        "intent-delivered": "intent-delivered";
        "blocked-what-should-pass": "blocked-what-should-pass";
        unsafe: "unsafe";
        "intent-not-delivered": "intent-not-delivered";
        "not-measured": "not-measured";
    }> & z.core.$partial, z.ZodNumber>;
    rows: z.ZodArray<z.ZodObject<{
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
        verdict: z.ZodEnum<{
            "intent-delivered": "intent-delivered";
            "blocked-what-should-pass": "blocked-what-should-pass";
            unsafe: "unsafe";
            "intent-not-delivered": "intent-not-delivered";
            "not-measured": "not-measured";
        }>;
        cells: z.ZodRecord<z.ZodEnum<{
            chromium: "chromium";
            firefox: "firefox";
            webkit: "webkit";
        }> & z.core.$partial, z.ZodObject<{
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
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const projectReportSchema: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    harnessVersion: z.ZodString;
    generatedAt: z.ZodISODateTime;
    engines: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strict>>;
    unavailable: z.ZodArray<z.ZodObject<{
        engine: z.ZodEnum<{
            chromium: "chromium";
            firefox: "firefox";
            webkit: "webkit";
        }>;
        why: z.ZodString;
    }, z.core.$strict>>;
    targets: z.ZodArray<z.ZodObject<{
        target: z.ZodString;
        url: z.ZodString;
        counts: z.ZodRecord<z.ZodEnum<{
            "intent-delivered": "intent-delivered";
            "blocked-what-should-pass": "blocked-what-should-pass";
            unsafe: "unsafe";
            "intent-not-delivered": "intent-not-delivered";
            "not-measured": "not-measured";
        }> & z.core.$partial, z.ZodNumber>;
        rows: z.ZodArray<z.ZodObject<{
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
            verdict: z.ZodEnum<{
                "intent-delivered": "intent-delivered";
                "blocked-what-should-pass": "blocked-what-should-pass";
                unsafe: "unsafe";
                "intent-not-delivered": "intent-not-delivered";
                "not-measured": "not-measured";
            }>;
            cells: z.ZodRecord<z.ZodEnum<{
                chromium: "chromium";
                firefox: "firefox";
                webkit: "webkit";
            }> & z.core.$partial, z.ZodObject<{
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
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type TargetRowJson = z.infer<typeof targetRowSchema>;
export type ProjectReport = z.infer<typeof projectReportSchema>;
/** A report read back from report.json, checked against the published schema. */
export declare function readProjectReport(json: string): ProjectReport;
