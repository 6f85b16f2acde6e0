/**
 * What the origins answer for one scenario run: resolved, concrete responses, or the CORS
 * library and options that answer instead, looked up by the run's token. The servers know
 * nothing about scenarios beyond this.
 */
import type { LibraryName } from '../model/library-names.js';
import type { EndpointSettings, LibraryCorsOptions, LibraryEndpoint, LibraryHandler } from '../model/library-options.js';
import type { PlannedHop, PlannedResponse } from '../model/observation.js';
import type { OriginName } from '../model/origin-names.js';

/** A library origin answers with the real library, built for this run from these options. */
export interface PlannedLibrary {
  name: LibraryName;
  endpoint: LibraryEndpoint;
  /** The scenario's options with every placeholder resolved. */
  options: LibraryCorsOptions;
  settings: EndpointSettings;
}

export interface ServerPlan {
  token: string;
  scenarioId: string;
  /** Set-Cookie lines an origin sends when the page is prepared, per origin. */
  cookies: Array<{ origin: OriginName; setCookie: string }>;
  /** Extra headers on the probe page (Referrer-Policy, say). */
  pageHeaders: Array<[string, string]>;
  /** Planned responses per redirect hop; empty when a library answers (`library`). */
  hops: PlannedHop[];
  library?: PlannedLibrary | undefined;
}

/** The default answer to a preflight the scenario declares no answer for: 405 without CORS headers. */
export const undeclaredPreflight: PlannedResponse = { status: 405, headers: [], body: 'corsmatrix: this scenario declares no preflight response', bodyEncoding: 'utf8' };

/**
 * What a hop answers a request: its preflight answer, its revalidation answer for a conditional
 * request (If-None-Match or If-Modified-Since) when it has one, or its response.
 */
export function plannedAnswerFor(hop: PlannedHop, request: { isPreflight: boolean; headers: Array<[string, string]> }): PlannedResponse {
  if (request.isPreflight) return hop.preflight ?? undeclaredPreflight;
  const conditional = request.headers.some(([name]) => ['if-none-match', 'if-modified-since'].includes(name.toLowerCase()));
  return conditional && hop.revalidation ? hop.revalidation : hop.response;
}

/** Builds a library's handler for one run; given by the code that owns the servers. */
export type LibraryHandlerFactory = (library: PlannedLibrary) => Promise<LibraryHandler>;

export class PlanRegistry {
  readonly #plans = new Map<string, ServerPlan>();
  /** One handler per run, so per-app state (a RegExp's lastIndex, say) never leaks between runs. */
  readonly #handlers = new Map<string, LibraryHandler>();
  readonly #createLibraryHandler: LibraryHandlerFactory | undefined;
  /** What to let go of when a run ends: requests an origin is holding open on purpose. */
  readonly #onRelease = new Map<string, Array<() => void>>();

  constructor(createLibraryHandler?: LibraryHandlerFactory) {
    this.#createLibraryHandler = createLibraryHandler;
  }

  /**
   * Registers the plan at once; the promise settles when a library plan's handler is built (or
   * could not be: an option the library lacks, a checkout that does not load).
   */
  register(plan: ServerPlan): Promise<void> {
    if (this.#plans.has(plan.token)) throw new Error(`corsmatrix: token ${plan.token} is already registered`);
    this.#plans.set(plan.token, plan);
    const { library } = plan;
    if (!library) return Promise.resolve();
    if (!this.#createLibraryHandler) {
      this.#plans.delete(plan.token);
      return Promise.reject(new Error(`corsmatrix: these origins cannot serve library "${library.name}"`));
    }
    return this.#createLibraryHandler(library).then(
      async (handler) => {
        // Unregistered while the handler was being built: release it at once.
        if (this.#plans.get(plan.token) === plan) this.#handlers.set(plan.token, handler);
        else await handler.close();
      },
      (error: unknown) => {
        this.#plans.delete(plan.token);
        throw error;
      },
    );
  }

  get(token: string): ServerPlan | undefined {
    return this.#plans.get(token);
  }

  libraryHandler(token: string): LibraryHandler | undefined {
    return this.#handlers.get(token);
  }

  /** Calls `release` when the run with this token is unregistered (or the origins stop). */
  onRelease(token: string, release: () => void): void {
    if (!this.#plans.has(token)) return release();
    this.#onRelease.set(token, [...(this.#onRelease.get(token) ?? []), release]);
  }

  #release(token: string): void {
    const releases = this.#onRelease.get(token) ?? [];
    this.#onRelease.delete(token);
    for (const release of releases) release();
  }

  /** Forgets the plan; the promise settles when its library handler (if any) is released. */
  unregister(token: string): Promise<void> {
    this.#plans.delete(token);
    this.#release(token);
    const handler = this.#handlers.get(token);
    this.#handlers.delete(token);
    return handler ? handler.close() : Promise.resolve();
  }

  /** Releases every handler still held, when the origins stop. */
  async clear(): Promise<void> {
    const handlers = [...this.#handlers.values()];
    for (const token of [...this.#onRelease.keys()]) this.#release(token);
    this.#plans.clear();
    this.#handlers.clear();
    await Promise.all(handlers.map((handler) => handler.close()));
  }
}
