/**
 * What a target answers an origin, asked from Node rather than a browser. A server the harness
 * did not write keeps no log for it, so this is how a check's trace shows the headers the
 * engine judged (and how WebKit's one message for a missing and a wrong Access-Control-Allow-Origin
 * is told apart). Only safe requests are sent: the preflight (OPTIONS) for a request that needs
 * one, otherwise the GET itself; never a method with side effects.
 */
import http from 'node:http';
import https from 'node:https';
import { rawHeaderPairs } from '../model/raw-headers.js';
import { expectedPreflight } from '../scenario/fetch-safelist.js';
import type { ServerAnswer } from './observation.js';

export interface AskedRequest {
  url: string;
  /** The Origin header, `null` included. */
  origin: string;
  method: string;
  headers: Record<string, string>;
  /** Where to connect when the URL's host is a name only the browsers are routed by (a target's `origin`). */
  connectTo?: { host: string; port: number };
}

const askTimeoutMs = 5_000;

/** The request that shows what the server tells this origin: its preflight, or the GET itself. */
export function questionFor(request: AskedRequest): { method: 'OPTIONS' | 'GET'; headers: Array<[string, string]> } | undefined {
  const pairs = Object.entries(request.headers);
  const preflight = expectedPreflight(request.method, pairs);
  if (preflight === false) return request.method.toUpperCase() === 'GET' ? { method: 'GET', headers: [['Origin', request.origin]] } : undefined;
  return {
    method: 'OPTIONS',
    headers: [
      ['Origin', request.origin],
      ['Access-Control-Request-Method', preflight.method],
      ...(preflight.headers === null ? [] : [['Access-Control-Request-Headers', preflight.headers] satisfies [string, string]]),
    ],
  };
}

/**
 * One request from Node to a server corsmatrix does not run (or to a library's app, for the
 * standard's model); its answer's status and raw header pairs, or why none came. The answer's body is not read. Diagnostic only, never a verdict, so a loopback
 * server with a self-signed certificate still answers.
 */
export function requestFromNode(
  url: string,
  options: { method: string; headers?: Array<[string, string]>; body?: Buffer; timeoutMs: number; connectTo?: { host: string; port: number } },
): Promise<Pick<ServerAnswer, 'status' | 'headers' | 'error'>> {
  const client = url.startsWith('https:') ? https : http;
  const { host, hostname } = new URL(url);
  // At the server's address, under the name: the Host header and TLS's server name say it, as the browsers' do.
  const routed = options.connectTo ? { hostname: options.connectTo.host, port: options.connectTo.port, servername: hostname } : {};
  const headers = { ...(options.connectTo ? { Host: host } : {}), ...Object.fromEntries(options.headers ?? []) };
  return new Promise((resolve) => {
    const outgoing = client.request(url, { method: options.method, headers, timeout: options.timeoutMs, rejectUnauthorized: false, ...routed }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? null, headers: rawHeaderPairs(response.rawHeaders) });
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`)));
    outgoing.on('error', (error) => resolve({ status: null, headers: [], error: error.message }));
    outgoing.end(options.body);
  });
}

/** Asks the server; undefined when the request is neither preflighted nor a GET (a POST, say). */
export async function askServer(request: AskedRequest): Promise<ServerAnswer | undefined> {
  const question = questionFor(request);
  if (!question) return undefined;
  const answer = await requestFromNode(request.url, { method: question.method, headers: question.headers, timeoutMs: askTimeoutMs, ...(request.connectTo ? { connectTo: request.connectTo } : {}) });
  return { method: question.method, requestHeaders: question.headers, ...answer };
}
