/**
 * Every URL the harness builds or reads back, in one place: a scenario run's URLs
 * (`/s/<token>/<hop>`) and the harness's own pages (`/__corsmatrix/...`).
 */
import type { OriginName } from './origin-names.js';

/** `/s/<token>/<hop>`: the URL of one scenario run at one hop of its redirect chain. */
const scenarioPathPattern = /^\/s\/([A-Za-z0-9_-]+)\/(\d+)$/;
/** `/__corsmatrix/<what>/<token>`: a page or cookie planting of one run. */
const harnessPathPattern = /^\/__corsmatrix\/[a-z-]+\/([A-Za-z0-9_-]+)$/;

/** The probe page shared by runs that need nothing of their own. */
export const plainPagePath = '/__corsmatrix/page';
/** The routes the origin app serves, in Koa router syntax. */
export const routes = { plainPage: plainPagePath, ownPage: `${plainPagePath}/:token`, plant: '/__corsmatrix/plant/:token', serviceWorker: '/__corsmatrix/service-worker', frame: '/__corsmatrix/frame' } as const;

/** The page an iframe of this origin loads to make a run's request from inside another page. */
export function framePageUrl(originUrl: string): string {
  return `${originUrl}${routes.frame}`;
}

/** How the page's service worker answers a run's request (harness/origins/service-worker.ts). */
export const serviceWorkerAnswers = ['network', 'no-cors', 'synthetic'] as const;
export type ServiceWorkerAnswer = (typeof serviceWorkerAnswers)[number];

/** The script of a service worker that answers a run's requests this way; same-origin with the page. */
export function serviceWorkerPath(answer: ServiceWorkerAnswer): string {
  return `${routes.serviceWorker}?answer=${answer}`;
}

export function scenarioUrl(origins: Record<OriginName, string>, origin: OriginName, token: string, hop: number): string {
  return `${origins[origin]}/s/${token}/${hop}`;
}

/** A probe page of the run's own (for page headers or a fresh profile). */
export function ownPageUrl(originUrl: string, token: string): string {
  return `${originUrl}${plainPagePath}/${token}`;
}

export function plainPageUrl(originUrl: string): string {
  return `${originUrl}${plainPagePath}`;
}

/** The page that plants a run's setup cookies with a top-level navigation. */
export function plantUrl(originUrl: string, token: string): string {
  return `${originUrl}/__corsmatrix/plant/${token}`;
}

/** The run and hop a scenario path names; undefined for any other path. A query is ignored. */
export function parseScenarioPath(path: string): { token: string; hop: number } | undefined {
  const [, token, hop] = scenarioPathPattern.exec(path.split('?')[0] ?? '') ?? [];
  return token && hop ? { token, hop: Number(hop) } : undefined;
}

/** The query parameter that marks a URL of someone else's server as one run's (corsmatrix.config targets). */
export const runTokenParameter = 'corsmatrix-run';

/**
 * A target's URL made the run's own: no two runs share an HTTP-cache or preflight-cache entry
 * (both are keyed by URL), and the engine's messages that name it belong to this run.
 */
export function withRunToken(url: string, token: string): string {
  const marked = new URL(url);
  marked.searchParams.append(runTokenParameter, token);
  return marked.href;
}

/** A scenario URL's token (`/s/<token>/<hop>`) or a target URL's (`?corsmatrix-run=<token>`). */
const runUrlPattern = new RegExp(`/s/([A-Za-z0-9_-]+)/\\d+|[?&]${runTokenParameter}=([A-Za-z0-9_-]+)`, 'g');

/** The tokens of every run URL in a text (an engine's message names the URL it refused). */
export function tokensInText(text: string): string[] {
  return [...text.matchAll(runUrlPattern)].flatMap((match) => match[1] ?? match[2] ?? []);
}

/** The run a request belongs to: a scenario URL or one of the run's harness pages. */
export function tokenOfPath(path: string): string | undefined {
  return parseScenarioPath(path)?.token ?? harnessPathPattern.exec(path.split('?')[0] ?? '')?.[1];
}
