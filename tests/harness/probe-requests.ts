/** Probe requests the harness's own tests make directly. */
import type { ProbeRequest } from '../../harness/probe/probe.js';

/** A plain cross-origin fetch() GET: no headers, no credentials beyond same-origin. */
export function simpleFetch(url: string): ProbeRequest {
  return { api: 'fetch', url, method: 'GET', headers: [], body: undefined, readHeaders: [], timeoutMs: 5_000, credentials: 'same-origin', mode: 'cors', redirect: 'follow', keepalive: false, serviceWorker: null, readTiming: false };
}
