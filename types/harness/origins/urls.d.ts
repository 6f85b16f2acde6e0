/**
 * Every URL the harness builds or reads back, in one place: a scenario run's URLs
 * (`/s/<token>/<hop>`) and the harness's own pages (`/__corsmatrix/...`).
 */
import type { OriginName } from './names.js';
/** The probe page shared by runs that need nothing of their own. */
export declare const plainPagePath = "/__corsmatrix/page";
/** The routes the origin app serves, in Koa router syntax. */
export declare const routes: {
    readonly plainPage: "/__corsmatrix/page";
    readonly ownPage: "/__corsmatrix/page/:token";
    readonly plant: "/__corsmatrix/plant/:token";
    readonly serviceWorker: "/__corsmatrix/service-worker";
    readonly frame: "/__corsmatrix/frame";
};
/** The page an iframe of this origin loads to make a run's request from inside another page. */
export declare function framePageUrl(originUrl: string): string;
/** How the page's service worker answers a run's request (harness/origins/service-worker.ts). */
export declare const serviceWorkerAnswers: readonly ["network", "no-cors", "synthetic"];
export type ServiceWorkerAnswer = (typeof serviceWorkerAnswers)[number];
/** The script of a service worker that answers a run's requests this way; same-origin with the page. */
export declare function serviceWorkerPath(answer: ServiceWorkerAnswer): string;
export declare function scenarioUrl(origins: Record<OriginName, string>, origin: OriginName, token: string, hop: number): string;
/** A probe page of the run's own (for page headers or a fresh profile). */
export declare function ownPageUrl(originUrl: string, token: string): string;
export declare function plainPageUrl(originUrl: string): string;
/** The page that plants a run's setup cookies with a top-level navigation. */
export declare function plantUrl(originUrl: string, token: string): string;
/** The run and hop a scenario path names; undefined for any other path. A query is ignored. */
export declare function parseScenarioPath(path: string): {
    token: string;
    hop: number;
} | undefined;
/** The query parameter that marks a URL of someone else's server as one run's (corsmatrix.config targets). */
export declare const runTokenParameter = "corsmatrix-run";
/**
 * A target's URL made the run's own: no two runs share an HTTP-cache or preflight-cache entry
 * (both are keyed by URL), and the engine's messages that name it belong to this run.
 */
export declare function withRunToken(url: string, token: string): string;
/** The tokens of every run URL in a text (an engine's message names the URL it refused). */
export declare function tokensInText(text: string): string[];
/** The run a request belongs to: a scenario URL or one of the run's harness pages. */
export declare function tokenOfPath(path: string): string | undefined;
