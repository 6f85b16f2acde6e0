/**
 * The in-page probe: makes one request with the page's own APIs and reports what the page's
 * JavaScript could see. It is sent to the page as source text (`Function.prototype.toString`),
 * so it must stay self-contained: no imports, no closures over module scope, plain JSON in and out.
 */
import type { PageObservation } from '../runner/observation.js';
import type { RequestBody } from '../scenario/schema.js';
interface ScriptRequest {
    url: string;
    method: string;
    headers: Array<[string, string]>;
    body: RequestBody | undefined;
    /** Response headers to try to read. */
    readHeaders: string[];
    timeoutMs: number;
    /** Made from a sandboxed frame of the page, whose origin is `null`. */
    sandboxed?: boolean;
}
export type ProbeRequest = ((ScriptRequest & {
    api: 'fetch';
    credentials: RequestCredentials;
    mode: RequestMode;
    redirect: RequestRedirect;
    keepalive: boolean;
    /** The script of a service worker (same-origin) that controls the page during the request. */
    serviceWorker: string | null;
    /** Read the response's resource-timing entry afterwards. */
    readTiming: boolean;
}) | (ScriptRequest & {
    api: 'xhr';
    withCredentials: boolean;
    uploadListener: boolean;
}) | {
    api: 'element';
    url: string;
    element: 'img' | 'script' | 'module-script' | 'stylesheet' | 'iframe-postmessage' | 'font' | 'json-module' | 'video' | 'audio' | 'preload-fetch';
    crossorigin: 'anonymous' | 'use-credentials' | null;
    timeoutMs: number;
} | {
    api: 'beacon';
    url: string;
    body: RequestBody | undefined;
    timeoutMs: number;
} | {
    api: 'eventsource';
    url: string;
    withCredentials: boolean;
    timeoutMs: number;
} | {
    api: 'websocket';
    url: string;
    timeoutMs: number;
} | {
    api: 'worker';
    url: string;
    worker: 'dedicated' | 'shared';
    load: 'classic-script' | 'module-script' | 'import-scripts' | 'static-import';
    credentials: RequestCredentials | null;
    timeoutMs: number;
}) & {
    /** Made from an iframe loaded from this URL (a page of another origin that runs the probe), inside the page. */
    frame?: string | undefined;
};
export type { PageObservation };
export declare function probe(request: ProbeRequest): Promise<PageObservation>;
/**
 * Source text that runs a function in a page. Some TypeScript loaders (esbuild's keepNames)
 * wrap functions in a `__name` helper that does not exist in the page; bind a no-op one.
 */
export declare function inPageSource(fn: (...args: never[]) => unknown): string;
/** An expression that runs the probe for the request and evaluates to its promise. */
export declare function probeExpression(request: ProbeRequest): string;
/**
 * The script of a frame that runs the probe for its parent: it takes one request from the parent
 * page by postMessage and posts the observation back. For a frame of another origin it is served
 * by that origin (harness/origins/app.ts); for a sandboxed frame it is the frame's srcdoc.
 */
export declare function frameListenerScript(): string;
