/**
 * One generated preflight-trigger row: a request whose method and headers come from a table,
 * answered by a target that allows everything, and an expectation computed by the Fetch
 * standard's own rules (harness/scenario/fetch-safelist.ts). Adding a value to a table adds a row.
 */
import { METHODS } from 'node:http';
import type { DeviationInput, ScenarioInput } from '../../harness/model/scenario.js';
import { expectedPreflight, normalizeHeaderValue, normalizeMethod } from '../../harness/scenario/fetch-safelist.js';

export interface GeneratedRequest {
  /** The last part of the id: `preflight-triggers/generated/<name>`. */
  name: string;
  /** What the row tries, for its title: `Accept with byte 0x01`. */
  what: string;
  method?: string;
  headers?: Array<[string, string]>;
  reference: string;
  /** Engines seen to differ from the standard on this row, each with its bug or the spec text. */
  deviations?: DeviationInput[];
}

/** Shows a header value in a title: control bytes and non-ASCII as \xNN. */
export function shown(value: string): string {
  const text = value.length > 40 ? `${value.slice(0, 18)}…${value.slice(-8)} (${value.length} bytes)` : value;
  return `"${text.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;
}

export function generatedRow({ name, what, method = 'GET', headers = [], reference, deviations = [] }: GeneratedRequest): ScenarioInput {
  const normalized = normalizeMethod(method);
  const sent = headers.map(([header, value]): [string, string] => [header, normalizeHeaderValue(value)]);
  const preflight = expectedPreflight(method, sent);
  // The headers the page set reach the server byte for byte as it set them, one header set twice as one value ("a, b").
  const asSet = (header: string) => {
    const values = sent.filter(([candidate]) => candidate.toLowerCase() === header).map(([, value]) => value);
    return values.length === 0 ? undefined : values.join(', ');
  };
  const wire = Object.fromEntries(
    ([['contentType', 'content-type'], ['range', 'range'], ['accept', 'accept'], ['acceptLanguage', 'accept-language'], ['contentLanguage', 'content-language']] as const).flatMap(([field, header]) => {
      const value = asSet(header);
      return value === undefined ? [] : [[field, value]];
    }),
  );
  return {
    id: `preflight-triggers/generated/${name}`,
    title: `${what} — ${preflight === false ? 'no preflight' : `preflighted${preflight.headers ? ` for ${preflight.headers}` : ''}`}`,
    reference,
    page: 'site',
    // Node's HTTP/1 parser refuses a method outside http.METHODS, so those go to the HTTP/2
    // origin; headers go to the HTTP/1 one, whose parser keeps every byte of a value (Node's
    // HTTP/2 layer drops a header field with a control byte in it).
    target: METHODS.includes(normalized) ? 'other' : 'other-https',
    request: {
      api: 'fetch',
      method,
      headers,
      ...(normalized === 'GET' || normalized === 'HEAD' ? {} : { body: { kind: 'text', text: 'payload' } }),
    },
    preflight: {
      status: 204,
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': normalized, 'Access-Control-Allow-Headers': '*' },
    },
    response: { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } },
    expected: {
      preflight,
      request: { method: normalized },
      page: { status: 200 },
      ...(Object.keys(wire).length > 0 ? { hops: [{ hop: 0, request: wire }] } : {}),
    },
    deviations,
  };
}
