/** Turns a scenario's declared answers into the concrete plan the origins serve for one run. */
import type { LibraryCorsOptions } from '../model/library-options.js';
import { scenarioUrl } from '../model/urls.js';
import type { OriginName } from '../model/origin-names.js';
import type { PlannedLibrary, ServerPlan } from '../origins/plan.js';
import { headerPairs } from './consistency.js';
import type { LibraryTarget, ResponseSpec, Scenario } from '../model/scenario.js';
import { resolveTemplate, type TemplateContext } from '../model/template.js';
import type { PlannedHop, PlannedResponse } from '../model/observation.js';

export function templateContext(scenario: Pick<Scenario, 'page' | 'frame' | 'target'>, origins: Record<OriginName, string>): TemplateContext {
  // The origin that makes the request: the frame's when the request is made from one.
  return { page: origins[scenario.frame ?? scenario.page], target: origins[scenario.target], origins };
}

/** Resolves placeholders in a library's options; a RegExp is taken as written. */
export function resolveLibraryOptions(options: LibraryCorsOptions, context: TemplateContext): LibraryCorsOptions {
  const resolve = (value: string) => resolveTemplate(value, context);
  const { origin } = options;
  let resolved: LibraryCorsOptions['origin'];
  if (origin === undefined || typeof origin === 'string') resolved = origin === undefined ? undefined : resolve(origin);
  else if (Array.isArray(origin)) resolved = origin.map(resolve);
  else if ('allowList' in origin) resolved = { allowList: origin.allowList.map(resolve) };
  else resolved = origin;
  return { ...options, origin: resolved };
}

/** The library, endpoint and options a library origin serves one run with, placeholders resolved. */
export function planLibrary(library: LibraryTarget, context: TemplateContext): PlannedLibrary {
  return {
    name: library.name,
    endpoint: library.endpoint,
    options: resolveLibraryOptions(library.options, context),
    settings: { cacheControl: resolveTemplate(library.cacheControl, context) },
  };
}

export function buildPlan(scenario: Scenario, token: string, origins: Record<OriginName, string>): ServerPlan {
  const context = templateContext(scenario, origins);
  const hops: PlannedHop[] = [];
  const common = {
    token,
    scenarioId: scenario.id,
    pageHeaders: headerPairs(scenario.pageHeaders).map(([name, value]): [string, string] => [name, resolveTemplate(value, context)]),
    cookies: scenario.setup.cookies.map((cookie) => ({ origin: cookie.origin, setCookie: resolveTemplate(cookie.setCookie, context) })),
  };
  // A library answers every request itself: no planned responses, no redirect hops.
  if (scenario.library) return { ...common, hops, library: planLibrary(scenario.library, context) };

  // Each redirect, of a preflight or of an actual response, leads to a new hop with its own URL.
  const plan = (spec: ResponseSpec): PlannedResponse => {
    const headers = headerPairs(spec.headers).map(([name, value]): [string, string] => [name, resolveTemplate(value, context)]);
    if (spec.redirect) {
      const next = addHop(spec.redirect.to, spec.redirect.preflight, spec.redirect.response);
      const location = new URL(scenarioUrl(origins, spec.redirect.to, token, next));
      if (spec.redirect.credentialsInUrl) {
        location.username = 'user';
        location.password = 'secret';
      }
      headers.push(['Location', location.href]);
    }
    const fault = spec.fault;
    if (spec.bodyBase64 !== undefined) return { status: spec.status, headers, body: spec.bodyBase64, bodyEncoding: 'base64', fault };
    return { status: spec.status, headers, body: spec.body ?? `corsmatrix body for ${scenario.id}`, bodyEncoding: 'utf8', fault };
  };
  const addHop = (origin: OriginName, preflight: ResponseSpec | undefined, response: ResponseSpec): number => {
    const index = hops.length;
    const hop: PlannedHop = { origin, preflight: undefined, response: { status: 0, headers: [], body: '', bodyEncoding: 'utf8' } };
    hops.push(hop);
    hop.preflight = preflight ? plan(preflight) : undefined;
    hop.response = plan(response);
    if (response.revalidation) hop.revalidation = plan(response.revalidation);
    return index;
  };
  addHop(scenario.target, scenario.preflight, scenario.response);

  return { ...common, hops };
}
