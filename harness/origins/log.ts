/** Every request that reaches any origin, in arrival order, as it was on the wire. */
import type { ListenerName, OriginName } from './names.js';

export interface ReceivedRequest {
  /** The scenario run the request belongs to, from its path; absent for harness routes without one. */
  token: string | undefined;
  /** Position in the scenario's redirect chain (0 = the first URL requested). */
  hop: number | undefined;
  origin: OriginName | undefined;
  listener: ListenerName;
  /** The method exactly as received, not normalised. */
  method: string;
  path: string;
  httpVersion: string;
  /** Header names and values in arrival order, duplicates kept (HTTP/2 names are lower-case). */
  headers: Array<[string, string]>;
  /** OPTIONS with Access-Control-Request-Method: a CORS preflight. */
  isPreflight: boolean;
  /** Bytes of the body; at a library origin, its Content-Length, so the body stays unread for the library. */
  bodyLength: number;
  receivedAt: number;
  /** At a library origin: what the library answered, as written on the wire (filled in when sent). */
  response?: SentResponse | undefined;
  /**
   * Set when Node's HTTP/1 parser refused the request before any app saw it (a lower-case
   * `patch`, say): the browser did send it, but no library answered it.
   */
  refused?: string | undefined;
}

export interface SentResponse {
  status: number;
  /** In the order and case written, duplicates kept. */
  headers: Array<[string, string]>;
}

export class RequestLog {
  readonly #entries: ReceivedRequest[] = [];

  record(entry: ReceivedRequest): void {
    // Only a run's requests are ever read, and only a run's are released: keeping token-less ones
    // (the shared probe page, a stray favicon) would grow a long worker's log without end.
    if (entry.token === undefined) return;
    this.#entries.push(entry);
  }

  forToken(token: string): ReceivedRequest[] {
    return this.#entries.filter((entry) => entry.token === token);
  }

  /** Forgets one run's requests once it has been observed, so a long worker does not grow. */
  release(token: string): void {
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      if (this.#entries[i]?.token === token) this.#entries.splice(i, 1);
    }
  }
}

/** All values of a header, case-insensitively, joined as the Fetch standard combines them. */
export function headerValue(entry: Pick<ReceivedRequest, 'headers'>, name: string): string | null {
  const lower = name.toLowerCase();
  const values = entry.headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
  if (values.length === 0) return null;
  return values.join(lower === 'cookie' ? '; ' : ', ');
}
