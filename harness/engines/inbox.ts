/**
 * The engine's messages as they arrive. They come on their own channel (console events, the
 * DevTools Network domain, MiniBrowser's stdio), at about the time the page has its answer, so a
 * step that failed waits for them: until the first that belongs to the run, then until they stop
 * coming.
 */
import { tokensInText } from '../model/urls.js';
import { scaled } from '../pace.js';
import type { EngineMessage } from '../model/observation.js';

export interface MessageWait {
  /** Part of every URL of the run (its token): messages naming another URL belong to another run. */
  token: string;
  /** The page saw a failure, so the engine is expected to say something about it. */
  failed: boolean;
}

/**
 * How long a failed step waits for the engine's first word on it, and for the rest after each one.
 * Measured over the catalogue in three engines at 2 workers (635 failed steps): the first message
 * was there at most 4 ms after the page's answer, the last at most 6 ms, and no two of a step's
 * messages were more than 32 ms apart. Every failed step pays the quiet wait, and a step the
 * engine says nothing about pays the first. Both stretch on a busy machine (pace.ts): under load
 * Chromium's network message for a refused PUT came after the quiet wait (CI, stop 38).
 */
export const messageWaitMs = { first: 300, quiet: 40 };

/** The runs a message names, by the token in their URLs. */
function runsNamed(message: EngineMessage): string[] {
  return tokensInText(`${message.url ?? ''} ${message.text}`);
}

/**
 * A message that names no run's URL (WebKit's "Origin … is not allowed …", a page's own
 * console.log) goes to the step that is running; one naming only other runs is left out.
 */
function belongs(message: EngineMessage, token: string): boolean {
  const runs = runsNamed(message);
  return runs.length === 0 || runs.includes(token);
}

export class MessageInbox {
  #messages: Array<EngineMessage & { at: number }> = [];
  #waiter: (() => void) | undefined;

  push(message: EngineMessage): void {
    this.#messages.push({ ...message, at: Date.now() });
    this.#waiter?.();
  }

  /** Resolves at the next message or after `ms`, whichever comes first. */
  private next(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#waiter = done;
    }).finally(() => (this.#waiter = undefined));
  }

  async take({ token, failed }: MessageWait): Promise<EngineMessage[]> {
    if (failed) {
      const deadline = Date.now() + scaled(messageWaitMs.first);
      // Not only a message naming the run's URL: WebKit's words on a blocked <script> or <video> name none.
      while (!this.#messages.some((message) => belongs(message, token)) && Date.now() < deadline) await this.next(deadline - Date.now());
      for (;;) {
        const last = this.#messages[this.#messages.length - 1]?.at ?? 0;
        const quietFor = Date.now() - last;
        if (quietFor >= scaled(messageWaitMs.quiet)) break;
        await this.next(scaled(messageWaitMs.quiet) - quietFor);
      }
    }
    const taken = this.#messages;
    this.#messages = [];
    return taken.filter((message) => belongs(message, token)).map(({ at: _at, ...message }) => message);
  }
}
