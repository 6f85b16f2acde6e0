/**
 * corsmatrix.config.ts: your own server, seen from your own front-end origins (issue #13).
 * The user declares the policy they mean (intent), not header strings; harness/project/checks.ts
 * turns it into checks. Checked with zod when loaded, so a mistake names its field.
 */
import { z } from 'zod';
/** A serialised http(s) origin: scheme, host and port only, as in an Origin header. */
export declare const serialisedOrigin: z.ZodString;
/** One path of a target and the CORS policy meant for it. */
export declare const pathPolicySchema: z.ZodObject<{
    path: z.ZodString;
    allowedOrigins: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodInstanceOf<RegExp>]>>;
    credentials: z.ZodDefault<z.ZodBoolean>;
    methods: z.ZodDefault<z.ZodArray<z.ZodString>>;
    requestHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
    exposedHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
    errorPaths: z.ZodDefault<z.ZodArray<z.ZodString>>;
    maxAge: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
/** Starts the server the way Playwright's `webServer` option does. */
export declare const webServerSchema: z.ZodObject<{
    command: z.ZodString;
    url: z.ZodURL;
    reuseExistingServer: z.ZodDefault<z.ZodBoolean>;
    timeout: z.ZodDefault<z.ZodNumber>;
    cwd: z.ZodOptional<z.ZodString>;
    env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>;
export declare const targetSchema: z.ZodObject<{
    name: z.ZodString;
    url: z.ZodOptional<z.ZodURL>;
    webServer: z.ZodOptional<z.ZodObject<{
        command: z.ZodString;
        url: z.ZodURL;
        reuseExistingServer: z.ZodDefault<z.ZodBoolean>;
        timeout: z.ZodDefault<z.ZodNumber>;
        cwd: z.ZodOptional<z.ZodString>;
        env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    paths: z.ZodArray<z.ZodObject<{
        path: z.ZodString;
        allowedOrigins: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodInstanceOf<RegExp>]>>;
        credentials: z.ZodDefault<z.ZodBoolean>;
        methods: z.ZodDefault<z.ZodArray<z.ZodString>>;
        requestHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
        exposedHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
        errorPaths: z.ZodDefault<z.ZodArray<z.ZodString>>;
        maxAge: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const configSchema: z.ZodObject<{
    pages: z.ZodArray<z.ZodString>;
    targets: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        url: z.ZodOptional<z.ZodURL>;
        webServer: z.ZodOptional<z.ZodObject<{
            command: z.ZodString;
            url: z.ZodURL;
            reuseExistingServer: z.ZodDefault<z.ZodBoolean>;
            timeout: z.ZodDefault<z.ZodNumber>;
            cwd: z.ZodOptional<z.ZodString>;
            env: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strict>>;
        paths: z.ZodArray<z.ZodObject<{
            path: z.ZodString;
            allowedOrigins: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodInstanceOf<RegExp>]>>;
            credentials: z.ZodDefault<z.ZodBoolean>;
            methods: z.ZodDefault<z.ZodArray<z.ZodString>>;
            requestHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
            exposedHeaders: z.ZodDefault<z.ZodArray<z.ZodString>>;
            errorPaths: z.ZodDefault<z.ZodArray<z.ZodString>>;
            maxAge: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    engines: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        chromium: "chromium";
        firefox: "firefox";
        webkit: "webkit";
    }>>>;
}, z.core.$strict>;
export type PathPolicy = z.output<typeof pathPolicySchema>;
export type Target = z.output<typeof targetSchema>;
export type ProjectConfig = z.output<typeof configSchema>;
export type ProjectConfigInput = z.input<typeof configSchema>;
/** Where a target's paths are resolved: its `url`, or the URL its webServer is waited for at. */
export declare function baseUrl(target: Target): string;
/** For corsmatrix.config.ts: types the object, like Playwright's defineConfig. */
export declare function defineConfig(config: ProjectConfigInput): ProjectConfigInput;
/** Every problem in a config, each as `field: message`. */
export declare function configProblems(value: unknown): string[];
