/** Every request that reaches any origin, in arrival order, as it was on the wire. */
import type { ReceivedRequest } from '../model/observation.js';

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
