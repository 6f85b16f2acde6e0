/**
 * Scenarios made from the schema's grammar for the differential fuzzer (issue #39): a fetch() or
 * XMLHttpRequest from one origin to another, with the parts engines are known to read
 * differently (methods in any case, safelisted headers with the bytes that matter, Allow-* values
 * with whitespace, case, duplicates, wildcards and commas, credentials, a redirect to a third
 * origin, statuses). A seed gives the same scenarios every time.
 */
import type { OriginName } from '../model/origin-names.js';
import type { ScenarioInput } from '../model/scenario.js';

/** https://en.wikipedia.org/wiki/Xorshift (mulberry32): small, fast, and the same sequence for a seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
const chance = (random: Random, probability: number) => random() < probability;

// Methods Node's HTTP/1 parser accepts (the origins' http listeners): the six a browser upper-cases, in other cases too.
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'get', 'post', 'put', 'Delete'] as const;

/** Request headers and values over the bytes and forms the safelist rules turn on. */
const requestHeaders: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['X-Trace', ['abc', ' padded ', 'a,b']],
  ['Accept', ['application/json', 'text/"quoted"', 'x(y)', 'a'.repeat(129)]],
  ['Accept-Language', ['en', 'en;q=0.5', 'e@n']],
  ['Content-Language', ['en-US', 'e n', 'de;']],
  ['Content-Type', ['text/plain', 'application/json', 'text/plain; charset=utf-8', 'multipart/form-data; boundary=x', 'text/plain;"', 'application/x-www-form-urlencoded']],
  ['Range', ['bytes=0-1', 'bytes=1-', 'bytes=0-1,2-3', 'bytes = 0-1']],
  ['Authorization', ['Bearer x']],
];

/** Allow-* and Expose values: exact, other case, wildcards, lists with spaces, empty items and duplicates. */
const allowOrigins = ['{page}', '*', 'null', '{origin:other}', '{page}/', ' {page}'] as const;
const allowCredentials = ['true', 'True', 'true, true'] as const;
const exposeHeaders = ['X-Custom', 'x-custom', '*', 'X-Other, X-Custom', 'X-Custom,'] as const;

function allowMethods(random: Random, method: string): string {
  return pick(random, [method, method.toLowerCase(), method.toUpperCase(), '*', `GET, ${method} ,POST`, `${method},,DELETE`, `${method} PATCH`, 'GET']);
}

function allowHeaders(random: Random, names: string[]): string {
  const listed = names.join(', ');
  return pick(random, [listed, listed.toUpperCase(), '*', `${listed},`, 'x-trace', 'authorization, *', listed === '' ? 'X-Unused' : `${listed}, ${listed}`]);
}

type Headers = Array<[string, string]>;

/** CORS answer headers for a response to `method` with these request header names. */
function corsAnswer(random: Random, credentials: boolean): Headers {
  const headers: Headers = [];
  if (chance(random, 0.85)) headers.push(['Access-Control-Allow-Origin', pick(random, allowOrigins)]);
  if (chance(random, 0.1)) headers.push(['Access-Control-Allow-Origin', pick(random, allowOrigins)]);
  if (credentials ? chance(random, 0.8) : chance(random, 0.2)) headers.push(['Access-Control-Allow-Credentials', pick(random, allowCredentials)]);
  return headers;
}

/** One scenario; `index` names it (`fuzz/s<seed>-<index>`). */
export function generateScenario(random: Random, seed: number, index: number): ScenarioInput {
  const page: OriginName = pick(random, ['site', 'api'] as const);
  const target: OriginName = pick(random, ['other', 'api', 'site-port', 'site'] as const);
  const method = pick(random, methods);
  const headers: Headers = [];
  for (const [name, values] of requestHeaders) if (chance(random, 0.18)) headers.push([name, pick(random, values)]);
  const upper = method.toUpperCase();
  const body = upper === 'GET' || upper === 'HEAD' || !chance(random, 0.6) ? undefined : ({ kind: 'text', text: 'payload' } as const);
  const xhr = chance(random, 0.25);
  const credentials = chance(random, 0.35);
  const readHeaders = chance(random, 0.4) ? ['X-Custom'] : [];
  const request: ScenarioInput['request'] = xhr
    ? { api: 'xhr', method, headers, ...(body ? { body } : {}), withCredentials: credentials, ...(readHeaders.length > 0 ? { readHeaders } : {}) }
    : { api: 'fetch', method, headers, ...(body ? { body } : {}), credentials: credentials ? 'include' : pick(random, ['same-origin', 'omit'] as const), ...(readHeaders.length > 0 ? { readHeaders } : {}) };

  const requestNames = headers.map(([name]) => name.toLowerCase());
  const preflightHeaders: Headers = corsAnswer(random, credentials);
  if (chance(random, 0.8)) preflightHeaders.push(['Access-Control-Allow-Methods', allowMethods(random, method)]);
  if (chance(random, 0.7)) preflightHeaders.push(['Access-Control-Allow-Headers', allowHeaders(random, requestNames)]);
  const preflight = chance(random, 0.85) ? { status: pick(random, [200, 204, 204, 403]), headers: preflightHeaders } : undefined;

  const responseHeaders: Headers = [...corsAnswer(random, credentials), ['X-Custom', '1']];
  if (chance(random, 0.5)) responseHeaders.push(['Access-Control-Expose-Headers', pick(random, exposeHeaders)]);
  const final = { status: pick(random, [200, 200, 201, 404]), headers: responseHeaders };
  // Now and then a redirect to a third origin, which answers on its own.
  const redirected = chance(random, 0.15);
  const response: ScenarioInput['response'] = redirected
    ? { status: pick(random, [301, 302, 303, 307, 308]), headers: corsAnswer(random, credentials), redirect: { to: pick(random, ['other', 'api', 'site'] as const), ...(preflight ? { preflight } : {}), response: final } }
    : final;

  return {
    id: `fuzz/s${seed}-${index}`,
    title: `Fuzzed (seed ${seed}, scenario ${index}): ${xhr ? 'XMLHttpRequest' : 'fetch()'} ${method} from ${page} to ${target}`,
    reference: 'https://fetch.spec.whatwg.org/#http-cors-protocol',
    page,
    target,
    request,
    ...(preflight ? { preflight } : {}),
    response,
    // The model's expectation replaces this before a run (fuzz/run.ts).
    expected: { preflight: false, request: false, page: 'network-error' },
  };
}
