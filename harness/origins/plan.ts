/**
 * What the origins answer for one scenario run: resolved, concrete responses, looked up by the
 * run's token. The servers know nothing about scenarios beyond this.
 */
import type { OriginName } from './names.js';

export interface PlannedResponse {
  status: number;
  /** Sent as given: order, duplicates and case kept (HTTP/2 lower-cases names on the wire). */
  headers: Array<[string, string]>;
  body: string;
  bodyEncoding: 'utf8' | 'base64';
}

export interface PlannedHop {
  /** The origin this hop's URL is on; a request for it on another origin is answered 421. */
  origin: OriginName;
  /** Answer to a CORS preflight; undefined means 405 without CORS headers. */
  preflight: PlannedResponse | undefined;
  response: PlannedResponse;
}

export interface ServerPlan {
  token: string;
  scenarioId: string;
  /** Set-Cookie lines an origin sends when the page is prepared, per origin. */
  cookies: Array<{ origin: OriginName; setCookie: string }>;
  /** Extra headers on the probe page (Referrer-Policy, say). */
  pageHeaders: Array<[string, string]>;
  hops: PlannedHop[];
}

export class PlanRegistry {
  readonly #plans = new Map<string, ServerPlan>();

  register(plan: ServerPlan): void {
    if (this.#plans.has(plan.token)) throw new Error(`corsmatrix: token ${plan.token} is already registered`);
    this.#plans.set(plan.token, plan);
  }

  get(token: string): ServerPlan | undefined {
    return this.#plans.get(token);
  }

  unregister(token: string): void {
    this.#plans.delete(token);
  }
}
