/**
 * The engine's messages as they arrive. They come on their own channel (console events, the
 * DevTools Network domain, MiniBrowser's stdio), a little after the page has its answer, so a
 * step that failed waits for them: until one names the run's URL, then until they stop coming.
 */
import { tokensInText } from '../origins/urls.js';
import type { EngineMessage } from '../runner/observation.js';

export interface MessageWait {
  /** Part of every URL of the run (its token): messages naming another URL belong to another run. */
  token: string;
  /** The page saw a failure, so the engine is expected to say something about it. */
  failed: boolean;
}

/** How long a failed step waits for the engine's first word on it, and for the rest after each one. */
export const messageWaitMs = { first: 1_000, quiet: 60 };

/** The runs a message names, by the token in their URLs. */
function runsNamed(message: EngineMessage): string[] {
  return tokensInText(`${message.url ?? ''} ${message.text}`);
}

function mentions(message: EngineMessage, token: string): boolean {
  return runsNamed(message).includes(token);
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
      const deadline = Date.now() + messageWaitMs.first;
      while (!this.#messages.some((message) => mentions(message, token)) && Date.now() < deadline) await this.next(deadline - Date.now());
      for (;;) {
        const last = this.#messages[this.#messages.length - 1]?.at ?? 0;
        const quietFor = Date.now() - last;
        if (quietFor >= messageWaitMs.quiet) break;
        await this.next(messageWaitMs.quiet - quietFor);
      }
    }
    const taken = this.#messages;
    this.#messages = [];
    return taken.filter((message) => belongs(message, token)).map(({ at: _at, ...message }) => message);
  }
}
