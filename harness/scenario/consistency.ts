/**
 * Checks that span several fields and that a schema cannot say well: a request the browser or
 * the server would silently change, and an expectation that the declared response cannot meet.
 */
import { METHODS } from 'node:http';
import { originDefinitions } from '../origins/names.js';
import type { HeaderList, ResponseSpec, Scenario } from './schema.js';

export interface ConsistencyProblem {
  field: string;
  message: string;
}

/** Fetch standard, "forbidden request-header": the browser drops these from a script's request. */
const forbiddenRequestHeaders = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method',
  'connection', 'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive',
  'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via',
]);

const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** Fetch standard, "normalize a method": only these six are upper-cased by the browser. */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return normalizedMethods.has(upper) ? upper : method;
}

export function headerPairs(headers: HeaderList): Array<[string, string]> {
  if (Array.isArray(headers)) return headers;
  return Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

function finalResponse(response: ResponseSpec): ResponseSpec {
  return response.redirect ? finalResponse(response.redirect.response) : response;
}

export function checkConsistency(scenario: Scenario): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const { request } = scenario;
  if (request.api === 'element') return checkExpectation(scenario, problems);

  for (const [name] of headerPairs(request.headers)) {
    const lower = name.toLowerCase();
    if (forbiddenRequestHeaders.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-')) {
      problems.push({
        field: `request.headers.${name}`,
        message: `"${name}" is a forbidden request header: the browser drops it, so the scenario would not test what it says`,
      });
    }
  }

  const method = normalizeMethod(request.method);
  if (forbiddenMethods.has(method.toUpperCase())) {
    problems.push({ field: 'request.method', message: `${method} is a forbidden method: fetch and XHR throw before sending` });
  }
  // Node's HTTP/1 parser answers 400 to any method outside http.METHODS (case-sensitive), which
  // the browser would report as a network error that is the server's fault.
  if (!METHODS.includes(method) && originDefinitions[scenario.target].scheme === 'http') {
    problems.push({
      field: 'target',
      message: `method "${method}" cannot reach an HTTP/1 origin (Node refuses it); use an https origin, which speaks HTTP/2`,
    });
  }

  return checkExpectation(scenario, problems);
}

function checkExpectation(scenario: Scenario, problems: ConsistencyProblem[]): ConsistencyProblem[] {
  const { page } = scenario.expected;
  const served = finalResponse(scenario.response);
  const readsStatus = scenario.request.api === 'xhr' || (scenario.request.api === 'fetch' && scenario.request.redirect !== 'manual');
  if (typeof page === 'object' && page.type !== 'opaque' && page.type !== 'opaqueredirect' && readsStatus) {
    if (page.status !== undefined && page.status !== served.status) {
      problems.push({
        field: 'expected.page.status',
        message: `expects status ${page.status} but the declared response has status ${served.status}`,
      });
    }
  }
  if (typeof page === 'object' && page.headers) {
    const declared = new Set(headerPairs(served.headers).map(([name]) => name.toLowerCase()));
    for (const [name, value] of Object.entries(page.headers)) {
      if (value !== null && !declared.has(name.toLowerCase()) && !['content-type', 'content-length'].includes(name.toLowerCase())) {
        problems.push({
          field: `expected.page.headers.${name}`,
          message: `expects the page to read "${name}" but the declared response does not send it`,
        });
      }
    }
  }
  return problems;
}
